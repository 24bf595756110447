import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { collectTokens, encodeTokens, LEGEND, TokenResults, tokensOnLines } from './semantic-tokens';
import { article, emptyAnalysis, spansOf, ZELENSKY_TEXT, zelenskyArticle } from './test-fixture';

function decode(doc: TextDocument, data: number[]) {
  const out: Array<{ text: string; type: string; mods: number; line: number }> = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    const start = doc.offsetAt({ line, character: char });
    out.push({ text: doc.getText().slice(start, start + data[i + 2]), type: LEGEND.tokenTypes[data[i + 3]], mods: data[i + 4], line });
  }
  return out;
}

test('people, places, organizations, quotes, speakers, figures and dates become tokens; the first full name is a declaration', () => {
  const a = zelenskyArticle();
  const tokens = decode(a.doc, encodeTokens(a.doc, collectTokens(a.analysis!, ZELENSKY_TEXT)));
  const find = (text: string) => tokens.filter((t) => t.text === text);
  assert.deepEqual(find('Kyiv').map((t) => t.type), ['place']);
  assert.deepEqual(find('Volodymyr Zelensky').map((t) => [t.type, t.mods]), [['speaker', 1]]);
  assert.deepEqual(find('Zelensky').map((t) => [t.type, t.mods]), [['person', 0]]);
  assert.deepEqual(find('Vladimir Putin').map((t) => [t.type, t.mods]), [['person', 1]]);
  assert.equal(find('Kremlin')[0].type, 'speaker');
  assert.equal(find('40')[0].type, 'figure');
  assert.equal(find('Sunday')[0].type, 'date');
  assert.equal(find('“We want peace,”')[0].type, 'quote');
});

test('an entity inside a quote cuts the quote token; tokens never overlap', () => {
  const text = 'Title\n“Ask Putin about it,” she said.\n';
  const a = article(text, (an) => {
    an.entities = [{ id: 'p', name: 'Putin', type: 'person', role: null, aliases: [], mentions: spansOf(text, 'Putin') }];
    an.quotes = [{ ...spansOf(text, '“Ask Putin about it,”')[0], kind: 'direct', speaker: null }];
  });
  const tokens = decode(a.doc, encodeTokens(a.doc, collectTokens(a.analysis!, text)));
  assert.deepEqual(tokens.map((t) => [t.text, t.type]), [['“Ask ', 'quote'], ['Putin', 'person'], [' about it,”', 'quote']]);
});

test('a token across a line break is cut at the line end (CRLF too), never past it', () => {
  const text = 'Title\r\n“First line\r\nsecond line”\r\n';
  const a = article(text, (an) => {
    an.quotes = [{ ...spansOf(text, '“First line\r\nsecond line”')[0], kind: 'direct', speaker: null }];
  });
  const tokens = decode(a.doc, encodeTokens(a.doc, collectTokens(a.analysis!, text)));
  assert.deepEqual(tokens.map((t) => [t.text, t.line]), [['“First line', 1], ['second line”', 2]]);
});

test('range requests return only the tokens in the range', () => {
  const a = zelenskyArticle();
  const line3 = a.doc.offsetAt({ line: 2, character: 0 });
  const tokens = decode(a.doc, encodeTokens(a.doc, collectTokens(a.analysis!, ZELENSKY_TEXT), { start: line3, end: ZELENSKY_TEXT.length }));
  assert.deepEqual(tokens.map((t) => t.text), ['Vladimir Putin', 'Kremlin', '“premature”']);
});

test('a delta against the last result carries only the changed integers', () => {
  const results = new TokenResults();
  const first = results.full('u', [0, 0, 5, 0, 0, 1, 0, 4, 2, 0]);
  const delta = results.delta('u', first.resultId!, [0, 0, 5, 0, 0, 1, 0, 6, 2, 0]);
  assert.ok('edits' in delta);
  assert.deepEqual(delta.edits, [{ start: 7, deleteCount: 1, data: [6] }]);
  const stale = results.delta('u', 'no-such-id', [1, 2, 3, 0, 0]);
  assert.ok('data' in stale, 'an unknown previous result gets a full answer');
});

test('an empty analysis has no tokens', () => {
  const doc = TextDocument.create('u', 'x', 1, 'abc');
  assert.deepEqual(encodeTokens(doc, collectTokens(emptyAnalysis(), 'abc')), []);
});

test('a range of lines taken from encoded full tokens holds exactly the pieces on those lines', () => {
  const a = zelenskyArticle();
  const full = encodeTokens(a.doc, collectTokens(a.analysis!, ZELENSKY_TEXT));
  const all = decode(a.doc, full);
  assert.deepEqual(tokensOnLines(full, 0, a.doc.lineCount), full, 'every line: the same tokens');
  const lines = [...new Set(all.map((t) => t.line))];
  assert.ok(lines.length >= 2, 'tokens on two lines or more');
  const from = lines[1];
  const to = lines[lines.length - 1];
  assert.deepEqual(decode(a.doc, tokensOnLines(full, from, to)), all.filter((t) => t.line >= from && t.line <= to));
  assert.deepEqual(tokensOnLines(full, a.doc.lineCount + 1, a.doc.lineCount + 5), []);
});
