// Statements quoted more than once in `newsdesk timeline` (issue #20): the JSON (minor version 1)
// carries them with their versions, valid against schema/timeline.schema.json, every version's span its
// text; the text output lists them; the sample articles, which quote no statement twice, get none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import { CLI_JS, ROOT, samplePaths } from './helpers/paths';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'timeline.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const A = `Dam repairs to start

RIVERTON, June 2, 2026 — Paulo Brandt, the chief engineer, said repairs would start soon.

“We will not open the spillway gates unless the lake rises another metre,” Brandt said.
`;
const B = `Spillway stays shut

RIVERTON, June 3, 2026 — The lake is still rising.

"We will not open the spillway gates," chief engineer Paulo Brandt told reporters. "We will open the spillway gates unless the lake rises another metre," he said later.
`;

test('timeline --json carries statements and their versions, valid against the schema; the text output lists them', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-statements-'));
  try {
    const a = path.join(dir, 'a.txt');
    const b = path.join(dir, 'b.txt');
    fs.writeFileSync(a, A);
    fs.writeFileSync(b, B);
    const r = spawnSync(process.execPath, [CLI_JS, 'timeline', a, b, '--json'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    const valid: boolean = validate(doc);
    assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    assert.equal(doc.minorVersion, 1);
    assert.equal(doc.statements.length, 1, JSON.stringify(doc.statements));
    const s = doc.statements[0];
    assert.equal(s.speaker, 'Paulo Brandt');
    assert.deepEqual(s.versions.map((v: { file: string; class: string }) => `${path.basename(v.file)} ${v.class}`), ['a.txt fullest', 'b.txt shortened', 'b.txt altered']);
    assert.deepEqual(s.versions[1].droppedQualifiers, ['unless']);
    assert.deepEqual(s.versions[2].diff.filter((d: { op: string }) => d.op !== 'same'), [{ op: 'removed', text: 'not' }]);
    for (const v of s.versions) assert.equal(fs.readFileSync(v.file, 'utf8').slice(v.start, v.end), v.text);

    const text = spawnSync(process.execPath, [CLI_JS, 'timeline', a, b], { encoding: 'utf8' }).stdout;
    assert.match(text, /statements quoted more than once:\n {2}Paulo Brandt: “We will not open the spillway gates unless/);
    assert.match(text, /b\.txt: shortened, leaving out unless "We will not open the spillway gates,"/);
    assert.match(text, /b\.txt: altered "We will open the spillway gates unless/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the sample articles quote no statement twice: no statements, no altered or misattributed quotation', () => {
  const r = spawnSync(process.execPath, [CLI_JS, 'timeline', ...samplePaths(), '--json'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  assert.deepEqual(doc.statements, []);
});

test('the schema rejects a statement with an unknown class (it can fail)', () => {
  const version = { file: 'a', start: 0, end: 1, text: 'x', speaker: null, class: 'paraphrased', diff: [], droppedQualifiers: [] };
  assert.equal(validate({ version: 1, minorVersion: 1, events: [], undated: [], disagreements: [], statements: [{ speaker: null, speakerId: null, words: 'x', versions: [version, version] }] }), false);
});
