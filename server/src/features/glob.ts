// Glob patterns as VS Code writes them (`**/*.txt`, `news/{a,b}/*.txt`), matched against paths
// relative to a workspace folder with forward slashes.

export function globToRegExp(glob: string): RegExp {
  let re = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else re += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  while (braces-- > 0) re += ')';
  return new RegExp(`^${re}$`);
}

/** True when the relative path is an article: *.news, *.article, or one of the include globs. */
export function makeArticleMatcher(include: readonly string[]): (relativePath: string) => boolean {
  const res = include.map((g) => globToRegExp(g.replace(/^\.\//, '')));
  return (rel) => {
    const p = rel.replace(/\\/g, '/');
    if (/\.(news|article)$/i.test(p)) return true;
    const base = p.slice(p.lastIndexOf('/') + 1);
    return res.some((r) => r.test(p) || r.test(base));
  };
}
