// `newsdesk check`, the lint mode for publishing pipelines (issue 18), run as a pipeline runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import { CLI_JS, ROOT } from './helpers/paths';

function check(args: string[], cwd: string, input?: string) {
  const r = spawnSync(process.execPath, [CLI_JS, 'check', ...args], { cwd, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.split('\n').filter(Boolean) };
}

// Sentences of our own: a repeated word (garbled.repeated-word, a warning by default) on line 3,
// a vague attribution (claim.vague-attribution, information) on line 4.
const ARTICLE = 'Ferry Service Returns\n\nThe ferry the the crossed the bay on Tuesday for the first time since March.\nReports suggest that a second route will open in the spring.\n';

function workspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-check-'));
  fs.writeFileSync(path.join(dir, 'ferry.txt'), ARTICLE);
  fs.writeFileSync(path.join(dir, 'clean.txt'), 'Ferry Service Returns\n\nThe ferry crossed the bay on Tuesday, the harbour master, Ann Lee, said.\n');
  return dir;
}

/** The problem matcher package.json contributes, as VS Code applies it to a line. */
function matcher(): { re: RegExp; groups: Record<string, number> } {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const m = manifest.contributes.problemMatchers.find((p: { name: string }) => p.name === 'newsdesk');
  const { regexp, ...groups } = m.pattern;
  return { re: new RegExp(regexp), groups };
}

test('check prints file:line:col: severity code message; the contributed problem matcher reads every line', () => {
  const dir = workspace();
  const r = check(['ferry.txt', 'clean.txt', '--jobs', '1'], dir);
  assert.equal(r.code, 1, r.stderr);
  assert.deepEqual(r.lines.map((l) => l.split(' ').slice(0, 3).join(' ')), [
    'ferry.txt:3:11: warning garbled.repeated-word',
    'ferry.txt:4:1: information claim.vague-attribution',
  ]);
  const { re, groups } = matcher();
  for (const l of r.lines) {
    const m = re.exec(l);
    assert.ok(m, l);
    assert.equal(m[groups.file], 'ferry.txt');
    assert.ok(['warning', 'info'].includes(m[groups.severity]), m[groups.severity]);
    assert.match(m[groups.code], /^(garbled|claim)\./);
    assert.ok(m[groups.message].length > 10);
  }
  // Line and column point at the flagged text: 1-based, columns in UTF-16 code units.
  const [line, col] = r.lines[0].split(':').slice(1, 3).map(Number);
  assert.equal(ARTICLE.split('\n')[line - 1].slice(col - 1, col - 1 + 'the the'.length), 'the the');
  fs.rmSync(dir, { recursive: true, force: true });
});

test('--fail-on: exit 1 only for a finding at or above the severity (default warning); none never fails', () => {
  const dir = workspace();
  assert.equal(check(['clean.txt', '--jobs', '1'], dir).code, 0);
  assert.equal(check(['ferry.txt', '--jobs', '1', '--fail-on', 'error'], dir).code, 0);
  assert.equal(check(['ferry.txt', '--jobs', '1', '--fail-on', 'warning'], dir).code, 1);
  assert.equal(check(['ferry.txt', '--jobs', '1', '--fail-on', 'none'], dir).code, 0);
  const missing = check(['nope.txt', '--jobs', '1'], dir);
  assert.equal(missing.code, 1);
  assert.match(missing.stdout, /^nope\.txt:1:1: error input\.unreadable cannot read: no such file$/m);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('silences apply: front matter newsdesk-ignore, the nearest .newsdesk/silenced.json, --silenced FILE', () => {
  const dir = workspace();
  fs.writeFileSync(path.join(dir, 'ignored.txt'), `---\nnewsdesk-ignore: garbled.repeated-word\n---\n${ARTICLE}`);
  assert.deepEqual(check(['ignored.txt', '--jobs', '1'], dir).lines.map((l) => l.split(' ')[2]), ['claim.vague-attribution']);
  // The editor's store, found from the article's folder upwards.
  fs.mkdirSync(path.join(dir, '.newsdesk'));
  fs.writeFileSync(path.join(dir, '.newsdesk', 'silenced.json'), JSON.stringify({ silenced: [{ code: 'garbled.repeated-word', text: 'the the' }] }));
  fs.mkdirSync(path.join(dir, 'desk'));
  fs.copyFileSync(path.join(dir, 'ferry.txt'), path.join(dir, 'desk', 'ferry.txt'));
  const silenced = check(['ferry.txt', 'desk/ferry.txt', '--jobs', '1'], dir);
  assert.deepEqual(silenced.lines.map((l) => l.split(' ').slice(0, 3).join(' ')), ['ferry.txt:4:1: information claim.vague-attribution', 'desk/ferry.txt:4:1: information claim.vague-attribution']);
  assert.equal(silenced.code, 0);
  const other = path.join(dir, 'other.json');
  fs.writeFileSync(other, JSON.stringify({ silenced: [{ code: 'claim.vague-attribution', text: 'Reports suggest' }] }));
  assert.deepEqual(check(['ferry.txt', '--jobs', '1', '--silenced', other], dir).lines.map((l) => l.split(' ')[2]), ['garbled.repeated-word']);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('--format sarif is a SARIF 2.1.0 log valid against the OASIS schema, with the same findings and exit code', () => {
  const dir = workspace();
  const text = check(['ferry.txt', 'clean.txt', 'nope.txt', '--jobs', '2'], dir);
  const sarif = check(['ferry.txt', 'clean.txt', 'nope.txt', '--jobs', '2', '--format', 'sarif'], dir);
  assert.equal(sarif.code, text.code);
  const log = JSON.parse(sarif.stdout) as { version: string; runs: Array<{ results: unknown[]; tool: { driver: { rules: Array<{ id: string }> } } }> };
  // The schema is draft-04; Ajv 8 reads it as draft-07, the same for this schema (it uses neither
  // exclusiveMinimum nor exclusiveMaximum, whose meaning changed; its `id` is draft-07's `$id`). Formats not checked.
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
  assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5)));
  // And the schema rejects what it should: the check is not vacuous.
  assert.equal(validate({ ...log, version: '2.0.0' }), false);
  const results = log.runs[0].results as Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> }>;
  assert.deepEqual(results.map((r) => {
    const p = r.locations[0].physicalLocation;
    return `${p.artifactLocation.uri}:${p.region.startLine}:${p.region.startColumn}: ${r.ruleId}`;
  }), text.lines.map((l) => l.split(' ').slice(0, 1).concat(l.split(' ')[2]).join(' ')));
  assert.deepEqual(results.map((r) => r.level), ['warning', 'note', 'error']);
  const rules = log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
  assert.deepEqual(rules, [...new Set(results.map((r) => r.ruleId))].sort());
  fs.rmSync(dir, { recursive: true, force: true });
});

test('check --jsonl names each finding by the article id', () => {
  const dir = workspace();
  const input = [JSON.stringify({ id: 'story-1', text: ARTICLE }), JSON.stringify({ id: 'story-2', text: 'Ferry Service Returns\n\nThe ferry crossed the bay.\n' })].join('\n') + '\n';
  const r = check(['--jsonl', '--jobs', '1'], dir, input);
  assert.equal(r.code, 1, r.stderr);
  assert.deepEqual(r.lines.map((l) => l.split(' ').slice(0, 3).join(' ')), ['story-1:3:11: warning garbled.repeated-word', 'story-1:4:1: information claim.vague-attribution']);
  fs.rmSync(dir, { recursive: true, force: true });
});
