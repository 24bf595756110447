// The workspace timeline kept between edits (issue 17): a language server asks for the timeline of
// thousands of articles again after every edit to one of them. This gives exactly what buildTimeline
// gives for the same articles (a property test compares them after random edits, additions and
// deletions), but keeps what an edit leaves alone: each article's events with their key words, the
// clusters they formed, the date conflicts between clusters and the articles analysed again with an
// inferred date. After an edit only the events that share a key word with a cluster the edit changed
// are merged again; every other event joins the cluster it joined before, without a comparison.
import type { ArticleAnalysis } from '../types';
import { analyze } from '../analyze';
import { sortKey, span } from './dates';
import { figureDisagreements } from './figures';
import { KeyIndex, blocksOf, type Keys } from './keys';
import { conflicting, dateConflict, takes, toEvent, type Item } from './merge';
import { roleDisagreements } from './people';
import { PeopleMerge } from './people-incremental';
import { anchorArticles, eventKeys, isExplicit, itemOf, type Reanalyse } from './workspace';
import { isDated, isUndated, TIMELINE_MINOR_VERSION, type TimelineDocument } from './workspace-types';
import { WorkspaceStatements } from '../quotes/versions';

/** One timeline event as the merge sees it; the same object while its article's analysis and place stay. */
export interface Entry {
  file: string;
  date: string | null;
  explicit: boolean;
  keys: Keys;
  blocks: string[];
  span: number;
  analysis: ArticleAnalysis;
  index: number;
  /** Its place among all events of this refresh (the order of a full merge's input). */
  seq: number;
  /** Its place in this refresh's merge order (most precise first). */
  rank: number;
}

export class WorkspaceTimeline {
  /** Articles analysed again with an inferred date, by file: kept while the article, its text and the date stay. */
  private anchored = new Map<string, { base: ArticleAnalysis; text: string; anchor: string; result: ArticleAnalysis }>();
  private readonly merge = new IncrementalMerge();
  private readonly statements = new WorkspaceStatements();
  /** The people merge kept between updates (see people-incremental.ts). */
  private readonly people = new PeopleMerge();

  /** The timeline of these articles, as buildTimeline(articles, texts) gives it. */
  update(articles: ArticleAnalysis[], texts: Map<string, string> = new Map()): TimelineDocument {
    const used = new Set<string>();
    const again: Reanalyse = (a, text, anchor) => {
      used.add(a.file);
      const hit = this.anchored.get(a.file);
      if (hit && hit.base === a && hit.text === text && hit.anchor === anchor) return hit.result;
      const result = sharedWith(a, analyze(text, { file: a.file, publishedDate: anchor }));
      this.anchored.set(a.file, { base: a, text, anchor, result });
      return result;
    };
    const { working, inferred } = anchorArticles(articles, texts, again);
    for (const file of [...this.anchored.keys()]) if (!used.has(file)) this.anchored.delete(file);

    const { clusters, conflicts } = this.merge.update(working);
    const ids = this.people.update(working);
    const items = new Map<Entry, Item>();
    const full = (members: Entry[]) => members.map((e) => {
      let it = items.get(e);
      if (!it) items.set(e, (it = itemOf(e.analysis, e.analysis.timeline[e.index], e.keys, texts, inferred, ids)));
      return it;
    });
    const merged = clusters.map((c) => toEvent(full(c)));
    const events = merged.filter(isDated).sort((x, y) => sortKey(x.date).localeCompare(sortKey(y.date)));
    const undated = merged.filter(isUndated);
    const dates = conflicts.map(([i, j]) => dateConflict(full(clusters[i]), full(clusters[j])));
    const disagreements = [...figureDisagreements(working, texts), ...roleDisagreements(working), ...dates];
    return { version: 1, minorVersion: TIMELINE_MINOR_VERSION, events, undated, disagreements, statements: this.statements.update(working, ids) };
  }
}

/** The parts of an analysis a publication date may change; the others are shared when they came out the same. */
const DATED: ReadonlySet<string> = new Set(['publishedDate', 'dates', 'timeline']);

/**
 * An article analysed again with an inferred date, its parts that came out as in the first analysis
 * (compared as JSON: the entities, the figures, most often the quotations) taken from that one: the
 * kept re-analyses share them instead of holding a copy, and what is worked out per entity or per
 * figure list (name words, the people and figure merges) is found again for them.
 */
function sharedWith(base: ArticleAnalysis, again: ArticleAnalysis): ArticleAnalysis {
  const out: Record<string, unknown> = { ...again };
  for (const k of Object.keys(out)) {
    if (DATED.has(k)) continue;
    const mine = (again as unknown as Record<string, unknown>)[k];
    const theirs = (base as unknown as Record<string, unknown>)[k];
    if (mine !== theirs && JSON.stringify(mine) === JSON.stringify(theirs)) out[k] = theirs;
  }
  return out as unknown as ArticleAnalysis;
}

/**
 * mergeItems kept between calls. The full merge takes events most precise first and puts each into
 * the first earlier cluster that takes it (sharing a key word). An event's choice can only change
 * when a cluster it shares a key word with changed before its turn: such clusters are marked dirty
 * (their key words with them) as the walk meets a changed event, and only events with a dirty key
 * word are compared again; the others join the cluster they joined last time.
 */
