// The date expressions we recognise, one regular expression each, and how each match is read.
// Longest match wins where rules overlap (see scan.ts). Built once at module load.
import { fmtDay, fmtMonth, fmtQuarter, pad, quarterOf, validDay, weekday, type Ymd } from './calendar';
import type { DateContext, DateReading } from './context';
import { CARDINAL_WORDS, DECADE_WORDS, SEASONS, PART_OF_DAY, cardinal, monthNumber, ordinal, weekdayNumber } from './lexicon';
import { ANAPHORA_RULES } from './anaphora';
import { abs, monthAlone, monthDay, rel, shifted, unitOf, weekdayDate, yearFor } from './resolve';

export interface Rule {
  name: string;
  re: RegExp;
  /** A cheap test a text must pass for the rule to be run at all. */
  trigger?: RegExp;
  read(m: RegExpExecArray, ctx: DateContext, text: string): DateReading | null;
}

const MON = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?';
const MON_FULL = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.)';
const WD = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?\\b';
const YEAR = '(\\d{4})\\b(?![-–/.,]?\\d)';
const MOD = '(?:(?:early|late|mid|the (?:end|beginning|start|middle|turn) of)[- ]?)';
const CARD = `${CARDINAL_WORDS}(?:[- ]and[- ]a[- ]half)?`;
const PART = '(?:\\s+(morning|afternoon|evening|night))?';

function re(source: string, flags = 'g'): RegExp {
  return new RegExp(source, flags);
}

function year(s: string): number {
  return +s;
}

function plausibleYear(y: number): boolean {
  return y >= 1000 && y <= 2199;
}

function day(y: number | null, m: number, d: number): DateReading | null {
  if (y === null) return rel(`XXXX-${pad(m)}-${pad(d)}`);
  const t: Ymd = { y, m, d };
  return validDay(t) ? abs(fmtDay(t)) : null;
}

function relYear(ctx: DateContext, which: string | undefined): number | null {
  const a = ctx.anchor;
  if (!a) return null;
  const w = (which ?? '').toLowerCase();
  return a.y + (w === 'last' ? -1 : w === 'next' ? 1 : 0);
}

