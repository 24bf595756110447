// Figures: money, percentages, counts, ages, durations, ordinals and quantities (issue #6), each with its
// value as a number where one is meant ("$100 billion" → 100000000000 USD, "tens of thousands" → null)
// and a unit (currency code, "%", "year", "km", or the counted noun). Nothing from page furniture.
// Not figures: years and day numbers of dates ("in 2014", "August 16"), identifiers ("Article 5",
// "F-16"), clock times. A range is one figure valued at its low bound.
import type { Component } from '../component';
import type { Doc } from '../doc';
import type { Figure } from '../types';
import { parseNumber } from './numbers';
import { ORDINAL_VALUE, PATTERNS } from './patterns';

interface Candidate extends Figure {
  rank: number;
}

const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
const WORD_NUMBER_START = /^[a-z]/i;

export const figures: Component = {
  name: 'figures',
  run(doc: Doc) {
    const candidates: Candidate[] = [];
    for (const block of doc.blocks) {
      if (block.kind === 'front-matter' || block.kind === 'boilerplate') continue;
      const text = doc.text.slice(block.start, block.end);
      PATTERNS.forEach((p, rank) => {
        p.re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = p.re.exec(text))) {
          if (m[0].length === 0) {
            p.re.lastIndex++;
            continue;
          }
          const start = block.start + m.index;
          const end = start + m[0].length;
          const figure = build(doc, p.kind, m[0], start, end, p.unit(m[0]));
          if (figure && !doc.inBoilerplate(figure)) candidates.push({ ...figure, rank });
        }
      });
    }
    doc.figures = choose(candidates, doc.text.length);
  },
};

function build(doc: Doc, kind: Figure['kind'], match: string, start: number, end: number, unit: string | null): Figure | null {
  const text = doc.text;
  if (kind === 'ordinal') {
    const word = match.split(/\s+/)[0].toLowerCase();
    const value = ORDINAL_VALUE.get(word) ?? (Number.parseInt(word, 10) || null);
    if (/^\d/.test(word) && isDatePart(text, start, end)) return null;
    return { start, end, text: match, kind, value, unit };
  }
  if (kind === 'count') return buildCount(doc, match, start, end);
  const value = parseNumber(match);
  if (value === null) return null;
  return { start, end, text: match, kind, value, unit };
}

/** Counts need care: a bare number may be a year, a day of a date, an identifier or a word like "one". */
function buildCount(doc: Doc, match: string, start: number, end: number): Figure | null {
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
  if (doc.dates.some((d) => d.start <= start && end <= d.end)) return null;
  // The span takes in the counted noun: "26 countries", "two red lines", "1,700 injured".
  const m = next && (/s$/.test(next[1]) || !noun) ? next : noun;
  if (!m || /^(?:and|or|to|of|in|on|at|by|for|from|with|is|was|are|were|has|had|have|will|would|percent)$/.test(m[1])) {
    return { start, end, text: match, kind: 'count', value, unit: null };
  }
  const nounEnd = end + m[0].length;
  return { start, end: nounEnd, text: text.slice(start, nounEnd), kind: 'count', value, unit: m[1] };
}

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
