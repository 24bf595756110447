// Seeded generator of hostile article texts for the property tests: random Unicode (astral characters,
// lone surrogates, combining marks), CRLF and lone CR, NUL, very long lines, unbalanced quotation marks
// and brackets, Markdown and HTML fragments, and the sample articles cut and spliced at random points.

import { prng } from '../eval/prng';

export class Gen {
  constructor(readonly rnd: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rnd() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rnd() * xs.length)];
  }
  chance(p: number): boolean {
    return this.rnd() < p;
  }
}

const WORDS = ['the', 'said', 'President', 'talks', 'on', 'Monday', 'in', 'and', 'of', 'a', 'minister', 'according', 'to', 'reports',
  'suggest', 'officials', 'billion', 'percent', 'year-old', 'last', 'week', 'August', 'Ukraine', 'Putin', 'Trump', 'NATO', 'U.S.',
  'Mr.', 'Dr.', 'St.', 'von', 'der', 'al-', "O'Brien", 'McDonald', 'Zelenskyy', 'Москва', 'Zürich', 'São', 'Paulo', 'İstanbul',
  'ﬁnance', 'ǅemal', 'ß', 'the the', 'ofen', 'stability.However', 'trump', 'ukraine'];
const PUNCT = ['.', ',', ';', ':', '!', '?', '…', '—', '–', '-', '/', '(', ')', '[', ']', '{', '}', '<', '>', '&', '*', '#', '%', '$', '€', '£', '@'];
const QUOTES = ['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‹', '›', '「', '」', '`', '``', "''"];
const SPACE = [' ', ' ', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r', '\u00A0', '\u2028', '\u2029', '\u200B', '\u3000', '\f', '\v'];
const ODD = ['\u0000', '\uFEFF', '\u200E', '\u200F', '\u202E', '\u0301', '\u0308\u0301', '\u034F', '\uFFFD', '\uFFFF', '\uD800', '\uDFFF',
  '\uDBFF', '\uDC00', '😀', '👩‍👩‍👧', '🇺🇦', '𝔸𝔹', '𠀀', 'e\u0301', '\u0085', '\u001B[31m', '\u007F', '\u00AD'];
const NUMBERS = ['26', '3.5', '$100 billion', '$90-billion', '4.09%', '1,000,000', '32-year-old', 'three and a half years', '1949',
  'August 16, 2025', '2025-08-18', '16/08/2025', 'Sunday', 'last week', 'within 10 days', '10:30 a.m.', '½', '１２３', '٣', '-0', '1e309',
  '99999999999999999999999', 'Tens of thousands', 'millions', 'fourth'];
const FRAGMENTS = ['# Heading', '## Sub', '**bold**', '_em_', '[link](command:workbench.action.quit)', '![img](http://x/y.png)',
  '```\ncode\n```', '> quoted line', '- item', '1. item', '| a | b |\n|---|---|', '<script>alert(1)</script>', '<b>bold</b>',
  '&amp; &lt; &#x1F600; &nbsp;', '<!-- c -->', '---\ntitle: X\ndate: 2025-08-18\n---\n', '---\n', 'Q: Why?', 'A: Because.',
  'By Jane Doe', 'WASHINGTON —', 'Advertisement', 'Subscribe to our newsletter', 'Share this:', 'Read more', 'Copyright © 2025',
  '=cmd|\' /C calc\'!A0', '+1', '@SUM(A1)', 'http://example.com/a?b=c', 'mailto:x@y.z'];

/** One random piece of text. */
function piece(g: Gen): string {
  const r = g.rnd();
  if (r < 0.3) return g.pick(WORDS);
  if (r < 0.42) return g.pick(SPACE);
  if (r < 0.52) return g.pick(PUNCT);
  if (r < 0.64) return g.pick(QUOTES);
  if (r < 0.72) return g.pick(ODD);
  if (r < 0.8) return g.pick(NUMBERS);
  if (r < 0.86) return g.pick(FRAGMENTS);
  if (r < 0.93) return randomCodeUnits(g, g.int(1, 6));
  if (r < 0.97) return capitalised(g);
  return g.pick(['(', '[', '“', '"', '{', '‘', '«']).repeat(g.int(2, 60));
}

function capitalised(g: Gen): string {
  const n = g.int(1, 4);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const w = String.fromCharCode(65 + g.int(0, 25)) + 'abcdefghijklmnopqrstuvwxyz'.slice(g.int(0, 20), 26).slice(0, g.int(1, 9));
    parts.push(w);
  }
  return parts.join(' ');
}

