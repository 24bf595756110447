// Years, decades and centuries: "in 2014", "nineteen ninety-eight", "the 1990s", "the twentieth century".
import { fmtMonth, pad } from './calendar';
import { DECADE_WORDS, SEASONS, cardinal, monthNumber, ordinal } from './lexicon';
import { abs, rel, shifted } from './resolve';
import { MOD, MON_FULL, YEAR, plausibleYear, re, type Rule } from './rule';
import type { DateReading } from './context';

const PLURAL_OK: ReadonlySet<string> = new Set(['elections', 'results', 'earnings', 'games', 'levels', 'figures', 'prices', 'sales', 'campaigns', 'talks', 'olympics', 'was', 'is', 'has', 'as', 'its', 'his', 'this', 'thus', 'plus', 'versus', 'vs']);

// Nouns a year labels rather than dates: "the 2020 budget", "its 2030 targets", "the 2023 season".
const PLAN_NOUN_AFTER = /^(?:\s+|-)(?:budgets?|plans?|seasons?|fiscal\s+years?|financial\s+years?|targets?|goals?|strategy|agenda|roadmap|estimates|appropriations?|spending\s+(?:plan|review))\b/i;
// Names of plans and fiscal years before a year: "Vision 2030", "Agenda 2063", "Budget 2024", "FY 2024".
const PLAN_NAME_BEFORE = /(?:\b(?:Vision|Agenda|Budget|Plan|Strategy|Horizon|Roadmap|FY|[Ff]iscal\s+[Yy]ear|[Ff]inancial\s+[Yy]ear)\s*)$/;

