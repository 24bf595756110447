// The wild set's scorer (eval/wild-gold.ts, eval/wild-score.ts) on tiny made-up texts: where gold
// mentions are found (word boundaries, case, longest first, folding, furniture), which predicted types
// a gpe accepts, and how speakers, dates, units and furniture lines are judged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { entitySpans, foldChars, furnitureSpans, locate, occurrences, typeAccepted, wildUnavailable } from '../eval/wild-gold';
import type { WildEntity } from '../eval/wild-gold';
import { WildTally, coverage, dateValuesAgree, qualifierSense, rolesAgree, scoreDates, scoreEntitySpans, scoreFurniture, speakerNamed, unitsAgree } from '../eval/wild-score';

const texts = (text: string, spans: Array<{ start: number; end: number }>) => spans.map((s) => text.slice(s.start, s.end));

test('mentions match at word boundaries and with their case only', () => {
  const text = 'Ford met Fordham staff; FORD and ford stayed. Ford.';
  const f = foldChars(text);
  assert.deepEqual(texts(text, occurrences(f, 'Ford', { wholeWords: true })), ['Ford', 'Ford']);
  assert.equal(occurrences(f, 'Ford', { wholeWords: true })[1].start, text.lastIndexOf('Ford'));
  assert.equal(occurrences(f, 'Ford').length, 3); // without word boundaries "Fordham" counts
  assert.equal(occurrences(f, 'ford', { ignoreCase: true, wholeWords: true }).length, 4);
});

test('curly quotes, apostrophes and dashes fold; white space runs match one space; offsets are kept', () => {
  const text = 'The O\u2019Neill  Trust said \u201Cno\u201D \u2013 twice.';
  const f = foldChars(text);
  assert.equal(f.length, text.length);
  const [s] = occurrences(f, "O'Neill Trust", { wholeWords: true });
  assert.equal(text.slice(s.start, s.end), 'O\u2019Neill  Trust');
  assert.equal(occurrences(f, '"no" - twice', { ignoreCase: true }).length, 1);
});

test('the longest mention wins where mentions overlap, and each occurrence is one gold span', () => {
  const text = 'New York Times reporters left New York. The Times said so.';
  const entities: WildEntity[] = [
    { name: 'New York', type: 'place', gpe: true, mentions: ['New York'] },
    { name: 'The New York Times', type: 'organization', mentions: ['New York Times', 'Times'] },
  ];
  const { spans } = entitySpans(text, entities, []);
  assert.deepEqual(spans.map((s) => [s.text, s.type, s.start]), [
    ['New York Times', 'organization', 0],
    ['New York', 'place', 30],
    ['Times', 'organization', 44],
  ]);
});

test('mentions inside gold furniture lines are no gold spans; a mention not in the text is a gold problem', () => {
  const text = 'Acme hires.\nShare this: Acme on Twitter\nAcme grows.';
  const fur = furnitureSpans(text, ['share this: ACME on twitter']);
  assert.deepEqual(texts(text, fur.spans), ['Share this: Acme on Twitter']);
  const { spans, problems } = entitySpans(text, [{ name: 'Acme', type: 'organization', mentions: ['Acme', 'Acme Corp'] }], fur.spans);
  assert.deepEqual(spans.map((s) => s.start), [0, text.lastIndexOf('Acme')]);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /Acme Corp/);
  // Our mention of Acme on the furniture line is a false alarm.
  const t = new WildTally();
  const onFurniture = text.indexOf('Acme on');
  scoreEntitySpans(t, 'x', text, spans, [{ start: 0, end: 4, type: 'organization' }, { start: onFurniture, end: onFurniture + 4, type: 'organization' }], 'e/');
  assert.deepEqual(t.c('e/all'), { tp: 1, fp: 1, fn: 1 });
  assert.match(furnitureSpans(text, ['Newsletter']).problems[0], /not in the text/);
});

test('a gpe accepts place or organization; other entities only their own type', () => {
  assert.ok(typeAccepted({ type: 'place', gpe: true }, 'organization'));
  assert.ok(typeAccepted({ type: 'place', gpe: true }, 'place'));
  assert.ok(!typeAccepted({ type: 'place', gpe: true }, 'person'));
  assert.ok(!typeAccepted({ type: 'place', gpe: false }, 'organization'));
  const text = 'Peru and Lima.';
  const gold = entitySpans(text, [{ name: 'Peru', type: 'place', gpe: true, mentions: ['Peru'] }, { name: 'Lima', type: 'place', mentions: ['Lima'] }], []).spans;
  const t = new WildTally();
  scoreEntitySpans(t, 'x', text, gold, [{ start: 0, end: 4, type: 'organization' }, { start: 9, end: 13, type: 'organization' }], 'e/');
  assert.deepEqual(t.c('e/all'), { tp: 1, fp: 1, fn: 1 });
  assert.deepEqual(t.c('e/place'), { tp: 1, fp: 0, fn: 1 }); // the gpe counts under its gold type
  assert.deepEqual(t.c('e/organization'), { tp: 0, fp: 1, fn: 0 });
  // A duplicate prediction is one hit; a predicted span in furniture matches nothing, so it is a false alarm.
  const t2 = new WildTally();
  scoreEntitySpans(t2, 'x', text, gold.slice(0, 1), [{ start: 0, end: 4, type: 'place' }, { start: 0, end: 4, type: 'place' }], 'e/');
  assert.deepEqual(t2.c('e/all'), { tp: 1, fp: 0, fn: 0 });
});

