// One article's timeline events as a TimelineDocument, so the panel treats one and many articles alike.
import type { ArticleAnalysis, DatedEvent, TimelineDocument, UndatedEvent } from '../../../server/src/core';

export function articleTimeline(analysis: ArticleAnalysis, text: string): TimelineDocument {
  const events: DatedEvent[] = [];
  const undated: UndatedEvent[] = [];
  for (const e of analysis.timeline) {
    const ev = {
      dateText: e.dateText,
      inferred: null,
      event: e.event,
      entityIds: e.entityIds,
      sources: [{ file: analysis.file, start: e.start, end: e.end, text: text.slice(e.start, e.end) || e.event }],
    };
    if (e.date) events.push({ date: e.date, ...ev });
    else undated.push({ date: null, ...ev });
  }
  return { version: 1, events, undated, disagreements: [] };
}
