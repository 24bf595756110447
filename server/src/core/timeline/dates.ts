// Comparing timeline dates of different precision: 2014 contains 2014-03-18; 2025-W33 contains 2025-08-16.
import { addDays, fmtDay, mondayOfWeek, parseDay, weekday, type Ymd } from '../dates/calendar';

/** Ranges of the date values seen: a workspace has few distinct ones, and merging asks for them again and again. */
const RANGES = new Map<string, readonly [string, string] | null>();
const MAX_RANGES = 50_000;

/** First and last day a date value covers, as ISO day strings, or null when it is not a calendar value. */
export function rangeOf(value: string | null): readonly [string, string] | null {
  if (!value) return null;
  let r = RANGES.get(value);
  if (r === undefined) {
    if (RANGES.size >= MAX_RANGES) RANGES.clear();
    r = computeRange(value);
    RANGES.set(value, r);
  }
  return r;
}

function computeRange(value: string): [string, string] | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return [m[0], m[0]];
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    const mon = mondayOfWeek(value);
    return mon ? [fmtDay(mon), fmtDay(addDays(mon, 6))] : null;
  }
  m = /^(\d{4})-Q([1-4])/.exec(value);
  if (m) {
    const q = +m[2];
    return [`${m[1]}-${String(q * 3 - 2).padStart(2, '0')}-01`, lastDay(+m[1], q * 3)];
  }
  m = /^(\d{4})-H([12])/.exec(value);
  if (m) return m[2] === '1' ? [`${m[1]}-01-01`, `${m[1]}-06-30`] : [`${m[1]}-07-01`, `${m[1]}-12-31`];
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return [`${m[0]}-01`, lastDay(+m[1], +m[2])];
  m = /^(\d{4})(?:-(?:SP|SU|FA|WI))?$/.exec(value);
  if (m) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  return null;
}

function lastDay(y: number, month: number): string {
  const d = new Date(Date.UTC(y, month, 0));
  return fmtDay({ y, m: month, d: d.getUTCDate() });
}

/** True when one date lies within the other (the same event told with more or less precision). */
export function compatible(a: string | null, b: string | null): boolean {
  const ra = rangeOf(a);
  const rb = rangeOf(b);
  if (!ra || !rb) return false;
  return (ra[0] <= rb[0] && rb[1] <= ra[1]) || (rb[0] <= ra[0] && ra[1] <= rb[1]);
}

/** Days covered: smaller is more precise. */
export function span(value: string | null): number {
  const r = rangeOf(value);
  if (!r) return Infinity;
  return (Date.parse(r[1]) - Date.parse(r[0])) / 86_400_000 + 1;
}

export function sortKey(value: string | null): string {
  const r = rangeOf(value);
  return r ? `${r[0]}~${r[1]}` : '~';
}

/**
 * The earliest article date at which `relative` (as the article wrote it) means the day `day`:
 * "last week" said of 2025-08-16 puts the article in the next week, from Monday 2025-08-18.
 * Null when the expression cannot be turned around.
 */
export function anchorFrom(relative: string, dayValue: string): string | null {
  const day = parseDay(dayValue);
  if (!day) return null;
  const r = relative.trim().toLowerCase();
  const nextMonday = (t: Ymd): Ymd => addDays(t, 8 - weekday(t));
  if (/^last (?:week|weekend)$/.test(r)) return fmtDay(nextMonday(day));
  if (/^(?:this week|today|tonight|this (?:morning|afternoon|evening)|this month|this year|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/.test(r)) return fmtDay(day);
  if (/^(?:yesterday|last night)$/.test(r)) return fmtDay(addDays(day, 1));
  if (r === 'last month') return fmtDay({ y: day.m === 12 ? day.y + 1 : day.y, m: (day.m % 12) + 1, d: 1 });
  if (r === 'last year') return `${day.y + 1}-01-01`;
  const m = /^(\d+|a|one|two|three|four|five|six|seven) (days?|weeks?) ago$/.exec(r);
  if (m) {
    const n = /^\d+$/.test(m[1]) ? +m[1] : ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'].indexOf(m[1]) || 1;
    return fmtDay(addDays(day, n * (m[2].startsWith('week') ? 7 : 1)));
  }
  return null;
}
