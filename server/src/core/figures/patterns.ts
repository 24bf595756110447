// The shapes of figures, most specific first: money, percentages, ages, durations, quantities with
// units, ordinals, vague counts ("tens of thousands") and counts. Each pattern gives a kind, and the
// unit from what it matched. Ranges ("between 10 and 15 percent", "$10-15 billion") are one match;
// ranges.ts splits them into low and high, qualifiers.ts reads the words around, exclusions.ts says
// which numbers are never figures.
import type { FigureKind } from '../types';
import { CURRENCY_CODES, CURRENCY_SIGNS, LOCAL_SHORTHANDS, MONEY_WORD_SOURCE, SINGLE_LETTER_SHORTHANDS, SUBUNIT_SOURCE, currencyOf, shorthandIsMoney, subunitCurrency, type CurrencyContext } from './currencies';
import { NUMBER_WORDS, parseNumber, scanNumber, scanRange } from './numbers';

/** What a figure begins with: a number (digits or words, "between"), a currency, an ordinal word, a vague count, "aged". */
export type Lead = 'num' | 'sign' | 'ord' | 'vague' | 'aged';

export interface Pattern {
  kind: FigureKind;
  lead: Lead;
  /** End of the figure beginning at `at` in `text`, or -1. */
  match(text: string, at: number, ctx: FigureContext): number;
  /** The unit, from the whole match. */
  unit(match: string, ctx: FigureContext): string | null;
  /** The value when it is not the number written ("20 cents": 0.2). */
  value?(match: string): number | null;
}

export interface FigureContext {
  currency: CurrencyContext;
}

const escape = (s: string) => s.replace(/[$.]/g, (c) => `\\${c}`);
const SYMBOL_SIGNS = CURRENCY_SIGNS.map(([s]) => escape(s)).join('|');
const SHORTHANDS = LOCAL_SHORTHANDS.filter(([s]) => !SINGLE_LETTER_SHORTHANDS.has(s)).map(([s]) => escape(s)).join('|');
const CODES = [...CURRENCY_CODES, 'RMB'].join('|');
// Case-sensitive: "USD" is a code, "usd" nothing; "N295" and "R5m" are shorthands only against the digits.
export const SIGN_Y = new RegExp(`(?:(?:${SYMBOL_SIGNS})\\s?|(?:${[...SINGLE_LETTER_SHORTHANDS].join('|')})(?=\\d)|(?:${SHORTHANDS})\\s?(?=\\d)|(?:${CODES})(?![\\p{L}])\\s?)`, 'uy');
const MONEY_WORD = MONEY_WORD_SOURCE;
// An ISO code after the number, upper case only ("5 million USD", "300bn NGN").
const CODE_SUFFIX = new RegExp(`(?:\\s?(?:bn|mn|mln|tn|m|k|b)(?![\\p{L}\\d]))?\\s+(?:${CODES})(?![\\p{L}\\p{N}])`, 'uy');

const TIME_UNITS = '(?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins|seconds?|decades?|centur(?:y|ies))';

const QUANTITY_UNITS: Array<[string, string]> = [
  ['square\\s+(?:kilomet(?:re|er)s?|km)', 'km²'], ['square\\s+miles?', 'mi²'], ['square\\s+(?:met(?:re|er)s?)', 'm²'],
  ['sq\\.?\\s?km', 'km²'], ['kilomet(?:re|er)s?', 'km'], ['km/h', 'km/h'], ['km', 'km'], ['miles?', 'mi'], ['mph', 'mph'],
  ['met(?:re|er)s?', 'm'], ['cm', 'cm'], ['mm', 'mm'], ['feet|foot|ft', 'ft'], ['inch(?:es)?', 'in'],
  ['kilograms?|kg', 'kg'], ['grams?', 'g'], ['tonnes?|tons?|metric\\s+tons?', 't'], ['barrels?(?:\\s+(?:a|per)\\s+day)?|bpd', 'barrel'],
  ['lit(?:re|er)s?', 'l'], ['gallons?', 'gal'], ['acres?', 'acre'], ['hectares?', 'ha'],
  ['megawatts?|MW', 'MW'], ['gigawatts?|GW', 'GW'], ['kilowatts?|kW', 'kW'], ['degrees?(?:\\s+(?:celsius|fahrenheit))?|°[CF]?', '°'],
  ['pounds?|lbs?', 'lb'], ['calories', 'kcal'], ['cubic\\s+met(?:re|er)s?|bcm', 'm³'],
  // Data rates and sizes: "2.5 million megabits per second", "100 Mbps", "4 gigabytes".
  ['megabits?\\s+per\\s+second|Mbps|Mbit/s', 'megabit per second'], ['gigabits?\\s+per\\s+second|Gbps|Gbit/s', 'gigabit per second'],
  ['kilobits?\\s+per\\s+second|kbps', 'kilobit per second'], ['terabits?\\s+per\\s+second|Tbps', 'terabit per second'],
  // Sizes only in words: "TB" is also tuberculosis and "GB" Great Britain.
  ['megabytes?', 'MB'], ['gigabytes?', 'GB'], ['terabytes?', 'TB'],
  // Points of a market index, written with decimals: "fell 76.51 points" (a whole "25 points" may be a score).
  ['(?<=\\d[.,]\\d{1,6}\\s?)points?', 'point'],
];
const QUANTITY_UNIT = `(?:${QUANTITY_UNITS.map(([u]) => u).join('|')})`;
const QUANTITY_RES = QUANTITY_UNITS.map(([u, unit]) => [new RegExp(`(?:^|[\\s\\d-])(?:${u})$`, 'i'), unit] as const);

