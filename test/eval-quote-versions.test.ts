// The quote-versions scorer (eval/sets/quote-versions.ts) on groups written for this test: an altered
// version and one given to another person are counted as found, a shortened one as grouped, two
// distinct quotations kept apart; and the set's own groups.json is well formed (every text defined
// once, every version's words found in its text).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGroups, scoreGroups } from '../eval/sets/quote-versions';
import type { QuoteGroup } from '../eval/sets/quote-versions';

const src = { publisher: 'test', url: '', title: '', licence: 'written for this test', attribution: '' };

const groups: QuoteGroup[] = [
  {
    id: 'harbour',
    speaker: 'Ilse Marwick',
    texts: [
      { id: 'a', source: src, text: 'Harbour to reopen\n\nHarbour master Ilse Marwick said: "The harbour will reopen on Monday, but only if the breakwater holds through the weekend."\n' },
      { id: 'b', source: src, text: 'Port news\n\n"The harbour will reopen on Tuesday, but only if the breakwater holds through the weekend," harbour master Ilse Marwick said.\n' },
      { id: 'c', source: src, text: 'Mayor speaks\n\n"The harbour will reopen on Monday, but only if the breakwater holds through the weekend," Mayor Tomas Quill said.\n' },
      { id: 'd', source: src, text: 'Ferries\n\n"The harbour will reopen on Monday," Ilse Marwick told reporters.\n' },
    ],
    versions: [
      { text: 'a', quote: 'The harbour will reopen on Monday, but', gold: 'fullest' },
      { text: 'b', quote: 'The harbour will reopen on Tuesday', gold: 'altered' },
      { text: 'c', quote: 'The harbour will reopen on Monday, but', gold: 'attributed-elsewhere' },
      { text: 'd', quote: 'The harbour will reopen on Monday,"', gold: 'shortened' },
    ],
  },
  {
    id: 'two-statements',
    speaker: 'Nils Aberg',
    texts: [{ id: 'e', source: src, text: 'Budget\n\n"Right now we are just counting the ballots from the northern districts," said Nils Aberg. Later he added: "Right now we are just waiting for the court to rule on the appeal."\n' }],
    versions: [
      { text: 'e', quote: 'Right now we are just counting', gold: 'distinct' },
      { text: 'e', quote: 'Right now we are just waiting', gold: 'distinct' },
    ],
  },
];

test('the scorer counts altered, attributed-elsewhere and grouped versions, and distinct quotations kept apart', () => {
  const s = scoreGroups(groups);
  assert.deepEqual(s.altered, { tp: 1, fp: 0, fn: 0 }, s.misses.join('\n'));
  assert.deepEqual(s.elsewhere, { tp: 1, fp: 0, fn: 0 }, s.misses.join('\n'));
  assert.deepEqual(s.grouped, { tp: 3, fp: 0, fn: 0 }, s.misses.join('\n'));
});

test('a wrong gold is counted against the analysis (the scorer can fail)', () => {
  const wrong = structuredClone(groups);
  wrong[0].versions[1].gold = 'same';
  const s = scoreGroups(wrong);
  assert.equal(s.altered.fp, 1);
  assert.match(s.misses.join('\n'), /altered false alarm: harbour\/b/);
});

test('the set\'s groups.json: every text defined once and every version found in its text', () => {
  const all = loadGroups();
  assert.ok(all.length >= 16);
  assert.doesNotThrow(() => scoreGroups(all));
  for (const g of all) assert.ok(g.versions.some((v) => v.gold === 'fullest' || v.gold === 'distinct'), g.id);
});
