// Figures: money, percentages, counts, ages, durations, ordinals and quantities (issue #6), each with its
// value as a number where one is meant ("$100 billion" → 100000000000 USD, "tens of thousands" → null)
// and a unit (currency code, "%", "year", "km", or the counted noun). Nothing from page furniture.
// Not figures: years and day numbers of dates ("in 2014", "August 16"), identifiers ("Article 5",
// "F-16"), clock times. A range is one figure valued at its low bound.
import type { Component } from '../component';
import type { Doc, Token } from '../doc';
import type { Figure } from '../types';
import { parseNumber } from './numbers';
import { ANCHOR_SIGNS, ANCHOR_WORDS, ORDINAL_VALUE, PATTERNS, type Lead } from './patterns';

interface Candidate extends Figure {
  rank: number;
}

const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
const WORD_NUMBER_START = /^[a-z]/i;

export const figures: Component = {
  name: 'figures',
  run(doc: Doc) {
    const candidates: Candidate[] = [];
    // Bare numbers inside a date the dates stage found are its day or year.
    const dateMask = new Uint8Array(doc.text.length + 1);
    for (const d of doc.dates) dateMask.fill(1, d.start, d.end);
    for (const block of doc.blocks) {
      if (block.kind === 'front-matter' || block.kind === 'boilerplate') continue;
      const text = doc.text.slice(block.start, block.end);
      let skipTo = -1;
      for (const t of doc.tokensIn(block)) {
        if (t.start < skipTo) continue;
        const lead = leadOf(t, doc.text);
        if (!lead) continue;
        const at = t.start - block.start;
        if (!leftBoundary(text, at)) continue;
        PATTERNS.forEach((p, rank) => {
          if (p.lead !== lead) return;
          const e = p.match(text, at);
          if (e <= at) return;
          const m = text.slice(at, e);
          const figure = build(doc, p.kind, m, t.start, t.start + m.length, p.unit(m), dateMask);
          if (figure) candidates.push({ ...figure, rank });
        });
        if (t.kind === 'number') skipTo = t.end;
      }
    }
    doc.figures = choose(candidates, doc.text.length);
  },
};

/** A figure does not begin inside a word or a number ("A320", "1,700" at "700", "3.5" at "5"). */
function leftBoundary(text: string, at: number): boolean {
  return at === 0 || !/[\p{L}\p{N}$€£¥₽₴₹.,]/u.test(text[at - 1]);
}

/** What a figure beginning at this token would begin with, or null when none can. */
function leadOf(t: Token, text: string): Lead | null {
  if (t.kind === 'number') return 'num';
  if (t.kind === 'symbol' || t.kind === 'punct') {
    const c = text.charCodeAt(t.start - 1);
    return ANCHOR_SIGNS.has(t.text) && !(c >= 65 && c <= 90) ? 'sign' : null;
  }
  if (t.kind !== 'word') return null;
  const lower = t.text.toLowerCase();
  const dash = lower.indexOf('-');
  return ANCHOR_WORDS.get(dash > 0 ? lower.slice(0, dash) : lower) ?? null;
}

function build(doc: Doc, kind: Figure['kind'], match: string, start: number, end: number, unit: string | null, dateMask: Uint8Array): Figure | null {
  const text = doc.text;
  if (kind === 'ordinal') {
    const word = match.split(/\s+/)[0].toLowerCase();
    const value = ORDINAL_VALUE.get(word) ?? (Number.parseInt(word, 10) || null);
    if (/^\d/.test(word) && isDatePart(text, start, end)) return null;
    return { start, end, text: match, kind, value, unit };
  }
  if (kind === 'count') return buildCount(doc, match, start, end, dateMask);
  const value = parseNumber(match);
  if (value === null) return null;
  return { start, end, text: match, kind, value, unit };
}

