// A person's role, from the title in front of the name ("Russian Foreign Minister Sergei Lavrov",
// "U.S. Secretary of State Marco Rubio", "Trump’s envoy Steve Witkoff", "former President Donald Trump")
// or from an apposition after it ("Anton, a 32-year-old warehouse worker,").
import type { Doc } from '../doc';
import type { Tok } from './features';
import { isCap } from './features';
import { COMMON_WORDS, OFFICE_WORDS, TITLES } from './lexicon';
import { HONORIFICS, OCCUPATIONS, ROLE_DOMAIN_WORDS, ROLE_HEADS, ROLE_MODIFIERS } from './role-words';

/** A word that heads a role: an office ("Minister", "Administrator"), never a form of address ("Mrs.", "Alhaji"). */
const isOffice = (lw: string) => (OFFICE_WORDS.has(lw) || ROLE_HEADS.has(lw)) && !HONORIFICS.has(lw);
/** An office or an occupation ("goalie", "novelist"): the head of a role written in lower case. */
const isRoleHead = (lw: string) => isOffice(lw) || (OCCUPATIONS.has(lw) && !HONORIFICS.has(lw));
/** Words a lower-case role phrase is made of: its head, the modifiers before it ("former", "opposition", "police"). */
const isLowerRoleWord = (lw: string) => TITLES.has(lw) || MODIFIERS.has(lw) || isRoleHead(lw) || ROLE_DOMAIN_WORDS.has(lw);
const DETERMINER = /^(?:a|an|the|one)$/i;
const POSSESSIVE = /^[’']s$/;
const PREPOSITION = /^(?:of|for|to|at|in|on|with)$/i;
const APPOSITION_END = /^[,.;:—–)]$/;

/**
 * A form of address that is also an office ("Chief") acts as the office inside a compound role: in lower case
 * ("police chief Ibrahim"), or after a capitalized word it completes ("State Police Chief Abdul"), not when it
 * opens the name ("Chief Obafemi Awolowo").
 */
function addressAsOffice(idx: TokIndex, k: number): boolean {
  const t = idx.toks[k];
  // Only "chief" is both: "Sheikh", "Dr." and the like stay forms of address wherever they stand.
  if (t.lower !== 'chief') return false;
  if (!t.cap) return true;
  const prev = idx.toks[k - 1];
  return !!prev && t.start - prev.end <= 1 && prev.cap && !DETERMINER.test(prev.text) && !HONORIFICS.has(prev.lower);
}

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
export function roleBefore(doc: Doc, idx: TokIndex, start: number, isPerson: (s: number) => boolean, end = -1): string | null {
  let i = findEndingBefore(idx, start);
  // A form of address is no role ("Mrs. Zainab", "Alhaji Aliko"): the role, if any, is written before it.
  while (i >= 0 && HONORIFICS.has(idx.toks[i].lower) && !addressAsOffice(idx, i) && (i === 0 || idx.toks[i].start - idx.toks[i - 1].end <= 1)) i--;
  if (i < 0) return null;
  // "The Minister of Agriculture, Budget and Food Security, Mrs. Folake Adeyemi": a role phrase, then a comma.
  if (idx.toks[i].text === ',') return rolePhraseBefore(doc, idx, i - 1) ?? lowerRolePhraseBefore(doc, idx, i - 1, end, isPerson);
  let from = -1;
  let hasOffice = false;
  for (let k = i; k >= 0 && i - k < 8; k--) {
    const t = idx.toks[k];
    if (k < i && idx.toks[k + 1].start - t.end > 1) break;
    if (isPerson(t.start)) break;
    const lw = t.lower;
    const capital = isCap(t.text);
    if (capital && COMMON_WORDS.has(lw) && !TITLES.has(lw) && !OFFICE_WORDS.has(lw)) break;
    // Lower case: a false title ("goalie Sergio", "police chief Ibrahim", "defending world champion Michael"), whose
    // words come from closed classes, so a verb before it ("attacked driver Peter") is never taken in.
    if (capital || isLowerRoleWord(lw) || ((lw === 'of' || lw === 'the' || lw === 'to') && k < i && (isCap(idx.toks[k + 1].text) || idx.toks[k + 1].lower === 'the'))) {
      if (!capital && !TITLES.has(lw) && !MODIFIERS.has(lw) && !isRoleHead(lw) && k === i) break;
      if (capital ? isOffice(lw) || addressAsOffice(idx, k) : isRoleHead(lw) || addressAsOffice(idx, k)) hasOffice = true;
      from = k;
      continue;
    }
    break;
  }
  if (from < 0 || !hasOffice) return null;
  while (from <= i && /^(?:of|the|and|to)$/i.test(idx.toks[from].text)) from++;
  // The phrase must end in (or contain) an office; a trailing non-office capital is not a role ("Kremlin aide" keeps).
  let last = i;
  while (last >= from && !isRoleHead(idx.toks[last].lower) && !TITLES.has(idx.toks[last].lower) && !addressAsOffice(idx, last)) last--;
  if (last < from) return null;
  // An office with its complement keeps it ("Ambassador to the United Nations", "Minister of Health").
  if (!/^(?:of|to)$/i.test(idx.toks[last + 1]?.text ?? '') || last + 1 >= i) i = last;
  return doc.text.slice(idx.toks[from].start, idx.toks[i].end);
}

