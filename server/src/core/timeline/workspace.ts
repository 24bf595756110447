// The timeline across articles (issue #10): the events of every article, the same event told by several
// articles merged into one with all its sources, in date order; undated events apart; and where the
// articles disagree (figures, roles, dates).
//
// Anchoring: an article without a date of its own whose event is told relatively ("a summit ... last
// week") and matches an event another article dates ("August 16, 2025: summit in Alaska") gets the
// earliest article date at which the relative words mean that date; it is analysed again with it, and
// its events say that their date was inferred and from where.
import { analyze } from '../analyze';
import type { ArticleAnalysis, TimelineEvent } from '../types';
import { anchorFrom, sortKey } from './dates';
import { figureDisagreements } from './figures';
import { KeyIndex, keysOf, match, type Keys } from './keys';
import { alikeMatch, mergeItems, type Item } from './merge';
import { explicitDate } from './merge-keys';
import { canonicalIds, key, roleDisagreements } from './people';
import { quoteStatements } from '../quotes/versions';
import { isDated, isUndated, TIMELINE_MINOR_VERSION, type Disagreement, type Inferred, type TimelineDocument } from './workspace-types';

export type { Disagreement, TimelineDocument, TimelineSource, WorkspaceEvent } from './workspace-types';
export { TIMELINE_MINOR_VERSION } from './workspace-types';

export function buildTimeline(articles: ArticleAnalysis[], texts: Map<string, string> = new Map()): TimelineDocument {
  const { working, inferred } = anchorArticles(articles, texts);
  const { events: merged, conflicts } = mergeItems(itemsOf(working, texts, inferred));
  const events = merged.filter(isDated).sort((x, y) => sortKey(x.date).localeCompare(sortKey(y.date)));
  const undated = merged.filter(isUndated);
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
    const keys = eventKeys(a);
    a.timeline.forEach((e, i) => items.push(itemOf(a, e, keys[i], texts, inferred, ids)));
  }
  return items;
}

/** A timeline event as an item to merge: its own date or the inferred one, its entities by their workspace ids. */
export function itemOf(a: ArticleAnalysis, e: TimelineEvent, keys: Keys, texts: Map<string, string>, inferred: Map<string, Inferred>, ids: Map<string, string>): Item {
  const text = texts.get(a.file);
  const explicit = isExplicit(a, e);
  return {
    file: a.file,
    date: e.date,
    dateText: e.dateText,
    explicit,
    inferred: !explicit && e.date ? inferred.get(a.file) ?? null : null,
    event: e.event,
    entityIds: e.entityIds.map((id) => ids.get(key(a.file, id)) ?? id),
    keys,
    // Without the text (timeline --from-jsonl), the span's text as the analysis carries it (minor version 2).
    source: { file: a.file, start: e.start, end: e.end, text: text ? text.slice(e.start, e.end) : e.text ?? e.event },
  };
}

/** True when the event's date was written in the article as a calendar date (not worked out). */
export function isExplicit(a: ArticleAnalysis, e: TimelineEvent): boolean {
  // An analysis of minor version 2 says so itself; an older one has it worked out here.
  return e.explicit ?? explicitDate(e, a.dates ?? []);
}

/** Key words of each timeline event of an analysis; an analysis is never changed, so they are worked out once. */
const EVENT_KEYS = new WeakMap<ArticleAnalysis, Keys[]>();

export function eventKeys(a: ArticleAnalysis): Keys[] {
  let keys = EVENT_KEYS.get(a);
  if (!keys) {
    keys = a.timeline.map((e) => e.keys ?? keysOf(e.event)); // carried by an analysis of minor version 2
    EVENT_KEYS.set(a, keys);
  }
  return keys;
}

/** Analyses an article again with a date of its own (the anchor); a workspace that refreshes may remember them. */
export type Reanalyse = (a: ArticleAnalysis, text: string, anchor: string) => ArticleAnalysis;

const reanalyse: Reanalyse = (a, text, anchor) => analyze(text, { file: a.file, publishedDate: anchor });

/**
 * Dates articles that have none from events other articles date; returns the re-analysed articles.
 * One pass is all there is: an article is never dated from an article that was itself dated this way
 * (bestAnchor passes over them), so a second pass would meet only candidates the first turned down
 * (the dated articles' events, old or new, are passed over) and date nothing more.
 */
export function anchorArticles(articles: ArticleAnalysis[], texts: Map<string, string>, again: Reanalyse = reanalyse): { working: ArticleAnalysis[]; inferred: Map<string, Inferred> } {
  const working = articles.slice();
  const inferred = new Map<string, Inferred>();
  const dated = datedEvents(working);
  working.forEach((a, i) => {
    const text = texts.get(a.file);
    if (a.publishedDate || inferred.has(a.file) || text === undefined) return;
    const found = bestAnchor(a, dated, inferred);
    if (!found) return;
    working[i] = again(a, text, found.anchor);
    inferred.set(a.file, found.inferred);
  });
  return { working, inferred };
}

/**
 * The articles that anchoring would date, found from the analyses alone (one round): what a merge
 * without the texts (`timeline --from-jsonl`) cannot do, since dating an article means analysing it
 * again. Each with the date it would get and the article it comes from.
 */
export function anchorsWithoutTexts(articles: ArticleAnalysis[]): Array<{ file: string; anchor: string; from: string }> {
  const dated = datedEvents(articles);
  const out: Array<{ file: string; anchor: string; from: string }> = [];
  for (const a of articles) {
    if (a.publishedDate) continue;
    const found = bestAnchor(a, dated, new Map());
    if (found) out.push({ file: a.file, anchor: found.anchor, from: found.inferred.from });
  }
  return out;
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
    const all = eventKeys(b);
    for (const [i, f] of b.timeline.entries()) {
      if (!f.date || !/^\d{4}-\d{2}-\d{2}$/.test(f.date)) continue;
      const keys = all[i];
      index.add(list.length, keys.words);
      list.push({ file: b.file, event: f as TimelineEvent & { date: string }, keys });
    }
  }
  return { list, index };
}

const ANY_DAY = '2000-01-01';

function bestAnchor(a: ArticleAnalysis, dated: { list: DatedEvent[]; index: KeyIndex }, inferred: Map<string, Inferred>): { anchor: string; inferred: Inferred } | null {
  let best: { score: number; anchor: string; inferred: Inferred } | null = null;
  const keys = eventKeys(a);
  for (const [i, e] of a.timeline.entries()) {
    // An expression anchorFrom cannot turn around for one day it cannot for any: no candidate is looked at.
    if (e.date !== null || !e.dateText || !anchorFrom(e.dateText, ANY_DAY)) continue;
    const ka = keys[i];
    // Only events sharing a key word can be alike; they come in the order a scan of all would meet them.
    for (const n of dated.index.candidates(ka.words)) {
      const { file, event: f, keys: kb } = dated.list[n];
      if (file === a.file || inferred.has(file)) continue;
      // The key words first, matched once: the date is turned around only for a candidate that would be
      // the best so far, not for each of the many that share a word.
      const s = match(ka, kb);
      if (!alikeMatch(s)) continue;
      const score = s.words + s.names + s.others;
      if (best && best.score >= score) continue;
      const anchor = anchorFrom(e.dateText, f.date);
      if (!anchor) continue;
      best = { score, anchor, inferred: { from: file, how: how(e, f, anchor) } };
    }
  }
  return best;
}

function how(e: TimelineEvent, f: TimelineEvent, anchor: string): string {
  return `article dated ${anchor}: its "${e.dateText}" ("${e.event}") is ${f.date}, the date of "${f.event}"`;
}
