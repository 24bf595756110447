// The workspace timeline kept between edits gives what a full rebuild gives: after every step of a
// random sequence of edits, additions, deletions and moves of articles, WorkspaceTimeline.update
// equals buildTimeline over the same articles. The articles are made of sentences written for this
// test that merge (the same event told twice), conflict (the same event on two dates), anchor (an
// undated article's "last week") and disagree (figures, roles).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../analyze';
import type { ArticleAnalysis, DateMention, TimelineEvent } from '../types';
import { WorkspaceTimeline } from './incremental';
import { WorkspaceDisagreements } from './kept-disagreements';
import { buildTimeline, findDisagreements } from './workspace';

const SENTENCES = [
  'Mayor Ilse Vantorre opened the new harbour bridge in Ostrava on March 3, 2024.',
  'The harbour bridge in Ostrava was opened by Mayor Ilse Vantorre on March 3, 2024.',
  'The harbour bridge in Ostrava was opened by Vantorre in March 2025, officials said.',
  'Vantorre opened the harbour bridge last week, residents said.',
  'Former mayor Ilse Vantorre criticised the budget on Tuesday.',
  'Council leader Ilse Vantorre criticised the budget.',
  'The Kestrel Group signed a supply deal with Marlow Foods on June 12, 2023.',
  'Marlow Foods and the Kestrel Group signed the supply deal in June 2023.',
  'The Kestrel Group signed a supply deal with Marlow Foods in 2022.',
  'The deal is worth $120 million over five years.',
  'The deal is worth $100 million over five years, Marlow Foods said.',
  'Floods closed the Danube ferry at Vidin in April 2019.',
  'Health minister Oskar Lindqvist resigned on 14 February 2021.',
  'Lindqvist resigned after the hospital inquiry in February 2021.',
  'Lindqvist will visit Vidin on Friday.',
  'About 3,000 people attended the rally in Vidin.',
  'Some 3,400 people attended the rally in Vidin, police said.',
  'The strike at the Ostrava steelworks ended two weeks ago.',
  'Workers at the Ostrava steelworks ended their strike on May 9, 2024.',
];

const DATELINES = ['', 'Published May 20, 2024\n', 'March 10, 2024 —\n', ''];

/** One article: an optional dateline, then two to five of the sentences in a paragraph or two. */
const articleText = fc.record({
  dateline: fc.integer({ min: 0, max: DATELINES.length - 1 }),
  picks: fc.array(fc.integer({ min: 0, max: SENTENCES.length - 1 }), { minLength: 2, maxLength: 5 }),
  split: fc.boolean(),
}).map(({ dateline, picks, split }) => {
  const s = picks.map((i) => SENTENCES[i]);
  const half = Math.ceil(s.length / 2);
  return `${DATELINES[dateline]}${split ? `${s.slice(0, half).join(' ')}\n\n${s.slice(half).join(' ')}` : s.join(' ')}\n`;
});

type Step =
  | { kind: 'add'; text: string }
  | { kind: 'edit'; at: number; text: string }
  | { kind: 'delete'; at: number }
  | { kind: 'move'; at: number; to: number }
  | { kind: 'same' };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: articleText.map((text) => ({ kind: 'add' as const, text })) },
  { weight: 4, arbitrary: fc.record({ at: fc.nat(), text: articleText }).map((r) => ({ kind: 'edit' as const, ...r })) },
  { weight: 2, arbitrary: fc.nat().map((at) => ({ kind: 'delete' as const, at })) },
  { weight: 1, arbitrary: fc.record({ at: fc.nat(), to: fc.nat() }).map((r) => ({ kind: 'move' as const, ...r })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'same' as const }) },
);

const analysed = new Map<string, ArticleAnalysis>();
/** Analyses by file and text, shared across runs: one text in one file is analysed once (an analysis is never changed). */
function analysisOf(file: string, text: string): ArticleAnalysis {
  const key = `${file}\u0000${text}`;
  let a = analysed.get(key);
  if (!a) analysed.set(key, (a = analyze(text, { file })));
  return a;
}

