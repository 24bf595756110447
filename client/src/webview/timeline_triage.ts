// Triage of the timeline (issue 19): the reader filters the events by text, entity and source, hides
// junk events and pins a source. Filtering happens in the webview as the reader types; what the
// extension keeps is what should outlive the panel (hidden events and the pinned source, per workspace)
// and what the reader last saw (the keys of the events shown), so that an export is what is shown.
import type { TimelineTriage, TimelineView, TimelineViewEvent } from './timeline_view';

export type { TimelineTriage } from './timeline_view';

export const NO_TRIAGE: TimelineTriage = { hidden: [], source: null };

/**
 * A key for an event that survives a refresh (the view's ids are positions): its date and its words.
 * An event told again in other words is another event for the reader too.
 */
export function eventKey(e: Pick<TimelineViewEvent, 'date' | 'event'>): string {
  return `${e.date ?? ''}|${e.event.toLowerCase()}`;
}

/** Reads the remembered triage defensively: the store is user data that may come from an older version. */
export function readTriage(value: unknown): TimelineTriage {
  const v = value as Partial<TimelineTriage> | undefined;
  const hidden = Array.isArray(v?.hidden) ? v!.hidden.filter((k): k is string => typeof k === 'string') : [];
  return { hidden, source: typeof v?.source === 'string' ? v.source : null };
}

/** The triage after a message from the webview: hide or show one event, pin or unpin a source. */
export function applyTriage(t: TimelineTriage, change: { hide?: string; unhide?: string; source?: string | null }): TimelineTriage {
  let hidden = t.hidden;
  if (typeof change.hide === 'string' && !hidden.includes(change.hide)) hidden = [...hidden, change.hide];
  if (typeof change.unhide === 'string') hidden = hidden.filter((k) => k !== change.unhide);
  const source = change.source === undefined ? t.source : change.source;
  return { hidden, source };
}

/** The view with only the events the reader saw (by key); the disagreements stay. */
export function shownOnly(view: TimelineView, keys: readonly string[] | undefined): TimelineView {
  if (!keys) return view;
  const shown = new Set(keys);
  const keep = (e: TimelineViewEvent) => shown.has(e.key);
  return { ...view, events: view.events.filter(keep), undated: view.undated.filter(keep) };
}
