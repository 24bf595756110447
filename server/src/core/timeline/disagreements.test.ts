// findDisagreements: only where articles disagree, for diagnostics in an editor (no events, no anchoring).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze';
import { findDisagreements } from './workspace';

function disagreements(files: Record<string, string>, dates = false) {
  const texts = new Map(Object.entries(files));
  return findDisagreements([...texts].map(([file, text]) => analyze(text, { file })), texts, { dates });
}

test('two articles with $100 billion and $90 billion for one weapons deal disagree on a figure', () => {
  const found = disagreements({
    'a.txt': 'Ukraine offered to buy $100 billion in American weapons under a security deal with the United States.\n',
    'b.txt': 'Ukraine proposed buying $90 billion in American weapons as part of a security deal with the United States.\n',
  });
  assert.deepEqual(found.map((d) => [d.kind, d.values.map((v) => `${v.file} ${v.text}`)]), [['figure', ['a.txt $100 billion', 'b.txt $90 billion']]]);
});

test('figures far apart in value, or about different things, do not disagree', () => {
  assert.deepEqual(disagreements({
    'a.txt': 'Ukraine offered to buy $100 billion in American weapons under a security deal.\n',
    'b.txt': 'Ukraine offered to buy $40 billion in American weapons under a security deal.\n',
    'c.txt': 'The city spent $95 billion on schools and roads last year.\n',
  }), []);
});

test('two roles for one person across articles disagree; dates only when asked', () => {
  const files = {
    'a.txt': 'Talks\nThe envoy met former President Donald Trump on August 16, 2025 in Alaska for a summit.\n',
    'b.txt': 'Talks\nThe envoy met U.S. President Donald Trump on August 12, 2025 in Alaska for a summit.\n',
  };
  const roles = disagreements(files).filter((d) => d.kind === 'role');
  assert.equal(roles.length, 1);
  assert.deepEqual(roles[0].values.map((v) => v.value).sort(), ['former President', 'U.S. President'].sort());
  assert.ok(!disagreements(files).some((d) => d.kind === 'date'));
  assert.deepEqual(disagreements(files, true).filter((d) => d.kind === 'date').map((d) => d.values.map((v) => v.value)), [['2025-08-16', '2025-08-12']]);
});