/**
 * A workspace after one step: `made(file, content)` is a new article for an addition or an edit; a
 * deletion or a move keeps the other articles as they are (the same objects).
 */
function stepped<T extends { file: string }, C>(files: T[], s: { kind: string; at?: number; to?: number; content?: C }, made: (file: string | null, content: C) => T): T[] {
  const out = files.slice();
  if (s.kind === 'add') out.push(made(null, s.content!));
  else if (!out.length) return out;
  else if (s.kind === 'edit') out[s.at! % out.length] = made(out[s.at! % out.length].file, s.content!);
  else if (s.kind === 'delete') out.splice(s.at! % out.length, 1);
  else if (s.kind === 'move') {
    const [f] = out.splice(s.at! % out.length, 1);
    out.splice(s.to! % (out.length + 1), 0, f);
  }
  return out;
}

/** Runs random steps over analysed articles, checking after the start and after every step (a new check, with its state, per run). */
function analysedWalk(checker: () => (analyses: ArticleAnalysis[], texts: Map<string, string>) => void, numRuns: number): void {
  fc.assert(fc.property(fc.array(articleText, { minLength: 1, maxLength: 6 }), fc.array(step, { minLength: 1, maxLength: 12 }), (start, steps) => {
    const check = checker();
    let next = 0;
    const made = (file: string | null, text: string) => ({ file: file ?? `a${next++}.txt`, text });
    let files = start.map((text) => made(null, text));
    const checkNow = () => check(files.map((f) => analysisOf(f.file, f.text)), new Map(files.map((f) => [f.file, f.text])));
    checkNow();
    for (const s of steps) {
      files = stepped(files, { ...s, content: 'text' in s ? s.text : undefined }, made);
      checkNow();
    }
  }), { numRuns });
}

test('the timeline kept between edits equals a full rebuild after random edits, additions, deletions and moves', () => {
  analysedWalk(() => {
    const kept = new WorkspaceTimeline();
    return (analyses, texts) => assert.deepEqual(kept.update(analyses, texts), buildTimeline(analyses, texts));
  }, 60);
});

test('the disagreements kept between edits equal findDisagreements with dates after random edits, additions, deletions and moves', () => {
  analysedWalk(() => {
    const kept = new WorkspaceDisagreements();
    return (analyses, texts) => assert.deepEqual(kept.update(analyses, texts), findDisagreements(analyses, texts, { dates: true }));
  }, 60);
});

test('the sentences of the property test do merge, conflict, anchor and disagree', () => {
  // A property over texts that never interact would pass whatever the merge did.
  const texts = new Map([
    ['a.txt', `${SENTENCES[0]} ${SENTENCES[9]}\n`],
    ['b.txt', `${SENTENCES[1]} ${SENTENCES[10]}\n`],
    ['c.txt', `${SENTENCES[2]}\n`],
    ['d.txt', `${SENTENCES[3]} ${SENTENCES[14]}\n`],
    ['e.txt', `${SENTENCES[4]}\n`],
    ['f.txt', `${SENTENCES[5]}\n`],
  ]);
  const analyses = [...texts].map(([file, text]) => analysisOf(file, text));
  const t = new WorkspaceTimeline().update(analyses, texts);
  assert.ok(t.events.some((e) => e.sources.length >= 2), 'an event told twice is merged');
  assert.ok(t.events.some((e) => e.inferred), 'an undated article is anchored');
  const kinds = new Set(t.disagreements.map((d) => d.kind));
  assert.ok(kinds.has('date') && kinds.has('figure') && kinds.has('role'), JSON.stringify([...kinds]));
});

