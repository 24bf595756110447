// The workspace timeline's shapes, below the modules that build it (workspace, merge, incremental,
// people, figures), so that none of them imports another only for its types.
import type { Span } from '../types';
import type { QuoteStatement } from '../quotes/versions';

export interface TimelineSource extends Span {
  file: string;
  text: string;
}

export interface WorkspaceEvent {
  date: string | null;
  dateText: string;
  inferred: { from: string; how: string } | null;
  event: string;
  entityIds: string[];
  sources: TimelineSource[];
}

export interface Disagreement {
  subject: string;
  kind: 'figure' | 'role' | 'date';
  values: Array<{ value: string; file: string; start: number; end: number; text: string }>;
}

/**
 * Additions to version 1 that leave its readers working. 0 (or absent): the first format. 1: `statements`,
 * the statements quoted more than once with their versions (issue #20).
 */
export const TIMELINE_MINOR_VERSION = 1;

export interface TimelineDocument {
  version: 1;
  minorVersion?: number;
  events: WorkspaceEvent[];
  undated: WorkspaceEvent[];
  disagreements: Disagreement[];
  /** Since minor version 1: statements quoted more than once, each version classed against the fullest. */
  statements?: QuoteStatement[];
}

/** How an undated article got its date: from which article, and in words. */
export type Inferred = { from: string; how: string };