/** Counts need care: a bare number may be a year, a day of a date, an identifier or a word like "one". */
function buildCount(doc: Doc, match: string, start: number, end: number, dateMask: Uint8Array): Figure | null {
  const text = doc.text;
  const vague = /^(?:tens|hundreds|thousands|millions|billions|dozens|scores)\b/i.test(match);
  const after = text.slice(end, end + 40);
  const noun = /^\s+(?:[a-z][\p{L}-]*\s+)?([a-z][\p{L}-]*)/u.exec(after);
  const next = /^\s+([a-z][\p{L}-]*)/u.exec(after);
  if (vague) return { start, end, text: match, kind: 'count', value: null, unit: next && /^of$/.test(next[1]) ? (noun?.[1] ?? null) : null };
  const value = parseNumber(match);
  if (value === null) return null;
  const words = WORD_NUMBER_START.test(match);
  if (/^-\p{L}/u.test(after)) return null; // "three-way", "5-like"
  if (words) {
    // Numbers in words count only before a noun, and "one" is too often not a number ("one of", "one hand").
    if (/^(?:one|zero)$/i.test(match) || !next || !/s$/.test(next[1]) && !/s$/.test(noun?.[1] ?? '')) return null;
  }
  if (isDatePart(text, start, end) || isIdentifier(text, start) || isYear(match, next?.[1])) return null;
  if (dateMask[start] && dateMask[end - 1]) return null;
  // The span takes in the counted noun: "26 countries", "two red lines", "1,700 injured".
  // The counted noun is the next word, or the one after an adjective ("10 other people", "two red lines").
  const m = next && noun && ADJECTIVE.test(next[1]) && !FUNCTION_WORDS.test(noun[1]) ? noun : next;
  // A bare number before a capitalised word is part of a name: "60 Minutes", "Apollo 11 Crew".
  if (!next && /^\s+\p{Lu}/u.test(after)) return null;
  // "Donna Rawlings, 59, of Ashton": an age.
  if (!words && Number.isInteger(value) && value > 0 && value <= 120 && /\p{Lu}[\p{L}.’'-]*,\s*$/u.test(text.slice(Math.max(0, start - 30), start)) && /^,/.test(after)) {
    return { start, end, text: match, kind: 'age', value, unit: 'year' };
  }
  if (!m || FUNCTION_WORDS.test(m[1]) || (next && FUNCTION_WORDS.test(next[1]))) {
    return { start, end, text: match, kind: 'count', value, unit: null };
  }
  const nounEnd = end + m[0].length;
  return { start, end: nounEnd, text: text.slice(start, nounEnd), kind: 'count', value, unit: m[1] };
}

const ADJECTIVE = /^(?:other|new|more|red|old|young|big|small|major|minor|key|top|senior|former|young|local|civilian|foreign)$|(?:al|ic|ive|ous|ful|ish|ian|ese|ern|ary|ble)$/;

/** Words after a number that are not what it counts ("at 86 she", "26 of them"). */
const FUNCTION_WORDS = /^(?:and|or|to|of|in|on|at|by|for|from|with|is|was|are|were|has|had|have|will|would|percent|she|he|they|it|we|i|you|his|her|their|its|the|a|an|this|that|these|those|who|which|what|when|where|than|as|if|but|so|not|also|still|just|only|more|less|per|after|before|during|since|until|ago|later|earlier)$/;

/** "1949", "2014–2022": a four-digit year with no counted noun after it. */
function isYear(match: string, next: string | undefined): boolean {
  if (!/^\d{4}(?:\s*[-–]\s*\d{2,4})?$/.test(match)) return false;
  const year = Number(match.slice(0, 4));
  return year >= 1000 && year <= 2199 && !(next && /s$/.test(next) && !/^(?:was|has|is|as)$/.test(next));
}

/** The day or year of a date ("August 16, 2025", "16 Aug"), a clock time or a score ("3:1"). */
function isDatePart(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 12);
  const prevWord = /([\p{L}.]+)\s*,?\s*$/u.exec(before)?.[1] ?? '';
  const nextWord = /^\s*([\p{L}.]+)/u.exec(after)?.[1] ?? '';
  if (MONTHS.test(prevWord) && /\p{L}/u.test(prevWord)) return true;
  if (MONTHS.test(nextWord)) return true;
  if (/^[:/]\d/.test(after) || /\d[:/]$/.test(before)) return true;
  return false;
}

/** "Article 5", "Flight 17", "No. 3", "F-16", "#4": a number naming something. */
function isIdentifier(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  if (/[#№]\s*$/.test(before) || /\p{L}-$/u.test(before) || /\bno\.\s*$/i.test(before)) return true;
  const m = /(\p{Lu}[\p{L}.]*)\s+$/u.exec(before);
  // A capitalised word that is an ordinary word opening a sentence ("Some 26 countries") is not a name.
  return !!m && !OPENING_WORDS.has(m[1].toLowerCase());
}

const OPENING_WORDS = new Set(`some about nearly around only just over almost roughly another all the these those at by in
  on for with after before since until from to of under more than less fewer up and but or so yet as its their his her
  our about approximately exactly least most every each`.split(/\s+/));

/** Non-overlapping figures, the more specific pattern first, then the longer match. */
function choose(candidates: Candidate[], length: number): Figure[] {
  candidates.sort((a, b) => a.rank - b.rank || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(length + 1);
  const out: Figure[] = [];
  for (const c of candidates) {
    let free = true;
    for (let i = c.start; i < c.end; i++) if (taken[i]) { free = false; break; }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    // A run of digits too long for a double has no usable value (JSON cannot carry Infinity).
    const value = c.value !== null && Number.isFinite(c.value) ? c.value : null;
    out.push({ start: c.start, end: c.end, text: c.text, kind: c.kind, value, unit: c.unit });
  }
  return out.sort((a, b) => a.start - b.start);
}
