// The evaluation's own scorer on small hand-made cases, so that a bug in it cannot flatter the results:
// a perfect prediction scores 1, an empty one 0, a shifted span nothing, a duplicate one tp and one fp.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleAnalysis, Entity, Quote } from '../server/src/core/types';
import { findFolded, fold, foldKeepingOffsets, matchOneToOne, matchTypedSpans, countsOf } from '../eval/match';
import { scoreSeeds } from '../eval/score-seeds';
import type { SeedsGold } from '../eval/score-seeds';
import { formatTable, runSets, summaryParts } from '../eval/run';
import { prf } from '../eval/types';
import type { EvalRow, EvalSet } from '../eval/types';

type Typed = { start: number; end: number; type: string };

test('exact typed spans: perfect is 1, empty is 0, a span shifted by one is a miss and a false alarm', () => {
  const gold: Typed[] = [{ start: 0, end: 5, type: 'person' }, { start: 10, end: 16, type: 'place' }];
  assert.deepEqual(countsOf(matchTypedSpans(gold, gold.map((g) => ({ ...g })))), { tp: 2, fp: 0, fn: 0 });
  assert.equal(prf(countsOf(matchTypedSpans(gold, gold))).f1, 1);
  assert.deepEqual(countsOf(matchTypedSpans(gold, [])), { tp: 0, fp: 0, fn: 2 });
  assert.equal(prf(countsOf(matchTypedSpans(gold, []))).f1, 0);
  const shifted = gold.map((g) => ({ ...g, start: g.start + 1, end: g.end + 1 }));
  assert.deepEqual(countsOf(matchTypedSpans(gold, shifted)), { tp: 0, fp: 2, fn: 2 });
  const wrongType = [{ start: 0, end: 5, type: 'organization' }];
  assert.deepEqual(countsOf(matchTypedSpans(gold.slice(0, 1), wrongType)), { tp: 0, fp: 1, fn: 1 });
});

test('a duplicate prediction counts once as tp and once as fp', () => {
  const gold: Typed[] = [{ start: 0, end: 5, type: 'person' }];
  const m = matchTypedSpans(gold, [{ ...gold[0] }, { ...gold[0] }]);
  assert.deepEqual(countsOf(m), { tp: 1, fp: 1, fn: 0 });
  // One prediction cannot satisfy two gold items either.
  assert.deepEqual(countsOf(matchOneToOne(['a', 'a'], ['a'], (g, p) => g === p)), { tp: 1, fp: 0, fn: 1 });
});

test('precision, recall and F1 of counts', () => {
  assert.deepEqual(prf({ tp: 0, fp: 0, fn: 0 }), { precision: 0, recall: 0, f1: 0 });
  const s = prf({ tp: 3, fp: 1, fn: 2 });
  assert.equal(s.precision, 0.75);
  assert.equal(s.recall, 0.6);
  assert.ok(Math.abs(s.f1 - 2 * 0.75 * 0.6 / 1.35) < 1e-12);
});

test('folding: curly quotes, dashes, white space and case; offsets kept in the folded text', () => {
  assert.equal(fold('  “Putin’s”  Plan—Now '), '"putin\'s" plan-now');
  const text = 'He said “We’re READY” — twice.';
  const f = foldKeepingOffsets(text);
  assert.equal(f.length, text.length);
  const r = findFolded(f, "we're ready");
  assert.ok(r);
  assert.equal(text.slice(r.start, r.end), 'We’re READY');
  assert.equal(findFolded(f, 'not there'), null);
});

// A hand-made article, its gold and analyses built from offsets in it.
const TEXT = [
  'Talks in Geneva',
  'French President Emmanuel Macron said on Monday that 26 countries would help. “We are ready,” Macron said in Geneva. Critics called it a “postwar” plan.',
  'Subscribe for $5.00 a month',
  '',
].join('\n');

const GOLD: SeedsGold = {
  documents: {
    'a.txt': {
      headline: 'Talks in Geneva',
      sections: [],
      entities: [
        { name: 'Emmanuel Macron', type: 'person', role: 'French President', mentions: ['Emmanuel Macron', 'Macron'] },
        { name: 'Geneva', type: 'place', mentions: ['Geneva'] },
      ],
      notEntities: ['Critics'],
      quotes: [
        { text: 'We are ready', speaker: 'Emmanuel Macron', kind: 'direct' },
        { text: 'postwar', speaker: null, kind: 'scare' },
      ],
      figures: [{ text: '26 countries', kind: 'count', value: 26 }],
      notFigures: ['$5.00'],
      dates: [{ text: 'Monday', value: 'relative' }],
      garbled: [],
      boilerplate: ['Subscribe for $5.00 a month'],
      unsourced: [],
      notFlagged: [],
      timeline: [],
    },
  },
};

