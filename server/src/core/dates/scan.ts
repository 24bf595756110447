// Finds date expressions in a piece of text: every rule's matches, the longest kept where they
// overlap, then each read in text order (the quarter last named carries over to later mentions).
import type { Ymd } from './calendar';
import type { DateContext, DateReading } from './context';
import { RULES, type Rule } from './rules';

export interface Found {
  start: number;
  end: number;
  rule: string;
  reading: DateReading;
}

interface Candidate {
  start: number;
  end: number;
  rule: Rule;
  match: RegExpExecArray;
}

const FUTURE = /\b(?:will|won['’]t|shall|['’]ll|going to|is to|are to|scheduled|expected|plans? to|planned|due to|set to|upcoming|next|intends? to|would)\b/i;
const PAST_TENSE = /\b(?:said|was|were|had|did|\w+ed)\b/i;

/** True when the clause reads as future ("will meet Monday", "is expected to dominate talks Monday"). */
export function isFuture(sentence: string): boolean {
  if (!FUTURE.test(sentence)) return false;
  const m = FUTURE.exec(sentence);
  if (m && m[0].toLowerCase() === 'would') return !PAST_TENSE.test(sentence.slice(0, m.index));
  return true;
}

export interface ScanState {
  lastQuarter: { y: number; q: number } | null;
}

/**
 * Date expressions in `text` (one block), with offsets relative to it. `sentenceOf` gives the sentence
 * around an offset for the tense test.
 */
export function scanDates(text: string, anchor: Ymd | null, state: ScanState, sentenceOf: (offset: number) => string): Found[] {
  const cands: Candidate[] = [];
  for (const rule of RULES) {
    const r = rule.re;
    r.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = r.exec(text)) !== null) {
      if (m[0].length === 0) {
        r.lastIndex++;
        continue;
      }
      cands.push({ start: m.index, end: m.index + m[0].length, rule, match: m });
    }
  }
  if (cands.length === 0) return [];
  cands.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: Found[] = [];
  let lastEnd = -1;
  // Greedy by length within clusters of overlapping candidates.
  let i = 0;
  while (i < cands.length) {
    let j = i + 1;
    let clusterEnd = cands[i].end;
    while (j < cands.length && cands[j].start < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, cands[j].end);
      j++;
    }
    const cluster = cands.slice(i, j).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: Candidate[] = [];
    for (const c of cluster) {
      if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
      const ctx: DateContext = { anchor, future: isFuture(sentenceOf(c.start)), lastQuarter: state.lastQuarter };
      const reading = safeRead(c, ctx, text);
      if (!reading) continue;
      taken.push(c);
      (c as Candidate & { reading?: DateReading }).reading = reading;
    }
    taken.sort((a, b) => a.start - b.start);
    for (const c of taken) {
      const reading = (c as Candidate & { reading: DateReading }).reading;
      const start = c.start + (reading.trimStart ?? 0);
      if (start < lastEnd) continue;
      out.push({ start, end: c.end, rule: c.rule.name, reading });
      if (reading.quarter) state.lastQuarter = reading.quarter;
      lastEnd = c.end;
    }
    i = j;
  }
  return out;
}

function safeRead(c: Candidate, ctx: DateContext, text: string): DateReading | null {
  try {
    return c.rule.read(c.match, ctx, text);
  } catch {
    return null;
  }
}
