// fast-check arbitraries of hostile article texts for the property tests: random Unicode (astral
// characters, lone surrogates, combining marks), CRLF and lone CR, NUL, very long lines, unbalanced
// quotation marks and brackets, Markdown and HTML fragments, and the sample articles cut, spliced and
// edited at random points. fast-check draws them from a seed and shrinks a failing one to a short text.
import fc from 'fast-check';

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
const EMPTY_ISH = ['', ' ', '\n', '\r\n', '\uFEFF', '\u0000', '\uD800', '“', '\r', '\n\n\n', '#', '""'];

/** One code unit of any kind: printable ASCII, controls, BMP, an astral pair, a lone surrogate. */
const codeUnit: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.integer({ min: 32, max: 126 }).map((c) => String.fromCharCode(c)), weight: 40 },
  { arbitrary: fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c)), weight: 15 },
  { arbitrary: fc.integer({ min: 0x80, max: 0xffff }).map((c) => String.fromCharCode(c)), weight: 20 },
  { arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)), weight: 15 },
  { arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), weight: 10 },
);

/** Any code units at all, lone surrogates included. */
export const codeUnits = (maxLength: number): fc.Arbitrary<string> => fc.string({ unit: codeUnit, minLength: 1, maxLength });

/** One to four capitalised made-up words ("Kfghij Abc"). */
const capitalised: fc.Arbitrary<string> = fc.array(
  fc.tuple(fc.integer({ min: 65, max: 90 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 9 }))
    .map(([c, from, n]) => String.fromCharCode(c) + 'abcdefghijklmnopqrstuvwxyz'.slice(from, 26).slice(0, n)),
  { minLength: 1, maxLength: 4 },
).map((ws) => ws.join(' '));

/** One random piece of text. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...WORDS), weight: 30 },
  { arbitrary: fc.constantFrom(...SPACE), weight: 12 },
  { arbitrary: fc.constantFrom(...PUNCT), weight: 10 },
  { arbitrary: fc.constantFrom(...QUOTES), weight: 12 },
  { arbitrary: fc.constantFrom(...ODD), weight: 8 },
  { arbitrary: fc.constantFrom(...NUMBERS), weight: 8 },
  { arbitrary: fc.constantFrom(...FRAGMENTS), weight: 6 },
  { arbitrary: codeUnits(6), weight: 7 },
  { arbitrary: capitalised, weight: 4 },
  // A run of opening marks never closed.
  { arbitrary: fc.tuple(fc.constantFrom('(', '[', '“', '"', '{', '‘', '«'), fc.integer({ min: 2, max: 60 })).map(([c, n]) => c.repeat(n)), weight: 3 },
);

/** Pieces joined, some with a space after. */
export const pieces = (maxLength: number, minLength = 1): fc.Arbitrary<string> =>
  fc.array(fc.tuple(piece, fc.boolean()), { minLength, maxLength }).map((ps) => ps.map(([p, space]) => p + (space ? ' ' : '')).join(''));

/** Slices of several samples (cut at any code unit), with random pieces between them. */
function spliced(samples: readonly string[]): fc.Arbitrary<string> {
  const slice = fc.record({ sample: fc.nat(), a: fc.nat(), length: fc.nat({ max: 3000 }), toEnd: fc.boolean(), between: fc.option(piece) });
  return fc.array(slice, { minLength: 1, maxLength: 5 }).map((parts) => parts.map((p) => {
    const s = samples[p.sample % samples.length];
    const a = p.a % (s.length + 1);
    return s.slice(a, p.toEnd ? s.length : Math.min(s.length, a + p.length)) + (p.between ?? '');
  }).join(''));
}

type Edit = { kind: 'insert'; at: number; piece: string } | { kind: 'delete'; at: number; length: number } | { kind: 'crlf' } | { kind: 'cr' };

/** A sample with a few edits: pieces inserted, ranges deleted, line ends converted. */
function mutated(samples: readonly string[]): fc.Arbitrary<string> {
  const edit: fc.Arbitrary<Edit> = fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece }), weight: 5 },
    { arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }), weight: 3 },
    { arbitrary: fc.constant({ kind: 'crlf' as const }), weight: 1 },
    { arbitrary: fc.constant({ kind: 'cr' as const }), weight: 1 },
  );
  return fc.tuple(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 12 })).map(([which, edits]) => {
    let s = samples[which % samples.length];
    for (const e of edits) {
      if (e.kind === 'crlf') s = s.replace(/\n/g, '\r\n');
      else if (e.kind === 'cr') s = s.replace(/\n/g, '\r');
      else {
        const at = e.at % (s.length + 1);
        s = e.kind === 'insert' ? s.slice(0, at) + e.piece + s.slice(at) : s.slice(0, at) + s.slice(Math.min(s.length, at + e.length));
      }
    }
    return s;
  });
}

/** A hostile article: pieces, raw code units, spliced or edited samples, or next to nothing. */
export function article(samples: readonly string[]): fc.Arbitrary<string> {
  const arbs: Array<fc.WeightedArbitrary<string>> = [
    { arbitrary: fc.constantFrom(...EMPTY_ISH), weight: 4 },
    { arbitrary: pieces(300), weight: 31 },
    { arbitrary: codeUnits(2000), weight: 10 },
  ];
  if (samples.length) arbs.push({ arbitrary: spliced(samples), weight: 30 }, { arbitrary: mutated(samples), weight: 25 });
  return fc.oneof(...arbs);
}

/** A very long line (tens of thousands of characters without a line break): of one character, of pieces, or a quote repeated. */
export const longLine: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('a', '“', '(', ' ', '.', '9', 'A', '\u0301', '😀'), fc.integer({ min: 10_000, max: 30_000 })).map(([c, n]) => c.repeat(n)),
  pieces(8_000, 3_000).map((s) => s.replace(/[\n\r\u2028\u2029\u0085]/g, ' ')),
  fc.tuple(capitalised, pieces(20), fc.integer({ min: 100, max: 400 })).map(([name, words, n]) => `${name} said “${words} `.repeat(n)),
);
