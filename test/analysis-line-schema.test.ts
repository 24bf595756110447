// The lines of `newsdesk analyze --jsonl`, as a real process writes them, checked against
// schema/analysis-line.schema.json, the schema generated from the AnalysisLine type (issue 18).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { CLI_JS, ROOT } from './helpers/paths';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'analysis-line.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const problems = () => JSON.stringify(validate.errors?.slice(0, 5), null, 2);

// Our own short articles: a quotation with its speaker, figures, a relative and an absolute date.
const ARTICLES = [
  {
    id: 'harbour-1',
    source: 'The Coastal Ledger',
    published: '2024-03-12',
    text:
      'Harbour Dredging to Resume\n\nThe port authority of Maris Bay said on Monday that dredging of the north channel will resume in April at a cost of $4.2 million.\n\n"We cannot let the channel silt up again," said Tomas Verhoef, the authority\'s director. About 300 vessels use the channel each month, according to the authority.\n',
  },
  {
    id: 7,
    text: 'Library Hours Cut\n\nThe city council voted 5-2 on 3 February 2023 to close the central library on Sundays, saving roughly 12% of its budget.\n',
  },
];

test('analyze --jsonl: every line, an analysis or an error, is valid against analysis-line.schema.json', () => {
  const input = [...ARTICLES.map((a) => JSON.stringify(a)), '{"id": "broken", "text": ', '{"id": "empty"}'].join('\n') + '\n';
  const r = spawnSync(process.execPath, [CLI_JS, 'analyze', '--jsonl', '--jobs', '1'], { input, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.id), ['harbour-1', 7, 'broken', 'empty']);
  for (const line of lines) assert.ok(validate(line), `${JSON.stringify(line).slice(0, 200)}\n${problems()}`);
  // The lines are the ones the schema is meant for: analyses with content, a carried source, error codes.
  const [first, second, broken, empty] = lines;
  assert.equal(first.source, 'The Coastal Ledger');
  assert.ok(first.analysis.quotes.length > 0 && first.analysis.figures.length > 0, JSON.stringify(first.analysis.quotes));
  assert.ok(second.analysis.dates.length > 0);
  assert.equal(broken.error.code, 'bad-json');
  assert.equal(empty.error.code, 'no-text');
});

test('the line schema rejects what no line may be (it can fail)', () => {
  const analysis = { file: 'x', headline: null, sections: [], publishedDate: null, boilerplate: [], entities: [], quotes: [], figures: [], dates: [], diagnostics: [], timeline: [] };
  assert.ok(validate({ id: 'x', analysis }), problems());
  assert.ok(validate({ id: 3, error: { code: 'too-large', message: 'line is 90 KB' } }), problems());
  assert.equal(validate({ id: 'x', error: { code: 'exploded', message: 'm' } }), false, 'unknown error code');
  assert.equal(validate({ id: 'x' }), false, 'neither analysis nor error');
  assert.equal(validate({ id: null, analysis }), false, 'id is a string or a number');
  assert.equal(validate({ id: 'x', analysis: { ...analysis, publishedDate: 'Monday' } }), false, 'the analysis is checked too');
  assert.equal(validate({ id: 'x', analysis, extra: 1 }), false, 'no field beyond the contract');
});
