// The people merge (./people canonicalIds) kept between edits (issues 17 and 20): with thousands of
// articles indexed, an edit that adds or changes a name made the whole merge again (about a quarter of
// a second at 2,000 articles). It gives exactly what canonicalIds gives for the same articles (a
// property test compares them after random edits, additions, deletions and reorderings), making again
// only the part of the workspace an edit can change:
//
// canonicalIds compares an entity only with earlier entities that share a block of its last name words
// (./keys blocksOf: the word, or its first four letters) or its id. So the entities linked, through
// shared blocks and ids, to those of the articles that came, went or changed are the only ones whose
// result can differ; every other entity meets exactly the same earlier entities as before. Those linked
// entities are merged again among themselves, in workspace order; the rest of the map is kept.
import type { ArticleAnalysis, Entity } from '../types';
import { blocksOf } from './keys';
import { canonicalIds, key, lastWords, mergeScan } from './people';

export class PeopleMerge {
  private articles: readonly ArticleAnalysis[] = [];
  private ids = new Map<string, string>();
  /** Every entity of the workspace by block ('=word', '~word', '#id'), and the article it belongs to. */
  private byBlock = new Map<string, Set<Entity>>();
  private owner = new Map<Entity, ArticleAnalysis>();

  /** canonicalIds(articles): the last map while no article changed its names, else a new one. */
  update(articles: readonly ArticleAnalysis[]): Map<string, string> {
    if (!this.articles.length) return this.rebuild(articles);
    const before = new Set(this.articles);
    const now = new Set(articles);
    const gone = this.articles.filter((a) => !now.has(a));
    const came = articles.filter((a) => !before.has(a));
    if (!gone.length && !came.length && sameOrder(this.articles, articles)) return this.ids;
    // An edit that changes no name (most keystrokes): the article analysed again, in the same place, with
    // the same entities' ids, types, names and other spellings. The merge reads nothing else: it is kept.
    const same = sameNames(gone, came);
    if (same.size === gone.length && same.size === came.length && sameOrder(this.articles.map((a) => same.get(a) ?? a), articles)) {
      for (const [g, c] of same) {
        for (const e of g.entities) this.remove(e);
        for (const e of c.entities) this.add(e, c);
      }
      this.articles = [...articles];
      return this.ids;
    }
    // Nothing to keep when the articles kept are in another order, or most of them are new.
    if (!sameOrder(this.articles.filter((a) => now.has(a)), articles.filter((a) => before.has(a))) || came.length + gone.length > articles.length / 4) return this.rebuild(articles);
    // The blocks of every entity of the articles that went or came: where the merge can change.
    const dirty: string[] = [];
    for (const a of gone) for (const e of a.entities) dirty.push(...this.remove(e));
    for (const a of came) for (const e of a.entities) dirty.push(...this.add(e, a));
    const touched = this.linked(dirty);
    // Those entities merged again among themselves, in workspace order.
    const position = new Map<ArticleAnalysis, number>();
    articles.forEach((a, i) => position.set(a, i));
    const order = [...touched].map((e) => ({ e, a: this.owner.get(e)! })).map(({ e, a }) => ({ e, a, at: position.get(a)!, k: a.entities.indexOf(e) }));
    order.sort((x, y) => x.at - y.at || x.k - y.k);
    const ids = new Map(this.ids);
    for (const a of gone) for (const e of a.entities) ids.delete(key(a.file, e.id));
    mergeScan((meet) => {
      for (const { e, a } of order) meet(a.file, e);
    }, ids);
    this.articles = [...articles];
    this.ids = ids;
    return ids;
  }

  private rebuild(articles: readonly ArticleAnalysis[]): Map<string, string> {
    this.byBlock.clear();
    this.owner.clear();
    for (const a of articles) for (const e of a.entities) this.add(e, a);
    this.articles = [...articles];
    return (this.ids = canonicalIds(articles as ArticleAnalysis[]));
  }

  /** Every entity linked to these blocks through shared blocks (the closure: a linked entity's other blocks link further). */
  private linked(start: readonly string[]): Set<Entity> {
    const out = new Set<Entity>();
    const seenBlocks = new Set<string>(start);
    const queue = [...seenBlocks];
    while (queue.length) {
      const b = queue.pop()!;
      for (const e of this.byBlock.get(b) ?? []) {
        if (out.has(e)) continue;
        out.add(e);
        for (const nb of blocks(e)) if (!seenBlocks.has(nb)) {
          seenBlocks.add(nb);
          queue.push(nb);
        }
      }
    }
    return out;
  }

  private add(e: Entity, a: ArticleAnalysis): readonly string[] {
    this.owner.set(e, a);
    const bs = blocks(e);
    for (const b of bs) {
      let set = this.byBlock.get(b);
      if (!set) this.byBlock.set(b, (set = new Set()));
      set.add(e);
    }
    return bs;
  }

  private remove(e: Entity): readonly string[] {
    this.owner.delete(e);
    const bs = blocks(e);
    for (const b of bs) {
      const set = this.byBlock.get(b);
      set?.delete(e);
      if (set && !set.size) this.byBlock.delete(b);
    }
    return bs;
  }
}

// An entity of an analysis is never changed: its blocks are worked out once.
const BLOCKS = new WeakMap<Entity, readonly string[]>();
function blocks(e: Entity): readonly string[] {
  let out = BLOCKS.get(e);
  if (!out) BLOCKS.set(e, (out = [...blocksOf(lastWords(e)), `#${e.id}`]));
  return out;
}

/** What the merge reads of an article, as one string (kept as long as the analysis object lives). */
const NAMES = new WeakMap<ArticleAnalysis, string>();
function names(a: ArticleAnalysis): string {
  let hit = NAMES.get(a);
  if (hit === undefined) NAMES.set(a, (hit = `${a.file}\u0001${a.entities.map((e) => `${e.id}\u0002${e.type}\u0002${e.name}\u0002${e.aliases.join('\u0003')}`).join('\u0001')}`));
  return hit;
}

/** Articles that came paired with those that went that have the same file and the same names. */
function sameNames(gone: readonly ArticleAnalysis[], came: readonly ArticleAnalysis[]): Map<ArticleAnalysis, ArticleAnalysis> {
  const out = new Map<ArticleAnalysis, ArticleAnalysis>();
  const byNames = new Map<string, ArticleAnalysis[]>();
  for (const g of gone) byNames.set(names(g), [...(byNames.get(names(g)) ?? []), g]);
  for (const c of came) {
    const g = byNames.get(names(c))?.shift();
    if (g) out.set(g, c);
  }
  return out;
}

function sameOrder(a: readonly ArticleAnalysis[], b: readonly ArticleAnalysis[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
