// Dates that point back at the date last spoken of: "later that year", "the following year", "that
// same day". Read against the last calendar date found before them in the article (DateContext.lastDate).
import { addDays, fmtDay, fmtMonth, pad, parseDay, weekday } from './calendar';
import type { DateContext, DateReading } from './context';
import { inUndatedTime } from './narrative';
import { weekdayNumber } from './lexicon';
import { rel, relFrom, weekdayDate } from './resolve';
import { WD, re, type Rule } from './rule';

function lastYear(ctx: DateContext): number | null {
  const m = /^(\d{4})/.exec(ctx.lastDate ?? '');
  return m ? +m[1] : null;
}

/** The date last named moved by `n` units of its own precision or coarser, or null. */
export function shiftBack(ctx: DateContext, unit: string, n: number): string | null {
  const last = ctx.lastDate ?? '';
  if (unit === 'year') {
    const y = lastYear(ctx);
    return y === null ? null : pad(y + n, 4);
  }
  if (unit === 'month') {
    const m = /^(\d{4})-(\d{2})(?!-W)/.exec(last);
    return m ? fmtMonth(+m[1], +m[2] + n) : null;
  }
  if (unit === 'day') {
    const d = parseDay(last);
    return d ? fmtDay(addDays(d, n)) : null;
  }
  return null;
}

const STEP: Record<string, number> = { following: 1, next: 1, previous: -1, prior: -1, preceding: -1, same: 0 };

export const ANAPHORA_RULES: Rule[] = [
  {
    // "down 4.5% from the previous Friday", "I went back the following Tuesday": the weekday before or after
    // the day last named, not the article's (a narrative or a comparison moves from that day). With no day
    // named before, the article's day is the one it counts from; after a date coarser than a day (a month,
    // a year) or inside an undated anecdote, the text does not say which.
    name: 'following-weekday',
    trigger: /\bthe (?:following|next|previous|prior|preceding) \w+day\b/i,
    re: re(`\\bthe\\s+(following|next|previous|prior|preceding)\\s+(${WD})\\b`, 'gi'),
    read: (m, ctx): DateReading | null => {
      const step = STEP[m[1].toLowerCase()];
      const wd = weekdayNumber(m[2]);
      if (inUndatedTime(ctx)) return rel(null);
      if (!ctx.lastDate) return rel(ctx.anchor ? weekdayDate(ctx, wd, step > 0 ? 'next' : 'last') : null);
      const from = parseDay(ctx.lastDate);
      if (!from) return rel(null);
      const w = weekday(from);
      const diff = step > 0 ? ((wd - w + 6) % 7) + 1 : -(((w - wd + 6) % 7) + 1);
      return relFrom(fmtDay(addDays(from, diff)), ctx.lastDate);
    },
  },
  {
    name: 'that-unit',
    trigger: /\bthat (?:same )?(?:year|month|day|morning|afternoon|evening|night)\b/i,
    re: /\b(?:(?:earlier|later)\s+(?:in\s+)?)?that\s+(?:same\s+)?(year|month|day|morning|afternoon|evening|night)\b(?![-’'])/gi,
    read: (m, ctx): DateReading | null => {
      // With nothing of that precision to point back at ("trades made that day"), it is no date of ours.
      // "That night" is that day (TimeBank writes the day alone).
      // Inside an anecdote the text gives no date for ("when she was in college … that morning"), no value.
      if (inUndatedTime(ctx)) return rel(null);
      const v = shiftBack(ctx, /^(?:year|month)$/i.test(m[1]) ? m[1].toLowerCase() : 'day', 0);
      return v ? relFrom(v, ctx.lastDate) : null;
    },
  },
  {
    name: 'following-unit',
    trigger: /\bthe (?:following|next|previous|prior|preceding|same) (?:year|month|day|morning|afternoon|evening|night)\b/i,
    re: /\bthe\s+(following|next|previous|prior|preceding|same)\s+(year|month|day|morning|afternoon|evening|night)\b(?![-’'])/gi,
    read: (m, ctx, text): DateReading | null => {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (/^\s+(?:or|and)\b/i.test(after)) return null; // "the next year or so": a span of time
      const step = STEP[m[1].toLowerCase()];
      // "the next morning" is the next day (TimeBank writes the day alone).
      const unit = /^(?:year|month)$/i.test(m[2]) ? m[2].toLowerCase() : 'day';
      // "the next day" with no date before it reads from the article's day; "the next year" likewise.
      if (!ctx.lastDate && ctx.anchor && step !== 0) {
        const a = ctx.anchor;
        return rel(unit === 'year' ? pad(a.y + step, 4) : unit === 'month' ? fmtMonth(a.y, a.m + step) : fmtDay(addDays(a, step)));
      }
      if (inUndatedTime(ctx)) return rel(null);
      return relFrom(shiftBack(ctx, unit, step), ctx.lastDate);
    },
  },
];
