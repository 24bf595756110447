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

const DATELINE_LEAD = /^(?:(?:published|posted|updated|dated)(?:\s+on)?:?\s+|[\p{Lu}][\p{Lu}\p{L} .'’-]{1,40},?(?:\s+[\p{Lu}][\p{L}.]+)?,?\s+)?$/u;
const DATELINE_TAIL = /^\s*(?:$|\(|[-–—_:|/]|\d{1,2}:\d{2})/;

/** A full date that opens one of the first blocks as a dateline does. */
export function isDatelineDate(blockText: string, start: number, end: number): boolean {
  if (start > 60) return false;
  return DATELINE_LEAD.test(blockText.slice(0, start)) && DATELINE_TAIL.test(blockText.slice(end, end + 4));
}
