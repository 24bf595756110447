// At most MAX_PER_CODE findings of one code in one article, in text order, and then one finding that
// says how many more there are. A hostile or broken text can hold hundreds of thousands of findings of
// one kind (5 MB of unpartnered quotation marks: 700,000): nobody reads them one by one, and each is
// carried through the analysis, the worker's answer, the protocol and the Problems list (issue 21).
import type { Diagnostic } from '../types';

export const MAX_PER_CODE = 1000;

/** The findings of one rule, capped: the first MAX_PER_CODE in text order, then one "N more" at the next. */
export function capFindings(found: Diagnostic[], max = MAX_PER_CODE): Diagnostic[] {
  if (found.length <= max) return found;
  const sorted = [...found].sort((a, b) => a.start - b.start || a.end - b.end);
  const next = sorted[max];
  const more = sorted.length - max;
  return [
    ...sorted.slice(0, max),
    {
      start: next.start,
      end: next.end,
      code: next.code,
      severity: next.severity,
      message: `${more.toLocaleString('en-US')} more findings like this one (${next.code}) from here on in this article are not listed: only the first ${max.toLocaleString('en-US')} of each kind are.`,
    },
  ];
}
