// The timeline as the webview shows it: events in date order with readable dates, source labels and
// entity names resolved. Pure: built from a TimelineDocument, shared by the webview and the exports.
import type { TimelineDocument, WorkspaceEvent } from '../../../server/src/core';
import { baseName, squash } from '../model/text';
import { diffText } from '../model/statement_tree';
import { eventKey, type TimelineTriage } from './timeline_triage';

export type * from './timeline_view';
import type { Scope, TimelineView, TimelineViewEvent, TimelineViewOptions, TimelineViewSource, TimelineViewStatement, TimelineViewDisagreement } from './timeline_view';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** True for dates the timeline can place: a year, month, day or ISO week. */
export function isPlaceable(date: string | null | undefined): date is string {
  return !!date && ISO_DATE.test(date);
}

/** "2025-08-16" -> "16 August 2025"; "2025-08" -> "August 2025"; "2025-W33" -> "Week 33, 2025". */
export function dateLabel(date: string | null): string {
  if (!date) return 'Undated';
  const m = ISO_DATE.exec(date);
  if (!m) return date;
  const [, y, mo, d, w] = m;
  if (w) return `Week ${Number(w)}, ${y}`;
  if (d) return `${Number(d)} ${MONTHS[Number(mo) - 1] ?? mo} ${y}`;
  if (mo) return `${MONTHS[Number(mo) - 1] ?? mo} ${y}`;
  return y;
}

/** The first day a date stands for, as [year, month, day] (weeks start on Monday), for sorting and TimelineJS. */
export function dateParts(date: string): { year: number; month?: number; day?: number } | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[4]) {
    // ISO week 1 is the week with the year's first Thursday.
    const jan4 = Date.UTC(year, 0, 4);
    const dow = (new Date(jan4).getUTCDay() + 6) % 7;
    const monday = new Date(jan4 - dow * 86400000 + (Number(m[4]) - 1) * 7 * 86400000);
    return { year: monday.getUTCFullYear(), month: monday.getUTCMonth() + 1, day: monday.getUTCDate() };
  }
  return { year, month: m[2] ? Number(m[2]) : undefined, day: m[3] ? Number(m[3]) : undefined };
}

/** Sort key: year, month, day (a bare year sorts before its months). */
function sortKey(date: string): string {
  const p = dateParts(date);
  if (!p) return date;
  const pad = (n: number | undefined, w: number) => (n === undefined ? '0'.repeat(w) : String(n).padStart(w, '0'));
  return `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}-${date.includes('W') ? 1 : 0}`;
}

export function compareEvents(a: { date: string | null; dateText: string }, b: { date: string | null; dateText: string }): number {
  const ka = a.date ? sortKey(a.date) : '';
  const kb = b.date ? sortKey(b.date) : '';
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** A file URI or path as its file name; any other text (an event, a date) as it is. */
function readableSource(from: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(from) || /^[\\/]|^[a-z]:[\\/]/i.test(from) ? baseName(from) : from;
}

export function toTimelineView(doc: TimelineDocument, opts: TimelineViewOptions): TimelineView {
  const convert = (e: WorkspaceEvent, i: number, prefix: string): TimelineViewEvent => {
    const names: string[] = [];
    for (const id of e.entityIds ?? []) {
      let name: string | undefined;
      for (const s of e.sources) {
        name = opts.entityName?.(id, s.file);
        if (name) break;
      }
      if (name && !names.includes(name)) names.push(name);
    }
    const date = isPlaceable(e.date) ? e.date : null;
    const event = squash(e.event ?? '');
    return {
      id: `${prefix}${i}`,
      key: eventKey({ date, event }),
      date,
      dateLabel: dateLabel(isPlaceable(e.date) ? e.date : null),
      dateText: e.dateText ?? '',
      inferred: e.inferred ? { from: readableSource(e.inferred.from), how: e.inferred.how } : null,
      event,
      entities: names,
      sources: (e.sources ?? []).map((s) => ({ file: s.file, label: baseName(s.file), start: s.start, end: s.end, text: squash(s.text ?? '') })),
    };
  };
  const all = [...(doc.events ?? []).map((e, i) => convert(e, i, 'e')), ...(doc.undated ?? []).map((e, i) => convert(e, i, 'u'))];
  const events = all.filter((e) => e.date !== null);
  // Array.prototype.sort is stable: events on the same date keep the order the server gave.
  events.sort(compareEvents);
  const undated = all.filter((e) => e.date === null);
  const disagreements = (doc.disagreements ?? []).map((d) => ({
    subject: squash(d.subject),
    kind: d.kind,
    values: d.values.map((v) => ({ value: squash(v.value), label: baseName(v.file), file: v.file, start: v.start, end: v.end, text: squash(v.text ?? '') })),
  }));
  const statements = (doc.statements ?? []).map((st) => ({
    speaker: st.speaker,
    text: squash(st.versions[0]?.text ?? ''),
    flagged: st.versions.filter((v) => v.class === 'altered' || v.class === 'attributed-elsewhere').length,
    versions: st.versions.map((v) => ({
      file: v.file,
      label: baseName(v.file),
      start: v.start,
      end: v.end,
      text: squash(v.text),
      cls: v.class,
      otherSpeaker: v.class === 'attributed-elsewhere' ? v.speaker : null,
      diff: v.class === 'altered' || v.class === 'shortened' ? diffText(v.diff) : '',
    })),
  }));
  return { title: opts.title, scope: opts.scope, events, undated, disagreements, statements };
}
