// The timeline across articles: events of every article in date order, undated ones apart.
import type { ArticleAnalysis, Span } from '../types';

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

export function buildTimeline(articles: ArticleAnalysis[], texts: Map<string, string> = new Map()): TimelineDocument {
  const events: WorkspaceEvent[] = [];
  const undated: WorkspaceEvent[] = [];
  for (const a of articles) {
    const text = texts.get(a.file);
    for (const e of a.timeline) {
      const ev: WorkspaceEvent = {
        date: e.date,
        dateText: e.dateText,
        inferred: null,
        event: e.event,
        entityIds: e.entityIds,
        sources: [{ file: a.file, start: e.start, end: e.end, text: text ? text.slice(e.start, e.end) : e.event }],
      };
      (e.date ? events : undated).push(ev);
    }
  }
  events.sort((x, y) => (x.date ?? '').localeCompare(y.date ?? ''));
  return { version: 1, events, undated, disagreements: [] };
}