test('the k-th gold item with a text takes its k-th occurrence, outside the furniture', () => {
  const text = 'Analysts say A.\nAnalysts say: subscribe\nAnalysts say B.';
  const fur = furnitureSpans(text, ['Analysts say: subscribe']).spans;
  const { located, problems } = locate(text, [{ text: 'analysts say' }, { text: 'Analysts say' }, { text: 'Analysts say' }], fur, 'claim');
  assert.deepEqual(located.map((l) => l.span.start), [0, text.lastIndexOf('Analysts')]);
  assert.equal(problems.length, 1);
});

test('a gold text that also occurs inside a longer gold text takes its own occurrence first', () => {
  // The gold lists "late last night" and, later, "Last night": the second is the one standing alone.
  const text = 'The bridge closed late last night. Last night, crews found a crack.';
  const { located, repeats } = locate(text, [{ text: 'late last night' }, { text: 'Last night' }], [], 'date');
  assert.deepEqual(located.map((l) => text.slice(l.span.start, l.span.end)), ['late last night', 'Last night']);
  assert.equal(located[1].span.start, text.indexOf('Last night'));
  // The occurrence inside the longer text is left over, as a repeat (neither hit nor false alarm).
  assert.deepEqual(repeats.map((r) => r.start), [text.indexOf('last night')]);
  // With no free occurrence left, the nested one is still taken.
  const only = locate('It closed late last night.', [{ text: 'late last night' }, { text: 'last night' }], [], 'date');
  assert.equal(only.located.length, 2);
});

test('speakers, roles, units and date values', () => {
  const names = new Set(['bola tinubu', 'tinubu']);
  assert.ok(speakerNamed({ name: 'Tinubu', entityId: null }, names, []));
  assert.ok(speakerNamed({ name: 'President Bola Tinubu', entityId: null }, names, []));
  assert.ok(!speakerNamed({ name: 'Tinubus', entityId: null }, names, []));
  assert.ok(speakerNamed({ name: 'the president', entityId: 'p1' }, names, [{ id: 'p1', name: 'x', type: 'person', role: null, aliases: [], mentions: [{ start: 0, end: 6, text: 'Tinubu' }] }]));
  assert.ok(rolesAgree('President', 'Nigerian president'));
  assert.ok(rolesAgree('former finance minister', 'Finance Minister'));
  assert.ok(!rolesAgree('Mayor', null));
  assert.ok(!rolesAgree('Mayor', 'Governor'));
  assert.ok(unitsAgree({ text: '', kind: 'percent', value: 5, unit: '%' }, 'percent'));
  assert.ok(unitsAgree({ text: '', kind: 'count', value: 5, unit: null }, 'countries'));
  assert.ok(unitsAgree({ text: '', kind: 'duration', value: 5, unit: 'year' }, 'years'));
  assert.ok(!unitsAgree({ text: '', kind: 'money', value: 5, unit: 'NGN' }, 'USD'));
  assert.ok(unitsAgree({ text: '', kind: 'count', value: 5, unit: 'person' }, 'people'));
  assert.ok(unitsAgree({ text: '', kind: 'count', value: 5, unit: 'county' }, 'counties'));
  assert.ok(unitsAgree({ text: '', kind: 'count', value: 5, unit: 'box' }, 'boxes'));
  assert.ok(unitsAgree({ text: '', kind: 'quantity', value: 5, unit: 'mile' }, 'mi'));
  assert.ok(unitsAgree({ text: '', kind: 'quantity', value: 5, unit: 'm2' }, 'm²'));
  assert.ok(unitsAgree({ text: '', kind: 'quantity', value: 5, unit: 'square metres' }, 'm²'));
  assert.ok(!unitsAgree({ text: '', kind: 'quantity', value: 5, unit: 'mile' }, 'km'));
  assert.ok(!unitsAgree({ text: '', kind: 'count', value: 5, unit: 'store' }, 'retail'));
  assert.ok(!unitsAgree({ text: '', kind: 'count', value: 5, unit: 'person' }, null));
  assert.equal(qualifierSense('Over'), qualifierSense('more than'));
  assert.equal(qualifierSense('roughly'), 'about');
  assert.notEqual(qualifierSense('at least'), qualifierSense('at most'));
  assert.equal(qualifierSense('give or take'), 'give or take');
  assert.ok(dateValuesAgree('2019-W1', '2019-W01'));
  assert.ok(dateValuesAgree('2019-10-08', '2019-10-08T09:00'));
  assert.ok(!dateValuesAgree(null, '2019-10-08'));
  assert.ok(!dateValuesAgree('2019-10', '2019-10-08'));
  assert.ok(dateValuesAgree('2011-W47', '2011-W47-WE'));
  assert.ok(dateValuesAgree('2003', '2003-SU'));
  assert.ok(!dateValuesAgree('2003', '2004-SU'));
});

