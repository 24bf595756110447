// Figures: money, percentages, counts, ages, durations, ordinals and quantities (issue #6, #16), each with
// its value as a number where one is meant ("$100 billion" → 100000000000 USD, "tens of thousands" →
// null), a unit (ISO currency code, "%", "year", "km", or the counted noun), the qualifier the text
// puts on it ("more than 300,000"), the two ends of a range ("5-8 years") and what a rate is per
// ("20 cents a share"). Nothing from page furniture, markup or web addresses.
// Not figures: years and day numbers of dates ("in 2014", "August 16"), identifiers ("Article 5",
// "F-16", "section 5"), clock times, telephone numbers, contest results ("4-0"); see exclusions.ts.
import type { Component } from '../component';
import type { Doc, Token } from '../doc';
import type { Figure } from '../types';
import { isAgeAfterPerson, isAgeAtEvent } from './ages';
import { NOMINAL_ADJECTIVES, countedCompound, countedNoun, isBareWordCount } from './counted';
import { currencyContext } from './currencies';
import { isClockTime, isContestResult, isDigitRunCode, isNamedByWordBefore, isPhoneLike, isReferenceMarker, markupMask, touchesMask } from './exclusions';
import { parseNumber } from './numbers';
import { ANCHOR_SIGNS, ANCHOR_WORDS, ORDINAL_VALUE, PATTERNS, SIGN_WORDS, SIGN_Y, type FigureContext, type Lead, type Pattern } from './patterns';
import { qualifierOf } from './qualifiers';
import { isChangeFromTo, rangeParts } from './ranges';

interface Candidate extends Figure {
  rank: number;
  /** "20 cents": the currency is that of the money before it. */
  cents?: boolean;
}

const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
const WORD_NUMBER_START = /^[a-z]/i;
// What a price is counted per: "20 cents a share", "$15 an hour", "$80 per barrel".
const PER = /^\s+(?:a|an|per)\s+(share|hour|day|week|month|year|night|barrel|gallon|lit(?:re|er)|person|head|ton(?:ne)?|kilo(?:gram)?|kg|pound|ounce|unit|dose|ticket|mile|kilomet(?:re|er)|square (?:foot|met(?:re|er))|kilowatt-hour|megawatt-hour|kWh|MWh)(?![\p{L}])/iu;

export const figures: Component = {
  name: 'figures',
  run(doc: Doc) {
    const candidates: Candidate[] = [];
    const ctx: FigureContext = { currency: currencyContext(doc.text) };
    const markup = markupMask(doc.text);
    // Spans that are no figure as a whole ("4 to 1" of a vote): none of their numbers is a count either.
    const vetoed = new Uint8Array(doc.text.length + 1);
    // Bare numbers inside a date the dates stage found are its day or year.
    const dateMask = new Uint8Array(doc.text.length + 1);
    for (const d of doc.dates) dateMask.fill(1, d.start, d.end);
    for (const block of doc.blocks) {
      if (block.kind === 'front-matter' || block.kind === 'boilerplate') continue;
      const text = doc.text.slice(block.start, block.end);
      for (const t of doc.tokensIn(block)) {
        const leads = leadsOf(t, doc.text);
        if (!leads.length) continue;
        const at = t.start - block.start;
        if (!leftBoundary(text, at)) continue;
        PATTERNS.forEach((p, rank) => {
          if (!leads.includes(p.lead)) return;
          const e = p.match(text, at, ctx);
          if (e <= at) return;
          const m = text.slice(at, e);
          for (const f of build(doc, p, m, t.start, ctx, dateMask, markup, vetoed)) candidates.push({ ...f, rank });
        });
      }
    }
    doc.figures = choose(candidates.filter((c) => c.kind !== 'count' || !touchesMask(vetoed, c.start, c.end)), doc.text.length);
  },
};

/**
 * A figure does not begin inside a word or a number ("A320", "1,700" at "700", "3.5" at "5"), nor at the
 * second number of a dash pair ("4-0" at "0": the pair is read from its first number).
 */
function leftBoundary(text: string, at: number): boolean {
  if (at === 0) return true;
  if (/[\p{L}\p{N}$€£¥₽₴₹₦.,]/u.test(text[at - 1])) return false;
  return !/\d\s?[-–]\s?$/.test(text.slice(Math.max(0, at - 4), at));
}

