// Finds date expressions in a piece of text: every rule's matches, the longest kept where they
// overlap, then each read in text order (the quarter last named carries over to later mentions).
import { addDays, fmtDay, parseDay, quarterOf, type Ymd } from './calendar';
import type { DateContext, DateReading } from './context';
import { RULES, type Rule } from './rules';
import { isFuture, isPast } from './tense';

export interface Found {
  start: number;
  end: number;
  rule: string;
  reading: DateReading;
}

export interface Candidate {
  start: number;
  end: number;
  rule: Rule;
  match: RegExpExecArray;
}

export { isFuture };

const TIME_AFTER_DAY = /^,?\s+(?:(?:at|around|about|from|by|until|before|after)\s+)?$/;

export interface ScanState {
  lastQuarter: { y: number; q: number } | null;
  fiscalQuarter?: boolean;
  lastDate?: string | null;
  /** Where that date ended in the whole text, the whole text, and where the block being read starts. */
  lastDateEnd?: number;
  docText?: string;
  blockStart?: number;
}

/** How far back a date may lie and still be the time a narrative counts from ("Two years later, …"). */
const NARRATIVE_REACH = 400;

/** Every rule's matches in `text` (one block), before any reading: kept so that a second reading with another anchor needs no new scan. */
export function collect(text: string): Candidate[] {
  const cands: Candidate[] = [];
  for (const rule of RULES) {
    if (rule.trigger && !rule.trigger.test(text)) continue;
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
  cands.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  return cands;
}

/**
 * Date expressions among the candidates of `text`, with offsets relative to it: the longest reading
 * where candidates overlap. `sentenceOf` gives the sentence around an offset for the tense test.
 */
export function readDates(text: string, cands: Candidate[], anchor: Ymd | null, state: ScanState, sentenceOf: (offset: number) => { text: string; at: number }): Found[] {
  const out: Found[] = [];
  let lastEnd = -1;
  let i = 0;
  while (i < cands.length) {
    let j = i + 1;
    let clusterEnd = cands[i].end;
    while (j < cands.length && cands[j].start < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, cands[j].end);
      j++;
    }
    const cluster = cands.slice(i, j).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: Array<{ c: Candidate; reading: DateReading; future: boolean }> = [];
    for (const c of cluster) {
      if (taken.some((t) => c.start < t.c.end && t.c.start < c.end)) continue;
      const ctx: DateContext = { anchor, future: futureAt(sentenceOf, c.start), past: tenseAt(isPast, sentenceOf, c.start), lastQuarter: state.lastQuarter, fiscalQuarter: state.fiscalQuarter, lastDate: state.lastDate ?? null, sinceLastDate: sinceLastDate(state, c.start) };
      let future = ctx.future;
      let reading = safeRead(c, ctx, text);
      // The tense is judged where the expression itself starts, after a leading word the rule does not own
      // ("through January": "through" looks ahead), unless it closes a range begun by the date just before
      // ("sales this year through August").
      if (reading?.trimStart && !(lastEnd >= 0 && /^\s*$/.test(text.slice(lastEnd, c.start)))) {
        future = futureAt(sentenceOf, c.start + reading.trimStart);
        const past = tenseAt(isPast, sentenceOf, c.start + reading.trimStart);
        if (future !== ctx.future || past !== ctx.past) reading = safeRead(c, { ...ctx, future, past }, text);
      }
      if (reading) taken.push({ c, reading, future });
    }
    taken.sort((a, b) => a.c.start - b.c.start);
    for (const { c, future, ...t } of taken) {
      let reading = t.reading;
      let start = c.start + (reading.trimStart ?? 0);
      const end = c.end + (reading.extendBy ?? 0);
      // "the day before Christmas", "the day after 4 May 2021", "on the eve of Easter": a day counted from a named day.
      const shift = DAY_SHIFT_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
      if (shift && reading.value && /^\d{4}-\d{2}-\d{2}$/.test(reading.value) && start - shift[0].length >= Math.max(0, lastEnd)) {
        const d = parseDay(reading.value);
        if (d) {
          reading = { ...reading, value: fmtDay(addDays(d, shift[1]?.toLowerCase() === 'after' ? 1 : -1)) };
          start -= shift[0].length;
        }
      }
      if (start < lastEnd) continue;
      out.push({ start, end, rule: c.rule.name, reading });
      // Only a quarter already over can be the one a report is about ("through the third quarter of 1990" is a
      // forecast), or the current one when it is the first named and not in the future ("reported a decline in
      // fourth-quarter earnings": a fiscal quarter may end before the calendar one).
      if (reading.fiscal) {
        state.fiscalQuarter = true;
        state.lastQuarter = null;
      }
      if (reading.quarter) state.fiscalQuarter = false;
      if (reading.quarter && (!anchor || reportedQuarter(reading.quarter, anchor, future, state.lastQuarter === null))) state.lastQuarter = reading.quarter;
      if (reading.value && /^\d{4}/.test(reading.value)) {
        state.lastDate = reading.value;
        state.lastDateEnd = (state.blockStart ?? 0) + end;
      }
      lastEnd = end;
    }
    i = j;
  }
  for (let k = 0; k < out.length; k++) {
    const f = out[k];
    if (!f.reading.timeOnly || !f.reading.value) continue;
    const next = out[k + 1];
    if (next && next.start - f.end <= 20 && /^\d{4}-\d{2}-\d{2}$/.test(next.reading.value ?? '') && !/[.;!?]/.test(text.slice(f.end, next.start))) {
      f.reading = { ...f.reading, value: `${next.reading.value}${f.reading.value.slice(10)}` };
      // "5 p.m. EST, Nov. 6" is one point in time: one mention.
      if (/^,?\s+$/.test(text.slice(f.end, next.start))) {
        f.end = next.end;
        f.reading.relative = next.reading.relative;
        next.start = -1;
      }
      continue;
    }
    // "at 6 a.m. ten days before the murder": the time is on a day counted from an event the text does not
    // date, so it has no calendar day either (not the article's).
    if (next && next.start - f.end <= 20 && next.reading.value === null && next.reading.relative && !/[.;!?,]/.test(text.slice(f.end, next.start))) {
      f.reading = { ...f.reading, value: null };
      continue;
    }
    // "Tuesday at 3 p.m.": the day just before.
    const prev = out[k - 1];
    if (prev && prev.start >= 0 && /^\d{4}-\d{2}-\d{2}$/.test(prev.reading.value ?? '') && TIME_AFTER_DAY.test(text.slice(prev.end, f.start))) {
      f.reading = { ...f.reading, value: `${prev.reading.value}${f.reading.value.slice(10)}` };
    }
  }
  return out.filter((f) => f.start >= 0);
}

