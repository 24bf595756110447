// Calendar arithmetic on UTC day numbers and TIMEX3 value formatting (ISO weeks, quarters, seasons).

export interface Ymd {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

const DAY_MS = 86_400_000;

export function dayNumber(t: Ymd): number {
  return Math.floor(Date.UTC(t.y, t.m - 1, t.d) / DAY_MS);
}

export function fromDayNumber(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(t: Ymd, days: number): Ymd {
  return fromDayNumber(dayNumber(t) + days);
}

/** ISO weekday, Monday = 1 .. Sunday = 7. */
export function weekday(t: Ymd): number {
  const w = new Date(dayNumber(t) * DAY_MS).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(t: Ymd): { y: number; w: number } {
  const n = dayNumber(t);
  const thursday = n - weekday(t) + 4;
  const y = fromDayNumber(thursday).y;
  const jan1 = dayNumber({ y, m: 1, d: 1 });
  return { y, w: Math.floor((thursday - jan1) / 7) + 1 };
}

export function pad(n: number, width = 2): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? '-' + s : s;
}

export function fmtDay(t: Ymd): string {
  return `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
}

export function fmtMonth(y: number, m: number): string {
  const yy = y + Math.floor((m - 1) / 12);
  const mm = ((((m - 1) % 12) + 12) % 12) + 1;
  return `${pad(yy, 4)}-${pad(mm)}`;
}

export function fmtWeek(t: Ymd): string {
  const { y, w } = isoWeek(t);
  return `${pad(y, 4)}-W${pad(w)}`;
}

export function quarterOf(t: Ymd): number {
  return Math.floor((t.m - 1) / 3) + 1;
}

export function fmtQuarter(y: number, q: number): string {
  const yy = y + Math.floor((q - 1) / 4);
  const qq = ((((q - 1) % 4) + 4) % 4) + 1;
  return `${pad(yy, 4)}-Q${qq}`;
}

export function parseDay(value: string | null | undefined): Ymd | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const t = { y: +m[1], m: +m[2], d: +m[3] };
  return validDay(t) ? t : null;
}

export function validDay(t: Ymd): boolean {
  if (t.m < 1 || t.m > 12 || t.d < 1 || t.d > 31) return false;
  const back = fromDayNumber(dayNumber(t));
  return back.m === t.m && back.d === t.d;
}

/** The Monday of the ISO week given as `YYYY-Www`, or null. */
export function mondayOfWeek(value: string): Ymd | null {
  const m = /^(\d{4})-W(\d{2})/.exec(value);
  if (!m) return null;
  const jan4 = { y: +m[1], m: 1, d: 4 };
  const week1Monday = dayNumber(jan4) - weekday(jan4) + 1;
  return fromDayNumber(week1Monday + (+m[2] - 1) * 7);
}
