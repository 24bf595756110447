// Calendar dates by name: full dates ("August 16, 2025", "16 Aug 2025", ISO, 8/16/2025), a month and
// day without a year, a month with or without its year.
import { fmtMonth, fmtWeek, parseDay } from './calendar';
import type { DateReading } from './context';
import { monthNumber } from './lexicon';
import { inUndatedTime } from './narrative';
import { abs, monthAlone, monthDay, rel, relFrom } from './resolve';
import { DAY, MOD, MON, MON_FULL, WD, YEAR, day, plausibleYear, re, relYear, type Rule } from './rule';

// The second day of a range: "25" in "April 24-25", not a count ("April 24-25 percent") or part of a number.
const RANGE_END = '\\d{1,2}\\b(?![-–.,/:]?\\d|\\s*(?:%|percent|million|billion))';
const RANGE_COUNT = /^\s+(?:people|men|women|children|(?!(?:is|was|has|as|its|this|thus|plus|always|says)\b)\p{Ll}+s)\b/u;
const SEPT_11 = /^,?\s+(?:(?:terror|terrorist)\s+)?(?:attacks?|hijack(?:ers|ings?)|commission)\b/i;
const RANGE_YEAR = /^\s*[-–]\s*\d{1,2},?\s+(\d{4})\b(?![-–/.,]?\d)/;

// A determiner and one or two lower-case describing words before the month, a lower-case noun after it
// (not a function word: "the big March against cuts" is a name).
const DESCRIBED_BEFORE = /\b(?:the|a|an|its|their|his|her|our|this|last|next)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,2}$/u;
const NOUN_AFTER = /^\s+(?!(?:against|on|to|for|in|into|through|from|of|and|or|by|with|at|over|was|were|is|are|will|would|be|has|have|had)\b)\p{Ll}{3,}/u;
function monthAsModifier(text: string, start: number, end: number): boolean {
  return DESCRIBED_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && NOUN_AFTER.test(text.slice(end, end + 20));
}

// "on the 29th": a day of the month with no month named. It follows a preposition of time and is followed by
// no noun ("on the 12th hole", "the 5th floor" are no dates) nor by "to" ("from the 15th to the 19th century").
const ORDINAL_DAY_AFTER = /^(?:\s*[.,;:!?)]|\s*$|\s+(?:against|at|in|and|or|when|after|before|for|with|by|but|as|that|which|while|outside|near)\b)/;