export function scanDates(text: string, anchor: Ymd | null, state: ScanState, sentenceOf: (offset: number) => { text: string; at: number }): Found[] {
  return readDates(text, collect(text), anchor, state, sentenceOf);
}

/** The text between the date last named and `at` (block offset), or null when there is none or it lies too far back. */
function sinceLastDate(state: ScanState, at: number): string | null {
  if (state.lastDateEnd === undefined || state.docText === undefined) return null;
  const to = (state.blockStart ?? 0) + at;
  return to - state.lastDateEnd <= NARRATIVE_REACH && to >= state.lastDateEnd ? state.docText.slice(state.lastDateEnd, to) : null;
}

function reportedQuarter(q: { y: number; q: number }, anchor: Ymd, future: boolean, first: boolean): boolean {
  const at = anchor.y * 4 + quarterOf(anchor);
  const n = q.y * 4 + q.q;
  return n < at || (n === at && first && !future);
}

function safeRead(c: Candidate, ctx: DateContext, text: string): DateReading | null {
  try {
    return c.rule.read(c.match, ctx, text);
  } catch {
    return null;
  }
}

const DAY_SHIFT_BEFORE = /(?<![\p{L}])(?:the\s+)?(?:day\s+(before|after)|eve\s+of)\s+$/iu;

const TENSE_WINDOW = 200;

function futureAt(sentenceOf: (offset: number) => { text: string; at: number }, offset: number): boolean {
  return tenseAt(isFuture, sentenceOf, offset);
}

function tenseAt(test: (sentence: string, at: number) => boolean, sentenceOf: (offset: number) => { text: string; at: number }, offset: number): boolean {
  const s = sentenceOf(offset);
  // A bounded window keeps huge unpunctuated lines linear.
  const from = Math.max(0, s.at - TENSE_WINDOW);
  return test(s.text.slice(from, s.at + TENSE_WINDOW), s.at - from);
}
