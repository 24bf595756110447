// The benchmark's inputs, built at run time and never stored: the sample articles, and when present the
// texts of ../shared/data (development data of the team, absent for users; licences forbid copying them
// into the repository). The synthetic corpus repeats them, paragraphs rotated per copy, up to a size.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Article { name: string; text: string }

export function samples(root: string): Article[] {
  const dir = path.join(root, 'samples');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8').replace(/^\uFEFF/, '') }));
}

const SHARED_FILES = ['ner/dev.jsonl', 'ner/train-other-genres.jsonl', 'timex/dev.jsonl', 'quotes/dev.jsonl'];

/** Texts of the shared data sets that are present (one per JSON line), and which files they came from. */
export function sharedTexts(shared: string): { articles: Article[]; files: string[] } {
  const articles: Article[] = [];
  const files: string[] = [];
  for (const rel of SHARED_FILES) {
    const file = path.join(shared, 'data', rel);
    if (!fs.existsSync(file)) continue;
    files.push(rel);
    for (const ln of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!ln.trim()) continue;
      const doc = JSON.parse(ln) as { id?: string; text?: string };
      if (typeof doc.text === 'string' && doc.text.length > 0) articles.push({ name: `${rel}#${doc.id ?? articles.length}`, text: doc.text });
    }
  }
  return { articles, files };
}

function rotate(text: string, k: number): string {
  const paras = text.split('\n');
  if (paras.length < 3 || k === 0) return text;
  const body = paras.slice(1);
  const r = k % body.length;
  return [paras[0], ...body.slice(r), ...body.slice(0, r)].join('\n');
}

/** At least `minBytes` of articles (UTF-8 bytes): every source once, then again with paragraphs rotated. */
export function syntheticCorpus(sources: readonly Article[], minBytes: number): { articles: Article[]; bytes: number } {
  const articles: Article[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < minBytes; copy++) {
    for (const a of sources) {
      const text = rotate(a.text, copy);
      articles.push({ name: copy ? `${a.name}~${copy}` : a.name, text });
      bytes += Buffer.byteLength(text);
      if (bytes >= minBytes && copy > 0) break;
    }
  }
  return { articles, bytes };
}