export class IncrementalMerge {
  private articles = new Map<ArticleAnalysis, { pos: number; entries: Entry[] }>();
  /** Each event's cluster, by its first event (the cluster's founder). */
  private clusterOf = new Map<Entry, Entry>();
  /** Each cluster's events in order, by founder. */
  private members = new Map<Entry, Entry[]>();
  /** Date conflicts as pairs of founders, the earlier cluster first. */
  private conflicts: Array<[Entry, Entry]> = [];

  update(working: ArticleAnalysis[]): { clusters: Entry[][]; conflicts: Array<[number, number]> } {
    // An article is kept when its analysis is the same object and it did not move before an article
    // that came before it; any other article's events are new objects (its old ones are gone).
    const next = new Map<ArticleAnalysis, { pos: number; entries: Entry[] }>();
    const all: Entry[] = [];
    let lastPos = -1;
    working.forEach((a, pos) => {
      const old = this.articles.get(a);
      let entries: Entry[];
      if (old && old.pos > lastPos && !next.has(a)) {
        entries = old.entries;
        lastPos = old.pos;
      } else entries = entriesOf(a);
      if (!next.has(a)) next.set(a, { pos, entries });
      for (const e of entries) {
        e.seq = all.length;
        all.push(e);
      }
    });
    const order = all.sort((x, y) => x.span - y.span || Number(y.explicit) - Number(x.explicit) || x.seq - y.seq);
    order.forEach((e, i) => (e.rank = i));
    const present = new Set(order);

    const dirty = new Set<Entry>();
    const dirtyBlocks = new Set<string>();
    const now = new Map<Entry, Entry[]>();
    const markDirty = (founder: Entry) => {
      if (dirty.has(founder)) return;
      dirty.add(founder);
      for (const m of this.members.get(founder) ?? []) for (const b of m.blocks) dirtyBlocks.add(b);
      for (const m of now.get(founder) ?? []) for (const b of m.blocks) dirtyBlocks.add(b);
    };
    for (const [a, old] of this.articles) {
      if (next.get(a)?.entries === old.entries) continue;
      for (const e of old.entries) markDirty(this.clusterOf.get(e)!);
    }

    const clusters: Entry[][] = [];
    const numberOf = new Map<Entry, number>();
    const clusterOf = new Map<Entry, Entry>();
    const byKey = new KeyIndex();
    for (const it of order) {
      const before = this.clusterOf.get(it);
      let k: number | undefined;
      let reused = before !== undefined && !it.blocks.some((b) => dirtyBlocks.has(b));
      if (reused) k = before === it ? clusters.length : numberOf.get(before!);
      if (k === undefined) {
        reused = false;
        k = clusters.length;
        // A cluster that is not dirty has the members it had last time so far, in the same order, and a
        // founder that comes before the item's last cluster's founder was compared last time and did not
        // take the item: it does not now. (Unchanged events keep their relative order.)
        const limit = before !== undefined && present.has(before) ? before.rank : -1;
        for (const c of byKey.candidatesOfBlocks(it.blocks)) {
          const f = clusters[c][0];
          if (f.rank < limit && !dirty.has(f) && this.members.has(f)) continue;
          if (takes(clusters[c], it)) {
            k = c;
            break;
          }
        }
      }
      if (k === clusters.length) {
        clusters.push([]);
        numberOf.set(it, k);
        now.set(it, clusters[k]);
      }
      const founder = clusters[k][0] ?? it;
      clusters[k].push(it);
      clusterOf.set(it, founder);
      byKey.addBlocks(k, it.blocks);
      if (!reused && founder !== before) {
        if (before) markDirty(before);
        markDirty(founder);
      }
      if (dirty.has(founder)) for (const b of it.blocks) dirtyBlocks.add(b);
    }

    // Conflicts between two clusters depend only on their founders: pairs of founders that were both
    // founders before are as they were; pairs with a new founder are compared.
    const wasFounder = (f: Entry) => this.members.has(f);
    const pairs: Array<[number, number]> = [];
    for (const [a, b] of this.conflicts) {
      const i = numberOf.get(a);
      const j = numberOf.get(b);
      if (i !== undefined && j !== undefined) pairs.push([i, j]);
    }
    const byFirst = new KeyIndex();
    clusters.forEach((c, i) => byFirst.addBlocks(i, c[0].blocks));
    clusters.forEach((c, i) => {
      if (wasFounder(c[0])) return;
      for (const j of byFirst.candidatesOfBlocks(c[0].blocks)) {
        if (j === i || (j < i && !wasFounder(clusters[j][0]))) continue; // a pair of new founders once
        const [lo, hi] = j < i ? [j, i] : [i, j];
        if (conflicting(clusters[lo][0], clusters[hi][0])) pairs.push([lo, hi]);
      }
    });
    pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);

    this.articles = next;
    this.clusterOf = clusterOf;
    this.members = now;
    this.conflicts = pairs.map(([i, j]) => [clusters[i][0], clusters[j][0]]);
    return { clusters, conflicts: pairs };
  }
}

function entriesOf(a: ArticleAnalysis): Entry[] {
  const keys = eventKeys(a);
  return a.timeline.map((e, index) => ({
    file: a.file,
    date: e.date,
    explicit: isExplicit(a, e),
    keys: keys[index],
    blocks: blocksOf(keys[index].words),
    span: span(e.date),
    analysis: a,
    index,
    seq: 0,
    rank: 0,
  }));
}
