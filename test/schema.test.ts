// The JSON Schema of ArticleAnalysis checked against real output of the command-line tool.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { CLI_JS, ROOT, samplePaths } from './helpers/paths';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'article-analysis.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

test('the analysis of every sample article matches the schema, and every span is its text', () => {
  const r = spawnSync(process.execPath, [CLI_JS, 'analyze', ...samplePaths(), '--json'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout) as { articles: any[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
  assert.ok(validate(doc), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  for (const a of doc.articles) {
    const text = fs.readFileSync(a.file, 'utf8').replace(/^\uFEFF/, '');
    const spans = [a.headline, ...a.entities.flatMap((e: { mentions: unknown[] }) => e.mentions), ...a.quotes, ...a.figures, ...a.dates].filter(Boolean);
    for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text, `${a.file}: ${JSON.stringify(s)}`);
    // 1.2: every event carries its source text and keys; figures that can disagree carry theirs.
    for (const e of a.timeline) {
      assert.equal(text.slice(e.start, e.end), e.text, `${a.file}: ${JSON.stringify(e)}`);
      assert.ok(e.keys && typeof e.explicit === 'boolean', `${a.file}: ${JSON.stringify(e)}`);
    }
  }
  assert.equal((doc as { minorVersion?: number }).minorVersion, 2);
  assert.ok(doc.articles.some((a) => a.timeline.length > 0), 'some sample has events');
  assert.ok(doc.articles.some((a) => a.figures.some((f: { keys?: unknown }) => f.keys)), 'some sample figure carries keys');
});

test('the schema rejects an analysis with a wrong field (it can fail)', () => {
  const bad = { version: 1, articles: [{ file: 'x', headline: null, sections: [], publishedDate: 'yesterday', boilerplate: [], entities: [], quotes: [], figures: [], dates: [], diagnostics: [], timeline: [] }] };
  assert.equal(validate(bad), false);
});

test('minor version 1.1: a 1.0 document still validates, the new figure fields are checked', () => {
  const article = (figures: unknown[]) => ({ file: 'x', headline: null, sections: [], publishedDate: null, boilerplate: [], entities: [], quotes: [], figures, dates: [], diagnostics: [], timeline: [] });
  const old = { start: 0, end: 3, text: '300', kind: 'count', value: 300, unit: null };
  assert.ok(validate({ version: 1, articles: [article([old])] }), 'a version 1.0 figure (no qualifier, low, high, per) is still valid');
  const range = { start: 0, end: 9, text: '5-8 years', kind: 'duration', value: 5, unit: 'year', qualifier: 'about', low: 5, high: 8, per: null };
  assert.ok(validate({ version: 1, minorVersion: 1, articles: [article([range])] }), JSON.stringify(validate.errors));
  assert.equal(validate({ version: 1, minorVersion: 1, articles: [article([{ ...range, qualifier: 'roughly' }])] }), false, 'qualifiers are normalized');
  assert.equal(validate({ version: 1, minorVersion: 1, articles: [article([{ ...range, low: '5' }])] }), false);
});

test('minor version 1.2: a 1.1 event still validates, the merge keys of events and figures are checked', () => {
  const article = (timeline: unknown[], figures: unknown[] = []) => ({ file: 'x', headline: null, sections: [], publishedDate: null, boilerplate: [], entities: [], quotes: [], figures, dates: [], diagnostics: [], timeline });
  const old = { start: 0, end: 30, date: '2025-08-16', dateText: 'August 16', event: 'leaders met in Geneva', entityIds: [] };
  assert.ok(validate({ version: 1, minorVersion: 1, articles: [article([old])] }), 'a 1.1 event (no text, explicit, keys) is still valid');
  const event = { ...old, text: 'On August 16 leaders met in Geneva.', explicit: true, keys: { words: ['leader', 'meet', 'geneva'], names: ['geneva'] } };
  assert.ok(validate({ version: 1, minorVersion: 2, articles: [article([event])] }), JSON.stringify(validate.errors));
  assert.equal(validate({ version: 1, minorVersion: 2, articles: [article([{ ...event, keys: { words: ['meet'] } }])] }), false, 'keys need names');
  assert.equal(validate({ version: 1, minorVersion: 2, articles: [article([{ ...event, explicit: 'yes' }])] }), false);
  const figure = { start: 0, end: 12, text: '$100 billion', kind: 'money', value: 1e11, unit: 'USD', keys: { words: ['aid', 'package'], line: 2, order: 0, subject: '$100 billion in aid' } };
  assert.ok(validate({ version: 1, minorVersion: 2, articles: [article([], [figure])] }), JSON.stringify(validate.errors));
  assert.equal(validate({ version: 1, minorVersion: 2, articles: [article([], [{ ...figure, keys: { ...figure.keys, line: -1 } }])] }), false);
});