test('line coverage counts non-blank characters', () => {
  const text = 'ab cd';
  assert.equal(coverage(text, { start: 0, end: 5 }, [{ start: 0, end: 2 }]), 0.5);
  assert.equal(coverage(text, { start: 0, end: 5 }, [{ start: 0, end: 5 }]), 1);
});

test('the set is unavailable, with its reason, when the directory has no gold', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wild-'));
  try {
    assert.match(String(wildUnavailable(dir, 'eval/wild')), /no gold/);
    fs.mkdirSync(path.join(dir, 'gold'));
    fs.writeFileSync(path.join(dir, 'gold', 'a.json'), '{}');
    assert.equal(wildUnavailable(dir, 'eval/wild'), null);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a gold string never runs over a blank line, and other strings keep to word boundaries where they can', () => {
  const text = 'Kmart buys Sears for $11 billion\n\nWednesday, Nov 17\n\nShares rose on Wednesday. Marches went on in March.';
  const { located, repeats } = locate(text, [{ text: 'on Wednesday' }, { text: 'March' }, { text: 'Wednesday' }], [], 'date');
  assert.deepEqual(located.map((l) => [l.item.text, l.span.start]), [
    ['on Wednesday', text.indexOf('on Wednesday')],
    ['March', text.lastIndexOf('March')],
    ['Wednesday', text.indexOf('Wednesday')],
  ]);
  // The Wednesday inside "on Wednesday" is a repeat of a gold text no item took: neither credited nor a false alarm.
  assert.deepEqual(repeats, [{ start: text.lastIndexOf('Wednesday'), end: text.lastIndexOf('Wednesday') + 9 }]);
  assert.equal(occurrences(foldChars('one\n\ntwo'), 'one two').length, 0);
  assert.equal(occurrences(foldChars('one\ntwo'), 'one two').length, 1);
});

test('a removed article line counts as lost unless an identical copy of it is kept', () => {
  // A pasted page: the browser's title and the page's heading are the same line; a byline is printed once.
  const text = 'Council votes to close pier\n\nCouncil votes to close pier\n\nBy Ana Ruiz\n\nShare this:\n';
  const line = (s: string, k = 0) => { let at = -1; for (let i = 0; i <= k; i++) at = text.indexOf(s, at + 1); return { start: at, end: at + s.length }; };
  const fur = [line('Share this:')];
  const score = (boilerplate: Array<{ start: number; end: number }>) => {
    const t = new WildTally();
    scoreFurniture(t, 'a', text, { boilerplate }, fur);
    return { removed: t.extra.get('article lines removed') ?? 0, repeated: t.extra.get('repeated article lines removed, a copy kept') ?? 0, fur: t.counts.get('furniture lines') };
  };
  // One copy of the title dropped with the furniture: no text lost.
  assert.deepEqual(score([line('Council votes to close pier'), fur[0]]), { removed: 0, repeated: 1, fur: { tp: 1, fp: 0, fn: 0 } });
  // Both copies dropped: the title is lost, twice.
  assert.deepEqual(score([line('Council votes to close pier'), line('Council votes to close pier', 1)]).removed, 2);
  // A line printed once and dropped is lost.
  assert.deepEqual(score([line('By Ana Ruiz')]), { removed: 1, repeated: 0, fur: { tp: 0, fp: 1, fn: 1 } });
});

test('a date of ours inside a gold date already found is no false alarm; one outside every gold date is', () => {
  // A text that names one day twice in one gold date ("Monday (March 3)"), then a date the gold does not list.
  const text = 'The ferry sank today (Monday), officials said. A memorial is planned for Friday.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const mention = (s: string, value: string) => ({ ...at(s), text: s, value, relative: true });
  const article = { id: 'a', text, gold: { id: 'a', dates: [{ text: 'today (Monday)', value: '2026-03-02' }] } };
  const t = new WildTally();
  scoreDates(t, article, { dates: [mention('today', '2026-03-02'), mention('Monday', '2026-03-02'), mention('Friday', '2026-03-06')] }, []);
  assert.deepEqual(t.counts.get('dates found'), { tp: 1, fp: 1, fn: 0 });
  assert.equal(t.extra.get('dates inside a found gold date'), 1);
  assert.deepEqual(t.counts.get('dates resolved'), { tp: 1, fp: 0, fn: 0 });
});
