// Named entities on GUM news (../shared/data/ner/dev.jsonl): every entity mention of the analysis,
// flattened to (start, end, type), against the gold flat `entities`, exact span and type.
// A predicted span equal to a gold `nestedEntities` span (e.g. "Texas" inside "University of Texas
// Arlington") is forgiven: it counts neither as a hit nor as a false alarm.
// Rows: overall and per type on all 22 documents, and the same on the held-out half (odd-numbered
// documents), which the shipped tagger was not trained on (scripts/train-ner.ts trains on the even half).
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../server/src/core';
import type { Counts, EvalRow, EvalSet } from '../types';
import { SHARED, missing } from '../paths';

interface GoldSpan { start: number; end: number; type: string; text: string }
interface GoldDoc { id: string; text: string; entities: GoldSpan[]; nestedEntities?: GoldSpan[] }

const file = () => path.join(SHARED, 'data', 'ner', 'dev.jsonl');
const TYPES = ['person', 'organization', 'place'];

export function scoreDocs(docs: GoldDoc[], set: string, misses: string[] | null): EvalRow[] {
  const counts: Record<string, Counts> = {};
  for (const t of ['all', ...TYPES]) counts[t] = { tp: 0, fp: 0, fn: 0 };
  for (const d of docs) {
    const a = analyze(d.text, { file: d.id });
    const pred = new Map<string, string>();
    for (const e of a.entities) for (const m of e.mentions) pred.set(`${m.start}:${m.end}:${e.type}`, m.text);
    const gold = new Map(d.entities.map((g) => [`${g.start}:${g.end}:${g.type}`, g.text]));
    const nested = new Set((d.nestedEntities ?? []).map((g) => `${g.start}:${g.end}`));
    for (const [k, text] of pred) {
      const type = k.split(':')[2];
      if (gold.has(k)) { counts[type].tp++; counts.all.tp++; continue; }
      const [s, e] = k.split(':');
      if (nested.has(`${s}:${e}`)) continue;
      counts[type].fp++;
      counts.all.fp++;
      misses?.push(`${d.id}: false alarm ${type} "${text}"`);
    }
    for (const [k, text] of gold) {
      if (pred.has(k)) continue;
      const type = k.split(':')[2];
      counts[type].fn++;
      counts.all.fn++;
      misses?.push(`${d.id}: missed ${type} "${text}"`);
    }
  }
  return ['all', ...TYPES].map((t) => ({ set, area: `entities/${t}`, counts: counts[t] }));
}

export const nerSet: EvalSet = {
  name: 'ner',
  unavailable() {
    return missing(file());
  },
  run() {
    const docs: GoldDoc[] = fs.readFileSync(file(), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const misses: string[] = [];
    const rows = scoreDocs(docs, 'ner/dev', misses);
    // NER_FOLD=0 scores the even half instead (for a model trained with `train-ner.mjs --fold 0`).
    const fold = process.env.NER_FOLD === '0' ? 0 : 1;
    const held = scoreDocs(docs.filter((_, i) => i % 2 === fold), 'ner/dev held-out half', null);
    for (const r of held) r.note = 'documents the tagger was not trained on';
    return { rows: [...rows, ...held], misses };
  },
};

export default nerSet;