const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
  'thirtieth', 'fortieth', 'fiftieth', 'hundredth',
];
export const ORDINAL_VALUE = new Map(ORDINAL_WORDS.map((w, i) => [w, i < 20 ? i + 1 : [30, 40, 50, 100][i - 20]]));
const ORDINAL_NOUNS = '(?:years?|days?|weeks?|months?|quarters?|rounds?|terms?|anniversary|century|decade|consecutive|straight|place|half|season|leg|phase|stage|wave|attempt|edition|session|generation|floor|grade|tranche|package)';

const y = (source: string) => new RegExp(source, 'iuy');
const END = /[\p{L}\p{N}]/u;
const ends = (text: string, e: number) => (e >= 0 && !END.test(text[e] ?? '') ? e : -1);
const after = (re: RegExp, text: string, e: number) => {
  if (e < 0) return -1;
  re.lastIndex = e;
  return re.test(text) ? re.lastIndex : -1;
};

const MONEY_SUFFIX = y(`(?:\\s?(?:bn|mn|mln|tn|m|k|b)(?![\\p{L}\\d]))?\\s+${MONEY_WORD}(?![\\p{L}\\p{N}])`);
const PERCENT_SUFFIX = y('\\s?(?:%|percent(?![\\p{L}])|per\\s+cent(?![\\p{L}])|percentage\\s+points?(?![\\p{L}]))');
const SUBUNIT_SUFFIX = y(`\\s+(?:(?:Canadian|Australian|U\\.S\\.|US|American|euro|New Zealand|Hong Kong|Singapore)\\s+)?${SUBUNIT_SOURCE}(?![\\p{L}\\p{N}])`);
const AGE_SUFFIX = y('(?:[-\\s](?:years?|months?|weeks?|days?)[-\\s]old|\\s+years?\\s+of\\s+age)(?![\\p{L}\\p{N}])');
// "aged 45", "age 45", "ages 30 to 39", "at the age of 45", "aged between 30 and 39".
const AGED = y('(?:aged|ages?)\\s+(?:of\\s+)?');
// Case-sensitive unit: "60 Minutes" (a title) is not a duration. "two more weeks", "eight trading days".
const DURATION_SUFFIX = new RegExp(`[-\\s](?:(?:more|additional|full|straight|consecutive|trading|working|business|calendar|long)\\s+)?${TIME_UNITS}(?![\\p{L}\\p{N}])`, 'uy');
const QUANTITY_SUFFIX = y(`(?:\\s?|-)${QUANTITY_UNIT}(?![\\p{L}\\p{N}²³])`);
const ORDINAL_NUMERIC = y(`\\d+(?:st|nd|rd|th)(?![\\p{L}\\p{N}])(?:\\s+${ORDINAL_NOUNS}(?![\\p{L}\\p{N}]))?`);
const ORDINAL_WORD = y(`(?:${ORDINAL_WORDS.join('|')})\\s+${ORDINAL_NOUNS}(?![\\p{L}\\p{N}])`);
const THOUSANDS_K = /[Kk](?![\p{L}\p{N}])/uy;
// "half an hour", "almost a year", "as long as a week": one unit of time written with "a".
const A_DURATION = y('(?:half\\s+)?an?\\s+(?:year|month|week|day|hour|minute|decade|century)(?![\\p{L}\\p{N}])');
const A_DURATION_QUALIFIER = /(?:^|[^\p{L}])(?:nearly|almost|about|around|roughly|approximately|more\s+than|less\s+than|over|under|up\s+to|as\s+(?:long|much|little)\s+as|at\s+least|at\s+most|barely|just|only)\s+$/iu;
const VAGUE = y('(?:tens|hundreds|thousands|millions|billions|dozens|scores)(?:\\s+of\\s+(?:thousands|millions|billions))?(?![\\p{L}\\p{N}])');