// A year that is part of a name, not the time of an event (issue 16):
// - right after a name word in mid-sentence: an edition of games, a fair, a release ("Rio 2016", "Euro 2020",
//   "Windows 2000", "the Orion 1980 venture"); not after a month, a season, a named day or an era mark,
//   which date ("Christmas 2016", "AD 2016"), nor after a capitalised function word that opens a sentence
//   ("Since 1949", "In 1988", "That 1978 resolution");
const NAME_WORD_BEFORE = /(?<![\p{L}\d.-])(\p{Lu}[\p{L}\d.-]*)\s+$/u;
const DATING_WORDS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Spring|Summer|Fall|Autumn|Winter|Christmas|Easter|Thanksgiving|Ramadan|Hanukkah|Passover|Diwali|Eid|Halloween|Day|Eve|Year|AD|A\.D\.|BC|B\.C\.|CE|BCE|Q[1-4]|H[12]|FY)\.?$/;
// - before a vehicle's make and model: a model year ("his 1987 Chevrolet Cavalier", "a 2019 Ford F-150").
//   The makes are listed because nothing in the shape tells them apart: "a 1974 Citroen DS" and "the 1992
//   Democratic Convention" are both a year before two capitalised words, and the second dates an event.
//   Vehicle makes are a bounded, slowly changing set of brand names (like month names, unlike people's
//   names), so a list of the makes sold across the world's markets serves the class; it stays silent on a
//   make it lacks (the year then keeps its value, as before);
const MAKE_AFTER = /^\s+(?:Chevrolet|Chevy|Ford|Toyota|Honda|Nissan|Dodge|Chrysler|Jeep|Buick|Cadillac|Pontiac|Oldsmobile|GMC|BMW|Mercedes(?:-Benz)?|Volkswagen|VW|Audi|Porsche|Volvo|Saab|Subaru|Mazda|Mitsubishi|Hyundai|Kia|Lexus|Acura|Infiniti|Tesla|Fiat|Peugeot|Renault|Ferrari|Lamborghini|Maserati|Bentley|Rolls-Royce|Aston Martin|Alfa Romeo|Lancia|Land Rover|Range Rover|Opel|Vauxhall|Citro[eë]n|[SŠ]koda|Dacia|Lada|Suzuki|Isuzu|Daihatsu|Daewoo|SsangYong|Proton|Perodua|Tata|Mahindra|Maruti|Geely|BYD|Chery|Holden|Plymouth|Studebaker|Yamaha|Kawasaki|Ducati|Harley-Davidson)\s+[\p{Lu}\d]/u;
const DETERMINER_BEFORE = /(?:\b(?:a|an|the|his|her|their|its|my|your|our)|['’]s)\s+$/i;
// - before a minor planet's provisional designation ("the asteroid 2004 MN4", "1999 RQ36").
const DESIGNATION_AFTER = /^\s+[A-Z]{2}\d{1,4}\b/;

/** The year at [start, end) is part of a name: an edition, a model year, a designation. */
export function yearInName(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  if (DESIGNATION_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  if (MAKE_AFTER.test(after) && DETERMINER_BEFORE.test(before)) return true;
  const w = NAME_WORD_BEFORE.exec(before);
  return !!w && !DATING_WORDS.test(w[1]) && !OPENERS.has(w[1].toLowerCase());
}

const OPENERS: ReadonlySet<string> = new Set(['since', 'in', 'for', 'by', 'until', 'till', 'before', 'after', 'during', 'from', 'through', 'throughout', 'that', 'this', 'a', 'an', 'the', 'of', 'at', 'on', 'around', 'about', 'between', 'circa', 'unlike', 'like', 'as', 'and', 'but', 'or', 'so', 'then', 'also', 'only', 'even', 'last', 'next', 'early', 'late', 'mid', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'every', 'each', 'no', 'not', 'to', 'with', 'without', 'within', 'into', 'over', 'under', 'against', 'among', 'per', 'via', 'back', 'ever', 'still', 'again', 'while', 'when', 'if', 'although', 'though', 'because', 'whereas', 'where', 'unless', 'than', 'first', 'second', 'third', 'finally', 'later', 'earlier', 'already', 'perhaps', 'maybe', 'probably', 'now', 'here', 'there', 'what', 'which', 'who', 'how', 'why', 'all', 'both', 'some', 'any', 'many', 'most', 'few', 'several', 'these', 'those', 'up', 'down', 'out', 'near', 'toward', 'towards', 'beyond', 'past', 'except', 'plus', 'including', 'is', 'was', 'are', 'were', 'be', 'it', 'we', 'they', 'he', 'she', 'i', 'you']);

const CLOCK_AFTER = /^\s*(?:GMT|UTC|Zulu|Z|hrs|hours)\b/;
const STREET_AFTER = /^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Place|Pl|Court|Ct|Terrace|Parkway|Pkwy|Highway|Hwy)\b/u;

/** The year at [start, end) names a budget, plan, season or fiscal year. */
export function namesPlanYear(text: string, start: number, end: number): boolean {
  return PLAN_NOUN_AFTER.test(text.slice(end, end + 30)) || PLAN_NAME_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

export const YEARS_RULES: Rule[] = [
  {
    name: 'year',
    trigger: /\d\d\d\d/,
    re: re(`(?:\\b(in|since|until|till|by|from|to|through|during|before|after|of|for|around|circa|between|and|or|as|fiscal|calendar|year|the|its|their|his|her|our|early|late|mid|end of|beginning of|middle of|start of|turn of)[- ]+)?(?<![$£€#\\d.,])\\b${YEAR}(?!\\s*(?:%|percent|million|billion|thousand|people|of\\b))`, 'gi'),
    read: (m, ctx, text) => {
      const y = +m[2];
      const lead = (m[1] ?? '').toLowerCase();
      if (!plausibleYear(y)) return null;
      if (!lead && (y < 1900 || y > 2099)) return null;
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      if (/(?:\b(?:No|Nos|Article|Art|page|pages|p|Flight|Room|Highway|Route|Suite|number|model|code|Resolution)\.?\s*)$/i.test(before)) return null;
      // "2000 shares" is a count; "the 1992 protests" is a date.
      const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      const next = /^\s+([a-z]+s|[a-z]*(?:children|people|men|women))\b/.exec(tail);
      // A noun in -ics is no count of things ("the post-1959 politics", "1990s economics").
      if (next && !/^(?:the|its|their|his|her|our|fiscal|calendar)$/.test(lead) && !PLURAL_OK.has(next[1]) && !/ics$/.test(next[1])) return null;
      if (/^[- ]years?[- ]old\b/.test(tail)) return null; // "a 2000 year old tradition"
      // A 24-hour clock time written as four digits ("8:08 p.m. (1908 GMT)", "at 1430 hours") and a house
      // number before its street ("from 1600 Pennsylvania Avenue", "at 2020 K Street") are no years; after a
      // preposition of time ("in 2004 Main Street ...") the year reading stays.
      if (CLOCK_AFTER.test(tail)) return null;
      if (!/^(?:in|since|until|till|by|during|before|after|through|around|circa)$/.test(lead) && STREET_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return null;
      const ys = m.index + m[0].length - m[2].length;
      if (yearInName(text, ys, m.index + m[0].length) && !namesPlanYear(text, ys, m.index + m[0].length)) return null;
      const keepLead = /^(fiscal|calendar|early|late|mid|end of|beginning of|middle of|start of|turn of)$/.test(lead);
      // A year that names a budget, plan, season or fiscal year ("the 2020 budget", "fiscal 2024", "Vision
      // 2030") is a label, not the time of an event: the fiscal year runs across two calendar years and a
      // plan's year is a deadline. The mention stays, with no calendar value (issue 16).
      if (lead === 'fiscal' || namesPlanYear(text, m.index + m[0].length - m[2].length, m.index + m[0].length)) {
        const r = { value: null, relative: false } as DateReading;
        if (m[1] && !keepLead) r.trimStart = m[0].length - m[2].length;
        return r;
      }
      const r = abs(pad(y, 4));
      if (m[1] && !keepLead) r.trimStart = m[0].length - m[2].length;
      void ctx;
      return r;
    },
  },
  {
    name: 'spoken-year',
    trigger: /nineteen|twenty|two thousand/i,
    re: re(`\\b(?:(${MON_FULL})\\s+|the\\s+(spring|summer|fall|autumn|winter)\\s+of\\s+|the\\s+year\\s+)?(?:(nineteen|twenty)[- ](ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)|two thousand(?:[- ](?:and[- ])?(one|two|three|four|five|six|seven|eight|nine|ten))?)\\b`, 'gi'),
    read: (m) => {
      let y: number;
      if (m[3]) y = (m[3].toLowerCase() === 'nineteen' ? 1900 : 2000) + cardinal(m[4].replace(' ', '-'));
      else y = 2000 + (m[5] ? cardinal(m[5]) : 0);
      if (!Number.isFinite(y)) return null;
      if (m[1]) return abs(fmtMonth(y, monthNumber(m[1])));
      if (m[2]) return abs(`${y}-${SEASONS[m[2].toLowerCase()]}`);
      return abs(pad(y, 4));
    },
  },
  {
    name: 'decade',
    trigger: /0['’]?s\b/,
    re: re(`\\b(?:${MOD}?(?:the\\s+)?(?:early|late|mid)?[- ]?)?(?:(\\d{3})0|['’](\\d)0)['’]?s\\b`),
    read: (m) => {
      // TimeML writes a decade as its first three digits: "the 1990s" = 199.
      const r = m[1] ? (+m[1] >= 100 && +m[1] <= 209 ? abs(m[1]) : null) : abs(`19${m[2]}`);
      // "the 1980s and 1990s": the space before the second is no part of it.
      const space = /^\s+/.exec(m[0]);
      if (r && space) r.trimStart = space[0].length;
      return r;
    },
  },
  {
    name: 'decade-words',
    trigger: /ties\b/i,
    re: re(`\\bthe\\s+(?:early\\s+|late\\s+|mid-)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b`, 'gi'),
    read: (m) => abs(`19${DECADE_WORDS[m[1].toLowerCase()]}`),
  },
  {
    name: 'century',
    trigger: /century/i,
    re: re(`\\b(?:the\\s+)?(?:(this|last|next|previous)|(\\d{1,2}(?:st|nd|rd|th)|nineteenth|twentieth|twenty-first))[- ]century\\b`, 'gi'),
    read: (m, ctx) => {
      if (m[1]) {
        const w = m[1].toLowerCase();
        return rel(shifted(ctx.anchor, 'century', w === 'this' ? 0 : w === 'next' ? 1 : -1));
      }
      const n = ordinal(m[2]);
      return Number.isFinite(n) && n > 0 ? abs(pad(n - 1, 2)) : null;
    },
  },
];