function at(s: string, nth = 0): { start: number; end: number; text: string } {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = TEXT.indexOf(s, i + 1);
  if (i < 0) throw new Error(`not in TEXT: ${s}`);
  return { start: i, end: i + s.length, text: s };
}

function empty(): ArticleAnalysis {
  return { file: 'a.txt', headline: null, sections: [], publishedDate: null, boilerplate: [], entities: [], quotes: [], figures: [], dates: [], diagnostics: [], timeline: [] };
}

function perfect(): ArticleAnalysis {
  const macron: Entity = { id: 'e1', name: 'Emmanuel Macron', type: 'person', role: 'French President', aliases: ['Macron'], mentions: [at('Emmanuel Macron'), at('Macron', 1)] };
  const geneva: Entity = { id: 'e2', name: 'Geneva', type: 'place', role: null, aliases: [], mentions: [at('Geneva'), at('Geneva', 1)] };
  const quotes: Quote[] = [
    { ...at('“We are ready,”'), kind: 'direct', speaker: { entityId: 'e1', name: 'Emmanuel Macron' } },
    { ...at('“postwar”'), kind: 'scare', speaker: null },
  ];
  return {
    ...empty(),
    headline: at('Talks in Geneva'),
    boilerplate: [{ ...at('Subscribe for $5.00 a month'), reason: 'subscription' }],
    entities: [macron, geneva],
    quotes,
    figures: [{ ...at('26 countries'), kind: 'count', value: 26, unit: null }],
    dates: [{ ...at('Monday'), value: null, relative: true }],
  };
}

const score = (a: ArticleAnalysis | null) => {
  const rows = scoreSeeds(GOLD, [{ name: 'a.txt', text: TEXT, analysis: a }]).rows;
  return (area: string) => rows.find((r) => r.area === area)!.counts;
};

test('seeds scorer: a perfect analysis scores 1 in every area the gold fills, with no false positive', () => {
  const c = score(perfect());
  for (const area of ['entities/person', 'entities/place', 'mentions', 'roles', 'quotes', 'speakers', 'figures', 'dates found', 'boilerplate', 'structure']) {
    assert.equal(prf(c(area)).f1, 1, area);
    assert.equal(c(area).fp, 0, area);
  }
  assert.deepEqual(c('mentions'), { tp: 3, fp: 0, fn: 0 });
});

test('seeds scorer: an empty analysis scores 0 and misses every gold item', () => {
  const c = score(empty());
  assert.deepEqual(c('entities/person'), { tp: 0, fp: 0, fn: 1 });
  assert.deepEqual(c('mentions'), { tp: 0, fp: 0, fn: 3 });
  assert.deepEqual(c('quotes'), { tp: 0, fp: 0, fn: 2 });
  assert.deepEqual(c('speakers'), { tp: 0, fp: 0, fn: 1 });
  assert.deepEqual(c('boilerplate'), { tp: 0, fp: 0, fn: 1 });
  assert.deepEqual(c('structure'), { tp: 0, fp: 0, fn: 1 });
  assert.deepEqual(score(null)('figures'), { tp: 0, fp: 0, fn: 1 });
});

test('seeds scorer: a duplicate entity, a wrong type, a name that is not an entity and a stray mention are false positives', () => {
  const a = perfect();
  a.entities.push({ ...a.entities[0], id: 'e3' });
  a.entities.push({ id: 'e4', name: 'Geneva', type: 'organization', role: null, aliases: [], mentions: [at('Geneva', 1)] });
  a.entities.push({ id: 'e5', name: 'Critics', type: 'person', role: null, aliases: [], mentions: [at('Critics')] });
  a.entities[0].mentions.push(at('French President Emmanuel Macron'));
  const c = score(a);
  assert.deepEqual(c('entities/person'), { tp: 1, fp: 2, fn: 0 });
  assert.deepEqual(c('entities/organization'), { tp: 0, fp: 1, fn: 0 });
  assert.deepEqual(c('mentions'), { tp: 3, fp: 1, fn: 0 });
});

test('seeds scorer: a figure span moved off its words is missed; furniture figures are false positives; others unscored', () => {
  const a = perfect();
  a.figures = [
    { ...at('would'), kind: 'count', value: 26, unit: null },
    { ...at('$5.00'), kind: 'money', value: 5, unit: 'USD' },
  ];
  const rows = scoreSeeds(GOLD, [{ name: 'a.txt', text: TEXT, analysis: a }]).rows;
  const figures = rows.find((r) => r.area === 'figures')!;
  assert.deepEqual(figures.counts, { tp: 0, fp: 1, fn: 1 });
  assert.match(figures.note ?? '', /^1 more predicted/);
});