/** Words where a figure can begin, with what they lead. */
export const ANCHOR_WORDS = new Map<string, Lead>([
  ...NUMBER_WORDS.split('|').map((w) => [w, 'num'] as [string, Lead]),
  ['between', 'num'], ['a', 'num'],
  ...ORDINAL_WORDS.map((w) => [w, 'ord'] as [string, Lead]),
  ...['tens', 'hundreds', 'thousands', 'millions', 'billions', 'dozens', 'scores'].map((w) => [w, 'vague'] as [string, Lead]),
  ['aged', 'aged'], ['age', 'aged'], ['ages', 'aged'], ['half', 'num'],
]);
/** Currency symbols that open a money figure (the last character of a sign: "$" of "HK$"). */
export const ANCHOR_SIGNS = new Set(CURRENCY_SIGNS.map(([s]) => s.slice(-1)));
/** Words that open a money figure, case-sensitive: a code, a letter prefix of a sign ("HK" of "HK$"), a shorthand. */
export const SIGN_WORDS = new Set([
  ...CURRENCY_CODES, 'RMB', ...LOCAL_SHORTHANDS.map(([s]) => s.replace(/\.$/, '')),
  ...CURRENCY_SIGNS.map(([s]) => /^\p{L}+/u.exec(s)?.[0]).filter((w): w is string => !!w),
]);

export const PATTERNS: readonly Pattern[] = [
  { kind: 'money', lead: 'sign', match: signMoney, unit: (m, ctx) => currencyOf(m, ctx.currency) },
  { kind: 'money', lead: 'num', match: (t, at) => after(MONEY_SUFFIX, t, scanRange(t, at)), unit: (m, ctx) => currencyOf(m, ctx.currency) },
  { kind: 'money', lead: 'num', match: (t, at) => after(CODE_SUFFIX, t, scanRange(t, at)), unit: (m, ctx) => currencyOf(m, ctx.currency) },
  // "20 cents a share", "16 pence": a hundredth of the currency (cents take theirs from the money before them).
  { kind: 'money', lead: 'num', match: (t, at) => after(SUBUNIT_SUFFIX, t, scanRange(t, at)), unit: (m) => subunitCurrency(m), value: (m) => centsValue(m) },
  { kind: 'percent', lead: 'num', match: (t, at) => after(PERCENT_SUFFIX, t, scanRange(t, at)), unit: (m) => (/point/i.test(m) ? 'percentage point' : '%') },
  { kind: 'age', lead: 'num', match: (t, at) => after(AGE_SUFFIX, t, scanNumber(t, at)), unit: (m) => /(month|week|day)/i.exec(m)?.[1].toLowerCase() ?? 'year' },
  { kind: 'age', lead: 'aged', match: agedMatch, unit: () => 'year' },
  { kind: 'duration', lead: 'num', match: (t, at) => (isIdiom(t, at) ? -1 : after(DURATION_SUFFIX, t, scanRange(t, at))), unit: (m) => timeUnit(m) },
  { kind: 'quantity', lead: 'num', match: (t, at) => after(QUANTITY_SUFFIX, t, scanRange(t, at)), unit: quantityUnit },
  // "the 13th Amendment", "23rd Street" are names, not ordinals of the article.
  { kind: 'ordinal', lead: 'num', match: (t, at) => { const e = after(ORDINAL_NUMERIC, t, at); return e >= 0 && /^\s+\p{Lu}/u.test(t.slice(e, e + 3)) ? -1 : e; }, unit: ordinalUnit },
  { kind: 'ordinal', lead: 'ord', match: (t, at) => after(ORDINAL_WORD, t, at), unit: ordinalUnit },
  { kind: 'duration', lead: 'num', match: aDuration, unit: (m) => timeUnit(m), value: (m) => (/^half/i.test(m) ? 0.5 : 1) },
  { kind: 'count', lead: 'vague', match: (t, at) => after(VAGUE, t, at), unit: () => null },
  // "39K shanties": thousands written K (counts.ts keeps it only before what it counts).
  { kind: 'count', lead: 'num', match: (t, at) => (/\d/.test(t[at]) ? after(THOUSANDS_K, t, scanNumber(t, at)) : -1), unit: () => null },
  { kind: 'count', lead: 'num', match: (t, at) => ends(t, scanRange(t, at)), unit: () => null },
];

