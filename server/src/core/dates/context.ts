// What a date rule needs to turn its match into a value: the anchor date, the tense around the
// mention, and the discourse state (the quarter last spoken of, for "the quarter", "a year earlier").
import type { Ymd } from './calendar';

export interface DateContext {
  /** The article's date (publication, dateline, or inferred), or null when unknown. */
  anchor: Ymd | null;
  /** True when the sentence around the mention speaks of the future ("will meet Monday"). */
  future: boolean;
  /** True when the clause around the mention is plainly in the past tense ("was announced", "rose"). */
  past?: boolean;
  /** The last quarter named was a fiscal one ("the fiscal first quarter"): "the quarter", "a year earlier" refer to it and have no calendar value. */
  fiscalQuarter?: boolean;
  /** The last quarter named before this mention, for "the quarter", "a year earlier". */
  lastQuarter: { y: number; q: number } | null;
  /** The last calendar value found before this mention ("1998-06", "1995-05-22"), for "later that year". */
  lastDate?: string | null;
  /** The text between that date and this mention, or null when it lies far back (see narrative.ts). */
  sinceLastDate?: string | null;
}

/** A rule's reading of one match. */
export interface DateReading {
  value: string | null;
  /** True when the value was worked out from the anchor or is only a relation ("a day after"). */
  relative: boolean;
  /** Span trimmed inside the match, when the rule matched leading context it does not own. */
  trimStart?: number;
  /** Characters past the match that belong to the expression (the event of "years after the invasion"). */
  extendBy?: number;
  /** A clock time with no day of its own: it takes the day named right next to it ("10:35 a.m. (0735 GMT) Friday"). */
  timeOnly?: boolean;
  /** Counted from a date the text named before (`lastDate`, `lastQuarter`), not from the article's date: that date's value. */
  fromText?: string;
  /** This mention names a fiscal quarter (see fiscalQuarter). */
  fiscal?: boolean;
  /** A quarter this mention establishes for later mentions. */
  quarter?: { y: number; q: number };
}
