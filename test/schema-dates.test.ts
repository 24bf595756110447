// The date fields added in schema 1.1 (issue 16): `anchor` and `anchorDate` are optional, so a 1.0
// document still validates, and `anchor` takes only its two values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { ROOT } from './helpers/paths';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'article-analysis.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const withDates = (dates: unknown[]) => ({
  version: 1,
  articles: [{ file: 'x', headline: null, sections: [], publishedDate: null, boilerplate: [], entities: [], quotes: [], figures: [], dates, diagnostics: [], timeline: [] }],
});

test('a date may say what it was counted from; without it a 1.0 date still validates; other anchors are refused', () => {
  const base = { start: 0, end: 7, text: 'Tuesday', value: '2025-06-10', relative: true };
  assert.ok(validate(withDates([base])));
  assert.ok(validate(withDates([{ ...base, anchor: 'published', anchorDate: '2025-06-11' }])));
  assert.ok(validate(withDates([{ ...base, anchor: 'text', anchorDate: '2019' }])));
  assert.equal(validate(withDates([{ ...base, anchor: 'crawl' }])), false);
});
