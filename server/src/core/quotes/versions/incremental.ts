// Statements kept between edits (issue #20, as ../../timeline/incremental for the timeline): the
// language server compares the quotations of thousands of articles again after every edit to one of
// them. WorkspaceStatements gives exactly what quoteStatements gives for the same articles (a property
// test compares them after random edits, additions and deletions), but keeps what an edit leaves alone:
//
// - the shingle index (./group) of the distinct quotations, updated only for the articles that came,
//   went or changed (an edit makes a new analysis object);
// - whether two distinct quotations are related (the longest common run, the costly part), by pair;
// - the statements of a group whose quotations, speakers and speakers' kinds are all as before.
//
// The groups themselves are the connected components of the related pairs, found again on each update
// from the kept index and answers (no comparison is repeated), so no edit can leave a stale group.
import type { ArticleAnalysis } from '../../types';
import { PeopleMerge } from '../../timeline/people-incremental';
import { countContent } from './content-words';
import { MAX_POSTINGS, MIN_CONTENT, quotedWords, related, shingles, type QuoteRef, type Quoted } from './group';
import { speakersOf, statementsOf, type QuoteStatement } from './statements';

/** One distinct quotation (its normalized words), while some article prints it. */
interface Distinct {
  id: number;
  key: string;
  norms: string[];
  /** How many quotations of the workspace print exactly these words. */
  count: number;
  shingles: Set<string>;
  /** Enough content words to relate to anything (./group MIN_CONTENT). */
  contentful: boolean;
}

export class WorkspaceStatements {
  private articles = new Set<ArticleAnalysis>();
  private distinct = new Map<string, Distinct>();
  private postings = new Map<string, Set<Distinct>>();
  /** related() of two distinct quotations, by their ids (smaller first). */
  private relatedPairs = new Map<number, boolean>();
  private nextId = 0;
  /** The statements of each group, by the group's signature (its quotations, speakers and their kinds). */
  private byGroup = new Map<string, QuoteStatement[]>();
  private readonly quotedIds = new WeakMap<Quoted, number>();
  private nextQuoted = 0;
  /** The people merge (canonicalIds) kept between updates without given ids. */
  private readonly people = new PeopleMerge();

  /**
   * The statements of these articles, as quoteStatements(articles, ids) gives them. Without `ids`, the
   * people merge (canonicalIds) is kept (../../timeline/people-incremental): made again only where an
   * article's names changed.
   */
  update(articles: readonly ArticleAnalysis[], ids: Map<string, string> = this.people.update(articles)): QuoteStatement[] {
    this.sync(articles);
    const { speakerKeyOf, isPerson } = speakersOf(articles, ids);
    // The quotations in article order, each with the speaker and the distinct words it prints.
    const refs: Array<QuoteRef & { d: Distinct; rep: boolean; quoted: Quoted }> = [];
    const firstOf = new Map<Distinct, QuoteRef>();
    for (const a of articles) {
      for (const quoted of quotedWords(a)) {
        const d = this.distinct.get(quoted.key)!;
        const ref = { file: a.file, quote: quoted.quote, words: quoted.words, norms: quoted.norms, key: quoted.key, speakerKey: speakerKeyOf(a.file, quoted.quote), d, rep: !firstOf.has(d), quoted };
        if (ref.rep) firstOf.set(d, ref);
        refs.push(ref);
      }
    }
    const root = this.components(firstOf);
    // Groups as ./group's groupRefs makes them: a quotation joins its words' component when those words
    // are contentful (identical words of too little content join nothing), in article order.
    const groups = new Map<Distinct, QuoteRef[]>();
    const order: Distinct[] = [];
    for (const r of refs) {
      if (!r.d.contentful) continue;
      const c = root(r.d);
      let g = groups.get(c);
      if (!g) {
        groups.set(c, (g = []));
        order.push(c);
      }
      g.push(r);
    }
    const byGroup = new Map<string, QuoteStatement[]>();
    const out: QuoteStatement[] = [];
    for (const c of order) {
      const group = groups.get(c)!;
      if (group.length < 2) continue;
      const signature = group.map((r) => `${this.quotedId((r as (typeof refs)[number]).quoted)}|${r.file}|${r.speakerKey ?? ''}|${r.speakerKey !== null && isPerson(r.speakerKey) ? 1 : 0}`).join('\n');
      let statements = this.byGroup.get(signature) ?? byGroup.get(signature);
      if (!statements) statements = statementsOf(group, isPerson);
      byGroup.set(signature, statements);
      out.push(...statements);
    }
    this.byGroup = byGroup;
    return out;
  }

