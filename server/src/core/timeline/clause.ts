// The event text: a short readable summary of who did what, cut from the sentence around a date or a
// verb. We take the clause around the focus (between punctuation and subordinating words), drop the
// date itself, widen a clause that is too short to say anything, put a name for a leading pronoun,
// and cut long ones at a word boundary.

import { closeQuotes, opensQuote, quoteAround, quoteSpansIn, snapToQuotes } from './quote-bounds';

export interface Focus {
  /** Offsets into the sentence text. */
  start: number;
  end: number;
}

const MAX_WORDS = 18;
const MIN_WORDS = 3;

// Left boundaries: punctuation or a subordinating/relative word that opens a new clause. A word with a
// contraction ("That's", "who'd") is the clause's own subject, not a boundary: cutting there leaves "'s".
const LEFT = /[,;:()“”"—–]|\b(?:since|when|after|before|while|because|although|though|whereas|which|who|that|but|until|if|as)\b(?!['’]\p{L})|\band\b/giu;
// Right boundaries: punctuation or a word that opens another clause.
const RIGHT = /[,;:()“”"—–]|(?<!\b(?:\p{Lu}|vs|Mr|Mrs|Ms|Dr|St|Gen|Gov|Sen|Rep|Jr|Sr|Inc|Co|Corp|No|Lt|Col))[.!?](?=\s|$)|\s(?:when|while|because|although|whereas|but|which|who)\b(?!['’]\p{L})|\sand\b/giu;
// "and" is a boundary only before a dated clause of its own ("... and in 2014 annexed"): checked from
// the "and" on, anchored, rather than by a lookahead in LEFT/RIGHT that every "and" re-scanned.
const DATED_CLAUSE_AHEAD = /^[^,;.]{0,200}?\b(?:in|on|since)\s+\d/iu;
const opensDatedClause = (text: string, after: number): boolean => DATED_CLAUSE_AHEAD.test(text.slice(after, after + 240));
const LEADING_JUNK = /^(?:(?:yet|but|and|so|however|meanwhile|still|also|then|now|according to|that|since|when|after|before|while|as|which|who|though|although|because|until|if)\b(?!['’]\p{L})[\s,]*)+/iu;
// Words a summary must not end on ("... talks with the"). Stripped by a right-to-left scan rather than
// one regex: the alternation of separators and words under `(...)+$` backtracked exponentially on a run
// of " to the" (issue 21: 11 repeats took 6.9 s, each one more x3.6).
const TRAILING_JUNK_WORDS = new Set(['and', 'or', 'but', 'of', 'to', 'the', 'a', 'an', 'in', 'on', 'at', 'with', 'for', 'by', 'from', 'as', 'that', 'about', 'around', 'between']);
const SEPARATOR = /[\s,;:–—-]/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

// Prepositions left before a date expression that was taken out ("met in [2014]"); longest first.
const PREPOSITIONS_BEFORE = ['as of', 'during', 'around', 'since', 'until', 'about', 'early', 'from', 'late', 'just', 'on', 'in', 'at', 'by', 'as'];
const SPACE = /\s/u;

/**
 * One right-to-left scan for both trims below, linear in s: skip separators, ask `junkBefore` how long
 * a junk word ending there is, cut it and go on. With `separatorRequired` a word counts only when
 * separators follow it, and the separators of the last kept word stay.
 */
function trimTrailingWords(s: string, separator: RegExp, junkBefore: (e: number) => number, separatorRequired: boolean): string {
  let end = s.length;
  for (;;) {
    let e = end;
    while (e > 0 && separator.test(s[e - 1])) e--;
    const junk = separatorRequired && e === end ? 0 : junkBefore(e);
    if (junk === 0) return s.slice(0, separatorRequired ? end : e);
    end = e - junk;
  }
}

/** s without a trailing run of prepositions each followed by white space ("met in " -> "met "). */
function trimTrailingPrepositions(s: string): string {
  return trimTrailingWords(s, SPACE, (e) => {
    const tail = s.slice(Math.max(0, e - 6), e).toLowerCase();
    const hit = PREPOSITIONS_BEFORE.find((p) => tail.endsWith(p) && (e - p.length === 0 || !WORD_CHAR.test(s[e - p.length - 1])));
    return hit?.length ?? 0;
  }, true);
}

/** s without trailing separators and junk words ("talks with the" -> "talks"). */
export function trimTrailingJunk(s: string): string {
  return trimTrailingWords(s, SEPARATOR, (e) => {
    let w = e;
    while (w > 0 && WORD_CHAR.test(s[w - 1])) w--;
    return w < e && TRAILING_JUNK_WORDS.has(s.slice(w, e).toLowerCase()) ? e - w : 0;
  }, false);
}
// A clause that opens with its verb lost its subject to an aside: "This principle, enshrined in ..., has been".
const NO_SUBJECT = /^(?:has|have|had|is|are|was|were|will|would|can|could|should|may|might|must|\p{Ll}+ed)\b/u;
// A noun that names an event by itself: "full-scale invasion in 2022".
const EVENT_NOUN = /\b(?:invasion|war|summit|election|attack|annexation|referendum|ceasefire|truce|treaty|coup|revolution|earthquake|crash|bombing|strike|talks|visit|meeting|vote)\b/iu;
// Some verb: a clause without one lost it to a neighbour ("just minutes apart"). A past form is a whole
// lowercase word ending in -ed, taken at once ((?=(…))\1, an atomic group) and then checked for its ending,
// not a run given back letter by letter to look for "ed" in it.
const VERB = /(?<![\p{L}\p{N}_])(?:(?=(\p{Ll}+))\1(?<=\p{Ll}{2}ed)|is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|said|says|met|meets|held|holds|made|makes|took|takes|went|goes|came|comes|began|begins|won|wins|told|gave|gives|saw|left|set|put|ran|hit|cut|led|fell|falls|rose|rises|grew|struck|sent|spent|broke|became|paid|sold|bought|brought|found|kept|lost|tore|shot|fought|spoke|wrote|drew|flew|chose|stood|hung|sought|heard|knew|felt|thought|meant|did|got|ate|paid|won|hosted)(?![\p{L}\p{N}_])/u;
// A clause that ends on a reporting verb ("an official said") leaves what was said to the next one.
const REPORTING_END = /(?<![\p{L}\p{N}_])(?:said|says|told|added|announced|stated|reported|confirmed)(?:\s+\p{L}+){0,2}$/u;
const PRONOUN = /^(it|he|she|they)\b/iu;

function words(s: string): number {
  const m = s.trim().match(/\S+/gu);
  return m ? m.length : 0;
}

interface Boundary {
  /** Where the clause starts (after the boundary). */
  pos: number;
  /** Where the boundary itself starts. */
  at: number;
  word: string;
}

function leftBoundary(text: string, from: number): Boundary {
  let best: Boundary = { pos: 0, at: 0, word: '' };
  LEFT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LEFT.exec(text)) !== null && m.index < from) {
    if (m[0].toLowerCase() === 'and' && !opensDatedClause(text, m.index + 3)) continue;
    best = { pos: m.index + m[0].length, at: m.index, word: m[0].toLowerCase() };
  }
  return best;
}

function rightBoundary(text: string, from: number): number {
  RIGHT.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = RIGHT.exec(text)) !== null) {
    if (/^\sand$/iu.test(m[0]) && !opensDatedClause(text, m.index + m[0].length)) continue;
    // Step over a short aside between commas: "the Kremlin had, for the first time, expressed openness".
    if (m[0] === ',') {
      const rest = text.slice(m.index + 1);
      const aside = /^\s*(?:for|in|at|on|by|after|before|with|without|under|once|again|reportedly|however|though|too|in fact)\b[^,;:.]{0,30},/iu.exec(rest);
      if (aside) {
        RIGHT.lastIndex = m.index + 1 + aside[0].length;
        continue;
      }
    }
    return m.index;
  }
  return text.length;
}

/** The summary of the clause around `focus` in `sentence`; `removeFocus` drops the date expression itself. */
/**
 * `names` are entity mentions in the sentence (offsets into it); `previousPerson` is the person last
 * named before the sentence, for a sentence that opens with "He" or "She".
 */
export function summarize(sentence: string, focus: Focus, removeFocus: boolean, names: Array<{ start: number; text: string }> = [], previousPerson: string | null = null): string {
  const quotes = quoteSpansIn(sentence);
  // A date inside quoted words stays: a summary does not alter what someone said.
  if (quoteAround(quotes, focus)) removeFocus = false;
  let lb = leftBoundary(sentence, focus.start);
  let right = rightBoundary(sentence, focus.end);
  // "officials who attended a summit": the clause's actor stands before the relative pronoun.
  let dropWord: string | null = null;
  if (/^(?:who|which)$/.test(lb.word)) {
    dropWord = lb.word;
    lb = leftBoundary(sentence, lb.at);
  }
  const body = (l: number, r: number): string => {
    let t: string;
    if (!removeFocus || focus.end <= l || focus.start >= r) t = sentence.slice(l, r);
    else t = `${trimTrailingPrepositions(sentence.slice(l, focus.start))} ${sentence.slice(focus.end, r)}`;
    return dropWord ? t.replace(new RegExp(`\\s${dropWord}\\s`, 'u'), ' ') : t;
  };
  // The cleaned clause between two boundaries, made once: the test below and the step after it read the same one.
  const cleaned = new Map<number, string>();
  const cleanBody = (l: number, r: number): string => {
    const key = l * (sentence.length + 1) + r;
    let b = cleaned.get(key);
    if (b === undefined) cleaned.set(key, (b = clean(body(l, r))));
    return b;
  };
  const tooShort = (): boolean => {
    const b = cleanBody(lb.pos, right);
    if (!VERB.test(b) && !EVENT_NOUN.test(b)) return true;
    if (REPORTING_END.test(b) && right < sentence.length) return true;
    return (words(b) < MIN_WORDS && !(words(b) >= 2 && EVENT_NOUN.test(b))) || /^with\b/iu.test(sentence.slice(lb.pos).trim()) || (lb.pos > 0 && NO_SUBJECT.test(sentence.slice(lb.pos, right).trim()));
  };
  for (let i = 0; i < 3 && tooShort(); i++) {
    const b = cleanBody(lb.pos, right);
    const reporting = REPORTING_END.test(b) && right < sentence.length;
    // At the start of the sentence, or after "X said", the rest of the sentence says what happened.
    if ((lb.pos === 0 || reporting) && right < sentence.length && right + 1 < sentence.length) {
      right = rightBoundary(sentence, right + 1);
    } else if (lb.pos > 0) {
      lb = leftBoundary(sentence, lb.at);
    } else if (right < sentence.length) {
      right = rightBoundary(sentence, right + 1);
    } else break;
  }
  // Never open or close inside quotation marks: hold the quote whole, or stop before it.
  const snapped = snapToQuotes(quotes, lb.pos, right, MAX_WORDS, sentence);
  let out = cleanBody(snapped.l, snapped.r);
  const p = PRONOUN.exec(out);
  if (p) {
    let name = nearestName(sentence, lb.pos, names);
    if (!name && /^(?:he|she)$/iu.test(p[1])) name = previousPerson;
    if (name) out = name + out.slice(p[0].length);
  }
  return closeQuotes(cut(out));
}

function clean(s: string): string {
  let t = s.replace(/\s+/gu, ' ').replace(/(?<!\s)\s+([,.;:!?])/gu, '$1').trim();
  // The other end of a range whose date was taken out: "declined between and 1992".
  t = t.replace(/\b(?:between|from)\s+(?:and|to|-|–)\s+\S+/gu, '').replace(/(?<![\p{L}\p{N}_])(?:between|from)\s+\S+(?:\s+(?:and|to))?\s*$/u, '').replace(/\s+/gu, ' ').trim();
  for (let i = 0; i < 3; i++) t = t.replace(LEADING_JUNK, '').replace(/^[\s,;:–—-]+/u, '');
  t = withoutTrailingDots(trimTrailingJunk(t));
  return t.length ? t[0].toUpperCase() + t.slice(1) : t;
}

/** The text without the full stops and spaces it ends with (a scan: no pattern to backtrack). */
export function withoutTrailingDots(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === '.' || /\s/u.test(s[end - 1]))) end--;
  return s.slice(0, end);
}

function cut(s: string): string {
  const ws = s.split(' ');
  if (ws.length <= MAX_WORDS) return s;
  const kept = trimTrailingJunk(ws.slice(0, MAX_WORDS).join(' '));
  // A quote cut short is closed after the ellipsis by closeQuotes: “… the rest…”
  return opensQuote(kept) ? kept : kept + '…';
}

/** The closest name before `before`: an entity mention if given, else a run of capitalized words not at the sentence start. */
function nearestName(sentence: string, before: number, names: Array<{ start: number; text: string }>): string | null {
  let best: { start: number; text: string } | null = null;
  for (const n of names) if (n.start < before && (!best || n.start > best.start)) best = n;
  if (best) return best.text;
  const re = /(?<=\s)\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*/gu;
  let m: RegExpExecArray | null;
  let last: string | null = null;
  while ((m = re.exec(sentence)) !== null && m.index < before) last = m[0].replace(/[’']s$/u, '');
  return last;
}
