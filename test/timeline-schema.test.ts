// The JSON Schema of the cross-article timeline checked against real output of `newsdesk timeline --json`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { CLI_JS, ROOT, samplePaths } from './helpers/paths';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'timeline.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

test('the timeline of the sample articles matches the schema, every source span is its text, events are in date order', () => {
  const r = spawnSync(process.execPath, [CLI_JS, 'timeline', ...samplePaths(), '--json'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  const valid: boolean = validate(doc);
  assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  for (const e of [...doc.events, ...doc.undated]) {
    for (const s of e.sources) {
      const text = fs.readFileSync(s.file, 'utf8').replace(/^\uFEFF/, '');
      assert.equal(text.slice(s.start, s.end), s.text);
    }
  }
  const summit = doc.events.filter((e: { event: string }) => /summit/i.test(e.event) && /alaska/i.test(e.event));
  assert.equal(summit.length, 1, 'the Alaska summit appears once');
  assert.equal(summit[0].date, '2025-08-16');
  const files = summit[0].sources.map((s: { file: string }) => path.basename(s.file).slice(0, 3));
  assert.ok(files.includes('001') && files.includes('003'), files.join(','));
});

test('the timeline schema rejects a wrong document (it can fail)', () => {
  assert.equal(validate({ version: 1, events: [{ date: 'last week', dateText: '', inferred: null, event: 'x', entityIds: [], sources: [] }], undated: [], disagreements: [] }), false);
  assert.equal(validate({ version: 1, events: [], undated: [], disagreements: [{ subject: 'x', kind: 'mood', values: [] }] }), false);
});