test('seeds scorer: a second figure on a matched one or on furniture is a false positive; one elsewhere is unscored', () => {
  const a = perfect();
  a.figures.push({ ...at('26'), kind: 'count', value: 26, unit: null }, { ...at('5.00'), kind: 'count', value: 5, unit: null });
  const figures = scoreSeeds(GOLD, [{ name: 'a.txt', text: TEXT, analysis: a }]).rows.find((r) => r.area === 'figures')!;
  assert.deepEqual(figures.counts, { tp: 1, fp: 2, fn: 0 });
  const b = perfect();
  b.figures.push({ ...at('help'), kind: 'count', value: 1, unit: null });
  const other = scoreSeeds(GOLD, [{ name: 'a.txt', text: TEXT, analysis: b }]).rows.find((r) => r.area === 'figures')!;
  assert.deepEqual(other.counts, { tp: 1, fp: 0, fn: 0 });
});

test('seeds scorer: wrong quote kind, wrong speaker, a speaker where the gold has none, a role where the gold has none', () => {
  const a = perfect();
  a.quotes[0] = { ...a.quotes[0], kind: 'partial', speaker: { entityId: null, name: 'Critics' } };
  a.quotes[1] = { ...a.quotes[1], speaker: { entityId: 'e1', name: 'Macron' } };
  a.entities[1].role = 'city';
  const c = score(a);
  assert.deepEqual(c('quotes'), { tp: 1, fp: 1, fn: 1 });
  assert.deepEqual(c('speakers'), { tp: 0, fp: 2, fn: 1 });
  assert.deepEqual(c('roles'), { tp: 1, fp: 1, fn: 0 });
});

test('seeds scorer: article text marked as page furniture, a headline where there is another', () => {
  const a = perfect();
  a.boilerplate.push({ ...at('Critics called it'), reason: 'x' });
  a.headline = at('Subscribe for $5.00 a month');
  const c = score(a);
  assert.deepEqual(c('boilerplate'), { tp: 1, fp: 1, fn: 0 });
  assert.deepEqual(c('structure'), { tp: 0, fp: 1, fn: 1 });
});

test('runner: table, a line per unavailable set, a failing set reported without throwing, summary last', () => {
  const row = (area: string, tp: number, fp: number, fn: number): EvalRow => ({ set: 'toy', area, counts: { tp, fp, fn } });
  const ok: EvalSet = { name: 'toy', unavailable: () => null, run: () => ({ rows: [row('a', 1, 0, 0), row('b', 1, 1, 1)], misses: ['toy b missed: x'] }) };
  const absent: EvalSet = { name: 'ner/dev', unavailable: () => '../shared/data/ner/dev.jsonl not present', run: () => { throw new Error('must not run'); } };
  const broken: EvalSet = { name: 'broken', unavailable: () => null, run: () => { throw new Error('boom'); } };
  const out = runSets([ok, absent, broken], { misses: true });
  assert.equal(out.failed, true);
  const text = out.lines.join('\n');
  assert.match(text, /ner\/dev: \.\.\/shared\/data\/ner\/dev\.jsonl not present: skipped/);
  assert.match(text, /broken: FAILED: Error: boom/);
  assert.match(text, / {2}toy b missed: x/);
  // micro F1 over the set's rows: tp 2 fp 1 fn 1 -> P = R = 2/3.
  assert.equal(out.lines[out.lines.length - 1], 'eval: toy F1 0.67 · ner/dev skipped · broken FAILED');
  assert.deepEqual(summaryParts({ rows: [], misses: [], summary: 'timex/dev value F1 0.81' }), ['timex/dev value F1 0.81']);
  const table = formatTable([row('a', 1, 0, 0)]);
  assert.match(table[1], /^toy\s+a\s+1\.00\s+1\.00\s+1\.00\s+1\s+0\s+0$/);
});

test('timex values: one notation where TimeML writes one value two ways, and nothing more', async () => {
  const { canonicalValue, sourceOf } = await import('../eval/sets/timex');
  const same = (a: string, b: string) => canonicalValue(a) === canonicalValue(b);
  for (const [a, b] of [['2000-W7', '2000-W07'], ['1989-11-06T17', '1989-11-06T17:00'], ['1989-11-06T17:00:00', '1989-11-06T17:00'],
    ['1948-XX', '1948'], ['1994-XX-XX', '1994'], ['1998-10-XX', '1998-10'], ['196X', '196'], ['19XX', '19']]) assert.ok(same(a, b), `${a} = ${b}`);
  // A finer value, or an unspecified field in the middle, is another value: equating them would count a guess as right.
  for (const [a, b] of [['1989-WXX', '1989-W42'], ['1988-QX', '1988-Q3'], ['1948', '1948-05'], ['XXXX-10', '1998-10'],
    ['1989-11-06T17', '1989-11-06T17:30'], ['196', '1960'], ['1998-10-XX', '1998']]) assert.ok(!same(a, b), `${a} != ${b}`);
  assert.equal(sourceOf('APW19980818.0515'), 'APW');
  assert.equal(sourceOf('wsj_0006'), 'WSJ');
});