  /** Brings the index in line with the articles: only those that came or went are looked at. */
  private sync(articles: readonly ArticleAnalysis[]): void {
    const now = new Set(articles);
    for (const a of this.articles) if (!now.has(a)) for (const q of quotedWords(a)) this.remove(q);
    for (const a of now) if (!this.articles.has(a)) for (const q of quotedWords(a)) this.add(q);
    this.articles = now;
  }

  private add(q: Quoted): void {
    let d = this.distinct.get(q.key);
    if (!d) {
      d = { id: this.nextId++, key: q.key, norms: q.norms, count: 0, shingles: shingles(q.norms), contentful: countContent(q.norms) >= MIN_CONTENT };
      this.distinct.set(q.key, d);
      for (const s of d.shingles) {
        let list = this.postings.get(s);
        if (!list) this.postings.set(s, (list = new Set()));
        list.add(d);
      }
    }
    d.count++;
  }

  private remove(q: Quoted): void {
    const d = this.distinct.get(q.key);
    if (!d || --d.count > 0) return;
    this.distinct.delete(q.key);
    for (const s of d.shingles) {
      const list = this.postings.get(s);
      list?.delete(d);
      if (list && !list.size) this.postings.delete(s);
    }
    // Answers about words no article prints any more are dropped with them (ids are never reused).
    for (const other of this.distinct.values()) this.relatedPairs.delete(pairKey(d.id, other.id));
  }

  /**
   * The connected components of the related pairs among the distinct quotations (./group: pairs that
   * share a shingle printed by at most MAX_POSTINGS of them; two quotations of one article that overlap
   * are not compared). Returns each one's component representative.
   */
  private components(firstOf: Map<Distinct, QuoteRef>): (d: Distinct) => Distinct {
    const parent = new Map<Distinct, Distinct>();
    const find = (d: Distinct): Distinct => {
      let r = d;
      for (let p = parent.get(r); p && p !== r; p = parent.get(r)) r = p;
      for (let x = d; x !== r; ) {
        const next = parent.get(x)!;
        parent.set(x, r);
        x = next;
      }
      return r;
    };
    for (const list of this.postings.values()) {
      if (list.size < 2 || list.size > MAX_POSTINGS) continue;
      const members = [...list];
      for (let x = 0; x < members.length; x++) {
        for (let y = x + 1; y < members.length; y++) {
          const a = members[x];
          const b = members[y];
          const ra = find(a);
          const rb = find(b);
          if (ra === rb) continue;
          const fa = firstOf.get(a)!;
          const fb = firstOf.get(b)!;
          if (fa.file === fb.file && fa.quote.start < fb.quote.end && fb.quote.start < fa.quote.end) continue;
          if (this.isRelated(a, b, fa, fb)) parent.set(rb, ra);
        }
      }
    }
    return find;
  }

  private isRelated(a: Distinct, b: Distinct, fa: QuoteRef, fb: QuoteRef): boolean {
    const k = pairKey(a.id, b.id);
    let hit = this.relatedPairs.get(k);
    if (hit === undefined) this.relatedPairs.set(k, (hit = related(fa, fb)));
    return hit;
  }

  private quotedId(q: Quoted): number {
    let id = this.quotedIds.get(q);
    if (id === undefined) this.quotedIds.set(q, (id = this.nextQuoted++));
    return id;
  }
}

/** One number for an unordered pair of ids below 2^26 (exact in a double). */
function pairKey(a: number, b: number): number {
  return a < b ? a * 67108864 + b : b * 67108864 + a;
}