/** The sentence or paragraph starts before token k (or "according to" opens the phrase). */
function opensClause(doc: Doc, idx: TokIndex, k: number): boolean {
  const prev = idx.toks[k - 1];
  if (!prev || /^[.!?“"]$/.test(prev.text) || /\n/.test(doc.text.slice(prev.end, idx.toks[k].start))) return true;
  return prev.lower === 'to' && idx.toks[k - 2]?.lower === 'according';
}

/**
 * A lower-case role phrase that opens the sentence and stands in apposition before the name, closed by a comma after
 * it: "A spokesman for the port authority, Jonas Eklund, said", "The nation's former vice-minister for security,
 * Li Jizhou, has", "According to the town's mayor, Dee Margo, …". Both commas are required: "After meeting the
 * president, John Smith said" is no apposition.
 */
function lowerRolePhraseBefore(doc: Doc, idx: TokIndex, j: number, end: number, isPerson: (s: number) => boolean): string | null {
  if (end < 0) return null;
  const after = idx.at.get(end);
  if (after === undefined || idx.toks[after].text !== ',') return null;
  let from = j;
  while (from > 0 && j - from < 14 && !/^[,.;:!?“”"()]$/.test(idx.toks[from - 1].text) && !opensClause(doc, idx, from)) from--;
  if (!opensClause(doc, idx, from)) return null;
  let k = from;
  if (DETERMINER.test(idx.toks[k].text)) k++;
  // "The nation's former …", "Austria's finance minister": the owner is written before the role.
  else if (idx.toks[k + 1] && POSSESSIVE.test(idx.toks[k + 1].text)) k += 2;
  if (idx.toks[k] && POSSESSIVE.test(idx.toks[k + 1]?.text ?? '')) k += 2;
  const first = k;
  let head = -1;
  for (; k <= j; k++) {
    const t = idx.toks[k];
    if (isPerson(t.start)) return null;
    if (isRoleHead(t.lower)) head = k;
    if (isLowerRoleWord(t.lower) || t.cap) continue;
    break;
  }
  if (head < 0) return null;
  // After the head only a complement ("for the port authority") may follow, up to the comma.
  if (head < j && !PREPOSITION.test(idx.toks[head + 1].text)) return null;
  for (let m = head + 1; m <= j; m++) if (isPerson(idx.toks[m].start) || APPOSITION_STOP.test(idx.toks[m].text)) return null;
  return doc.text.slice(idx.toks[first].start, idx.toks[j].end);
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
  // The phrase opens at its first office, modifier or title word ("the Prime Minister of Japan, Shinzo Abe").
  while (from <= i && !isOffice(idx.toks[from].lower) && !ROLE_MODIFIERS.has(idx.toks[from].lower) && !TITLES.has(idx.toks[from].lower)) from++;
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
export function roleAfter(doc: Doc, idx: TokIndex, end: number, isPerson: (s: number) => boolean = () => false): string | null {
  const i = idx.at.get(end) ?? idx.at.get(end + 2) ?? -1;
  if (i < 0 || idx.toks[i].text !== ',') return null;
  const capital = capitalRoleAfter(doc, idx, i + 1, isPerson);
  if (capital) return capital;
  const det = idx.toks[i + 1];
  if (!det) return null;
  if (!/^(?:a|an|the)$/i.test(det.text)) return bareRoleAfter(doc, idx, i + 1, isPerson);
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
function capitalRoleAfter(doc: Doc, idx: TokIndex, k: number, isPerson: (s: number) => boolean): string | null {
  const first = idx.toks[k];
  if (!first || !isCap(first.text) || isPerson(first.start)) return null;
  const opensWithOffice = isOffice(first.lower) || ROLE_MODIFIERS.has(first.lower);
  let last = -1;
  let lastOffice = -1;
  for (let j = k; j < idx.toks.length && j - k < 12; j++) {
    const t = idx.toks[j];
    if (j > k && (t.start - idx.toks[j - 1].end > 1 || doc.text.charCodeAt(idx.toks[j - 1].end) === 10)) break;
    // A role never runs into another person's name ("Sunak, Prime Minister Boris Johnson and …" is a list).
    if (j > k && isPerson(t.start)) return null;
    if (isCap(t.text)) { last = j; if (isOffice(t.lower)) lastOffice = j; continue; }
    if (/^(?:of|for|to|and|the|&)$/.test(t.text) && idx.toks[j + 1] && isCap(idx.toks[j + 1].text)) continue;
    break;
  }
  if (lastOffice < 0 || last < k) return null;
  // A nationality or body before the office ("Somali Foreign Minister", "First Minister of Scotland"): the phrase must
  // close the apposition right after it, so a capitalized clause ("Paris, Police Chief Duval said") is not taken.
  if (!opensWithOffice && !APPOSITION_END.test(idx.toks[last + 1]?.text ?? '')) return null;
  return doc.text.slice(first.start, idx.toks[last].end);
}

/**
 * An apposition with no article, in lower case: "Titus Mwangi, spokesman for the Red Cross,", "Karl Berger, Austria's
 * finance minister,", "Lena Holm, head of the statistics office,". Its words come from the closed classes of role
 * words up to the head; a complement after the head runs to the end of the apposition.
 */
function bareRoleAfter(doc: Doc, idx: TokIndex, k: number, isPerson: (s: number) => boolean): string | null {
  // The owner of the role, written before it: "Turkey's interior minister".
  if (idx.toks[k]?.cap && POSSESSIVE.test(idx.toks[k + 1]?.text ?? '')) k += 2;
  let head = -1;
  let j = k;
  for (; j < idx.toks.length && j - k < 6; j++) {
    const t = idx.toks[j];
    if (t.cap || !isLowerRoleWord(t.lower)) break;
    if (isRoleHead(t.lower)) head = j;
  }
  if (head < 0 || head !== j - 1) return null;
  const next = idx.toks[head + 1];
  if (!next) return null;
  if (APPOSITION_END.test(next.text)) return doc.text.slice(idx.toks[k].start, idx.toks[head].end);
  if (!PREPOSITION.test(next.text)) return null;
  let last = head;
  for (let m = head + 2; m < idx.toks.length && m - head < 12; m++) {
    const t = idx.toks[m];
    if (APPOSITION_END.test(t.text)) return last > head ? doc.text.slice(idx.toks[k].start, idx.toks[last].end) : null;
    if (APPOSITION_STOP.test(t.text) || isPerson(t.start) || /^[“”"!?(]$/.test(t.text)) return null;
    // A line break ends the apposition (a headline's role runs into the dateline below it).
    if (/\n/.test(doc.text.slice(idx.toks[m - 1].end, t.start))) return last > head ? doc.text.slice(idx.toks[k].start, idx.toks[last].end) : null;
    last = m;
  }
  return null;
}
