// The workspace timeline's shapes, below the modules that build it (workspace, merge, incremental,
// people, figures), so that none of them imports another only for its types. schema/timeline.schema.json
// is generated from TimelineDocument at build time (scripts/schemas.mjs): the JSDoc here is its text.
import type { Span } from '../types';
import type { QuoteStatement } from '../quotes/versions';
import type { Disagreement } from './disagreement-types';

export type { Disagreement, DisagreementValue } from './disagreement-types';

/** Where an article reports an event. */
export interface TimelineSource extends Span {
  file: string;
  /** The sentence or table row that reports the event: the file's text from start to end. */
  text: string;
}

/**
 * A calendar value in TIMEX3 style: a year (2014), month (2025-08), ISO week (2025-W33), quarter (1998-Q1),
 * half (1998-H1), season (1998-SU), day (2025-08-16), or day with time (2025-08-16T14:30).
 * @pattern ^\d{4}(?:-(?:\d{2}(?:-\d{2}(?:T[\d:A-Z]+)?)?|W\d{2}(?:-WE|-\d)?|Q[1-4]|H[12]|SP|SU|FA|WI))?$
 */
export type DateValue = string;

/** One event, told by one or more articles. */
export interface WorkspaceEvent {
  date: DateValue | null;
  /** The date expression as written ("August 16, 2025", "last week"), or empty. */
  dateText: string;
  inferred: Inferred | null;
  /**
   * A short summary: who did what.
   * @minLength 1
   */
  event: string;
  /** Entity ids, one per real-world entity across the articles. */
  entityIds: string[];
  /** @minItems 1 */
  sources: TimelineSource[];
}

/** An event with a calendar date. */
export interface DatedEvent extends WorkspaceEvent {
  date: DateValue;
}

/** An event no article dates. */
export interface UndatedEvent extends WorkspaceEvent {
  date: null;
  inferred: null;
}

export const isDated = (e: WorkspaceEvent): e is DatedEvent => e.date !== null;
/** An event without a date has no inferred one either (merge.ts toEvent sets inferred only with a date). */
export const isUndated = (e: WorkspaceEvent): e is UndatedEvent => e.date === null;

/**
 * Additions to version 1 that leave its readers working. 0 (or absent): the first format. 1: `statements`,
 * the statements quoted more than once with their versions (issue #20).
 */
export const TIMELINE_MINOR_VERSION = 1;

/**
 * What `newsdesk timeline FILE... --json` prints and the `newsdesk/workspace` request returns (its
 * `timeline`). Events are in date order; the same event told by several articles is one event with
 * several sources. Offsets are UTF-16 code-unit offsets into each file's text after UTF-8 decoding with
 * any BOM removed; end is exclusive.
 * @title Newsdesk timeline across articles, version 1
 * @id https://newsdesk.dev/schema/timeline.schema.json
 */
export interface TimelineDocument {
  version: 1;
  /**
   * Additions to version 1 that leave its readers working. 0 or absent: the first format; 1: statements.
   * @asType integer
   * @minimum 0
   */
  minorVersion?: number;
  /** Dated events, earliest first. */
  events: DatedEvent[];
  /** Events no article dates. */
  undated: UndatedEvent[];
  disagreements: Disagreement[];
  /**
   * Since minor version 1: statements quoted more than once (in several articles, or twice in one), each
   * with its versions; quotations of one speaker sharing a run of words are one statement.
   */
  statements?: QuoteStatement[];
}

/** Set when the date was worked out from another article (the article's own date was inferred from an event another article dates). */
export interface Inferred {
  /** The file whose dated event gave the date. */
  from: string;
  how: string;
}
