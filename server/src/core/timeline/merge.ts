// Merging the same event told by several articles into one timeline event with several sources.
// Two events are the same when their dates are compatible (one lies within the other) and they share
// key words: at least one name on the very same day, else at least two key words including a name, or
// three. Events alike enough to be the same (three shared key words, half of the shorter) but with
// dates that cannot both be true are kept apart and reported as a date disagreement.
import type { Disagreement, TimelineSource, WorkspaceEvent } from './workspace';
import { compatible, rangeOf, span } from './dates';
import { KeyIndex, match, type Keys } from './keys';

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

interface Cluster {
  items: Item[];
  /**
   * One item per distinct date and key words: whether an item joins depends only on those, so an
   * archive that tells one event a thousand times compares it with one, not a thousand.
   */
  shapes: Map<string, Item>;
  /** The distinct dates of the items (null included). */
  dates: Set<string | null>;
}

function shapeOf(it: Item): string {
  return `${it.date}\u0000${it.keys.words.join(' ')}\u0000${it.keys.names.join(' ')}`;
}

/** Who and what: a shared name and a shared word that is not a name (summit, meet, annex). */
export function alike(a: Keys, b: Keys): boolean {
  const s = match(a, b);
  return s.names >= 1 && s.others >= 1;
}

function sameEvent(a: Item, b: Item): boolean {
  const s = match(a.keys, b.keys);
  if (a.date === null || b.date === null) return a.date === b.date && alike(a.keys, b.keys) && s.words >= 3 && s.ratio >= 0.5;
  if (!compatible(a.date, b.date)) return false;
  const sameDay = a.date.slice(0, 10) === b.date.slice(0, 10) && span(a.date) === 1 && span(b.date) === 1;
  if (sameDay && s.names >= 1) return true;
  // Told in nearly the same words.
  if (s.words >= 3 && s.ratio >= 0.8) return true;
  return alike(a.keys, b.keys);
}

function conflicting(a: Item, b: Item): boolean {
  if (a.file === b.file || !a.date || !b.date || compatible(a.date, b.date)) return false;
  if (!rangeOf(a.date) || !rangeOf(b.date)) return false;
  const s = match(a.keys, b.keys);
  return alike(a.keys, b.keys) && s.words >= 3 && s.ratio >= 0.5;
}

export function mergeItems(items: Item[]): { events: WorkspaceEvent[]; conflicts: Disagreement[] } {
  // Most precise dates first, so that a cluster's date is its best one.
  const order = [...items].sort((x, y) => span(x.date) - span(y.date) || Number(y.explicit) - Number(x.explicit));
  const clusters: Cluster[] = [];
  // Every way two events can be the same needs a shared key word, so only clusters that share one are
  // compared: the first such cluster that takes the item is the one a scan of all clusters would find.
  const byKey = new KeyIndex();
  for (const it of order) {
    let found = -1;
    for (const k of byKey.candidates(it.keys.words)) {
      const cl = clusters[k];
      if ([...cl.shapes.values()].some((x) => sameEvent(x, it)) && [...cl.dates].every((d) => d === null || it.date === null || compatible(d, it.date))) {
        found = k;
        break;
      }
    }
    if (found < 0) {
      found = clusters.length;
      clusters.push({ items: [], shapes: new Map(), dates: new Set() });
    }
    const cl = clusters[found];
    cl.items.push(it);
    const shape = shapeOf(it);
    if (!cl.shapes.has(shape)) cl.shapes.set(shape, it);
    cl.dates.add(it.date);
    byKey.add(found, it.keys.words);
  }
  const conflicts: Disagreement[] = [];
  const byFirst = new KeyIndex();
  clusters.forEach((c, i) => byFirst.add(i, c.items[0].keys.words));
  for (let i = 0; i < clusters.length; i++) {
    for (const j of byFirst.candidates(clusters[i].items[0].keys.words)) {
      if (j <= i) continue;
      const a = clusters[i].items[0];
      const b = clusters[j].items[0];
      if (!conflicting(a, b)) continue;
      conflicts.push({
        subject: shortest([a, b]).event,
        kind: 'date',
        values: [...clusters[i].items, ...clusters[j].items].map((x) => ({ value: x.date ?? '', file: x.file, start: x.source.start, end: x.source.end, text: x.source.text })),
      });
    }
  }
  return { events: clusters.map(toEvent), conflicts };
}

function shortest(items: Item[]): Item {
  return [...items].sort((a, b) => a.event.length - b.event.length)[0];
}

function toEvent(c: Cluster): WorkspaceEvent {
  const best = c.items[0];
  const dated = c.items.filter((x) => x.date !== null && span(x.date) === span(best.date));
  const explicit = dated.find((x) => x.explicit);
  const head = explicit ?? best;
  const textOf = shortest(dated.length ? dated : c.items);
  const ids = new Set<string>();
  for (const x of c.items) for (const id of x.entityIds) ids.add(id);
  const sources: TimelineSource[] = [];
  const seen = new Set<string>();
  for (const x of c.items) {
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
