import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze';
import { MAX_PER_CODE, capFindings } from './cap';
import type { Diagnostic } from '../types';

const CODE = 'garbled.unbalanced-quote';

test('a text with more findings of one kind than the cap lists the first ones in text order, then how many more', () => {
  // A transcript pasted with its closing quotation marks lost: every line opens a quote that never closes.
  const lines = Array.from({ length: MAX_PER_CODE + 234 }, (_, i) => `Caller ${i + 1} told the station “the bridge was shut before noon and nobody came.`);
  const text = `${lines.join('\n')}\n`;
  const found = analyze(text).diagnostics.filter((d) => d.code === CODE);
  assert.equal(found.length, MAX_PER_CODE + 1);
  const last = found[found.length - 1];
  assert.match(last.message, /^234 more findings like this one \(garbled\.unbalanced-quote\)/);
  // The summary stands at the first finding not listed: the quote mark of the line after the last one listed.
  assert.equal(last.start, text.indexOf('“', found[MAX_PER_CODE - 1].end));
  assert.ok(found.slice(0, -1).every((d, i) => i === 0 || found[i - 1].start < d.start), 'in text order');
});

test('near miss: up to the cap every finding is listed as it is', () => {
  const ds: Diagnostic[] = Array.from({ length: 5 }, (_, i) => ({ start: 10 - i, end: 11 - i, code: CODE, severity: 'warning', message: 'm' }));
  assert.equal(capFindings(ds, 5), ds);
  const capped = capFindings(ds, 3);
  assert.deepEqual(capped.map((d) => d.start), [6, 7, 8, 9]);
  assert.match(capped[3].message, /^2 more findings/);
});
