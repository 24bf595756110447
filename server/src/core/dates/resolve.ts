// Resolving calendar names against the anchor: which Friday, which August, which quarter.
import {
  addDays, fmtDay, fmtMonth, fmtQuarter, fmtWeek, pad, quarterOf, weekday, type Ymd,
} from './calendar';
import type { DateContext, DateReading } from './context';

export function abs(value: string | null): DateReading {
  return { value, relative: false };
}

export function rel(value: string | null): DateReading {
  return { value, relative: true };
}

/** A relative value counted from `from`, a date the text named before ("later that year"), not from the article's date. */
export function relFrom(value: string | null, from: string | null | undefined): DateReading {
  return value && from ? { value, relative: true, fromText: from } : { value, relative: true };
}

/** The day named by a weekday: the closest past one (today included), or the next one in future-tense sentences. */
export function weekdayDate(ctx: DateContext, wd: number, which: 'last' | 'next' | 'this' | null): string {
  const a = ctx.anchor;
  if (!a) return `XXXX-WXX-${wd}`;
  const aw = weekday(a);
  let diff: number;
  if (which === 'last') diff = -(((aw - wd + 6) % 7) + 1);
  else if (which === 'next') diff = ((wd - aw + 6) % 7) + 1;
  else if (which === 'this') diff = wd - aw;
  else if (ctx.future) diff = (wd - aw + 7) % 7;
  else diff = -((aw - wd + 7) % 7);
  return fmtDay(addDays(a, diff));
}

/**
 * Year for a month (and day) named without one: the anchor's year, moved by tense when the month lies on the
 * other side: a month ahead of the article's in a plainly past clause ("the plant closed in November" in
 * August) is last year's, as is one more than two months ahead in a clause with no tense cue either way.
 * A month alone (no day) is never on the other side of its own month.
 */
export function yearFor(ctx: DateContext, month: number, day?: number): number | null {
  const a = ctx.anchor;
  if (!a) return null;
  const later = month > a.m || (day !== undefined && month === a.m && day > a.d);
  const earlier = month < a.m || (day !== undefined && month === a.m && day < a.d);
  if (ctx.future && earlier && a.m - month > 1) return a.y + 1;
  if (!ctx.future && later && (ctx.past || month - a.m > 2)) return a.y - 1;
  return a.y;
}

export function monthDay(ctx: DateContext, month: number, day: number): DateReading {
  const y = yearFor(ctx, month, day);
  return rel(y === null ? `XXXX-${pad(month)}-${pad(day)}` : fmtDay({ y, m: month, d: day }));
}

export function monthAlone(ctx: DateContext, month: number, which: string | undefined): DateReading {
  const a = ctx.anchor;
  if (!a) return rel(`XXXX-${pad(month)}`);
  let y = yearFor(ctx, month) ?? a.y;
  if (which === 'last') y = month < a.m ? a.y : a.y - 1;
  else if (which === 'next') y = month > a.m ? a.y : a.y + 1;
  else if (which === 'this') y = a.y;
  return rel(fmtMonth(y, month));
}

export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

export function unitOf(word: string): Unit | null {
  const w = word.toLowerCase().replace(/s$/, '');
  if (w === 'day' || w === 'week' || w === 'weekend' || w === 'month' || w === 'quarter' || w === 'year' || w === 'decade') return w;
  if (w === 'century' || w === 'centurie') return 'century';
  return null;
}

/** The unit that contains the anchor moved by `n` units ("last week" = -1, "next year" = +1), or null without an anchor. */
export function shifted(a: Ymd | null, unit: Unit, n: number): string | null {
  if (!a) return null;
  switch (unit) {
    case 'day':
      return fmtDay(addDays(a, n));
    case 'week':
      return fmtWeek(addDays(a, 7 * n));
    case 'weekend': {
      // The weekend of the anchor's week; "last weekend" on a Monday is the one just gone.
      const w = weekday(a);
      const base = w <= 2 && n <= 0 ? addDays(a, -7) : a;
      return `${fmtWeek(addDays(base, 7 * (n < 0 && w > 2 ? n : n > 0 ? n : 0)))}-WE`;
    }
    case 'month':
      return fmtMonth(a.y, a.m + n);
    case 'quarter':
      return fmtQuarter(a.y, quarterOf(a) + n);
    case 'year':
      return pad(a.y + n, 4);
    case 'decade':
      return pad(Math.floor(a.y / 10) + n, 3);
    case 'century':
      return pad(Math.floor(a.y / 100) + n, 2);
  }
}
