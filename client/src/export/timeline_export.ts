// Exports of the timeline: Markdown, CSV, and TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html).
import type { TimelineView, TimelineViewEvent } from '../webview/timeline_model';
import { dateParts } from '../webview/timeline_model';
import { toCsv } from './csv';
import { escapeMarkdown } from './markdown';

function sourceList(e: TimelineViewEvent): string {
  return [...new Set(e.sources.map((s) => s.label))].join(', ');
}

function inferredNote(e: TimelineViewEvent): string {
  return e.inferred ? `inferred ${e.inferred.how ? `(${e.inferred.how}) ` : ''}from ${e.inferred.from}` : '';
}

export function timelineToMarkdown(view: TimelineView): string {
  const out = [`# Timeline: ${escapeMarkdown(view.title)}`, ''];
  const line = (e: TimelineViewEvent) => {
    const notes = [e.dateText ? `“${e.dateText}”` : '', inferredNote(e)].filter(Boolean).map(escapeMarkdown).join('; ');
    const head = e.date ? `**${escapeMarkdown(e.dateLabel)}**${notes ? ` (${notes})` : ''}: ` : notes ? `(${notes}) ` : '';
    const tail = [
      e.entities.length ? `Entities: ${escapeMarkdown(e.entities.join(', '))}.` : '',
      `Source${e.sources.length === 1 ? '' : 's'}: ${escapeMarkdown(sourceList(e))}.`,
    ].filter(Boolean).join(' ');
    return `- ${head}${escapeMarkdown(e.event)} ${tail}`;
  };
  out.push(...view.events.map(line));
  if (!view.events.length) out.push('_No dated events._');
  if (view.undated.length) out.push('', '## Undated', '', ...view.undated.map(line));
  if (view.disagreements.length) {
    out.push('', '## Where sources disagree', '');
    for (const d of view.disagreements) {
      out.push(`- **${escapeMarkdown(d.subject)}** (${escapeMarkdown(d.kind)}): ${d.values.map((v) => `${escapeMarkdown(v.value)} (${escapeMarkdown(v.label)})`).join(' vs ')}`);
    }
  }
  return out.join('\n') + '\n';
}

export function timelineToCsv(view: TimelineView): string {
  const rows = [...view.events, ...view.undated].map((e) => [
    e.date ?? '', e.dateText, inferredNote(e), e.event, e.entities.join('; '), e.sources.length,
    e.sources.map((s) => s.label).join('; '), e.sources[0]?.text ?? '',
  ]);
  return toCsv(['date', 'date_text', 'inferred', 'event', 'entities', 'source_count', 'sources', 'sentence'], rows);
}

/** HTML escaping for TimelineJS, whose text fields are HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

export interface TimelineJsDate {
  year: string;
  month?: string;
  day?: string;
  display_date?: string;
}

export interface TimelineJsEvent {
  unique_id: string;
  start_date: TimelineJsDate;
  text: { headline: string; text: string };
  group?: string;
}

export interface TimelineJsDocument {
  title: { text: { headline: string; text: string } };
  events: TimelineJsEvent[];
}

/** TimelineJS 3 JSON; undated events cannot be placed on its axis and are left out. */
export function timelineToTimelineJs(view: TimelineView): TimelineJsDocument {
  const events: TimelineJsEvent[] = [];
  for (const e of view.events) {
    const p = e.date ? dateParts(e.date) : null;
    if (!p) continue;
    // TimelineJS renders every string field as HTML: the date label and the group (a file name) too.
    const start: TimelineJsDate = { year: String(p.year), display_date: escapeHtml(e.dateLabel) };
    if (p.month) start.month = String(p.month);
    if (p.day) start.day = String(p.day);
    const body = [
      `<p>${escapeHtml(e.sources[0]?.text || e.event)}</p>`,
      e.inferred ? `<p><em>Date ${escapeHtml(inferredNote(e))}.</em></p>` : '',
      e.entities.length ? `<p>${escapeHtml(e.entities.join(', '))}</p>` : '',
      `<p>Source${e.sources.length === 1 ? '' : 's'}: ${escapeHtml(sourceList(e))}</p>`,
    ].join('');
    events.push({
      unique_id: `newsdesk-${e.id}`,
      start_date: start,
      text: { headline: escapeHtml(e.event), text: body },
      group: e.sources.length > 1 ? `${e.sources.length} sources` : e.sources[0]?.label === undefined ? undefined : escapeHtml(e.sources[0].label),
    });
  }
  return {
    title: { text: { headline: escapeHtml(`Timeline: ${view.title}`), text: `<p>${events.length} dated events, exported by Newsdesk.</p>` } },
    events,
  };
}
