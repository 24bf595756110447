// The client's copy of the workspace's articles for the incremental newsdesk/workspace request:
// each article's analysis and text under the stamp the server gave it. Pure (no VS Code): the text
// reader is passed in.
import type { ArticleAnalysis } from '../../../server/src/core';
import type { ArticleInput } from './tree';

export interface CachedArticle {
  stamp: string;
  analysis: ArticleAnalysis;
  text: string;
}

export type ArticleCache = ReadonlyMap<string, CachedArticle>;

/** The part of a newsdesk/workspace answer the merge reads. */
export interface ArticlesAnswer {
  articles?: ArticleAnalysis[];
  stamps?: Record<string, string>;
}

export interface Merged {
  /** The cache to keep for the next request (a new map: the old one is not changed). */
  cache: Map<string, CachedArticle>;
  /** Every current article, sorted by file, as the views take them. */
  articles: ArticleInput[];
  /** How many texts were read (the new and changed articles). */
  read: number;
  /**
   * Files the answer lists by stamp without an analysis that the cache does not hold under that stamp
   * (the answer was to another request's `known`): the caller should ask again without `known`.
   */
  missing: string[];
}

/** The `known` parameter for the cache. */
export function knownStamps(cache: ArticleCache): Record<string, string> {
  const known: Record<string, string> = {};
  for (const [file, c] of cache) known[file] = c.stamp;
  return known;
}

/**
 * Merges an answer into the cache: analyses sent are new or changed (their text is read), listed
 * stamps without an analysis keep the cached article, and cached articles the answer does not list
 * are gone. An answer without stamps (an older server) is the whole list, read afresh, and cached
 * under no stamp.
 */
export async function mergeAnswer(cache: ArticleCache, answer: ArticlesAnswer, readText: (file: string) => Promise<string>): Promise<Merged> {
  const sent = answer.articles ?? [];
  const texts = await Promise.all(sent.map((a) => readText(a.file).catch(() => '')));
  const next = new Map<string, CachedArticle>();
  const missing: string[] = [];
  let articles: ArticleInput[];
  if (!answer.stamps) {
    articles = sent.map((analysis, i) => ({ analysis, text: texts[i] }));
  } else {
    const fresh = new Map(sent.map((analysis, i) => [analysis.file, { analysis, text: texts[i] }]));
    for (const [file, stamp] of Object.entries(answer.stamps)) {
      const got = fresh.get(file);
      const old = cache.get(file);
      if (got) next.set(file, { stamp, ...got });
      else if (old && old.stamp === stamp) next.set(file, old);
      else missing.push(file);
    }
    articles = [...next.values()].map((c) => ({ analysis: c.analysis, text: c.text }));
  }
  articles.sort((a, b) => a.analysis.file.localeCompare(b.analysis.file));
  return { cache: next, articles, read: sent.length, missing };
}
