// What a date rule is (a regular expression and how a match is read) and the pattern pieces and
// helpers the rule files share. Patterns are built once at module load.
import { fmtDay, pad, validDay, type Ymd } from './calendar';
import type { DateContext, DateReading } from './context';
import { CARDINAL_WORDS } from './lexicon';
import { abs, rel } from './resolve';

export interface Rule {
  name: string;
  re: RegExp;
  /** A cheap test a text must pass for the rule to be run at all. */
  trigger?: RegExp;
  read(m: RegExpExecArray, ctx: DateContext, text: string): DateReading | null;
}

export const MON = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?';
export const MON_FULL = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.)';
export const WD = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
export const DAY = '(\\d{1,2})(?:st|nd|rd|th)?\\b';
export const YEAR = '(\\d{4})\\b(?![-–/.,]?\\d)';
export const MOD = '(?:(?:early|late|mid|the (?:end|beginning|start|middle|turn) of)[- ]?)';
export const CARD = `${CARDINAL_WORDS}(?:[- ]and[- ]a[- ]half)?`;
export const PART = '(?:\\s+(morning|afternoon|evening|night))?';
export const TIME_ZONE = '(?:\\s+(?:EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|UTC|BST|CET|local time))?';

export function re(source: string, flags = 'g'): RegExp {
  return new RegExp(source, flags);
}

export function plausibleYear(y: number): boolean {
  return y >= 1000 && y <= 2199;
}

export function day(y: number | null, m: number, d: number): DateReading | null {
  if (y === null) return rel(`XXXX-${pad(m)}-${pad(d)}`);
  const t: Ymd = { y, m, d };
  return validDay(t) ? abs(fmtDay(t)) : null;
}

export function relYear(ctx: DateContext, which: string | undefined): number | null {
  const a = ctx.anchor;
  if (!a) return null;
  const w = (which ?? '').toLowerCase();
  return a.y + (w === 'last' ? -1 : w === 'next' ? 1 : 0);
}
