// The timeline across articles (issue #10): the events of every article, the same event told by several
// articles merged into one with all its sources, in date order; undated events apart; and where the
// articles disagree (figures, roles, dates).
//
// Anchoring: an article without a date of its own whose event is told relatively ("a summit ... last
// week") and matches an event another article dates ("August 16, 2025: summit in Alaska") gets the
// earliest article date at which the relative words mean that date; it is analysed again with it, and
// its events say that their date was inferred and from where.
import { analyze } from '../analyze';
import type { ArticleAnalysis, Span, TimelineEvent } from '../types';
import { anchorFrom, sortKey } from './dates';
import { figureDisagreements } from './figures';
import { KeyIndex, keysOf, match, type Keys } from './keys';
import { alike, mergeItems, type Item } from './merge';
import { canonicalIds, key, roleDisagreements } from './people';
import { quoteStatements, type QuoteStatement } from '../quotes/versions';

export interface TimelineSource extends Span {
  file: string;
  text: string;
}

export interface WorkspaceEvent {
  date: string | null;
  dateText: string;
  inferred: { from: string; how: string } | null;
  event: string;
  entityIds: string[];
  sources: TimelineSource[];
}

export interface Disagreement {
  subject: string;
  kind: 'figure' | 'role' | 'date';
  values: Array<{ value: string; file: string; start: number; end: number; text: string }>;
}

/**
 * Additions to version 1 that leave its readers working. 0 (or absent): the first format. 1: `statements`,
 * the statements quoted more than once with their versions (issue #20).
 */
export const TIMELINE_MINOR_VERSION = 1;

export interface TimelineDocument {
  version: 1;
  minorVersion?: number;
  events: WorkspaceEvent[];
  undated: WorkspaceEvent[];
  disagreements: Disagreement[];
  /** Since minor version 1: statements quoted more than once, each version classed against the fullest. */
  statements?: QuoteStatement[];
}

type Inferred = { from: string; how: string };

export function buildTimeline(articles: ArticleAnalysis[], texts: Map<string, string> = new Map()): TimelineDocument {
  const { working, inferred } = anchorArticles(articles, texts);
  const { events: merged, conflicts } = mergeItems(itemsOf(working, texts, inferred));
  const events = merged.filter((e) => e.date !== null).sort((x, y) => sortKey(x.date).localeCompare(sortKey(y.date)));
  const undated = merged.filter((e) => e.date === null);
  const disagreements = [...figureDisagreements(working, texts), ...roleDisagreements(working), ...conflicts];
  return { version: 1, minorVersion: TIMELINE_MINOR_VERSION, events, undated, disagreements, statements: quoteStatements(working) };
}

/**
 * Only the disagreements, for diagnostics in an editor: figures and roles always; dates (event merging)
 * when `dates` is true, which costs more in a large workspace. No anchoring: articles are taken as
 * analysed, so an undated article's relative dates do not take part.
 */
export function findDisagreements(articles: ArticleAnalysis[], texts: Map<string, string>, options: { dates?: boolean } = {}): Disagreement[] {
  const out = [...figureDisagreements(articles, texts), ...roleDisagreements(articles)];
  if (options.dates) out.push(...mergeItems(itemsOf(articles, texts, new Map())).conflicts);
  return out;
}

function itemsOf(working: ArticleAnalysis[], texts: Map<string, string>, inferred: Map<string, Inferred>): Item[] {
  const ids = canonicalIds(working);
  const items: Item[] = [];
  for (const a of working) {
    const text = texts.get(a.file);
    for (const e of a.timeline) {
      const explicit = a.dates.some((d) => !d.relative && d.text === e.dateText && d.start >= e.start && d.end <= e.end);
      items.push({
        file: a.file,
        date: e.date,
        dateText: e.dateText,
        explicit,
        inferred: !explicit && e.date ? inferred.get(a.file) ?? null : null,
        event: e.event,
        entityIds: e.entityIds.map((id) => ids.get(key(a.file, id)) ?? id),
        keys: keysOf(e.event),
        source: { file: a.file, start: e.start, end: e.end, text: text ? text.slice(e.start, e.end) : e.event },
      });
    }
  }
  return items;
}

/** Dates articles that have none from events other articles date; returns the re-analysed articles. */
function anchorArticles(articles: ArticleAnalysis[], texts: Map<string, string>): { working: ArticleAnalysis[]; inferred: Map<string, Inferred> } {
  const working = articles.slice();
  const inferred = new Map<string, Inferred>();
  for (let round = 0; round < 3; round++) {
    let changed = false;
    const dated = datedEvents(working);
    working.forEach((a, i) => {
      const text = texts.get(a.file);
      if (a.publishedDate || inferred.has(a.file) || text === undefined) return;
      const found = bestAnchor(a, dated, inferred);
      if (!found) return;
      working[i] = analyze(text, { file: a.file, publishedDate: found.anchor });
      inferred.set(a.file, found.inferred);
      changed = true;
    });
    if (!changed) break;
  }
  return { working, inferred };
}

interface DatedEvent {
  file: string;
  event: TimelineEvent & { date: string };
  keys: Keys;
}

/** Every event dated to the day, in article order, with its key words and an index over them. */
function datedEvents(articles: ArticleAnalysis[]): { list: DatedEvent[]; index: KeyIndex } {
  const list: DatedEvent[] = [];
  const index = new KeyIndex();
  for (const b of articles) {
    for (const f of b.timeline) {
      if (!f.date || !/^\d{4}-\d{2}-\d{2}$/.test(f.date)) continue;
      const keys = keysOf(f.event);
      index.add(list.length, keys.words);
      list.push({ file: b.file, event: f as TimelineEvent & { date: string }, keys });
    }
  }
  return { list, index };
}

function bestAnchor(a: ArticleAnalysis, dated: { list: DatedEvent[]; index: KeyIndex }, inferred: Map<string, Inferred>): { anchor: string; inferred: Inferred } | null {
  let best: { score: number; anchor: string; inferred: Inferred } | null = null;
  for (const e of a.timeline) {
    if (e.date !== null || !e.dateText) continue;
    const ka = keysOf(e.event);
    // Only events sharing a key word can be alike; they come in the order a scan of all would meet them.
    for (const n of dated.index.candidates(ka.words)) {
      const { file, event: f, keys: kb } = dated.list[n];
      if (file === a.file || inferred.has(file)) continue;
      const anchor = anchorFrom(e.dateText, f.date);
      if (!anchor) continue;
      if (!alike(ka, kb)) continue;
      const s = match(ka, kb);
      const score = s.words + s.names + s.others;
      if (best && best.score >= score) continue;
      best = { score, anchor, inferred: { from: file, how: how(e, f, anchor) } };
    }
  }
  return best;
}

function how(e: TimelineEvent, f: TimelineEvent, anchor: string): string {
  return `article dated ${anchor}: its "${e.dateText}" ("${e.event}") is ${f.date}, the date of "${f.event}"`;
}
