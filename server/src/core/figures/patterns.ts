// The shapes of figures, most specific first: money, percentages, ages, durations, quantities with
// units, ordinals, vague counts ("tens of thousands") and counts. Each pattern gives a kind, and the
// unit from what it matched. Ranges ("between 10 and 15 percent", "$10-15 billion") are one figure whose
// value is the low bound.
import type { FigureKind } from '../types';
import { NUMBER_WORDS, scanNumber, scanRange } from './numbers';

/** What a figure begins with: a number (digits or words, "between"), a currency, an ordinal word, a vague count, "aged". */
export type Lead = 'num' | 'sign' | 'ord' | 'vague' | 'aged';

export interface Pattern {
  kind: FigureKind;
  lead: Lead;
  /** End of the figure beginning at `at` in `text`, or -1. */
  match(text: string, at: number): number;
  /** The unit, from the whole match. */
  unit(match: string): string | null;
}

const CURRENCY_SIGNS: Array<[string, string]> = [
  ['US$', 'USD'], ['A$', 'AUD'], ['C$', 'CAD'], ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'],
  ['₽', 'RUB'], ['₴', 'UAH'], ['₹', 'INR'],
];
const CODES = ['USD', 'EUR', 'GBP', 'RUB', 'UAH', 'JPY', 'CNY', 'CHF', 'CAD', 'AUD', 'INR'];
const CURRENCY_WORDS: Array<[RegExp, string]> = [
  [/dollars?/i, 'USD'], [/euros?/i, 'EUR'], [/pounds?/i, 'GBP'], [/r[o]?ubles?/i, 'RUB'], [/hryvnias?/i, 'UAH'],
  [/yen/i, 'JPY'], [/yuan/i, 'CNY'], [/francs?/i, 'CHF'], [/rupees?/i, 'INR'],
];

const escape = (s: string) => s.replace(/[$.]/g, (c) => `\\${c}`);
const SIGN_Y = new RegExp(`(?:${CURRENCY_SIGNS.map(([s]) => escape(s)).join('|')}|(?:${CODES.join('|')})(?![\\p{L}]))\\s?`, 'uy');
// Bare "pounds" is a weight ("weighs 150 pounds"); money only as "pounds sterling" or after a scale word.
const MONEY_WORD = '(?:dollars?|euros?|pounds?\\s+sterling|(?<=(?:illion|thousand)\\s+)pounds|r[o]?ubles?|hryvnias?|yen|yuan|francs?|rupees?)';

function currencyOf(match: string): string | null {
  for (const [sign, code] of CURRENCY_SIGNS) if (match.includes(sign)) return code;
  for (const code of CODES) if (match.includes(code)) return code;
  for (const [re, code] of CURRENCY_WORDS) if (re.test(match)) return code;
  return null;
}

const TIME_UNITS = '(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies))';