/** What a figure beginning at this token may begin with; empty when none can. */
function leadsOf(t: Token, text: string): Lead[] {
  if (t.kind === 'number') return ['num'];
  if (t.kind === 'symbol' || t.kind === 'punct') {
    // "$" after a letter is part of a sign read from its letters ("HK$", "US$").
    const c = text[t.start - 1] ?? '';
    return ANCHOR_SIGNS.has(t.text) && !/\p{Lu}/u.test(c) ? ['sign'] : [];
  }
  if (t.kind !== 'word') return [];
  const leads: Lead[] = [];
  if (SIGN_WORDS.has(t.text) && /^(?:\.?\s?\d|[$£¥₵¢])/.test(text.slice(t.end, t.end + 3))) leads.push('sign');
  const lower = t.text.toLowerCase();
  const dash = lower.indexOf('-');
  const lead = ANCHOR_WORDS.get(dash > 0 ? lower.slice(0, dash) : lower);
  if (lead) leads.push(lead);
  return leads;
}

function build(doc: Doc, p: Pattern, match: string, start: number, ctx: FigureContext, dateMask: Uint8Array, markup: Uint8Array, vetoed: Uint8Array): Candidate[] {
  const text = doc.text;
  const end = start + match.length;
  const kind = p.kind;
  if (touchesMask(markup, start, end) || isReferenceMarker(text, start, end)) return [];
  if (/^\d/.test(match)) {
    if (isPhoneLike(text, start, end)) return [];
    if (kind !== 'money' && kind !== 'percent' && kind !== 'age' && (isClockTime(text, start, end) || isNamedByWordBefore(text, start))) return [];
  }
  let figure: Figure | null;
  if (kind === 'ordinal') {
    const word = match.split(/\s+/)[0].toLowerCase();
    const value = ORDINAL_VALUE.get(word) ?? (Number.parseInt(word, 10) || null);
    if (/^\d/.test(word) && isDatePart(text, start, end)) return [];
    return [{ start, end, text: match, kind, value, unit: p.unit(match, ctx), qualifier: null, low: null, high: null, per: null, rank: 0 }];
  }
  if (kind === 'count') figure = buildCount(doc, match, start, end, dateMask);
  else {
    const value = p.value ? p.value(match) : parseNumber(match);
    figure = value === null ? null : { start, end, text: match, kind, value, unit: p.unit(match, ctx) };
  }
  if (!figure) return [];
  const out: Candidate = { ...figure, qualifier: null, low: null, high: null, per: null, rank: 0, cents: !!p.value && figure.unit === null };
  if (out.value !== null && out.kind !== 'age' && isDigitRunCode(match)) return [];
  const parts = out.value !== null ? rangeParts(match, p.lead === 'sign' ? SIGN_Y : null) : null;
  if (parts) {
    const low = p.value ? hundredth(parts.low) : parts.low;
    const high = p.value ? hundredth(parts.high) : parts.high;
    if (isChangeFromTo(text, start, parts)) {
      // "rose from 5 to 7 percent": two figures of one kind and unit, 5 and 7.
      const first = { ...out, end: start + parts.lowEnd, text: match.slice(0, parts.lowEnd), value: low };
      const second = { ...out, start: start + parts.highSignStart, text: match.slice(parts.highSignStart), value: high };
      return [first, second];
    }
    // "by 2030 to 32 percent": a range goes up; each number is then read on its own.
    if (out.kind !== 'count' && parts.low >= parts.high) return [];
    if (out.kind === 'count' && isContestResult(text, start, parts.low, parts.high)) {
      vetoed.fill(1, start, end);
      return [];
    }
    Object.assign(out, { value: low, low, high });
  }
  if (!(parts && /^between/i.test(match))) out.qualifier = qualifierOf(text, start, end, out.kind);
  if (out.kind === 'money') out.per = PER.exec(text.slice(out.end, out.end + 40))?.[1].toLowerCase() ?? null;
  return [out];
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
  const counted = countedNoun(text.slice(end, end + 80));
  // "39K shanties", "200K homeless": thousands as a headline writes them, only before what they count.
  if (/k$/i.test(match) && !counted && !NOMINAL_ADJECTIVES.test(next?.[1] ?? '')) return null;
  // "Under 23 Men's teams", "the Over 50 League": an age group's name.
  if (/(?:^|[^\p{L}])(?:Under|Over)[\s-]?$/u.test(text.slice(Math.max(0, start - 7), start)) && /^\s*\p{Lu}/u.test(after)) return null;
  if (/^-\p{L}/u.test(after) && !/^-(?:plus|odd)(?![\p{L}])/u.test(after)) {
    // "3,000-strong", "an 18-nation bloc": a count; "three-way", "5-like": none.
    const compound = countedCompound(after);
    if (!compound || /^(?:one|zero)$/i.test(match) || isIdentifier(text, start) || isDatePart(text, start, end)) return null;
    const compoundEnd = end + compound.length;
    return { start, end: compoundEnd, text: text.slice(start, compoundEnd), kind: 'count', value, unit: compound.noun };
  }
  if (isAgeAtEvent(text, start, end, value)) return { start, end, text: match, kind: 'age', value, unit: 'year' };
  if (words) {
    // Numbers in words count before a plural noun or where the words around make them a count (counted.ts);
    // "one" is too often not a number ("one of", "one hand").
    if (/^(?:one|zero)$/i.test(match) || (!counted && !isBareWordCount(text, start, end))) return null;
  }
  if (isDatePart(text, start, end) || isIdentifier(text, start) || isYear(match, next?.[1])) return null;
  if (dateMask[start] && dateMask[end - 1]) return null;
  if (counted && !(!words && isAgeAfterPerson(text, start, end, value))) {
    // "10 French soldiers", "four Turkish army officers": the span runs to the head noun, the noun is the unit.
    const nounEnd = end + counted.length;
    return { start, end: nounEnd, text: text.slice(start, nounEnd), kind: 'count', value, unit: counted.noun };
  }
  if (words) return { start, end, text: match, kind: 'count', value, unit: null };
  // The span takes in the counted noun: "26 countries", "two red lines", "1,700 injured".
  // The counted noun is the next word, or the one after an adjective ("10 other people", "two red lines").
  const m = next && noun && ADJECTIVE.test(next[1]) && !FUNCTION_WORDS.test(noun[1]) ? noun : next;
  // A bare number before a capitalised word is part of a name: "60 Minutes", "Apollo 11 Crew".
  if (!next && /^\s+\p{Lu}/u.test(after)) return null;
  if (!words && isAgeAfterPerson(text, start, end, value)) return { start, end, text: match, kind: 'age', value, unit: 'year' };
  // A bare number in brackets that is no age is a list or reference marker: "(2)", "(17)".
  if (text[start - 1] === '(' && text[end] === ')') return null;
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
  // The run starts only where a word starts (lookbehind), and one optional comma splits the spaces:
  // '\s*,?\s*' split a run of spaces two ways at every point.
  const prevWord = /(?<![\p{L}.])([\p{L}.]+)\s*(?:,\s*)?$/u.exec(before)?.[1] ?? '';
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
  // A product written with an inner capital ("iPhone 15", "eVTOL 2") is a name too.
  if (/(?:^|\s)\p{Ll}+\p{Lu}[\p{L}]*\s+$/u.test(before)) return true;
  // The last word from its first capital on. Found as the whole word, then its capital: a pattern that
  // started at every capital of a run of capitals backtracked quadratically.
  const lastWord = /(?<![\p{L}.])[\p{L}.]+(?=\s+$)/u.exec(before)?.[0] ?? '';
  const capital = lastWord.search(/\p{Lu}/u);
  // A capitalised word that is an ordinary word opening a sentence ("Some 26 countries") is not a name.
  return capital >= 0 && !OPENING_WORDS.has(lastWord.slice(capital).toLowerCase());
}

