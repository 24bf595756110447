// The timeline as the webview and the exports see it: the shapes only, below both the model that builds
// them (timeline_model.ts) and the reader's triage (timeline_triage.ts, whose remembered state is
// TimelineTriage), so that neither imports the other's types.

/** What the panel remembers per workspace and sends with each view. */
export interface TimelineTriage {
  /** Keys of the events the reader hid. */
  hidden: string[];
  /** The source (file) the reader pinned: only its events are shown. */
  source: string | null;
}

export type Scope = 'article' | 'workspace';

export interface TimelineViewSource {
  file: string;
  label: string;
  start: number;
  end: number;
  text: string;
}

export interface TimelineViewEvent {
  id: string;
  /** Stable across refreshes (date and words), for hiding an event (timeline_triage.ts). */
  key: string;
  /** ISO-like date (`2025-08-16`, `2025-08`, `2014`, `2025-W33`), or null when undated. */
  date: string | null;
  dateLabel: string;
  dateText: string;
  inferred: { from: string; how: string } | null;
  event: string;
  entities: string[];
  sources: TimelineViewSource[];
}

export interface TimelineViewDisagreement {
  subject: string;
  kind: string;
  values: Array<{ value: string; label: string; file: string; start: number; end: number; text: string }>;
}

/** One version of a statement, as the panel lists it under the statement. */
export interface TimelineViewVersion {
  file: string;
  label: string;
  start: number;
  end: number;
  text: string;
  /** same, shortened, altered, attributed-elsewhere or fullest (server/src/core/quotes/versions). */
  cls: string;
  /** The speaker this source names, when it names another one (attributed elsewhere). */
  otherSpeaker: string | null;
  /** The word difference from the fullest version as plain text ('' when none to show). */
  diff: string;
}

/** A statement quoted more than once: shown once, with every source that prints a version of it. */
export interface TimelineViewStatement {
  speaker: string | null;
  text: string;
  /** Versions that change the words or give them to someone else: what a reader must check. */
  flagged: number;
  versions: TimelineViewVersion[];
}

export interface TimelineView {
  title: string;
  scope: Scope;
  events: TimelineViewEvent[];
  undated: TimelineViewEvent[];
  disagreements: TimelineViewDisagreement[];
  /** Statements quoted more than once (absent or empty: none, or an older server). */
  statements?: TimelineViewStatement[];
  /** The reader's hidden events and pinned source (timeline_triage.ts); absent: none. */
  triage?: TimelineTriage;
}

export interface TimelineViewOptions {
  title: string;
  scope: Scope;
  /** Resolves an entity id of an event (from the given source file) to a display name. */
  entityName?: (id: string, file: string) => string | undefined;
}