const QUANTITY_UNITS: Array<[string, string]> = [
  ['square\\s+(?:kilomet(?:re|er)s?|km)', 'km²'], ['square\\s+miles?', 'mi²'], ['square\\s+(?:met(?:re|er)s?)', 'm²'],
  ['sq\\.?\\s?km', 'km²'], ['kilomet(?:re|er)s?', 'km'], ['km/h', 'km/h'], ['km', 'km'], ['miles?', 'mi'], ['mph', 'mph'],
  ['met(?:re|er)s?', 'm'], ['cm', 'cm'], ['mm', 'mm'], ['feet|foot|ft', 'ft'], ['inch(?:es)?', 'in'],
  ['kilograms?|kg', 'kg'], ['grams?', 'g'], ['tonnes?|tons?|metric\\s+tons?', 't'], ['barrels?(?:\\s+(?:a|per)\\s+day)?|bpd', 'barrel'],
  ['lit(?:re|er)s?', 'l'], ['gallons?', 'gal'], ['acres?', 'acre'], ['hectares?', 'ha'],
  ['megawatts?|MW', 'MW'], ['gigawatts?|GW', 'GW'], ['kilowatts?|kW', 'kW'], ['degrees?(?:\\s+(?:celsius|fahrenheit))?|°[CF]?', '°'],
  ['pounds?|lbs?', 'lb'], ['calories', 'kcal'], ['cubic\\s+met(?:re|er)s?|bcm', 'm³'],
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

const MONEY_SUFFIX = y(`(?:\\s?(?:bn|mn|mln|tn|m|k|b)(?![\\p{L}\\d]))?\\s+(?:(?:US|U\\.S\\.|Canadian|Australian)\\s+)?${MONEY_WORD}(?![\\p{L}\\p{N}])`);
const PERCENT_SUFFIX = y('\\s?(?:%|percent(?![\\p{L}])|per\\s+cent(?![\\p{L}])|percentage\\s+points?(?![\\p{L}]))');
const AGE_SUFFIX = y('[-\\s](?:years?|months?)[-\\s]old(?![\\p{L}\\p{N}])');
const AGED = y('aged\\s+');
// Case-sensitive unit: "60 Minutes" (a title) is not a duration. "two more weeks", "eight trading days".
const DURATION_SUFFIX = new RegExp(`[-\\s](?:(?:more|additional|full|straight|consecutive|trading|working|business|calendar|long)\\s+)?${TIME_UNITS}(?![\\p{L}\\p{N}])`, 'uy');
const QUANTITY_SUFFIX = y(`(?:\\s?|-)${QUANTITY_UNIT}(?![\\p{L}\\p{N}²³])`);
const ORDINAL_NUMERIC = y(`\\d+(?:st|nd|rd|th)(?![\\p{L}\\p{N}])(?:\\s+${ORDINAL_NOUNS}(?![\\p{L}\\p{N}]))?`);
const ORDINAL_WORD = y(`(?:${ORDINAL_WORDS.join('|')})\\s+${ORDINAL_NOUNS}(?![\\p{L}\\p{N}])`);
const VAGUE = y('(?:tens|hundreds|thousands|millions|billions|dozens|scores)(?:\\s+of\\s+(?:thousands|millions|billions))?(?![\\p{L}\\p{N}])');

/** Words where a figure can begin, with what they lead. */
export const ANCHOR_WORDS = new Map<string, Lead>([
  ...NUMBER_WORDS.split('|').map((w) => [w, 'num'] as [string, Lead]),
  ['between', 'num'], ['a', 'num'],
  ...ORDINAL_WORDS.map((w) => [w, 'ord'] as [string, Lead]),
  ...CODES.map((c) => [c.toLowerCase(), 'sign'] as [string, Lead]), ['us', 'sign'], ['a', 'num'],
  ...['tens', 'hundreds', 'thousands', 'millions', 'billions', 'dozens', 'scores'].map((w) => [w, 'vague'] as [string, Lead]),
  ['aged', 'aged'],
]);
/** Currency signs that open a money figure. */
export const ANCHOR_SIGNS = new Set(CURRENCY_SIGNS.map(([s]) => s.slice(-1)));

export const PATTERNS: readonly Pattern[] = [
  { kind: 'money', lead: 'sign', match: (t, at) => ends(t, scanRange(t, after(SIGN_Y, t, at), true, SIGN_Y)), unit: currencyOf },
  { kind: 'money', lead: 'num', match: (t, at) => after(MONEY_SUFFIX, t, scanRange(t, at)), unit: currencyOf },
  { kind: 'percent', lead: 'num', match: (t, at) => after(PERCENT_SUFFIX, t, scanRange(t, at)), unit: (m) => (/point/i.test(m) ? 'percentage point' : '%') },
  { kind: 'age', lead: 'num', match: (t, at) => after(AGE_SUFFIX, t, scanNumber(t, at)), unit: (m) => (/month/i.test(m) ? 'month' : 'year') },
  { kind: 'age', lead: 'aged', match: (t, at) => ends(t, scanNumber(t, after(AGED, t, at))), unit: () => 'year' },
  { kind: 'duration', lead: 'num', match: (t, at) => (isIdiom(t, at) ? -1 : after(DURATION_SUFFIX, t, scanRange(t, at))), unit: (m) => timeUnit(m) },
  { kind: 'quantity', lead: 'num', match: (t, at) => after(QUANTITY_SUFFIX, t, scanRange(t, at)), unit: quantityUnit },
  // "the 13th Amendment", "23rd Street" are names, not ordinals of the article.
  { kind: 'ordinal', lead: 'num', match: (t, at) => { const e = after(ORDINAL_NUMERIC, t, at); return e >= 0 && /^\s+\p{Lu}/u.test(t.slice(e, e + 3)) ? -1 : e; }, unit: ordinalUnit },
  { kind: 'ordinal', lead: 'ord', match: (t, at) => after(ORDINAL_WORD, t, at), unit: ordinalUnit },
  { kind: 'count', lead: 'vague', match: (t, at) => after(VAGUE, t, at), unit: () => null },
  { kind: 'count', lead: 'num', match: (t, at) => ends(t, scanRange(t, at)), unit: () => null },
];

/** "will one day be": "one day" meaning "some time" is not a duration unless a preposition measures it. */
function isIdiom(text: string, at: number): boolean {
  if (!/^one\s+day(?![\p{L}])/iu.test(text.slice(at, at + 8))) return false;
  return !/(?:for|in|within|after|only|just|than|every|each|over|about|nearly|almost|least|per|than|by)\s+$/i.test(text.slice(Math.max(0, at - 12), at));
}

function timeUnit(m: string): string {
  const u = /(year|month|week|day|hour|minute|second|decade|centur)/i.exec(m);
  const unit = u ? u[1].toLowerCase() : 'year';
  return unit === 'centur' ? 'century' : unit;
}

function quantityUnit(m: string): string | null {
  const t = m.trim();
  for (const [r, unit] of QUANTITY_RES) if (r.test(t)) return unit;
  return null;
}

function ordinalUnit(m: string): string | null {
  const u = /\s+([a-z]+)$/i.exec(m);
  return u ? u[1].toLowerCase().replace(/s$/, '') : null;
}
