// The shapes of figures, most specific first: money, percentages, ages, durations, quantities with
// units, ordinals, vague counts ("tens of thousands") and counts. Each pattern gives a kind, and the
// unit from what it matched. Ranges ("between 10 and 15 percent", "$10-15 billion") are one figure whose
// value is the low bound.
import type { FigureKind } from '../types';
import { DIGITS, NUMBER, RANGE, SCALE_ABBR, SCALE_WORD, WORD_NUMBER } from './numbers';

export interface Pattern {
  kind: FigureKind;
  re: RegExp;
  /** The unit, from the whole match. */
  unit(match: string): string | null;
}

const B = '(?<![\\p{L}\\p{N}$€£¥₽₴₹.,])';
const E = '(?![\\p{L}\\p{N}])';

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
const SIGN = `(?:${CURRENCY_SIGNS.map(([s]) => escape(s)).join('|')}|(?:${CODES.join('|')})\\s?)`;
const MONEY_NUMBER = `(?:${DIGITS}|${WORD_NUMBER})(?:${SCALE_WORD}|${SCALE_ABBR})?`;
const MONEY_WORD = '(?:dollars?|euros?|pounds?(?:\\s+sterling)?|r[o]?ubles?|hryvnias?|yen|yuan|francs?|rupees?)';

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
  ['calories', 'kcal'], ['cubic\\s+met(?:re|er)s?|bcm', 'm³'],
];
const QUANTITY_UNIT = `(?:${QUANTITY_UNITS.map(([u]) => u).join('|')})`;
const QUANTITY_RES = QUANTITY_UNITS.map(([u, unit]) => [new RegExp(`(?:^|[\\s\\d])(?:${u})$`, 'i'), unit] as const);

const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
  'thirtieth', 'fortieth', 'fiftieth', 'hundredth',
];
export const ORDINAL_VALUE = new Map(ORDINAL_WORDS.map((w, i) => [w, i < 20 ? i + 1 : [30, 40, 50, 100][i - 20]]));
const ORDINAL_NOUNS = '(?:years?|days?|weeks?|months?|quarters?|rounds?|terms?|anniversary|century|decade|consecutive|straight|place|half|season|leg|phase|stage|wave|attempt|edition|session|generation|floor|grade|tranche|package)';

const re = (source: string) => new RegExp(source, 'giu');

export const PATTERNS: readonly Pattern[] = [
  {
    kind: 'money',
    re: re(`${B}${SIGN}\\s?${MONEY_NUMBER}(?:\\s*(?:-|–|to)\\s*(?:${SIGN})?\\s?${MONEY_NUMBER})?${E}`),
    unit: currencyOf,
  },
  {
    kind: 'money',
    re: re(`${B}${RANGE}(?:${SCALE_ABBR})?\\s+(?:(?:US|U\\.S\\.|Canadian|Australian)\\s+)?${MONEY_WORD}${E}`),
    unit: currencyOf,
  },
  { kind: 'percent', re: re(`${B}${RANGE}\\s?(?:%|percent${E}|per\\s+cent${E}|percentage\\s+points?${E})`), unit: (m) => (/point/i.test(m) ? 'percentage point' : '%') },
  { kind: 'age', re: re(`${B}${NUMBER}[-\\s](?:years?|months?)[-\\s]old${E}`), unit: (m) => (/month/i.test(m) ? 'month' : 'year') },
  { kind: 'age', re: re(`${B}aged\\s+${NUMBER}${E}`), unit: () => 'year' },
  { kind: 'duration', re: re(`${B}${RANGE}[-\\s]${TIME_UNITS}${E}`), unit: (m) => timeUnit(m) },
  { kind: 'quantity', re: re(`${B}${RANGE}(?:\\s?|-)${QUANTITY_UNIT}(?![\\p{L}\\p{N}²³])`), unit: quantityUnit },
  { kind: 'ordinal', re: re(`${B}\\d+(?:st|nd|rd|th)${E}(?:\\s+${ORDINAL_NOUNS}${E})?`), unit: ordinalUnit },
  { kind: 'ordinal', re: re(`${B}(?:${ORDINAL_WORDS.join('|')})\\s+${ORDINAL_NOUNS}${E}`), unit: ordinalUnit },
  { kind: 'count', re: re(`${B}(?:tens|hundreds|thousands|millions|billions|dozens|scores)(?:\\s+of\\s+(?:thousands|millions|billions))?${E}`), unit: () => null },
  { kind: 'count', re: re(`${B}${RANGE}${E}`), unit: () => null },
];

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