const OPENING_WORDS = new Set(`some about nearly around only just over almost roughly another all the these those at by in
  on for with after before since until from to of under more than less fewer up and but or so yet as its their his her
  our about approximately exactly least most every each a an`.split(/\s+/));

/** Non-overlapping figures, the more specific pattern first, then the longer match. */
function choose(candidates: Candidate[], length: number): Figure[] {
  candidates.sort((a, b) => a.rank - b.rank || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(length + 1);
  const out: Candidate[] = [];
  for (const c of candidates) {
    let free = true;
    for (let i = c.start; i < c.end; i++) if (taken[i]) { free = false; break; }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    out.push(c);
  }
  out.sort((a, b) => a.start - b.start);
  return out.map((c, i) => ({
    start: c.start, end: c.end, text: c.text, kind: c.kind, value: finite(c.value),
    unit: c.cents ? centsCurrency(out, i) : c.unit, qualifier: c.qualifier ?? null, low: finite(c.low ?? null), high: finite(c.high ?? null), per: c.per ?? null,
  }));
}

/** A hundredth, without the binary noise of a plain division (17.3 pence is 0.173, not 0.17300000000000001). */
export function hundredth(v: number): number {
  return Number((v / 100).toPrecision(12));
}

/** A run of digits too long for a double has no usable value (JSON cannot carry Infinity). */
function finite(v: number | null): number | null {
  return v !== null && Number.isFinite(v) ? v : null;
}

/** "$33 million, or 35 cents a share": cents are of the currency of the money just before them, else US dollars. */
function centsCurrency(sorted: Candidate[], i: number): string {
  for (let k = i - 1; k >= 0 && sorted[i].start - sorted[k].end < 300; k--) {
    if (sorted[k].kind === 'money' && !sorted[k].cents && sorted[k].unit) return sorted[k].unit!;
  }
  return 'USD';
}
