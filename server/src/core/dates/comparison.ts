// In a report on a quarter, whether "last year" or "a year ago" compares that quarter with the same one a
// year before, or a longer period ("For the nine months, ...").
const LONGER_PERIOD = /\b(?:(?:nine|six|12|twelve)[- ]months?|first half|second half|(?:fiscal|full|the) year\b(?![- ]ago|[- ]earlier))/i;

const COMPARED = /\b(?:compared (?:with|to)|from|versus|vs\.?|against)\s+(?:(?:a |an )?(?:net )?(?:loss|profit|earnings|income|sales|revenue)\s+(?:of\s+)?)?(?:about |roughly |nearly )?[$£€#]?[\d.,]+(?:\s+(?:million|billion))?(?:,\s+or\s+[$\d.,]+\s+(?:cents?\s+)?a\s+share)?,?\s*$|\b(?:period|quarter)\s+$/i;

/** "from $2.34 billion last year", "the corresponding period last year", "last year's quarter". */
export function yearAgoComparison(text: string, start: number, end: number): boolean {
  if (/^['’]s\s+(?:quarter|period)\b/i.test(text.slice(end, end + 20))) return true;
  if (longerPeriod(text, start)) return false;
  return COMPARED.test(text.slice(Math.max(0, start - 80), start));
}

/** The sentence before `at` speaks of a period longer than a quarter ("For the nine months, ..."). */
export function longerPeriod(text: string, at: number): boolean {
  const from = Math.max(0, at - 300);
  const before = text.slice(from, at);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('.\n'));
  return LONGER_PERIOD.test(stop >= 0 ? before.slice(stop + 1) : before);
}
