// Word, number and punctuation tokens over the article's blocks (front matter excluded).
// Words keep inner apostrophes and hyphens ("don’t", "Jong-un"); a possessive "’s" is a token of its own.
import type { Component } from './component';
import type { Doc, Token } from './doc';

const TOKEN = /(\p{L}[\p{L}\p{M}]*(?:[’'\-.](?=\p{L})[\p{L}\p{M}]*)*)|(\d[\d,]*(?:\.\d+)?)|(\S)/gu;

export const tokens: Component = {
  name: 'tokens',
  run(doc: Doc) {
    const out: Token[] = [];
    for (const block of doc.blocks) {
      if (block.kind === 'front-matter') continue;
      tokenize(doc.text, block.start, block.end, out);
    }
    doc.tokens = out;
  },
};

const PUNCT = /\p{P}/u;

export function tokenize(text: string, start: number, end: number, out: Token[] = []): Token[] {
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice))) {
    let word = m[0];
    const kind = m[1] ? 'word' : m[2] ? 'number' : PUNCT.test(word) ? 'punct' : 'symbol';
    const at = start + m.index;
    // A possessive ’s / 's / ’S ending a longer word is a token of its own.
    const n = word.length;
    if (kind === 'word' && n > 2 && (word.charCodeAt(n - 1) | 0x20) === 0x73 && (word.charCodeAt(n - 2) === 0x2019 || word.charCodeAt(n - 2) === 0x27)) {
      word = word.slice(0, -2);
      out.push({ start: at, end: at + word.length, text: word, kind });
      out.push({ start: at + word.length, end: at + word.length + 2, text: m[0].slice(-2), kind: 'word' });
      continue;
    }
    out.push({ start: at, end: at + word.length, text: word, kind });
  }
  return out;
}