// Events made of a few words from a small vocabulary, on dates of every precision, so that clusters
// grow by chains (c joins a cluster through b, which joined through a) and one removed event can
// change where many later ones go. No analysis: thousands of workspaces in a second or two.
const WORDS = ['Vantorre', 'Ostrava', 'Kestrel', 'Marlow', 'bridge', 'harbour', 'opened', 'signed', 'deal', 'strike', 'ended', 'flood', 'ferry', 'Vidin'];
const DATES = [null, '2024', '2024-03', '2024-03-03', '2024-03-04', '2024-W10', '2024-Q1', '2024-H1', '2025', '2025-03', '2025-03-03'];

const eventArb = fc.record({
  words: fc.array(fc.integer({ min: 0, max: WORDS.length - 1 }), { minLength: 2, maxLength: 5 }),
  date: fc.integer({ min: 0, max: DATES.length - 1 }),
  explicit: fc.boolean(),
});

type EventSpec = { words: number[]; date: number; explicit: boolean };

/** A hand-made analysis holding only timeline events (a new object each time, as a new analysis would be). */
function fakeAnalysis(file: string, events: EventSpec[]): ArticleAnalysis {
  const timeline: TimelineEvent[] = [];
  const dates: DateMention[] = [];
  let at = 0;
  for (const e of events) {
    const event = e.words.map((i) => WORDS[i]).join(' ');
    const date = DATES[e.date];
    const dateText = date ?? '';
    timeline.push({ start: at, end: at + event.length, date, dateText, event, entityIds: [] });
    if (e.explicit && date) dates.push({ start: at, end: at + 1, text: dateText, value: date, relative: false });
    at += event.length + 1;
  }
  return { file, headline: null, sections: [], publishedDate: null, boilerplate: [], entities: [], quotes: [], figures: [], dates, diagnostics: [], timeline };
}

const fakeStep = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), events: fc.array(eventArb, { maxLength: 5 }) }),
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), events: fc.array(eventArb, { maxLength: 5 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
);

/** Runs random steps over hand-made analyses, checking after the start and after every step (a new check per run). */
function fakeWalk(checker: () => (files: ArticleAnalysis[]) => void, numRuns: number): void {
  fc.assert(fc.property(fc.array(fc.array(eventArb, { maxLength: 5 }), { minLength: 1, maxLength: 8 }), fc.array(fakeStep, { minLength: 1, maxLength: 10 }), (start, steps) => {
    const check = checker();
    let next = 0;
    const made = (file: string | null, events: EventSpec[]) => fakeAnalysis(file ?? `a${next++}.txt`, events);
    let files = start.map((events) => made(null, events));
    check(files);
    for (const s of steps) {
      files = stepped(files, { ...s, content: 'events' in s ? s.events : undefined }, made);
      check(files);
    }
  }), { numRuns });
}

test('the merge kept between edits equals a full merge on events that chain, for thousands of workspaces', () => {
  fakeWalk(() => {
    const kept = new WorkspaceTimeline();
    return (files) => assert.deepEqual(kept.update(files), buildTimeline(files));
  }, 1000);
});

test('the date disagreements kept between edits equal a full merge on events that chain, for thousands of workspaces', () => {
  fakeWalk(() => {
    const kept = new WorkspaceDisagreements();
    return (files) => {
      const texts = new Map<string, string>();
      assert.deepEqual(kept.update(files, texts), findDisagreements(files, texts, { dates: true }));
    };
  }, 1000);
});

test('the hand-made workspaces do have date disagreements', () => {
  // Two events alike in three key words on dates that cannot both be true, in two articles.
  const spec = (date: number): EventSpec => ({ words: [0, 4, 5, 6], date, explicit: true });
  const files = [fakeAnalysis('a.txt', [spec(3)]), fakeAnalysis('b.txt', [spec(8)])];
  const found = new WorkspaceDisagreements().update(files, new Map());
  assert.deepEqual(found.map((d) => [d.kind, d.values.map((v) => v.value)]), [['date', ['2024-03-03', '2025']]]);
});
