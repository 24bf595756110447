// The workspace timeline's shapes, below the modules that build it (workspace, merge, incremental,
// people, figures), so that none of them imports another only for its types.
import type { Span } from '../types';

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

export interface TimelineDocument {
  version: 1;
  events: WorkspaceEvent[];
  undated: WorkspaceEvent[];
  disagreements: Disagreement[];
}

/** How an undated article got its date: from which article, and in words. */
export type Inferred = { from: string; how: string };
