// What merging the timeline across articles compares, written into each article's analysis (minor
// version 2): an event's source text, whether its date is written out, and its key words; a figure's
// sentence key words, place and subject. With them an analysis stands for its text when timelines are
// merged, so a newsroom's archive is analysed once, article by article on any number of machines (the
// map step), and merged from the analyses alone (`newsdesk timeline --from-jsonl`, the reduce step).
import type { Component } from '../component';
import { lowerBound, type Doc } from '../doc';
import type { DateMention, TimelineEvent } from '../types';
import { figureKeys } from './figures';
import { keysOf } from './keys';

export const mergeKeys: Component = {
  name: 'merge-keys',
  run(doc: Doc) {
    for (const e of doc.timeline) {
      e.text = doc.text.slice(e.start, e.end);
      e.explicit = explicitDate(e, doc.dates);
      e.keys = keysOf(e.event);
    }
    const keys = figureKeys(doc.text, doc.figures);
    doc.figures.forEach((f, i) => {
      const k = keys[i];
      if (k) f.keys = k;
    });
  },
};

/** True when the event's date is a calendar date written inside its span (not counted from another). */
export function explicitDate(e: TimelineEvent, dates: readonly DateMention[]): boolean {
  // Only the dates that start inside the span, found by binary search over the dates in text order: a scan
  // of every date per event was quadratic on a page of dated sentences (30,000 of each in 2 MB of news).
  const sorted = byStart(dates);
  for (let i = lowerBound(sorted, e.start); i < sorted.length && sorted[i].start < e.end; i++) {
    const d = sorted[i];
    if (!d.relative && d.text === e.dateText && d.end <= e.end) return true;
  }
  return false;
}

/** The dates in text order, sorted once per list (the dates stage emits them block by block). */
const SORTED = new WeakMap<readonly DateMention[], readonly DateMention[]>();

function byStart(dates: readonly DateMention[]): readonly DateMention[] {
  let sorted = SORTED.get(dates);
  if (!sorted) {
    sorted = dates.every((d, i) => i === 0 || dates[i - 1].start <= d.start) ? dates : [...dates].sort((a, b) => a.start - b.start);
    SORTED.set(dates, sorted);
  }
  return sorted;
}
