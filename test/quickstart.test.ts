// The README's quick start is the two commands that .ci/run reads from it and runs, in order, on a
// clean clone (so CI checks them as written); this test keeps the block in the shape .ci/run reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './helpers/paths';

function quickStart(): string[] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme);
  assert.ok(block, 'README has a Quick start with a sh block');
  return block[1].split('\n').map((l) => l.replace(/#.*$/, '').trim()).filter(Boolean);
}

test('the README quick start is two commands: npm ci && npm run sample, then npm test', () => {
  assert.deepEqual(quickStart(), ['npm ci && npm run sample', 'npm test']);
});
