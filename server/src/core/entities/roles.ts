// A person's role, from the title in front of the name ("Russian Foreign Minister Sergei Lavrov",
// "U.S. Secretary of State Marco Rubio", "Trump’s envoy Steve Witkoff", "former President Donald Trump")
// or from an apposition after it ("Anton, a 32-year-old warehouse worker,").
import type { Doc } from '../doc';
import type { Tok } from './features';
import { isCap } from './features';
import { COMMON_WORDS, OFFICE_WORDS, TITLES } from './lexicon';

const MODIFIERS = new Set(['former', 'acting', 'interim', 'then', 'outgoing', 'incoming', 'deputy', 'special', 'top', 'chief', 'senior', 'foreign', 'vice']);
const APPOSITION_STOP = /^(?:who|which|that|said|says|told|and|but|when|where|while|has|have|had|is|was|were|are)$/i;

/** Tokens of the whole text by start offset, for walking left and right of a mention. */
export interface TokIndex {
  toks: Tok[];
  at: Map<number, number>;
  endAt: Map<number, number>;
}

export function tokIndex(toks: Tok[]): TokIndex {
  const at = new Map<number, number>();
  const endAt = new Map<number, number>();
  toks.forEach((t, i) => { at.set(t.start, i); endAt.set(t.end, i); });
  return { toks, at, endAt };
}

/**
 * The role written before a mention, or null. `isPerson(start, end)` says whether a span is another
 * person's mention (a role never swallows another person's name).
 */
export function roleBefore(doc: Doc, idx: TokIndex, start: number, isPerson: (s: number) => boolean): string | null {
  let i = findEndingBefore(idx, start);
  if (i < 0) return null;
  let from = -1;
  let hasOffice = false;
  for (let k = i; k >= 0 && i - k < 8; k--) {
    const t = idx.toks[k];
    if (k < i && idx.toks[k + 1].start - t.end > 1) break;
    if (isPerson(t.start)) break;
    const lw = t.lower;
    const capital = isCap(t.text);
    if (capital && COMMON_WORDS.has(lw) && !TITLES.has(lw) && !OFFICE_WORDS.has(lw)) break;
    if (capital || TITLES.has(lw) || MODIFIERS.has(lw) || ((lw === 'of' || lw === 'the') && k < i && isCap(idx.toks[k + 1].text))) {
      if (!capital && !TITLES.has(lw) && !MODIFIERS.has(lw) && k === i) break;
      if (OFFICE_WORDS.has(lw)) hasOffice = true;
      from = k;
      continue;
    }
    break;
  }
  if (from < 0 || !hasOffice) return null;
  while (from <= i && /^(?:of|the|and)$/i.test(idx.toks[from].text)) from++;
  // The phrase must end in (or contain) an office; a trailing non-office capital is not a role ("Kremlin aide" keeps).
  while (i >= from && !OFFICE_WORDS.has(idx.toks[i].lower) && !TITLES.has(idx.toks[i].lower)) i--;
  if (i < from) return null;
  return doc.text.slice(idx.toks[from].start, idx.toks[i].end);
}

function findEndingBefore(idx: TokIndex, start: number): number {
  for (let d = 1; d <= 2; d++) {
    const i = idx.endAt.get(start - d);
    if (i !== undefined) return i;
  }
  return -1;
}

/** "Anton, a 32-year-old warehouse worker," -> "32-year-old warehouse worker". */
export function roleAfter(doc: Doc, idx: TokIndex, end: number): string | null {
  const i = idx.at.get(end) ?? idx.at.get(end + 2) ?? -1;
  if (i < 0 || idx.toks[i].text !== ',') return null;
  const det = idx.toks[i + 1];
  if (!det || !/^(?:a|an|the)$/i.test(det.text)) return null;
  let j = i + 2;
  let last = -1;
  let hasNoun = false;
  while (j < idx.toks.length && j - i < 10) {
    const t = idx.toks[j];
    if (/^[,.;:!?”"—–)]$/.test(t.text) || APPOSITION_STOP.test(t.text)) break;
    if (/^(?:of|in|at|from|for|with)$/i.test(t.text)) break;
    last = j;
    hasNoun = true;
    j++;
  }
  if (!hasNoun || last < 0) return null;
  const stop = idx.toks[j];
  if (!stop || !/^[,.;—–]$/.test(stop.text) && !/^(?:of|in|at|from|for|with|who)$/i.test(stop.text)) return null;
  return doc.text.slice(idx.toks[i + 2].start, idx.toks[last].end);
}