/**
 * A money figure after a sign, a code or a shorthand. A letter shorthand ("N", "R", "Sh") is money only
 * where the article fixes its currency, and not before a short bare number or a product or road word
 * ("N95 masks", "the R40 road").
 */
function signMoney(text: string, at: number, ctx: FigureContext): number {
  const from = after(SIGN_Y, text, at);
  const e = ends(text, scanRange(text, from, true, SIGN_Y));
  if (e < 0) return -1;
  const head = text.slice(at, from).trim();
  if (!LOCAL_SHORTHANDS.some(([s]) => s.replace(/\.$/, '') === head.replace(/\.$/, ''))) return e;
  if (!shorthandIsMoney(head, ctx.currency)) return -1;
  const num = text.slice(from, e);
  if (!/[a-z]|,\d{3}|\d{3}/i.test(num)) return -1;
  if (/^\s*(?:masks?|respirators?|roads?|highway|motorway|freeway|route|series|engine|model)(?![\p{L}])/iu.test(text.slice(e, e + 14))) return -1;
  return e;
}

/** "half an hour" anywhere; "a year" only after a qualifier ("almost a year"), since "a year" alone is a date or a rate. */
function aDuration(text: string, at: number): number {
  const e = after(A_DURATION, text, at);
  // "about a month ago", "almost a year later": a date counted back or on, not a length of time.
  if (e < 0 || /^\s+(?:ago|earlier|later|before|after|since|from\s+now)(?![\p{L}])/iu.test(text.slice(e, e + 12))) return -1;
  return /^half/i.test(text.slice(at, at + 4)) || A_DURATION_QUALIFIER.test(text.slice(Math.max(0, at - 24), at)) ? e : -1;
}

/** "aged 45", "aged forty", "age 45", "ages 30 to 39": after "age" and "ages" only digits ("the age one might"). */
function agedMatch(text: string, at: number): number {
  const from = after(AGED, text, at);
  if (from < 0 || (!/^aged/i.test(text.slice(at, at + 4)) && !/\d/.test(text[from] ?? ''))) return -1;
  const e = ends(text, scanRange(text, from));
  // "between the ages of 17 and 20": the "and" of a "between" said before "ages".
  if (e >= 0 && /between\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, at - 14), at))) {
    const and = after(AND_Y, text, e);
    const e2 = and >= 0 ? ends(text, scanNumber(text, and)) : -1;
    if (e2 >= 0) return e2;
  }
  return e;
}
const AND_Y = /\s+and\s+/iy;

function centsValue(m: string): number | null {
  const v = parseNumber(m);
  return v === null ? null : Number((v / 100).toPrecision(12));
}

/** "will one day be": "one day" meaning "some time" is not a duration unless a preposition measures it. */
function isIdiom(text: string, at: number): boolean {
  if (!/^one\s+day(?![\p{L}])/iu.test(text.slice(at, at + 8))) return false;
  return !/(?:for|in|within|after|only|just|than|every|each|over|about|nearly|almost|least|per|than|by)\s+$/i.test(text.slice(Math.max(0, at - 12), at));
}

function timeUnit(m: string): string {
  // The unit is in the last word: found whole first (a search for a unit at every letter of a long run
  // read the rest of the run each time), then the first unit in it ('minutes' gives minute).
  const lastWord = /(?<![a-z])[a-z]+$/i.exec(m)?.[0] ?? '';
  const u = /(year|month|week|day|hour|hr|minute|min|second|decade|centur)/i.exec(lastWord);
  const unit = u ? u[1].toLowerCase() : 'year';
  return ({ centur: 'century', hr: 'hour', min: 'minute' } as Record<string, string>)[unit] ?? unit;
}

function quantityUnit(m: string): string | null {
  const t = m.trim();
  for (const [r, unit] of QUANTITY_RES) if (r.test(t)) return unit;
  return null;
}

function ordinalUnit(m: string): string | null {
  const u = /(?<!\s)\s+([a-z]+)$/i.exec(m);
  return u ? u[1].toLowerCase().replace(/s$/, '') : null;
}
