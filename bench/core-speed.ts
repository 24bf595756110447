// Analysis speed of the core in this process: per-article time (warm), throughput, peak memory,
// and the time of the pipeline up to and including the entity pass (for the comparison with the alternatives).
import { analyze, Doc } from '../server/src/core';
import { PIPELINE } from '../server/src/core/pipeline';
import type { Article } from './corpus';
import { now } from './stats';

export interface SpeedResult { times: number[]; totalMs: number; cpuMs: number; bytes: number; peakRss: number; peakHeap: number }

/** Analyses each article once (after a warm-up over the first ones) and records each time. */
export function timeAnalyses(articles: readonly Article[], warmup = 30): SpeedResult {
  for (let i = 0; i < Math.min(warmup, articles.length); i++) analyze(articles[i].text);
  let peakRss = 0;
  let peakHeap = 0;
  const times: number[] = [];
  let bytes = 0;
  const t0 = now();
  const c0 = process.cpuUsage();
  for (let i = 0; i < articles.length; i++) {
    const s = now();
    analyze(articles[i].text);
    times.push(now() - s);
    bytes += Buffer.byteLength(articles[i].text);
    if (i % 25 === 0) {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }
  }
  const totalMs = now() - t0;
  const c = process.cpuUsage(c0);
  const m = process.memoryUsage();
  return { times, totalMs, cpuMs: (c.user + c.system) / 1000, bytes, peakRss: Math.max(peakRss, m.rss), peakHeap: Math.max(peakHeap, m.heapUsed) };
}

/** Each sample analysed `rounds` times (warm): a per-article time per round. */
export function timeSamples(samples: readonly Article[], rounds: number): number[] {
  for (let r = 0; r < 20; r++) for (const a of samples) analyze(a.text);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const a of samples) {
      const s = now();
      analyze(a.text);
      times.push(now() - s);
    }
  }
  return times;
}

const ENTITIES_AT = PIPELINE.findIndex((c) => c.name === 'entities');
const UP_TO_ENTITIES = ENTITIES_AT < 0 ? PIPELINE : PIPELINE.slice(0, ENTITIES_AT + 1);

/** The pipeline up to the entity pass (structure, sentences, tokens, entities): what the alternatives replace. */
export function entityPass(text: string): Doc {
  const doc = new Doc(text, {});
  for (const c of UP_TO_ENTITIES) c.run(doc);
  return doc;
}

export function upToEntitiesNames(): string {
  return UP_TO_ENTITIES.map((c) => c.name).join(', ');
}
