// Glob patterns as VS Code writes them (`**/*.txt`, `news/{a,b}/*.txt`), matched against paths
// relative to a workspace folder with forward slashes, by picomatch (the matcher of micromatch,
// chokidar and many bundlers: braces, extglobs, classes and escapes as users expect; it replaced a
// hand-made translation to regular expressions). Dot files and folders match too, as in VS Code.
import picomatch from 'picomatch';

/** True when the relative path is an article: *.news, *.article, or one of the include globs. */
export function makeArticleMatcher(include: readonly string[]): (relativePath: string) => boolean {
  const globs = include.map((g) => g.replace(/^\.\//, '')).filter(Boolean);
  const test = globs.length ? picomatch(globs, { dot: true }) : () => false;
  return (rel) => {
    const p = rel.replace(/\\/g, '/');
    if (/\.(news|article)$/i.test(p)) return true;
    // A pattern without a folder ("*.txt") matches the file name in any folder, as VS Code's file filters do.
    const base = p.slice(p.lastIndexOf('/') + 1);
    return test(p) || test(base);
  };
}
