// The public shape of an analysis: what the CLI prints with --json, what the server sends
// in `newsdesk/analysis`, and what schema/article-analysis.schema.json describes.
// Offsets are UTF-16 code-unit offsets into the text after UTF-8 decoding and BOM removal.

export const ANALYSIS_VERSION = 1;
/**
 * Additions that leave version-1 readers working (new optional or nullable fields only). 0 (or the
 * field absent): the first version-1 format. 1: figures carry `qualifier`, `low`, `high` and `per`.
 * 2: timeline events carry `text`, `explicit` and `keys`, and figures that can disagree carry `keys`:
 * what merging the timeline across articles compares, so that analyses computed apart (a map step)
 * can be merged without their texts (`newsdesk timeline --from-jsonl`, the reduce step).
 */
export const ANALYSIS_MINOR_VERSION = 2;

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export type EntityType = 'person' | 'organization' | 'place';
export type QuoteKind = 'direct' | 'partial' | 'scare';
export type FigureKind = 'money' | 'percent' | 'count' | 'quantity' | 'age' | 'duration' | 'ordinal';
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Headline extends TextSpan {}

export interface Section extends Span {
  title: string;
}

export interface Boilerplate extends Span {
  reason: string;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  role: string | null;
  aliases: string[];
  mentions: TextSpan[];
}

export interface Speaker {
  entityId: string | null;
  name: string;
}

export interface Quote extends TextSpan {
  kind: QuoteKind;
  speaker: Speaker | null;
}

/**
 * How the text bounds a figure's value: "about 300" is about, "just below 10%" nearly, "above 10%"
 * more than, "no more than 5" at most. Absent or null when the text gives the figure as it is.
 */
export type FigureQualifier = 'about' | 'nearly' | 'more than' | 'less than' | 'at least' | 'at most' | 'up to';

export interface Figure extends TextSpan {
  kind: FigureKind;
  /** The number meant (for a range, its low end), or null when the text gives none ("tens of thousands"). */
  value: number | null;
  unit: string | null;
  /** Since minor version 1: the bound or approximation the text puts on the value. */
  qualifier?: FigureQualifier | null;
  /** Since minor version 1: the ends of a range ("5-8 years": 5 and 8), or null when it is one number. */
  low?: number | null;
  high?: number | null;
  /** Since minor version 1: what a rate is counted per ("20 cents a share": "share"), or null. */
  per?: string | null;
  /**
   * Since minor version 2, on figures that can take part in a disagreement (money, counts, quantities and
   * percentages other than zero): where the figure stands and what its sentence is about.
   */
  keys?: FigureKeys;
}

/** What the timeline compares to tell whether two figures report the same thing (core/timeline/figures.ts). */
export interface FigureKeys {
  /** Key words of the figure's sentence (lowercased, crudely stemmed). */
  words: string[];
  /** The line the figure is on (0-based) and the sentence's place in that line (0-based). */
  line: number;
  order: number;
  /** The figure and the words after it up to a clause break ("$100 billion in aid"): the disagreement's subject. */
  subject: string;
}

/** What a relative date was counted from: the publication date, or another date in the text. */
export type DateAnchorKind = 'published' | 'text';

export interface DateMention extends TextSpan {
  /** ISO 8601 / TIMEX3-style value (`2025-08-16`, `2014`, `2025-W33`, `PAST_REF`) or null. */
  value: string | null;
  relative: boolean;
  /**
   * Since minor version 1 (optional). For a relative date resolved to a calendar value: what it was counted from, "published" (the
   * publication date, from front matter, the caller or a dateline) or "text" (another date the article
   * states: "later that year", or the latest date of an undated article). Absent otherwise.
   */
  anchor?: DateAnchorKind;
  /** Since minor version 1 (optional): the date it was counted from (ISO), with `anchor`. */
  anchorDate?: string;
}

export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Diagnostic extends Span {
  code: string;
  severity: Severity;
  message: string;
  fixes?: Fix[];
  /** True for findings that mark text as not part of the article (shown faded). */
  unnecessary?: boolean;
}

export interface TimelineEvent extends Span {
  date: string | null;
  dateText: string;
  event: string;
  entityIds: string[];
  /** Since minor version 2: the text of the span (the sentence or table row that tells the event). */
  text?: string;
  /** Since minor version 2: true when the date is written in the span as a calendar date, not worked out. */
  explicit?: boolean;
  /** Since minor version 2: the event's key words, which merging compares across articles. */
  keys?: EventKeys;
}

/** Content words of an event, lowercased and crudely stemmed; `names` those written with a capital. */
export interface EventKeys {
  words: string[];
  names: string[];
}

export interface ArticleAnalysis {
  file: string;
  headline: Headline | null;
  sections: Section[];
  publishedDate: string | null;
  boilerplate: Boilerplate[];
  entities: Entity[];
  quotes: Quote[];
  figures: Figure[];
  dates: DateMention[];
  diagnostics: Diagnostic[];
  timeline: TimelineEvent[];
}

export interface AnalysisDocument {
  version: typeof ANALYSIS_VERSION;
  minorVersion?: number;
  articles: ArticleAnalysis[];
}
