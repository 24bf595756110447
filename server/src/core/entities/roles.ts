// A person's role, from the title in front of the name ("Russian Foreign Minister Sergei Lavrov",
// "U.S. Secretary of State Marco Rubio", "Trump’s envoy Steve Witkoff", "former President Donald Trump")
// or from an apposition after it ("Anton, a 32-year-old warehouse worker,").
import type { Doc } from '../doc';
import type { Tok } from './features';
import { isCap } from './features';
import { COMMON_WORDS, OFFICE_WORDS, TITLES } from './lexicon';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from './role-words';

/** A word that heads a role: an office ("Minister", "Administrator"), never a form of address ("Mrs.", "Alhaji"). */
const isOffice = (lw: string) => (OFFICE_WORDS.has(lw) || ROLE_HEADS.has(lw)) && !HONORIFICS.has(lw);

const MODIFIERS = new Set(['former', 'acting', 'interim', 'then', 'outgoing', 'incoming', 'deputy', 'special', 'top', 'chief', 'senior', 'foreign', 'vice']);
const APPOSITION_STOP = /^(?:who|which|that|said|says|told|and|but|when|where|while|has|have|had|is|was|were|are)$/i;

/** A token's index by an offset, or undefined. */
export interface OffsetLookup {
  get(offset: number): number | undefined;
}

/** Tokens of the whole text by start and by end offset, for walking left and right of a mention. */
export interface TokIndex {
  toks: Tok[];
  at: OffsetLookup;
  endAt: OffsetLookup;
}

/**
 * Binary search over the tokens, which are in text order: two maps with an entry per token were most of
 * the entity pass's memory on a text of punctuation (5 MB of quote marks: ~4 million tokens), for the
 * few lookups made around people's names.
 */
function lookup(toks: readonly Tok[], offsetOf: (t: Tok) => number): OffsetLookup {
  return {
    get(offset: number): number | undefined {
      let lo = 0;
      let hi = toks.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const v = offsetOf(toks[mid]);
        if (v === offset) return mid;
        if (v < offset) lo = mid + 1;
        else hi = mid - 1;
      }
      return undefined;
    },
  };
}

export function tokIndex(toks: Tok[]): TokIndex {
  return { toks, at: lookup(toks, (t) => t.start), endAt: lookup(toks, (t) => t.end) };
}

/**
 * The role written before a mention, or null. `isPerson(start, end)` says whether a span is another
 * person's mention (a role never swallows another person's name).
 */
export function roleBefore(doc: Doc, idx: TokIndex, start: number, isPerson: (s: number) => boolean): string | null {
  let i = findEndingBefore(idx, start);
  // A form of address is no role ("Mrs. Zainab", "Alhaji Aliko"): the role, if any, is written before it.
  while (i >= 0 && HONORIFICS.has(idx.toks[i].lower) && (i === 0 || idx.toks[i].start - idx.toks[i - 1].end <= 1)) i--;
  if (i < 0) return null;
  // "The Minister of Agriculture, Budget and Food Security, Mrs. Folake Adeyemi": a role phrase, then a comma.
  if (idx.toks[i].text === ',') return rolePhraseBefore(doc, idx, i - 1);
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
      if (isOffice(lw)) hasOffice = true;
      from = k;
      continue;
    }
    break;
  }
  if (from < 0 || !hasOffice) return null;
  while (from <= i && /^(?:of|the|and)$/i.test(idx.toks[from].text)) from++;
  // The phrase must end in (or contain) an office; a trailing non-office capital is not a role ("Kremlin aide" keeps).
  while (i >= from && !isOffice(idx.toks[i].lower) && !TITLES.has(idx.toks[i].lower)) i--;
  if (i < from) return null;
  return doc.text.slice(idx.toks[from].start, idx.toks[i].end);
}

/**
 * A capitalized role phrase that ends at token i, commas and "and" inside ("Minister of Finance, Budget and National
 * Planning"): it runs back to a lower-case word or the start of the sentence, and begins at its first office or modifier.
 */
function rolePhraseBefore(doc: Doc, idx: TokIndex, i: number): string | null {
  let from = -1;
  for (let k = i; k >= 0 && i - k < 16; k--) {
    const t = idx.toks[k];
    if (k < i && idx.toks[k + 1].start - t.end > 1) break;
    if (isCap(t.text) || (/^(?:of|for|and|the|&|,)$/.test(t.text) && k < i)) { from = k; continue; }
    break;
  }
  if (from < 0 || !isCap(idx.toks[i].text)) return null;
  while (from <= i && !isOffice(idx.toks[from].lower) && !ROLE_MODIFIERS.has(idx.toks[from].lower)) from++;
  if (from > i) return null;
  let hasOffice = false;
  for (let k = from; k <= i; k++) if (isOffice(idx.toks[k].lower)) hasOffice = true;
  return hasOffice ? doc.text.slice(idx.toks[from].start, idx.toks[i].end) : null;
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
  const capital = capitalRoleAfter(doc, idx, i + 1);
  if (capital) return capital;
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

/**
 * "Obinna Nwachukwu, Minister of State for Agriculture, said": a capitalized role phrase after the comma, opening with
 * an office or its modifier ("Deputy Governor", "Group Managing Director of NNPC"); it ends at a comma, a stop or a
 * lower-case word.
 */
function capitalRoleAfter(doc: Doc, idx: TokIndex, k: number): string | null {
  const first = idx.toks[k];
  if (!first || !isCap(first.text) || !(isOffice(first.lower) || ROLE_MODIFIERS.has(first.lower))) return null;
  let last = -1;
  let hasOffice = false;
  for (let j = k; j < idx.toks.length && j - k < 12; j++) {
    const t = idx.toks[j];
    if (j > k && t.start - idx.toks[j - 1].end > 1) break;
    if (isCap(t.text)) { last = j; if (isOffice(t.lower)) hasOffice = true; continue; }
    if (/^(?:of|for|and|the|&)$/.test(t.text) && idx.toks[j + 1] && isCap(idx.toks[j + 1].text)) continue;
    break;
  }
  return hasOffice && last >= k ? doc.text.slice(first.start, idx.toks[last].end) : null;
}
