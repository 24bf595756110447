// The public shape of an analysis: what the CLI prints with --json, what the server sends
// in `newsdesk/analysis`. schema/article-analysis.schema.json is generated from these types at build
// time (scripts/schemas.mjs): their JSDoc is the schema's descriptions, and the tags in it (@pattern,
// @minimum, @asType integer, ...) its constraints, so the schema cannot drift from the code.
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

/**
 * A UTF-16 code-unit offset into the article's text after UTF-8 decoding with any BOM removed (the text
 * VS Code shows), so `text.slice(start, end)` in JavaScript is the span's text.
 * @asType integer
 * @minimum 0
 */
export type Offset = number;

/** A part of the text; `end` is exclusive. */
export interface Span {
  start: Offset;
  end: Offset;
}

export interface TextSpan extends Span {
  text: string;
}

export type EntityType = 'person' | 'organization' | 'place';
export type QuoteKind = 'direct' | 'partial' | 'scare';
export type FigureKind = 'money' | 'percent' | 'count' | 'quantity' | 'age' | 'duration' | 'ordinal';
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Headline extends TextSpan {}

/** A section heading and the text it covers. */
export interface Section extends Span {
  title: string;
}

/** Page furniture (share lines, comment forms, tickers): nothing is extracted from it. */
export interface Boilerplate extends Span {
  reason: string;
}

/**
 * A calendar day, YYYY-MM-DD.
 * @pattern ^\d{4}-\d{2}-\d{2}$
 */
export type IsoDay = string;

/** A person, organization or place: one entity per article with all its mentions. */
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
  /**
   * Since 1.1: the bound or approximation the text puts on the value ("about 300", "just below 10%" =
   * nearly, "more than 300,000"); null when exact.
   */
  qualifier?: FigureQualifier | null;
  /** Since 1.1: the low end of a range ("5-8 years": 5), or null when it is one number. */
  low?: number | null;
  /** Since 1.1: the high end of a range ("5-8 years": 8), or null when it is one number. */
  high?: number | null;
  /** Since 1.1: what a rate is counted per ("20 cents a share": "share"), or null. */
  per?: string | null;
  /**
   * Since 1.2, on figures that can disagree (money, counts, quantities, percentages other than zero):
   * what tells whether two figures report the same thing.
   */
  keys?: FigureKeys;
}

/** What the timeline compares to tell whether two figures report the same thing (core/timeline/figures.ts). */
export interface FigureKeys {
  /** Key words of the figure's sentence (lowercased, crudely stemmed). */
  words: string[];
  /**
   * The line the figure is on (0-based).
   * @asType integer
   * @minimum 0
   */
  line: number;
  /**
   * The sentence's place in its line (0-based).
   * @asType integer
   * @minimum 0
   */
  order: number;
  /** The figure and the words after it up to a clause break ("$100 billion in aid"): the disagreement's subject. */
  subject: string;
}

/** What a relative date was counted from: the publication date, or another date in the text. */
export type DateAnchorKind = 'published' | 'text';

export interface DateMention extends TextSpan {
  /**
   * ISO 8601 / TIMEX3-style value: `2025-08-16`, `2014`, `2025-W33`, `1998-Q1`, `PRESENT_REF`, `PAST_REF`,
   * or null when unresolved.
   */
  value: string | null;
  /** True for a date counted from another ("last week", "Sunday"), false for one written out. */
  relative: boolean;
  /**
   * Since 1.1 (optional). For a relative date resolved to a calendar value: what it was counted from,
   * "published" (the publication date, from front matter, the caller or a dateline) or "text" (another date
   * the article states: "later that year", or the latest date of an undated article). Absent otherwise.
   */
  anchor?: DateAnchorKind;
  /** Since 1.1 (optional, with `anchor`): the value of the date it was counted from. */
  anchorDate?: string;
}

export interface TextEdit extends Span {
  newText: string;
}

/** A quick fix: the edits that apply it. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Diagnostic extends Span {
  /**
   * The finding's family and rule: `garbled.*`, `claim.*`, `furniture.page`.
   * @pattern ^[a-z]+\.[a-z-]+$
   */
  code: string;
  severity: Severity;
  message: string;
  fixes?: Fix[];
  /** Marks text that is not part of the article (page furniture), shown faded. */
  unnecessary?: boolean;
}

/** An event of the article: its span is the sentence or table row that tells it. */
export interface TimelineEvent extends Span {
  /** The event's calendar value (as a date's `value`), or null when the article does not date it. */
  date: string | null;
  /** The date expression as written, or empty. */
  dateText: string;
  /** A short summary: who did what. */
  event: string;
  entityIds: string[];
  /** Since 1.2: the text of the span (the sentence or table row that tells the event). */
  text?: string;
  /** Since 1.2: true when the date is written in the span as a calendar date, not worked out from another. */
  explicit?: boolean;
  /** Since 1.2: the event's key words, which merging compares across articles. */
  keys?: EventKeys;
}

/** Content words of an event, lowercased and crudely stemmed; `names` those written with a capital. */
export interface EventKeys {
  words: string[];
  names: string[];
}

/** The analysis of one article (what the server's `newsdesk/analysis` request answers). */
export interface ArticleAnalysis {
  /** The path as given, or <stdin>, or the document URI in the server. */
  file: string;
  headline: Headline | null;
  sections: Section[];
  /** The publication date: from front matter (`published:`), the caller, or a dated dateline; or null. */
  publishedDate: IsoDay | null;
  boilerplate: Boilerplate[];
  entities: Entity[];
  quotes: Quote[];
  figures: Figure[];
  dates: DateMention[];
  diagnostics: Diagnostic[];
  timeline: TimelineEvent[];
}

/**
 * What `newsdesk analyze FILE... --json` prints. Offsets are UTF-16 code-unit offsets into the file text
 * after UTF-8 decoding with any BOM removed (the text VS Code shows); end is exclusive. Version 1 grows by
 * minor versions that only add optional or nullable fields, so a reader of 1.0 keeps working: 1.1 adds
 * minorVersion, the figure fields qualifier, low, high and per, and the date fields anchor and anchorDate;
 * 1.2 adds what merging the timeline across articles compares: the timeline event fields text, explicit
 * and keys, and keys on figures that can disagree (so `newsdesk timeline --from-jsonl` merges analyses
 * without their texts).
 * @title Newsdesk analysis document, version 1.2
 * @id https://newsdesk.dev/schema/article-analysis.schema.json
 */
export interface AnalysisDocument {
  version: typeof ANALYSIS_VERSION;
  /**
   * Additions within version 1 (absent = 0). 1: figures carry qualifier, low, high and per; relative dates
   * carry anchor and anchorDate. 2: timeline events carry text, explicit and keys; figures that can
   * disagree carry keys.
   * @asType integer
   * @minimum 0
   */
  minorVersion?: number;
  articles: ArticleAnalysis[];
}
