// Timeline dates from date values: calendar values only (2025-08-16, 2025-W33, 2014), and the date of
// an event named by a relation to the narrative's date ("a day after ..." counts one day back).
import { addDays, fmtDay, parseDay } from '../dates/calendar';
import { cardinal } from '../dates/lexicon';

/** The value when it names a place on the calendar (a year, month, week, quarter, day or time), else null. */
export function calendarDate(value: string | null): string | null {
  if (!value || !/^\d{4}(?:$|-)/.test(value) || /X/.test(value)) return null;
  return value;
}

/** "a day after X" said on `date`: X is a day before. Only for days and weeks, else null. */
export function shiftByRelation(date: string, relation: string): string | null {
  const day = parseDay(date);
  const m = /^(\S+(?:[- ]and[- ]a[- ]half)?)\s+(days?|weeks?)\s+(after|before)\b/iu.exec(relation.trim());
  if (!day || !m) return null;
  const n = cardinal(m[1]);
  if (!Number.isFinite(n)) return null;
  const days = n * (m[2].toLowerCase().startsWith('week') ? 7 : 1);
  return fmtDay(addDays(day, m[3].toLowerCase() === 'after' ? -days : days));
}
