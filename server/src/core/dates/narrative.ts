// The time a story's narrative counts from. "Ten years earlier", "two days later", "that morning", "that
// year" count from a time the text has set, not from the day the article appeared: they take the date the
// text named last when it lies close before them, and stay unresolved when the text has since moved the
// narrative to a time it gives no date for: someone's age ("at 45", "a 45-year-old"), a "when she was …"
// clause, a stage of life ("in college", "as a child") or a vague past ("years ago", "one summer"). Precision
// first: where the text does not decide, no value (issue 16).
import { addDays, fmtDay, fmtMonth, fmtWeek, pad, parseDay } from './calendar';
import type { DateContext } from './context';
import type { Unit } from './resolve';

// A time the narrative moved to without a date: an age, a "when …" clause in the past, a stage of life, a
// vague past. Written for the class (life stories, anecdotes, obituaries), not from any one article.
const UNDATED_TIME = new RegExp(
  [
    // ages: "at 45", "aged 45", "at the age of 45", "a 45-year-old", "in her 30s", "in his thirties"
    // (a word before the currency is optional as a whole: '\w*\s*' after '\s*' split a run of spaces two ways)
    String.raw`\b(?:aged?|at\s+the\s+age\s+of)\s+\d{1,3}\b`,
    String.raw`\bat\s+\d{1,3}\b(?!\s*(?:%|percent|per\s?cent|[ap]\.?m\b|o['’]clock|:\d|mph|km|degrees|(?:\w+\s*)?(?:dollars|cents|euros|pounds)))(?=\s*[,;.)]|\s+(?:she|he|they|I|we|when|after|before|and|her|his)\b)`,
    String.raw`\b\d{1,3}[- ]years?[- ]old\b`,
    String.raw`\bin\s+(?:his|her|their|my|our)\s+(?:early\s+|late\s+|mid-?)?(?:\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|teens)\b`,
    // "when she was 45", "when he was in college", "when they had …"
    String.raw`\bwhen\s+(?:he|she|they|I|we|you|it|[A-Z][\w’'-]+)\s+(?:was|were|had|first)\b`,
    // stages of life
    String.raw`\b(?:as\s+an?\s+(?:child|boy|girl|kid|teenager|teen|student|undergraduate|young\s+(?:man|woman))|in\s+(?:college|high\s+school|grade\s+school|middle\s+school|university|law\s+school|medical\s+school)|(?:college|school|student|childhood|university)\s+(?:years|days)|growing\s+up|was\s+diagnosed)\b`,
    // a vague past
    String.raw`\b(?:years|decades|months)\s+ago\b|\b(?:once|one\s+(?:day|morning|night|evening|summer|winter|spring|autumn|fall|year))\b`,
  ].join('|'),
  'i',
);

/** The date a narrative expression counts from: the last date named close before it, unless the text moved to an undated time since. */
export function narrativeDate(ctx: DateContext): string | null {
  if (!ctx.lastDate || ctx.sinceLastDate === null || ctx.sinceLastDate === undefined) return null;
  return UNDATED_TIME.test(ctx.sinceLastDate) ? null : ctx.lastDate;
}

/** True when the text moved to an undated time after the date last named (or names none close before). */
export function inUndatedTime(ctx: DateContext): boolean {
  return !!ctx.sinceLastDate && UNDATED_TIME.test(ctx.sinceLastDate);
}

/** `from` moved by `n` units at its own precision or coarser ("2015" + 10 years = "2025"), or null when it has not the precision the unit needs. */
export function shiftFrom(from: string, unit: Unit, n: number): string | null {
  const y = /^(\d{4})/.exec(from);
  if (!y) return null;
  if (unit === 'year') return pad(+y[1] + n, 4);
  if (unit === 'decade') return pad(+y[1] + 10 * n, 4);
  if (unit === 'month') {
    const m = /^(\d{4})-(\d{2})(?!-W)/.exec(from);
    return m ? fmtMonth(+m[1], +m[2] + n) : null;
  }
  const d = parseDay(from);
  if (!d) return null;
  if (unit === 'day') return fmtDay(addDays(d, n));
  if (unit === 'week') return fmtWeek(addDays(d, 7 * n));
  return null;
}
