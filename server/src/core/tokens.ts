// Word, number and punctuation tokens over the article's blocks (front matter excluded).
// Words keep inner apostrophes and hyphens ("don’t", "Jong-un"); a possessive "’s" is a token of its own.
import type { Component } from './component';
import type { Doc, Token, TokenKind } from './doc';

const TOKEN = /(\p{L}[\p{L}\p{M}]*(?:[’'\-.](?=\p{L})[\p{L}\p{M}]*)*)|(\d[\d,]*(?:\.\d+)?)|(\S)/gu;

export const tokens: Component = {
  name: 'tokens',
  run(doc: Doc) {
    const out: Token[] = [];
    const shared = new Map<string, string>();
    for (const block of doc.blocks) {
      if (block.kind === 'front-matter') continue;
      tokenize(doc.text, block.start, block.end, out, shared);
    }
    doc.tokens = out;
  },
};

const PUNCT = /\p{P}/u;

// Tokens of the same text share one string. A text repeats its words and marks: each token's own string
// was 24 bytes or more (V8 shares only one-character strings of Latin-1), over 60 MB on 5 MB of quotation
// marks. Strings up to this length are looked up; longer ones rarely repeat.
const SHARED_UP_TO = 24;

export function tokenize(text: string, start: number, end: number, out: Token[] = [], shared: Map<string, string> = new Map()): Token[] {
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice))) {
    let word = share(shared, m[0]);
    const kind = m[1] ? 'word' : m[2] ? 'number' : PUNCT.test(word) ? 'punct' : 'symbol';
    const at = start + m.index;
    // A possessive ’s / 's / ’S ending a longer word is a token of its own.
    const n = word.length;
    if (kind === 'word' && n > 2 && (word.charCodeAt(n - 1) | 0x20) === 0x73 && (word.charCodeAt(n - 2) === 0x2019 || word.charCodeAt(n - 2) === 0x27)) {
      word = share(shared, word.slice(0, -2));
      out.push(token(at, word, kind, shared));
      out.push(token(at + word.length, share(shared, m[0].slice(-2)), 'word', shared));
      continue;
    }
    out.push(token(at, word, kind, shared));
  }
  return out;
}

const KINDS: readonly TokenKind[] = ['word', 'number', 'punct', 'symbol'];
const CAP = 4;
/** The low bits of a token's `at`: its kind (two bits) and whether it is capitalized. */
const BITS = 8;

/**
 * A token with what the entity stage reads of it (lower case, capitalized): that stage uses the token
 * itself rather than a copy with these fields, one object per token instead of two. Its word shape is
 * added only to the tokens the tagger asks about (a slot on every token cost more than it saved).
 * Three slots, not six (issue 21: 2.5-4.4 M tokens in 5 MB of quotation marks or brackets, 72 bytes
 * each): the end follows from the start and the text, and the start, the kind and the capital share
 * one number, read through getters. `at` stays exact for any string length (below 2^29 x 8 < 2^32).
 */
class TextToken implements Token {
  constructor(
    private readonly at: number,
    readonly text: string,
    readonly lower: string,
  ) {}

  get start(): number {
    return this.at >>> 3;
  }

  get end(): number {
    return (this.at >>> 3) + this.text.length;
  }

  get kind(): TokenKind {
    return KINDS[this.at & 3];
  }

  get cap(): boolean {
    return (this.at & CAP) !== 0;
  }
}

function token(start: number, text: string, kind: TokenKind, shared: Map<string, string>): Token {
  // The lower case of a text that has none of its own is the text itself; another one is shared like
  // the texts (toLowerCase makes a new string of every non-Latin-1 mark, 1.1 M of them in 5 MB of “ and ”).
  const low = text.toLowerCase();
  const lower = low === text ? text : share(shared, low);
  return new TextToken(start * BITS + (KINDS.indexOf(kind) | (isCap(text) ? CAP : 0)), text, lower);
}

/** Starts with a capital letter. */
export function isCap(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  const ch = w[0];
  return ch.toLowerCase() !== ch;
}

function share(shared: Map<string, string>, s: string): string {
  if (s.length > SHARED_UP_TO) return s;
  const seen = shared.get(s);
  if (seen !== undefined) return seen;
  shared.set(s, s);
  return s;
}
