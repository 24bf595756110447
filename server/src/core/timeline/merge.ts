// Merging the same event told by several articles into one timeline event with several sources.
// Two events are the same when their dates are compatible (one lies within the other) and they share
// key words: at least one name on the very same day, else at least two key words including a name, or
// three. Events alike enough to be the same (three shared key words, half of the shorter) but with
// dates that cannot both be true are kept apart and reported as a date disagreement.
import type { Disagreement, TimelineSource, WorkspaceEvent } from './workspace-types';
import { compatible, rangeOf, span } from './dates';
import { KeyIndex, match, type Keys, type Match } from './keys';

export interface Item {
  file: string;
  date: string | null;
  dateText: string;
  /** True when the date was written in the article itself as a calendar date (not worked out). */
  explicit: boolean;
  inferred: { from: string; how: string } | null;
  event: string;
  entityIds: string[];
  keys: Keys;
  source: TimelineSource;
}

/** What merging looks at: the rest of an item only shows in the merged event. */
export type Mergeable = Pick<Item, 'file' | 'date' | 'explicit' | 'keys'>;

interface Cluster {
  items: Item[];
  /**
   * One item per distinct date and key words: whether an item joins depends only on those, so an
   * archive that tells one event a thousand times compares it with one, not a thousand.
   */
  shapes: Map<string, Item>;
}

function shapeOf(it: Item): string {
  return `${it.date}\u0000${it.keys.words.join(' ')}\u0000${it.keys.names.join(' ')}`;
}

/** Who and what: a shared name and a shared word that is not a name (summit, meet, annex). */
export function alike(a: Keys, b: Keys): boolean {
  return alikeMatch(match(a, b));
}

/** alike() for two events whose key words are already matched. */
export function alikeMatch(s: Match): boolean {
  return s.names >= 1 && s.others >= 1;
}

/** Undated events are the same only when alike and told in half the same words; dated ones need compatible dates first. */
function sameEvent(a: Mergeable, b: Mergeable): boolean {
  // The cheap date tests come before the key-word match: most candidates fail them.
  if (a.date === null || b.date === null) {
    if (a.date !== b.date) return false;
    const s = match(a.keys, b.keys);
    return alikeMatch(s) && s.words >= 3 && s.ratio >= 0.5;
  }
  if (!compatible(a.date, b.date)) return false;
  const s = match(a.keys, b.keys);
  const sameDay = a.date.slice(0, 10) === b.date.slice(0, 10) && span(a.date) === 1 && span(b.date) === 1;
  if (sameDay && s.names >= 1) return true;
  // Told in nearly the same words.
  if (s.words >= 3 && s.ratio >= 0.8) return true;
  return alikeMatch(s);
}

/** Two clusters' first items: alike events of other articles with dates that cannot both be true. */
export function conflicting(a: Mergeable, b: Mergeable): boolean {
  if (a.file === b.file || !a.date || !b.date || compatible(a.date, b.date)) return false;
  if (!rangeOf(a.date) || !rangeOf(b.date)) return false;
  const s = match(a.keys, b.keys);
  return alikeMatch(s) && s.words >= 3 && s.ratio >= 0.5;
}

/** True when a cluster takes the item: it is the same event as one member, and its date fits every member's. */
export function takes(members: readonly Mergeable[], it: Mergeable): boolean {
  return members.some((x) => sameEvent(x, it)) && members.every((x) => x.date === null || it.date === null || compatible(x.date, it.date));
}

/** Most precise dates first, so that a cluster's date is its best one; ties keep their order. */
export function mergeOrder(x: Mergeable, y: Mergeable): number {
  return span(x.date) - span(y.date) || Number(y.explicit) - Number(x.explicit);
}

/** A date disagreement between two clusters (given by their members, the first item first). */
export function dateConflict(a: readonly Item[], b: readonly Item[]): Disagreement {
  return {
    subject: shortest([a[0], b[0]]).event,
    kind: 'date',
    values: [...a, ...b].map((x) => ({ value: x.date ?? '', file: x.file, start: x.source.start, end: x.source.end, text: x.source.text })),
  };
}

export function mergeItems(items: Item[]): { events: WorkspaceEvent[]; conflicts: Disagreement[] } {
  const order = [...items].sort(mergeOrder);
  const clusters: Cluster[] = [];
  // Every way two events can be the same needs a shared key word, so only clusters that share one are
  // compared: the first such cluster that takes the item is the one a scan of all clusters would find.
  const byKey = new KeyIndex();
  for (const it of order) {
    let found = -1;
    for (const k of byKey.candidates(it.keys.words)) {
      // One member per distinct date and key words stands for the cluster: takes() looks at nothing else.
      if (takes([...clusters[k].shapes.values()], it)) {
        found = k;
        break;
      }
    }
    if (found < 0) {
      found = clusters.length;
      clusters.push({ items: [], shapes: new Map() });
    }
    const cl = clusters[found];
    cl.items.push(it);
    const shape = shapeOf(it);
    if (!cl.shapes.has(shape)) cl.shapes.set(shape, it);
    byKey.add(found, it.keys.words);
  }
  const conflicts: Disagreement[] = [];
  const byFirst = new KeyIndex();
  clusters.forEach((c, i) => byFirst.add(i, c.items[0].keys.words));
  for (let i = 0; i < clusters.length; i++) {
    for (const j of byFirst.candidates(clusters[i].items[0].keys.words)) {
      if (j <= i) continue;
      if (conflicting(clusters[i].items[0], clusters[j].items[0])) conflicts.push(dateConflict(clusters[i].items, clusters[j].items));
    }
  }
  return { events: clusters.map((c) => toEvent(c.items)), conflicts };
}

function shortest(items: readonly Item[]): Item {
  return [...items].sort((a, b) => a.event.length - b.event.length)[0];
}

/** One timeline event from a cluster's members (the first is the best dated). */
export function toEvent(items: readonly Item[]): WorkspaceEvent {
  const best = items[0];
  const dated = items.filter((x) => x.date !== null && span(x.date) === span(best.date));
  const explicit = dated.find((x) => x.explicit);
  const head = explicit ?? best;
  const textOf = shortest(dated.length ? dated : items);
  const ids = new Set<string>();
  for (const x of items) for (const id of x.entityIds) ids.add(id);
  const sources: TimelineSource[] = [];
  const seen = new Set<string>();
  for (const x of items) {
    const k = `${x.source.file}\u0000${x.source.start}\u0000${x.source.end}`;
    if (!seen.has(k)) {
      seen.add(k);
      sources.push(x.source);
    }
  }
  return {
    date: head.date,
    dateText: head.dateText,
    inferred: explicit || !head.date ? null : head.inferred,
    event: textOf.event,
    entityIds: [...ids],
    sources,
  };
}
