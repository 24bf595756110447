// The date relative expressions are resolved from ("the anchor"): the published date (front matter or
// the caller), else a date in a dateline ("WASHINGTON, Aug. 17, 2025 –"), else the latest full date the
// article itself states (a table of events ends at the newest one; an article is rarely written before
// the last day it reports on, so relative words are read as of that day). Kept per Doc in a WeakMap so
// the shared Doc type stays unchanged; the timeline stage reads it.
import type { Doc } from '../doc';
import { parseDay, type Ymd } from './calendar';

export type AnchorSource = 'published' | 'dateline' | 'inferred';

export interface Anchor {
  date: Ymd;
  iso: string;
  source: AnchorSource;
}

const anchors = new WeakMap<Doc, Anchor | null>();

export function anchorOf(doc: Doc): Anchor | null {
  return anchors.get(doc) ?? null;
}

export function setAnchor(doc: Doc, anchor: Anchor | null): void {
  anchors.set(doc, anchor);
}

export function publishedAnchor(doc: Doc): Anchor | null {
  const d = parseDay(doc.publishedDate);
  return d && doc.publishedDate ? { date: d, iso: doc.publishedDate.slice(0, 10), source: 'published' } : null;
}

// "Updated" is left out: a story's update stamp is not the day it was published (issue 16).
const DATELINE_LEAD = /^(?:(?:[Pp]ublished|[Pp]osted|[Dd]ated|[Ff]irst published|PUBLISHED|POSTED)(?:\s+on)?:?\s+|[\p{Lu}][\p{Lu}\p{L} .'’-]{1,40},?(?:\s+[\p{Lu}][\p{L}.]+)?,?\s+)?$/u;
const DATELINE_TAIL = /^\s*(?:$|\(|[-–—_:|/]|\d{1,2}:\d{2})/;

/** A full date that opens one of the first blocks as a dateline does. */
export function isDatelineDate(blockText: string, start: number, end: number): boolean {
  if (start > 60) return false;
  return DATELINE_LEAD.test(blockText.slice(0, start)) && DATELINE_TAIL.test(blockText.slice(end, end + 4));
}

// A page's own stamps, not the article's date: when a copy was viewed, crawled, retrieved, accessed,
// printed, archived or last changed ("View Date: 2024-12-23", "Retrieved on 20 May 2023", "Last modified
// 3 March 2021", "Updated: Aug. 17, 2025"). A date so labelled dates the copy, and never anchors "Tuesday".
// The spaces around the label's colon or dash split one way only (\s*[:-]?\s* was quadratic in a run of spaces).
const STAMP_LABEL = /\b(?:view(?:ed)?|crawl(?:ed)?|retriev(?:ed|al)|accessed|access\s+date|updated|modified|edited|revised|changed|reviewed|printed|print\s+date|archived|archive\s+date|downloaded|fetched|captured|cached|saved|generated|scraped)\b(?:\s+(?:on|at|date))?\s*(?:[:\-–—]\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?$/i;

/** A date the text labels as a stamp of the copy (viewed, retrieved, last modified, updated …) on its own line. */
export function isStampDate(blockText: string, start: number): boolean {
  const lineStart = blockText.lastIndexOf('\n', start - 1) + 1;
  const before = blockText.slice(Math.max(lineStart, start - 60), start);
  return STAMP_LABEL.test(before);
}