/** Any code units at all: BMP, surrogates (paired or lone), astral, controls. */
export function randomCodeUnits(g: Gen, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const r = g.rnd();
    if (r < 0.4) s += String.fromCharCode(g.int(32, 126));
    else if (r < 0.55) s += String.fromCharCode(g.int(0, 31));
    else if (r < 0.75) s += String.fromCharCode(g.int(0x80, 0xffff));
    else if (r < 0.9) s += String.fromCodePoint(g.int(0x10000, 0x10ffff));
    else s += String.fromCharCode(g.int(0xd800, 0xdfff));
  }
  return s;
}

/** A sample article cut and spliced: slices of several samples (at any code unit) with random pieces between them. */
function spliced(g: Gen, samples: readonly string[]): string {
  const n = g.int(1, 5);
  let out = '';
  for (let i = 0; i < n; i++) {
    const s = g.pick(samples);
    const a = g.int(0, s.length);
    const b = g.chance(0.3) ? s.length : g.int(a, Math.min(s.length, a + g.int(0, 3000)));
    out += s.slice(a, b);
    if (g.chance(0.6)) out += piece(g);
  }
  return out;
}

/** A sample with a few random edits: pieces inserted, ranges deleted, line ends converted. */
function mutated(g: Gen, samples: readonly string[]): string {
  let s = g.pick(samples);
  const edits = g.int(1, 12);
  for (let i = 0; i < edits; i++) {
    const at = g.int(0, s.length);
    const r = g.rnd();
    if (r < 0.5) s = s.slice(0, at) + piece(g) + s.slice(at);
    else if (r < 0.8) s = s.slice(0, at) + s.slice(Math.min(s.length, at + g.int(1, 40)));
    else if (r < 0.9) s = s.replace(/\n/g, '\r\n');
    else s = s.replace(/\n/g, '\r');
  }
  return s;
}

function pieces(g: Gen, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += piece(g) + (g.chance(0.5) ? ' ' : '');
  return s;
}

/** A very long line (tens of thousands of characters without a line break), of words or of one character. */
function longLine(g: Gen): string {
  const r = g.rnd();
  if (r < 0.3) return g.pick(['a', '“', '(', ' ', '.', '9', 'A', '\u0301', '😀']).repeat(g.int(10_000, 30_000));
  if (r < 0.6) return pieces(g, g.int(3_000, 8_000)).replace(/[\n\r\u2028\u2029\u0085]/g, ' ');
  return (capitalised(g) + ' said “' + pieces(g, 20) + ' ').repeat(g.int(100, 400));
}

export type InputKind = 'pieces' | 'codeunits' | 'spliced' | 'mutated' | 'long' | 'empty-ish';

/** The i-th generated input (a function of the seed and i only). */
export function generate(seed: number, i: number, samples: readonly string[]): { kind: InputKind; text: string } {
  const g = new Gen(prng((seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0));
  const r = g.rnd();
  if (i % 97 === 0) return { kind: 'long', text: longLine(g) };
  if (r < 0.04) return { kind: 'empty-ish', text: g.pick(['', ' ', '\n', '\r\n', '\uFEFF', '\u0000', '\uD800', '“', '\r', '\n\n\n', '#', '""']) };
  if (r < 0.35) return { kind: 'pieces', text: pieces(g, g.int(1, 300)) };
  if (r < 0.45) return { kind: 'codeunits', text: randomCodeUnits(g, g.int(1, 2000)) };
  if (r < 0.75 && samples.length) return { kind: 'spliced', text: spliced(g, samples) };
  if (samples.length) return { kind: 'mutated', text: mutated(g, samples) };
  return { kind: 'pieces', text: pieces(g, g.int(1, 300)) };
}
