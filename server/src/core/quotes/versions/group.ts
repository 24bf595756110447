// Statements across articles (issue #20): quotations that share a run of a speaker's words are versions
// of one statement. Candidates meet through an index of three-word shingles (linear in the workspace);
// a pair is related when its longest common run holds MIN_RUN words of which MIN_CONTENT are content
// words (./content-words), so that "thank you very much" or "we'll see" joins nothing.
//
// Left out, for precision: scare quotes (a word the writer holds at arm's length), a quotation inside
// another one (somebody else's words), and quotations of fewer than MIN_RUN words.
import type { ArticleAnalysis, Quote } from '../../types';
import { longestRun } from './align';
import { countContent } from './content-words';
import { quoteWords, type QuoteWord } from './normalize';

export const MIN_RUN = 4;
export const MIN_CONTENT = 3;
/** A shingle more frequent than this is a stock phrase (or the same wire copy everywhere): not used to find candidates. */
export const MAX_POSTINGS = 200;

export interface QuoteRef {
  file: string;
  quote: Quote;
  words: QuoteWord[];
  /** The normalized words (words[i].norm), and them joined: the key of identical versions. */
  norms: string[];
  key: string;
  /** One key per real-world speaker across the articles (canonical entity id, or the written name), or null. */
  speakerKey: string | null;
}

/**
 * The words of an analysis's quotations, kept as long as the analysis object lives: the workspace
 * recomputes statements after every edit, and only the edited article is analysed again.
 */
export type Quoted = { quote: Quote; words: QuoteWord[]; norms: string[]; key: string };
const wordsCache = new WeakMap<ArticleAnalysis, Quoted[]>();

export function quotedWords(a: ArticleAnalysis): Quoted[] {
  const hit = wordsCache.get(a);
  if (hit) return hit;
  const out: Quoted[] = [];
  const quotes = a.quotes.filter((q) => q.kind !== 'scare');
  for (const q of quotes) {
    if (quotes.some((o) => o !== q && o.start <= q.start && o.end >= q.end && (o.start < q.start || o.end > q.end))) continue;
    const words = quoteWords(q.text, q.start);
    if (words.length < MIN_RUN) continue;
    const norms = words.map((w) => w.norm);
    out.push({ quote: q, words, norms, key: norms.join(' ') });
  }
  wordsCache.set(a, out);
  return out;
}

/** The quotations of every article that can be versions of a statement. */
export function quoteRefs(articles: readonly ArticleAnalysis[], speakerKeyOf: (file: string, q: Quote) => string | null): QuoteRef[] {
  const out: QuoteRef[] = [];
  for (const a of articles) {
    for (const { quote, words, norms, key } of quotedWords(a)) out.push({ file: a.file, quote, words, norms, key, speakerKey: speakerKeyOf(a.file, quote) });
  }
  return out;
}

/** Two quotations share a run of the speaker's words long enough to be one statement. */
export function related(a: QuoteRef, b: QuoteRef): boolean {
  if (a.key === b.key) return countContent(a.norms) >= MIN_CONTENT;
  const run = longestRun(a.norms, b.norms);
  return !!run && run.length >= MIN_RUN && run.content >= MIN_CONTENT;
}

/** The distinct three-word shingles of a quotation's words: how candidates meet. */
export function shingles(norms: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k + 3 <= norms.length; k++) out.add(`${norms[k]} ${norms[k + 1]} ${norms[k + 2]}`);
  return out;
}

/** Groups of related quotations (connected through related pairs), each of two or more, in first-seen order. */
export function groupRefs(refs: readonly QuoteRef[]): QuoteRef[][] {
  const parent = refs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  // Identical versions (one story filed in several places) join at once; only one of them, the first,
  // is compared with the others.
  const firstOfKey = new Map<string, number>();
  const representatives: number[] = [];
  refs.forEach((r, i) => {
    const first = firstOfKey.get(r.key);
    if (first === undefined) {
      firstOfKey.set(r.key, i);
      representatives.push(i);
    } else if (countContent(r.norms) >= MIN_CONTENT) parent[find(i)] = find(first);
  });
  const postings = new Map<string, number[]>();
  for (const i of representatives) {
    const r = refs[i];
    for (const key of shingles(r.norms)) {
      const list = postings.get(key) ?? [];
      list.push(i);
      postings.set(key, list);
    }
  }
  const tried = new Set<number>();
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_POSTINGS) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x];
        const j = list[y];
        if (find(i) === find(j)) continue;
        const pair = i * refs.length + j;
        if (tried.has(pair)) continue;
        tried.add(pair);
        const a = refs[i];
        const b = refs[j];
        if (a.file === b.file && a.quote.start < b.quote.end && b.quote.start < a.quote.end) continue;
        if (related(a, b)) parent[find(j)] = find(i);
      }
    }
  }
  const groups = new Map<number, QuoteRef[]>();
  refs.forEach((r, i) => {
    const root = find(i);
    const g = groups.get(root) ?? [];
    g.push(r);
    groups.set(root, g);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}