const EVENT_TAIL = /^\s+(?:the\s+|[\p{Lu}][\p{L}.-]*['’]s\s+)(?:[\p{Ll}-]+\s+)?(?:invasion|war|attack|election|summit|meeting|talks|annexation|start|end|collapse|deal|agreement|ceasefire|vote|crash|revolution|independence|death|launch)\b/u;
const PLURAL_OK: ReadonlySet<string> = new Set(['elections', 'results', 'earnings', 'games', 'levels', 'figures', 'prices', 'sales', 'campaigns', 'talks', 'olympics', 'was', 'is', 'has', 'as', 'its', 'his', 'this', 'thus', 'plus', 'versus', 'vs']);
const TIME_ZONE = '(?:\\s+(?:EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|UTC|BST|CET|local time))?';

export const RULES: Rule[] = [
  {
    name: 'month-day-year',
    trigger: /\d\d\d\d/,
    re: re(`\\b(?:${WD},?\\s+)?(${MON})\\s+${DAY},?\\s+${YEAR}`),
    read: (m) => (plausibleYear(+m[3]) ? day(+m[3], monthNumber(m[1]), +m[2]) : null),
  },
  {
    name: 'day-month-year',
    trigger: /\d\d\d\d/,
    re: re(`\\b(?:${WD},?\\s+)?(?:the\\s+)?${DAY}\\s+(?:of\\s+)?(${MON}),?\\s+${YEAR}`),
    read: (m) => (plausibleYear(+m[3]) ? day(+m[3], monthNumber(m[2]), +m[1]) : null),
  },
  {
    name: 'iso',
    trigger: /\d\d\d\d-/,
    re: re('\\b(\\d{4})-(\\d{2})-(\\d{2})\\b(?!-)'),
    read: (m) => day(+m[1], +m[2], +m[3]),
  },
  {
    name: 'numeric-us',
    trigger: /\d\/\d/,
    re: re('\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b'),
    read: (m) => day(+m[3], +m[1], +m[2]),
  },
  {
    name: 'month-day',
    trigger: /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
    re: re(`\\b(?:(${WD}),?\\s+)?(${MON})\\s+${DAY}(?!\\s*(?:[-–,.:/]\\s*)?\\d|\\s*(?:percent|%|million|billion))`),
    read: (m, ctx) => {
      const d = +m[3];
      const mo = monthNumber(m[2]);
      if (d < 1 || d > 31) return null;
      return monthDay(ctx, mo, d);
    },
  },
  {
    name: 'day-month',
    trigger: /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
    re: re(`\\b(?:${WD},?\\s+)?(?:the\\s+)?${DAY}\\s+(?:of\\s+)?(${MON_FULL})(?!\\s*,?\\s*\\d)`),
    read: (m, ctx) => {
      const d = +m[1];
      if (d < 1 || d > 31) return null;
      return monthDay(ctx, monthNumber(m[2]), d);
    },
  },
  {
    name: 'month-year',
    trigger: /\d\d\d\d/,
    re: re(`\\b(?:${MOD})?(${MON}),?\\s+(?:of\\s+)?${YEAR}`),
    read: (m) => (plausibleYear(+m[2]) ? abs(fmtMonth(+m[2], monthNumber(m[1]))) : null),
  },
  {
    name: 'month-rel-year',
    trigger: / year\b/,
    re: re(`\\b(${MON_FULL})\\s+(last|this|next)\\s+year\\b`),
    read: (m, ctx) => {
      const y = relYear(ctx, m[2]);
      return rel(y === null ? null : fmtMonth(y, monthNumber(m[1])));
    },
  },
  {
    name: 'month',
    trigger: /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
    re: re(`(?:\\b(in|since|until|till|by|from|through|of|during|before|after|last|this|next|early|late|mid|end of|beginning of|middle of|the)[- ]+)?\\b(${MON_FULL})(?![\\w-]|['’](?!s\\b)|\\s+\\d)`, 'gi'),
    read: (m, ctx, text) => {
      const name = m[2];
      if (!/^[A-Z]/.test(name)) return null;
      const lead = (m[1] ?? '').toLowerCase();
      if (name === 'May' && !lead) return null; // the modal verb, or a surname
      if (name === 'March' && !lead) return null; // the march, to march
      const which = lead === 'last' || lead === 'next' || lead === 'this' ? lead : undefined;
      const keepLead = which || /^(early|late|mid|end of|beginning of|middle of)$/.test(lead);
      if (lead === 'the' && !/^\s+\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null; // "the March accession", not "the March"
      const r = monthAlone(ctx, monthNumber(name), which);
      if (!keepLead && m[1]) r.trimStart = m[0].length - name.length;
      return r;
    },
  },
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
      const next = /^\s+([a-z]+s)\b/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 20));
      if (next && !/^(?:the|its|their|his|her|our|fiscal|calendar)$/.test(lead) && !PLURAL_OK.has(next[1])) return null;
      const keepLead = /^(fiscal|calendar|early|late|mid|end of|beginning of|middle of|start of|turn of)$/.test(lead);
      const r = abs(pad(y, 4));
      if (m[1] && !keepLead) r.trimStart = m[0].length - m[2].length;
      void ctx;
      return r;
    },
  },
  {
    name: 'holiday',
    trigger: /Christmas|New Year|Thanksgiving|Independence|Halloween|Valentine|Labor Day|Memorial Day/,
    re: re(`\\b(?:(last|this|next)\\s+)?(Christmas(?: Day| Eve)?|New Year['’]s (?:Day|Eve)|Thanksgiving(?: Day)?|Independence Day|Halloween|Valentine['’]s Day|Labor Day|Memorial Day)\\b(?:\\s+(\\d{4})\\b)?`, 'g'),
    read: (m, ctx) => {
      const which = m[1]?.toLowerCase();
      const name = m[2].toLowerCase();
      const dateIn = (y: number): Ymd => {
        if (name.startsWith('christmas')) return { y, m: 12, d: name.endsWith('eve') ? 24 : 25 };
        if (name.startsWith('new year')) return name.endsWith('eve') ? { y, m: 12, d: 31 } : { y, m: 1, d: 1 };
        if (name.startsWith('independence')) return { y, m: 7, d: 4 };
        if (name === 'halloween') return { y, m: 10, d: 31 };
        if (name.startsWith('valentine')) return { y, m: 2, d: 14 };
        if (name.startsWith('thanksgiving')) return nthWeekday(y, 11, 4, 4);
        if (name.startsWith('labor')) return nthWeekday(y, 9, 1, 1);
        return lastWeekday(y, 5, 1);
      };
      if (m[3]) return abs(fmtDay(dateIn(+m[3])));
      const a = ctx.anchor;
      if (!a) return rel(null);
      let d = dateIn(a.y);
      const cmp = fmtDay(d).localeCompare(fmtDay(a));
      if ((which === 'last' || (!which && !ctx.future)) && cmp > 0) d = dateIn(a.y - 1);
      if ((which === 'next' || (!which && ctx.future)) && cmp < 0) d = dateIn(a.y + 1);
      return rel(fmtDay(d));
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
      if (m[1]) return +m[1] >= 100 && +m[1] <= 209 ? abs(m[1]) : null;
      return abs(`19${m[2]}`);
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
  {
    name: 'quarter',
    trigger: /quarter/i,
    re: re(`\\b(?:the\\s+)?(?:(\\d{4})['’]?s?\\s+|(this|last|next) year['’]s\\s+)?(?:fiscal\\s+|calendar\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\\b(?:\\s+of\\s+(?:fiscal\\s+|calendar\\s+)?(?:(\\d{4})\\b|(this|last|next) year\\b))?`, 'gi'),
    read: (m, ctx) => {
      const q = ordinal(m[3]);
      let y: number | null = null;
      if (m[1]) y = +m[1];
      else if (m[4]) y = +m[4];
      else if (m[2] || m[5]) y = relYear(ctx, m[2] ?? m[5]);
      else if (ctx.lastQuarter) y = ctx.lastQuarter.y;
      else if (ctx.anchor) y = q > quarterOf(ctx.anchor) && !ctx.future ? ctx.anchor.y - 1 : ctx.anchor.y;
      const explicit = !!(m[1] || m[4]);
      const r: DateReading = { value: y === null ? `XXXX-Q${q}` : fmtQuarter(y, q), relative: !explicit };
      if (y !== null) r.quarter = { y, q };
      return r;
    },
  },
  {
    name: 'quarter-q',
    trigger: /Q[1-4]/,
    re: re(`\\b(?:(\\d{4})\\s+)?Q([1-4])(?:\\s+(\\d{4}))?\\b`),
    read: (m, ctx) => {
      const y = m[1] ? +m[1] : m[3] ? +m[3] : ctx.anchor?.y ?? null;
      const q = +m[2];
      const r: DateReading = { value: y === null ? `XXXX-Q${q}` : fmtQuarter(y, q), relative: !(m[1] || m[3]) };
      if (y !== null) r.quarter = { y, q };
      return r;
    },
  },
  {
    name: 'the-quarter',
    trigger: /quarter|period/i,
    re: re(`\\b(?:the|this|last|next|that)\\s+(?:(latest|current|last|past|previous|prior|most recent|same|year-ago|year-earlier|comparable|fiscal)\\s+)?(?:(quarter)|(period))\\b(?![- ](?:century|million|billion))`, 'gi'),
    read: (m, ctx, text) => {
      const lead = m[0].split(/\s+/)[0].toLowerCase();
      const mod = (m[1] ?? '').toLowerCase();
      const isPeriod = !!m[3];
      const yearAgo = mod === 'year-ago' || mod === 'year-earlier' || (mod === 'same' && /year|ago|earlier/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20)));
      if (isPeriod && !(ctx.lastQuarter && (yearAgo || mod === 'comparable')) && mod !== 'latest') return null;
      const a = ctx.anchor;
      let base = ctx.lastQuarter;
      if (lead === 'this' || mod === 'current') base = a ? { y: a.y, q: quarterOf(a) } : null;
      else if (lead === 'next') base = a ? { y: a.y, q: quarterOf(a) + 1 } : null;
      else if ((lead === 'last' || !base) && a) base = { y: a.y, q: quarterOf(a) - 1 };
      if (!base) return rel(null);
      const value = fmtQuarter(base.y - (yearAgo ? 1 : 0), base.q);
      return rel(value);
    },
  },
  {
    name: 'year-period',
    trigger: /\d\d\d\d (?:quarter|period)/,
    re: re(`\\bthe\\s+(\\d{4})\\s+(?:quarter|period)\\b`),
    read: (m, ctx) => {
      // "the 1988 period" in a quarterly report: that year's quarter of the one being reported.
      const y = +m[1];
      if (!plausibleYear(y)) return null;
      return ctx.lastQuarter ? abs(fmtQuarter(y, ctx.lastQuarter.q)) : abs(pad(y, 4));
    },
  },
  {
    name: 'half',
    trigger: /half/i,
    re: re(`\\b(?:the\\s+)?(first|second)\\s+half\\s+of\\s+(?:(\\d{4})\\b|(this|last|next) year\\b)`, 'gi'),
    read: (m, ctx) => {
      const h = m[1].toLowerCase() === 'first' ? 1 : 2;
      const y = m[2] ? +m[2] : relYear(ctx, m[3]);
      return { value: y === null ? null : `${pad(y, 4)}-H${h}`, relative: !m[2] };
    },
  },
  {
    name: 'season',
    trigger: /spring|summer|fall|autumn|winter/i,
    re: re(`(?:\\b(?:in|during|since|over|until|by|through|for)\\s+the\\s+(?=(?:(?:early|late|mid)[- ]?)?(?:spring|summer|fall|autumn|winter)\\b))?\\b(?:(?:early|late|mid)[- ]?)?(?:(last|this|next|this past|this coming)\\s+)?(spring|summer|fall|autumn|winter)\\b(?:\\s+(?:of\\s+)?(\\d{4})\\b)?`, 'gi'),
    read: (m, ctx) => {
      const s = SEASONS[m[2].toLowerCase()];
      if (m[3]) return abs(`${m[3]}-${s}`);
      const a = ctx.anchor;
      const the = /^\S+\s+the\s/iu.exec(m[0]);
      if (!m[1] && the) {
        // "in the summer": this year's, or last year's when it lies ahead of a past-tense sentence.
        if (!a) return rel(null);
        const start = { SP: 3, SU: 6, FA: 9, WI: 12 }[s] ?? 1;
        const r = rel(`${pad(!ctx.future && start > a.m + 1 ? a.y - 1 : a.y, 4)}-${s}`);
        r.trimStart = the[0].length - 4;
        return r;
      }
      if (!m[1]) return null;
      const w = m[1].toLowerCase();
      if (!a) return rel(null);
      let y = a.y;
      if (w === 'last') y = a.y - 1;
      if (w === 'next' && s !== 'WI') y = a.y + 1;
      return rel(`${pad(y, 4)}-${s}`);
    },
  },
  {
    name: 'day-word',
    trigger: /today|tonight|yesterday|tomorrow|the day|night|this (?:morning|afternoon|evening)/i,
    re: re(`\\b(?:(early|late|mid)[- ]?)?(?:(today|tonight|yesterday|tomorrow)(?:['’]s)?(?:\\s+(morning|afternoon|evening|night))?|the day (before yesterday|after tomorrow)|last (night)|this (morning|afternoon|evening))\\b`, 'gi'),
    read: (m, ctx) => {
      const w = (m[2] ?? '').toLowerCase();
      const n = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : m[4] ? (m[4].startsWith('before') ? -2 : 2) : m[5] ? -1 : 0;
      const part = w === 'tonight' ? 'NI' : m[5] ? 'NI' : PART_OF_DAY[(m[3] ?? m[6] ?? '').toLowerCase()];
      const d = shifted(ctx.anchor, 'day', n);
      return rel(d && part ? `${d}T${part}` : d);
    },
  },
  {
    name: 'weekday',
    trigger: /day\b/,
    re: re(`\\b(?:(last|this|next|this past|this coming|early|late|earlier|later)\\s+)?(${WD})(?:['’]s)?\\b${PART}`),
    read: (m, ctx) => {
      const w = (m[1] ?? '').toLowerCase();
      const which = w === 'last' || w === 'this past' ? 'last' : w === 'next' || w === 'this coming' ? 'next' : w === 'this' ? 'this' : null;
      const d = weekdayDate(ctx, weekdayNumber(m[2]), which);
      // TimeML writes the part of day ("Thursday evening" = 1998-02-12TEV); TimeBank's annotators do so
      // for the evening but mostly write the day alone for "Friday morning" and "Friday night".
      const part = PART_OF_DAY[(m[3] ?? '').toLowerCase()];
      return rel(part === 'EV' && !d.startsWith('X') ? `${d}T${part}` : d);
    },
  },
  {
    name: 'relative-unit',
    trigger: /\b(?:last|this|next|current|previous|following|same) (?:week|weekend|month|year|decade)/i,
    re: re(`\\b(?:(earlier|later|early|late)\\s+)?(?:(?:the\\s+)?(end|beginning|start|middle)\\s+of\\s+)?(last|this|next|the current|the previous|the following|the same)\\s+(week|weekend|month|year|decade)\\b`, 'gi'),
    read: (m, ctx, text) => {
      const w = m[3].toLowerCase();
      // "This Week With David Brinkley": a title, not a date.
      if (/^\p{Lu}/u.test(m[4]) && /^\p{Lu}/u.test(m[3]) && m.index > 0 && !/[.!?]\s*$/u.test(text.slice(0, m.index))) return null;
      const unit = unitOf(m[4])!;
      if ((w === 'the same' || w === 'the following' || w === 'the previous') && unit !== 'weekend') return unit === 'week' || unit === 'decade' ? rel(null) : null; // anaphora.ts
      const n = w === 'last' || w === 'the previous' ? -1 : w === 'next' || w === 'the following' ? 1 : 0;
      // "compared with $1.8 million last year" in a report on a quarter: that quarter a year before.
      const q = ctx.lastQuarter;
      if (w === 'last' && unit === 'year' && q && ctx.anchor && ctx.anchor.y - q.y <= 1 && !m[1] && !m[2] && yearAgoComparison(text, m.index, m.index + m[0].length)) {
        return rel(fmtQuarter(q.y - 1, q.q));
      }
      return rel(shifted(ctx.anchor, unit, n));
    },
  },
  {
    name: 'the-weekend',
    trigger: /weekend/i,
    re: re(`\\b(?:over\\s+)?the\\s+weekend\\b`, 'gi'),
    read: (m, ctx) => {
      const r = rel(shifted(ctx.anchor, 'weekend', ctx.future ? 1 : -1));
      if (/^over\s/i.test(m[0])) r.trimStart = m[0].indexOf('the');
      return r;
    },
  },
  {
    name: 'ago',
    trigger: /\b(?:ago|earlier|before|later|after|from now|hence|previously)\b/i,
    re: re(`\\b(${CARD})\\s+(days?|weeks?|months?|years?|decades?)\\s+(ago|earlier|before|later|after|from now|hence|previously)\\b`, 'gi'),
    read: (m, ctx, text) => {
      const nRaw = m[1].toLowerCase();
      const half = /and[- ]a[- ]half$/.test(nRaw);
      const n = cardinal(nRaw.replace(/[- ]and[- ]a[- ]half$/, ''));
      const unit = unitOf(m[2])!;
      const dir = m[3].toLowerCase();
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
      // "a day after Macron announced ...", "years after the invasion": relative to an event, not to the article.
      if ((dir === 'after' || dir === 'before') && /^\s+\S/.test(after)) {
        // Keep the event it counts from when it is short: "three and a half years after Russia’s invasion".
        const tail = EVENT_TAIL.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
        const r = rel(null);
        if (tail) r.extendBy = tail[0].length;
        return r;
      }
      if (!Number.isFinite(n) || half) return rel(dir === 'ago' || dir === 'earlier' || dir === 'previously' ? 'PAST_REF' : dir === 'from now' || dir === 'hence' ? 'FUTURE_REF' : null);
      const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'previously' ? -1 : 1;
      // "a year ago" in a report on a quarter: the same quarter a year before (when that quarter is recent),
      // unless the sentence compares a longer period ("For the nine months, ... a year earlier").
      const q = ctx.lastQuarter;
      if (unit === 'year' && n === 1 && sign < 0 && q && (!ctx.anchor || Math.abs(q.y - ctx.anchor.y) <= 1) && !longerPeriod(text, m.index)) return rel(fmtQuarter(q.y - 1, q.q));
      if (unit === 'decade') return rel(ctx.anchor ? pad(ctx.anchor.y + sign * 10 * n, 4) : null);
      return rel(shifted(ctx.anchor, unit, sign * n));
    },
  },
  {
    name: 'within',
    trigger: /within/i,
    re: re(`\\bwithin\\s+(?:the\\s+next\\s+)?(${CARD})\\s+(days?|weeks?|months?|years?)\\b`, 'gi'),
    read: () => rel(null),
  },
  {
    name: 'year-ago-adjective',
    trigger: /year-(?:ago|earlier)/i,
    re: re(`\\byear-(?:ago|earlier)\\b(?!\\s+(?:quarter|period))`, 'gi'),
    read: (m, ctx, text) => rel(ctx.lastQuarter && !longerPeriod(text, m.index) ? fmtQuarter(ctx.lastQuarter.y - 1, ctx.lastQuarter.q) : shifted(ctx.anchor, 'year', -1)),
  },
  {
    name: 'the-year',
    trigger: /the (?:current |full |fiscal |past )?year/i,
    re: re(`\\b(?:(?:earlier|later)\\s+in\\s+)?the\\s+(?:(current|full|fiscal|past)\\s+)?year\\b(?![-’'])`, 'gi'),
    read: (m, ctx, text) => {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (/^\s+(?:ago|earlier|before|later|after|to|in|when|that|or)\b/i.test(after)) return null;
      // "over the past year": TimeBank dates it as the year before the article's.
      return rel(shifted(ctx.anchor, 'year', (m[1] ?? '').toLowerCase() === 'past' ? -1 : 0));
    },
  },
  {
    name: 'earlier-this',
    trigger: /(?:earlier|later) th/i,
    re: re(`\\b(earlier|later)\\s+(this|that)\\s+(week|month|year)\\b`, 'gi'),
    read: (m, ctx) => (m[2].toLowerCase() === 'this' ? rel(shifted(ctx.anchor, unitOf(m[3])!, 0)) : m[3].toLowerCase() === 'week' ? rel(null) : null),
  },
  {
    name: 'present',
    trigger: /now|current|these days|present|at the moment/i,
    re: re(`\\b(?:right now|now|currently|current|nowadays|these days|at present|presently|at the moment|the present)\\b(?![-’'])`, 'gi'),
    read: (m, ctx, text) => {
      // "now" as a discourse marker after a comma-less sentence start is still PRESENT_REF in TimeML.
      void ctx;
      void text;
      return rel('PRESENT_REF');
    },
  },
  {
    name: 'past',
    trigger: /recent|lately|the past/i,
    re: re(`\\b(?:recently|lately|more recently|in the past|the past|in recent (?:years|months|weeks|days)|recent (?:years|months|weeks|days))\\b(?![- ](?:year|month|week|day|decade)\\b)`, 'gi'),
    read: (m, ctx, text) => {
      const w = m[0].toLowerCase();
      if (w === 'the past' && /^\s+(?:few|several|\d|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade|century)/i.test(text.slice(m.index + m[0].length))) return null;
      if (w === 'recent' && !/^\s+(?:weeks|months|years|days|times|history|past)\b/.test(text.slice(m.index + m[0].length)) && !/\b(?:the|in|of)\s+$/.test(text.slice(Math.max(0, m.index - 8), m.index))) {
        return rel('PAST_REF');
      }
      return rel('PAST_REF');
    },
  },
  {
    name: 'future',
    trigger: /future|coming|years ahead/i,
    re: re(`\\b(?:in the (?:near |distant )?future|the (?:near |distant )?future|in (?:the )?coming (?:days|weeks|months|years)|in the years ahead)\\b`, 'gi'),
    read: () => rel('FUTURE_REF'),
  },
  {
    name: 'clock',
    trigger: /\d\s*(?:a\.m|p\.m|am\b|pm\b|AM\b|PM\b|o['’]clock)/,
    re: re(`\\b(?:(?:at|around|about|until|by|before|after)\\s+)?(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b|AM\\b|PM\\b|o['’]clock\\b)${TIME_ZONE}(?:,?\\s+(${WD}|today|yesterday|tomorrow))?`, 'g'),
    read: (m, ctx) => {
      let h = +m[1];
      const min = m[2] ? +m[2] : 0;
      const ap = m[3].toLowerCase();
      if (h > 12 || min > 59 || (h === 0 && ap.startsWith('a') && false)) return null;
      if (ap.startsWith('p') && h < 12) h += 12;
      if (ap.startsWith('a') && h === 12) h = 0;
      let d: string | null = null;
      const tail = (m[4] ?? '').toLowerCase();
      // "until 9 a.m. Tuesday": a deadline lies ahead.
      const ahead = /^(?:until|by|before)\s/i.test(m[0]) ? { ...ctx, future: true } : ctx;
      if (tail && weekdayNumber(tail)) d = weekdayDate(ahead, weekdayNumber(tail), null);
      else if (tail) d = shifted(ctx.anchor, 'day', tail === 'yesterday' ? -1 : tail === 'tomorrow' ? 1 : 0);
      else d = ctx.anchor ? fmtDay(ctx.anchor) : null;
      const r = rel(d && !d.startsWith('X') ? `${d}T${pad(h)}:${pad(min)}` : null);
      if (!tail) r.timeOnly = true;
      const lead = /^(?:at|around|about|until|by|before|after)\s+/i.exec(m[0]);
      if (lead) r.trimStart = lead[0].length;
      return r;
    },
  },
  {
    name: 'noon',
    trigger: /noon|midnight|midday/i,
    re: re(`\\b(noon|midnight|midday)(?:\\s+(${WD}|today|yesterday|tomorrow))?\\b`, 'gi'),
    read: (m, ctx) => {
      const t = m[1].toLowerCase() === 'midnight' ? '24:00' : '12:00';
      const tail = (m[2] ?? '').toLowerCase();
      let d: string | null = ctx.anchor ? fmtDay(ctx.anchor) : null;
      if (tail && weekdayNumber(tail)) d = weekdayDate(ctx, weekdayNumber(tail), null);
      else if (tail) d = shifted(ctx.anchor, 'day', tail === 'yesterday' ? -1 : tail === 'tomorrow' ? 1 : 0);
      return rel(d && !d.startsWith('X') ? `${d}T${t}` : null);
    },
  },
];

export { yearFor };

RULES.push(...ANAPHORA_RULES);

const LONGER_PERIOD = /\b(?:(?:nine|six|12|twelve)[- ]months?|first half|second half|(?:fiscal|full|the) year\b(?![- ]ago|[- ]earlier))/i;

const COMPARED = /\b(?:compared (?:with|to)|from|versus|vs\.?|against)\s+(?:(?:a |an )?(?:net )?(?:loss|profit|earnings|income|sales|revenue)\s+(?:of\s+)?)?(?:about |roughly |nearly )?[$£€#]?[\d.,]+(?:\s+(?:million|billion))?(?:,\s+or\s+[$\d.,]+\s+(?:cents?\s+)?a\s+share)?,?\s*$|\b(?:period|quarter)\s+$/i;

/** "from $2.34 billion last year", "the corresponding period last year", "last year's quarter". */
function yearAgoComparison(text: string, start: number, end: number): boolean {
  if (/^['’]s\s+(?:quarter|period)\b/i.test(text.slice(end, end + 20))) return true;
  if (longerPeriod(text, start)) return false;
  return COMPARED.test(text.slice(Math.max(0, start - 80), start));
}

/** The sentence before `at` speaks of a period longer than a quarter ("For the nine months, ..."). */
function longerPeriod(text: string, at: number): boolean {
  const from = Math.max(0, at - 300);
  const before = text.slice(from, at);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('.\n'));
  return LONGER_PERIOD.test(stop >= 0 ? before.slice(stop + 1) : before);
}

/** The n-th given weekday (ISO, Monday = 1) of a month. */
function nthWeekday(y: number, month: number, wd: number, n: number): Ymd {
  const first = weekday({ y, m: month, d: 1 });
  return { y, m: month, d: 1 + ((wd - first + 7) % 7) + 7 * (n - 1) };
}

function lastWeekday(y: number, month: number, wd: number): Ymd {
  const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
  const w = weekday({ y, m: month, d: last });
  return { y, m: month, d: last - ((w - wd + 7) % 7) };
}
