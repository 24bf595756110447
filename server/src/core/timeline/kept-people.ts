// The people merge across a workspace (canonicalIds) kept between refreshes (issues 17 and 20): it reads
// only each article's file and its entities' ids, types, names and other spellings, so an edit that
// changes no name (most keystrokes) leaves it as it was, and it is not made again. Used by the kept
// timeline and the kept statements; each keeps its own (their articles may differ: the timeline's
// carry inferred dates).
import type { ArticleAnalysis } from '../types';
import { canonicalIds } from './people';

export class KeptPeople {
  private last: { names: string[]; ids: Map<string, string> } | null = null;

  /** canonicalIds(articles), made again only when some article, in the same order, has other entity names. */
  of(articles: readonly ArticleAnalysis[]): Map<string, string> {
    const names = articles.map(entityNames);
    const last = this.last;
    if (last && last.names.length === names.length && last.names.every((n, i) => n === names[i])) return last.ids;
    const ids = canonicalIds(articles as ArticleAnalysis[]);
    this.last = { names, ids };
    return ids;
  }
}

/** What canonicalIds reads of an article, as one string (kept as long as the analysis object lives). */
const namesCache = new WeakMap<ArticleAnalysis, string>();
function entityNames(a: ArticleAnalysis): string {
  let hit = namesCache.get(a);
  if (hit === undefined) {
    hit = `${a.file}\u0001${a.entities.map((e) => `${e.id}\u0002${e.type}\u0002${e.name}\u0002${e.aliases.join('\u0003')}`).join('\u0001')}`;
    namesCache.set(a, hit);
  }
  return hit;
}
