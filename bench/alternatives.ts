// The alternatives a user might pick for the entity pass, on the same text as ours: compromise
// (people / places / organizations) and wink-nlp with wink-eng-lite-web-model (tokenize + entities).
// Loaded lazily (dev dependencies of the benchmark only), so that their memory does not count in ours.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/core';
import { countsOf, matchOneToOne, sameSpan } from '../eval/match';
import type { Counts } from '../eval/types';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface TypedSpan { start: number; end: number; type: string }

export interface Alternative {
  name: string;
  /** Runs the alternative's analysis over one text (what is timed). */
  run(text: string): unknown;
  /** Person / organization / place spans, or null when it finds no such types. */
  entities: ((text: string) => TypedSpan[]) | null;
  /** Untyped name spans, when it finds names but not their types. */
  names?: (text: string) => TypedSpan[];
  why?: string;
}

export function loadCompromise(): Alternative {
  const nlp = require('compromise') as Json; // eslint-disable-line @typescript-eslint/no-require-imports
  const spans = (text: string): TypedSpan[] => {
    const doc = nlp(text);
    const out: TypedSpan[] = [];
    for (const [kind, type] of [['people', 'person'], ['places', 'place'], ['organizations', 'organization']] as const) {
      for (const m of doc[kind]().json({ offset: true }) as Array<{ offset: { start: number; length: number } }>) {
        out.push({ start: m.offset.start, end: m.offset.start + m.offset.length, type });
      }
    }
    return out;
  };
  return { name: 'compromise', run: spans, entities: spans };
}

export function loadWink(): Alternative {
  const winkNLP = require('wink-nlp') as Json; // eslint-disable-line @typescript-eslint/no-require-imports
  const model = require('wink-eng-lite-web-model') as Json; // eslint-disable-line @typescript-eslint/no-require-imports
  const nlp = winkNLP(model);
  const its = nlp.its;
  return {
    name: 'wink-nlp',
    run: (text: string) => nlp.readDoc(text).entities().out(its.detail),
    entities: null,
    names: (text: string) => properNounRuns(nlp, text),
    why: "its English lite model's entities are dates, numbers, money, e-mails and the like: no person, organization or place; "
      + 'its untyped F1 is of runs of proper nouns (PROPN) from its tagger',
  };
}

/** Runs of consecutive PROPN tokens (wink's part-of-speech tags), located in the text. */
function properNounRuns(nlp: Json, text: string): TypedSpan[] {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(nlp.its.value) as string[];
  const pos = doc.tokens().out(nlp.its.pos) as string[];
  const out: TypedSpan[] = [];
  let cursor = 0;
  let run: TypedSpan | null = null;
  for (let i = 0; i < values.length; i++) {
    const at = text.indexOf(values[i], cursor);
    if (at < 0) continue;
    cursor = at + values[i].length;
    if (pos[i] === 'PROPN') {
      if (run && /^\s?$/.test(text.slice(run.end, at))) run.end = cursor;
      else {
        if (run) out.push(run);
        run = { start: at, end: cursor, type: 'name' };
      }
    } else if (run) {
      out.push(run);
      run = null;
    }
  }
  if (run) out.push(run);
  return out;
}

/** Trims white space, punctuation and a possessive 's from both ends, for every system alike. */
export function normalise(text: string, s: TypedSpan): TypedSpan | null {
  let { start, end } = s;
  const strip = /[\s.,;:!?"'“”‘’()[\]{}«»]/;
  for (;;) {
    const m = /['’]s$/i.exec(text.slice(start, end));
    if (m) end -= 2;
    else if (end > start && strip.test(text[end - 1])) end--;
    else break;
  }
  while (start < end && strip.test(text[start])) start++;
  return end > start ? { start, end, type: s.type } : null;
}

export interface NerDoc { text: string; entities: TypedSpan[]; nested: TypedSpan[] }

export function loadNer(shared: string): NerDoc[] | null {
  const file = path.join(shared, 'data', 'ner', 'dev.jsonl');
  if (!fs.existsSync(file)) return null;
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const d = JSON.parse(l) as { text: string; entities: TypedSpan[]; nestedEntities?: TypedSpan[] };
    return { text: d.text, entities: d.entities, nested: d.nestedEntities ?? [] };
  });
}

export function ours(text: string): TypedSpan[] {
  return analyze(text).entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type })));
}

/**
 * Entity F1 on the NER gold: exact span and type (CoNLL style); a prediction equal to one of the gold's
 * nested names is forgiven (neither true nor false positive). Also the untyped span F1.
 */
export function nerScore(docs: readonly NerDoc[], predict: (text: string) => TypedSpan[]): { typed: Counts; untyped: Counts } {
  const typed: Counts = { tp: 0, fp: 0, fn: 0 };
  const untyped: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const d of docs) {
    const seen = new Set<string>();
    const preds = predict(d.text).map((p) => normalise(d.text, p)).filter((p): p is TypedSpan => !!p)
      .filter((p) => { const k = `${p.start}:${p.end}:${p.type}`; return seen.has(k) ? false : (seen.add(k), true); })
      .filter((p) => !d.nested.some((n) => sameSpan(n, p)));
    const add = (c: Counts, x: Counts) => { c.tp += x.tp; c.fp += x.fp; c.fn += x.fn; };
    add(typed, countsOf(matchOneToOne(d.entities, preds, (g, p) => g.type === p.type && sameSpan(g, p))));
    const spans = preds.filter((p, i) => preds.findIndex((q) => sameSpan(p, q)) === i);
    add(untyped, countsOf(matchOneToOne(d.entities, spans, (g, p) => sameSpan(g, p))));
  }
  return { typed, untyped };
}