export const ABSOLUTE_RULES: Rule[] = [
  {
    name: 'ordinal-day',
    trigger: /\b(?:on|by|until|till|since|from|before|after) the \d/i,
    re: re(`\\b(?:on|by|until|till|since|from|before|after)\\s+the\\s+([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)\\b`, 'gi'),
    read: (m, ctx, text) => {
      if (!ORDINAL_DAY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      const d = +m[1];
      const trim = m[0].indexOf('the');
      const out = (r: DateReading | null): DateReading | null => (r ? { ...r, trimStart: trim } : null);
      if (inUndatedTime(ctx)) return out(rel(null));
      // The month the story last named, when it is near ("On Tuesday, Nov. 30 ... a demonstration on the 29th").
      const last = /^(\d{4})-(\d{2})(?!-W)/.exec(ctx.lastDate ?? '');
      if (last && ctx.sinceLastDate !== null && ctx.sinceLastDate !== undefined) {
        const r = day(+last[1], +last[2], d);
        return out(r && relFrom(r.value, ctx.lastDate));
      }
      const a = ctx.anchor;
      if (!a) return out(rel(null));
      // Else the article's month; the month before for a day still ahead in a past clause, the month after for
      // a day already gone in a future one.
      const inMonth = (y: number, mo: number): DateReading | null => {
        const r = mo === 0 ? day(y - 1, 12, d) : mo === 13 ? day(y + 1, 1, d) : day(y, mo, d);
        return out(r && rel(r.value));
      };
      if (d === a.d || (d < a.d && !ctx.future) || (d > a.d && ctx.future)) return inMonth(a.y, a.m);
      if (d < a.d) return inMonth(a.y, a.m + 1);
      if (ctx.past) return inMonth(a.y, a.m - 1);
      return out(rel(null));
    },
  },
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
    re: re(`\\b(?:(${WD}),?\\s+)?(${MON})\\s+${DAY}(?!\\s*(?:[,.:/]\\s*)?\\d|\\s*[-–]\\s*(?!${RANGE_END})\\d|\\s*(?:percent|%|million|billion))`),
    read: (m, ctx, text) => {
      const d = +m[3];
      const mo = monthNumber(m[2]);
      if (d < 1 || d > 31) return null;
      // "April 24-25, 1999": the year after the range is this day's too.
      const y = RANGE_YEAR.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 16));
      if (y && plausibleYear(+y[1])) return day(+y[1], mo, d);
      // "the Sept. 11 attacks": the attacks on the United States in 2001, whatever the article's year.
      if (mo === 9 && d === 11 && SEPT_11.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) return day(2001, 9, 11);
      return monthDay(ctx, mo, d);
    },
  },
  {
    // "the week of March 6": that day's ISO week.
    name: 'week-of',
    trigger: /week of/i,
    re: re(`\\b[Tt]he\\s+week\\s+of\\s+(${MON})\\s+${DAY}(?:,?\\s+${YEAR})?(?!\\s*(?:[-–,.:/]\\s*)?\\d)`),
    read: (m, ctx) => {
      const d = +m[2];
      if (d < 1 || d > 31) return null;
      const r = m[3] ? day(+m[3], monthNumber(m[1]), d) : monthDay(ctx, monthNumber(m[1]), d);
      const t = parseDay(r?.value);
      return r && t ? { ...r, value: fmtWeek(t) } : r;
    },
  },
  {
    // The second day of "April 24 and 25", "April 24-25": a date of its own.
    name: 'range-end',
    trigger: /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
    re: re(`(?=\\d)(?<=\\b(${MON})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*|\\s+(and|or|to|through)\\s+))(?=${RANGE_END})(\\d{1,2})(?:,?\\s+${YEAR})?`),
    read: (m, ctx, text) => {
      const first = +m[2];
      const d = +m[4];
      if (d <= first || d > 31) return null;
      if (m[5]) return plausibleYear(+m[5]) ? day(+m[5], monthNumber(m[1]), d) : null;
      // "on May 5 and 6 people died": a count, not a day.
      if (m[3] && RANGE_COUNT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) return null;
      return monthDay(ctx, monthNumber(m[1]), d);
    },
  },
  {
    name: 'day-month',
    trigger: /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
    // Not followed by a year; the spaces around its comma split one way only (\s*,?\s* was quadratic).
    re: re(`\\b(?:${WD},?\\s+)?(?:the\\s+)?${DAY}\\s+(?:of\\s+)?(${MON_FULL})(?!\\s*(?:,\\s*)?\\d)`),
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
    re: re(`\\b(${MON_FULL})(?:\\s+${DAY})?,?\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`),
    read: (m, ctx) => {
      // "July last year", "March of next year", "June 16th of last year".
      const y = relYear(ctx, m[3]);
      const mo = monthNumber(m[1]);
      if (!m[2]) return rel(y === null ? null : fmtMonth(y, mo));
      const d = day(y, mo, +m[2]);
      return d ? rel(d.value) : null;
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
      // "May" alone is the modal verb or a surname, "March" the march; but between a described determiner and
      // a noun ("the contested March election", "its delayed May vote") only the month fits.
      if ((name === 'May' || name === 'March') && !lead && !monthAsModifier(text, m.index, m.index + m[0].length)) return null;
      const which = lead === 'last' || lead === 'next' || lead === 'this' ? lead : undefined;
      const keepLead = which || /^(early|late|mid|end of|beginning of|middle of)$/.test(lead);
      if (lead === 'the' && !/^\s+\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null; // "the March accession", not "the March"
      const r = monthAlone(ctx, monthNumber(name), which);
      if (!keepLead && m[1]) r.trimStart = m[0].length - name.length;
      return r;
    },
  },
];
