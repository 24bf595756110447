// One article's timeline events as a TimelineDocument, so the panel treats one and many articles alike.
import type { ArticleAnalysis, TimelineDocument, WorkspaceEvent } from '../../../server/src/core';

export function articleTimeline(analysis: ArticleAnalysis, text: string): TimelineDocument {
  const events: WorkspaceEvent[] = [];
  const undated: WorkspaceEvent[] = [];
  for (const e of analysis.timeline) {
    const ev: WorkspaceEvent = {
      date: e.date,
      dateText: e.dateText,
      inferred: null,
      event: e.event,
      entityIds: e.entityIds,
      sources: [{ file: analysis.file, start: e.start, end: e.end, text: text.slice(e.start, e.end) || e.event }],
    };
    (e.date ? events : undated).push(ev);
  }
  return { version: 1, events, undated, disagreements: [] };
}
