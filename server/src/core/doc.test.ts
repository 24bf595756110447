import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from './doc';
import type { Span } from './types';

test('inBoilerplate: the binary search agrees with a scan over the furniture, empty spans included', () => {
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let round = 0; round < 50; round++) {
    const doc = new Doc('x'.repeat(1000));
    let at = 0;
    for (let k = rand(40); k > 0; k--) {
      const start = at + rand(40);
      const end = start + rand(30);
      doc.boilerplate.push({ start, end, text: '', reason: 'test' } as unknown as Doc['boilerplate'][number]);
      at = start + rand(50);
    }
    for (let q = 0; q < 300; q++) {
      const start = rand(1000);
      const span: Span = { start, end: start + rand(20) };
      const scan = doc.boilerplate.some((b) => span.start < b.end && b.start < span.end);
      assert.equal(doc.inBoilerplate(span), scan, JSON.stringify({ span, bp: doc.boilerplate.map((b) => [b.start, b.end]) }));
    }
  }
});
