// The news-article TextMate grammar, tokenized by VS Code's own engine (vscode-textmate + oniguruma):
// text in, scopes out.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar } from 'vscode-textmate';
import type { IGrammar } from 'vscode-textmate';
import { ROOT } from './helpers/paths';

const GRAMMAR = path.join(ROOT, 'syntaxes', 'news-article.tmLanguage.json');
let grammar: IGrammar;

before(async () => {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope: string) => (scope === 'text.news-article' ? parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null),
  });
  const g = await registry.loadGrammar('text.news-article');
  if (!g) throw new Error('grammar did not load');
  grammar = g;
});

/** Every token of the text as [text, innermost scopes joined], line by line. */
function tokenize(text: string): Array<{ line: number; text: string; scopes: string[] }> {
  const out: Array<{ line: number; text: string; scopes: string[] }> = [];
  let stack = INITIAL;
  text.split('\n').forEach((line, i) => {
    const r = grammar.tokenizeLine(line, stack);
    for (const t of r.tokens) out.push({ line: i, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    stack = r.ruleStack;
  });
  return out;
}

/** The scopes over `needle` (which must be covered by tokens that all share them). */
function scopesOf(text: string, needle: string, line?: number): string[] {
  const lines = text.split('\n');
  const ln = line ?? lines.findIndex((l) => l.includes(needle));
  assert.ok(ln >= 0, `"${needle}" not in text`);
  const at = lines[ln].indexOf(needle);
  const toks = tokenize(text).filter((t) => t.line === ln);
  let pos = 0;
  const covering: string[][] = [];
  for (const t of toks) {
    const s = pos;
    pos += t.text.length;
    if (pos > at && s < at + needle.length) covering.push(t.scopes);
  }
  return covering.reduce((acc, s) => acc.filter((x) => s.includes(x)));
}

const has = (scopes: string[], prefix: string) => scopes.some((s) => s.startsWith(prefix));

const ARTICLE = [
  'Putin Signals Shift on Ukraine Security Deal',
  '',
  'By Jane Doe',
  'KYIV, Ukraine (Reuters) - Officials met on August 16, 2025, and again last week.',
  '“This was the first time,” Witkoff said on Sunday. The deal is worth $100 billion, or 12% of it.',
  'The annexation happened in 2014; 1,200 troops and 3.5 million people were affected.',
  'Background',
  'Read more at https://example.org/story?id=1.',
  '(Reporting by John Roe; Editing by Ann Poe)',
  '"Straight quotes work too," she said, as the price rose to €90-billion.',
].join('\n');

test('the first line is the headline', () => {
  assert.ok(has(scopesOf(ARTICLE, 'Putin Signals Shift', 0), 'markup.heading.1'));
  assert.ok(!has(scopesOf(ARTICLE, 'Officials'), 'markup.heading'));
});

test('a short title-case line is a section heading', () => {
  assert.ok(has(scopesOf(ARTICLE, 'Background'), 'markup.heading.2'));
});

test('bylines, credit lines and datelines are source lines', () => {
  assert.ok(has(scopesOf(ARTICLE, 'By'), 'keyword.other.source'));
  assert.ok(has(scopesOf(ARTICLE, 'Jane Doe'), 'meta.source'));
  assert.ok(has(scopesOf(ARTICLE, 'Reporting by'), 'keyword.other.source'));
  assert.ok(has(scopesOf(ARTICLE, '(Reuters)'), 'keyword.other.source'));
});

test('quotations, curly and straight, are strings', () => {
  assert.ok(has(scopesOf(ARTICLE, 'This was the first time,'), 'string.quoted.double'));
  assert.ok(has(scopesOf(ARTICLE, 'Straight quotes work too,'), 'string.quoted.double'));
  assert.ok(!has(scopesOf(ARTICLE, 'Witkoff said'), 'string'));
});

test('dates: month-day-year, weekdays, relative phrases and years after a preposition', () => {
  for (const d of ['August 16, 2025', 'last week', 'Sunday', '2014']) assert.ok(has(scopesOf(ARTICLE, d), 'constant.numeric.date'), d);
});

test('money, percentages and numbers', () => {
  assert.ok(has(scopesOf(ARTICLE, '$100 billion'), 'constant.numeric.money'));
  assert.ok(has(scopesOf(ARTICLE, '€90-billion'), 'constant.numeric.money'));
  assert.ok(has(scopesOf(ARTICLE, '12%'), 'constant.numeric.percent'));
  assert.ok(has(scopesOf(ARTICLE, '1,200'), 'constant.numeric'));
  assert.ok(has(scopesOf(ARTICLE, '3.5 million'), 'constant.numeric'));
});

test('URLs are links, without the sentence-ending period', () => {
  assert.ok(has(scopesOf(ARTICLE, 'https://example.org/story?id=1'), 'markup.underline.link'));
  const toks = tokenize(ARTICLE).filter((t) => t.scopes.some((s) => s.startsWith('markup.underline.link')));
  assert.deepEqual(toks.map((t) => t.text), ['https://example.org/story?id=1']);
});

test('front matter is not taken for the headline', () => {
  const text = '---\ntitle: Summit\ndate: 2025-08-18\n---\nBody text on Monday.';
  assert.ok(has(scopesOf(text, 'title', 1), 'entity.name.tag'));
  assert.ok(has(scopesOf(text, '2025-08-18', 2), 'constant.numeric.date'));
  assert.ok(!tokenize(text).some((t) => t.scopes.some((s) => s.startsWith('markup.heading.1'))));
});

test('an apostrophe does not open a quotation, and an open quote ends with its line', () => {
  const text = 'x\nIt’s Ukraine’s “open quote\nNext paragraph.';
  assert.ok(!has(scopesOf(text, 'Ukraine'), 'string'));
  assert.ok(!has(scopesOf(text, 'Next paragraph'), 'string'));
});

test('every sample article tokenizes quickly', () => {
  const dir = path.join(ROOT, 'samples');
  const t0 = performance.now();
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.txt'))) tokenize(fs.readFileSync(path.join(dir, f), 'utf8'));
  assert.ok(performance.now() - t0 < 2000);
});
