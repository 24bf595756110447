// A sentence as a short list of items for attribution: each quote collapsed into one item, runs of
// capitalised words grouped into name chunks (titles split off: "Russian President Vladimir Putin" →
// name "Vladimir Putin", titled), and the other words and punctuation as they are.
import type { Doc, Token } from '../doc';
import type { Span } from '../types';
import { OCCUPATIONS } from '../entities/role-words';
import { NAME_PARTICLES, NATIONALITIES, NOT_NAMES, NOT_PERSON, PORTFOLIOS, TITLES, isTitleWord } from './lexicon';

export interface NameChunk extends Span {
  /** The name without titles, as written. */
  name: string;
  /** Where the chunk with its titles begins. */
  fullStart: number;
  titled: boolean;
  /** Followed by ’s: "Trump’s envoy". */
  possessive: boolean;
  words: number;
  /** Has an organisation or place word: not a person. */
  org: boolean;
  /** One untitled word opening the sentence that the article never capitalises elsewhere ("Nearly", "Contrary"). */
  initial?: boolean;
}

export type Item =
  | { kind: 'quote'; start: number; end: number; quote: number }
  | { kind: 'name'; start: number; end: number; chunk: NameChunk }
  | { kind: 'word' | 'punct'; start: number; end: number; lower: string };

/**
 * A word or mark of the sentence, read from its token: two slots instead of four (issue 21: the items of
 * every sentence are kept while the quotes are attributed, one per token, 2.5 M in 5 MB of quotation marks).
 */
class TokenItem {
  constructor(
    readonly kind: 'word' | 'punct',
    private readonly token: Token,
  ) {}

  get start(): number {
    return this.token.start;
  }

  get end(): number {
    return this.token.end;
  }

  get lower(): string {
    return this.token.lower;
  }
}

/** The lower-case text of a word or punctuation item, '' for any other (or none). */
export const lowerOf = (it: Item | undefined): string => (it && (it.kind === 'word' || it.kind === 'punct') ? it.lower : '');
/** A word item whose lower-case text is in the set. */
export const isWord = (it: Item | undefined, set: Set<string>): boolean => !!it && it.kind === 'word' && set.has(it.lower);
/** A punctuation item with this text. */
export const isPunct = (it: Item | undefined, p: string): boolean => !!it && it.kind === 'punct' && it.lower === p;
/** items[k] follows a preposition, or "the" after one ("of the Medal of Honor", "by the Courier"). */
export const afterPreposition = (items: readonly Item[], k: number, prepositions: Set<string>): boolean =>
  isWord(items[k - 1], prepositions) || (lowerOf(items[k - 1]) === 'the' && isWord(items[k - 2], prepositions));

const CAP = /^\p{Lu}/u;
const HEADLINE_VERBS = new Set(`says said calls tells warns slams vows urges accuses blasts praises hails rips knocks
  defends denies admits insists claims blames mocks attacks thanks responds answers asks questions speaks talks
  tweets writes hammers`.split(/\s+/));
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'sen', 'rep', 'gov', 'gen', 'sir', 'lord', 'lady', 'dame']);

// Arabic and other family names open with a lower-case article joined by a hyphen: "al-Megrahi",
// "el-Sisi", "bin-Salman". They are capitalised name words all the same.
const ARTICLE_NAME = /^(?:al|el|ad|an|ar|as|ash|at|az|ibn|bin|bint|abu|ben)-\p{Lu}/u;

function isCap(t: Token): boolean {
  return t.kind === 'word' && (CAP.test(t.text) || ARTICLE_NAME.test(t.text));
}

/**
 * A title-case line ("Bill Clinton Calls Obamacare ‘Crazy System’"): most longer words capitalised. Only
 * there does a capitalised "Says"/"Calls" end a name; in running text "Said" inside a run of capitals is a
 * name ("Abdourahim Said Bakar").
 */
function isTitleCase(toks: readonly Token[]): boolean {
  let long = 0;
  let caps = 0;
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k];
    if (t.kind !== 'word' || t.text.length < 4 || !/^\p{L}+$/u.test(t.text)) continue;
    long++;
    if (CAP.test(t.text)) caps++;
  }
  return long >= 2 && caps / long >= 0.6;
}

/**
 * Items of the text from `start` to `end`. `quotes` are the quote spans (sorted); a quote overlapping
 * the range becomes one item carrying its index.
 */
export function itemsOf(doc: Doc, start: number, end: number, quotes: readonly Span[]): Item[] {
  const toks = doc.tokensIn({ start, end });
  const titleCase = isTitleCase(toks);
  let reported = false;
  const out: Item[] = [];
  let q = firstQuoteFrom(quotes, start);
  // The sentence's first word, after any dash or bracket left by a dateline ("PARIS (Wire) - Tens of …").
  let first = 0;
  while (first < toks.length && (toks[first].kind === 'punct' || toks[first].kind === 'symbol') && !/["“”„«»'‘’`]/.test(toks[first].text)) first++;
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    while (q < quotes.length && quotes[q].end <= t.start) q++;
    if (q < quotes.length && quotes[q].start <= t.start) {
      const qs = quotes[q];
      out.push({ kind: 'quote', start: qs.start, end: qs.end, quote: q });
      while (i < toks.length && toks[i].start < qs.end) i++;
      q++;
      continue;
    }
    const qLimit = q < quotes.length ? quotes[q].start : Infinity;
    if (isCap(t) && HEADLINE_VERBS.has(t.text.toLowerCase()) && out.length && out[out.length - 1].kind === 'name' && titleCase) {
      out.push(new TokenItem('word', t));
      reported = true;
      i++;
      continue;
    }
    // Title-case headlines (issue 16): after "X Says", capitals are the words of what was said ("Mansour
    // Says Port 'Open Again'"), never a speaker; a headline does not invert "said X".
    if (reported && isCap(t)) {
      out.push(new TokenItem('word', t));
      i++;
      continue;
    }
    const ordinal = isOrdinalName(toks, i);
    if (isCap(t) || ordinal) {
      let j = chunkEnd(toks, ordinal ? i + 2 : i, qLimit, titleCase);
      let chunk = makeChunk(doc, toks, i, j, ordinal, i === first);
      // A lone capitalised word opening the sentence that the article also writes in lower case is a word.
      if (chunk && i === first && chunk.words === 1 && !chunk.titled) {
        if (isCommonWord(doc, chunk.name)) chunk = null;
        else if (!isCapitalisedElsewhere(doc, chunk.name)) chunk.initial = true;
      }
      if (chunk) {
        // The chunk may end before the run did ("… Tomblin" of "… Tomblin of West Virginia").
        while (j > i + 1 && toks[j - 1].start >= chunk.end) j--;
        // Words before the name proper (stop words, titles) stay plain words.
        for (let k = i; k < j && toks[k].start < chunk.start; k++) {
          if (toks[k].start >= chunk.fullStart) continue;
          out.push(new TokenItem(toks[k].kind === 'punct' ? 'punct' : 'word', toks[k]));
        }
        out.push({ kind: 'name', start: chunk.fullStart, end: chunk.end, chunk });
        i = j;
        if (chunk.possessive) i++;
        continue;
      }
      for (let k = i; k < j; k++) out.push(new TokenItem(toks[k].kind === 'punct' ? 'punct' : 'word', toks[k]));
      i = j;
      continue;
    }
    out.push(new TokenItem(t.kind === 'punct' || t.kind === 'symbol' ? 'punct' : 'word', t));
    i++;
  }
  return out;
}

const CASES = new WeakMap<Doc, { lower: Set<string>; midCap: Set<string> }>();

/** A word the article writes in lower case and never capitalises inside a sentence ("Reports", "Hopes"). */
function isCommonWord(doc: Doc, word: string): boolean {
  let cases = CASES.get(doc);
  if (!cases) {
    cases = { lower: new Set(), midCap: new Set() };
    const starts = new Set(doc.sentences.map((s) => s.start));
    // The word after a dateline opens the story's first sentence ("PARIS (Wire) - Tens of thousands …").
    const afterDateline = doc.dateline ? doc.tokensIn({ start: doc.dateline.end, end: doc.dateline.end + 40 }).find((t) => t.kind === 'word') : undefined;
    if (afterDateline) starts.add(afterDateline.start);
    for (const t of doc.tokens) {
      if (t.kind !== 'word') continue;
      if (!CAP.test(t.text)) cases.lower.add(t.text);
      else if (!starts.has(t.start)) cases.midCap.add(t.text.toLowerCase());
    }
    CASES.set(doc, cases);
  }
  const lower = word.toLowerCase();
  return cases.lower.has(lower) && !cases.midCap.has(lower);
}

function isCapitalisedElsewhere(doc: Doc, word: string): boolean {
  isCommonWord(doc, word);
  return CASES.get(doc)!.midCap.has(word.toLowerCase());
}

function firstQuoteFrom(quotes: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** End (exclusive token index) of the run of capitalised words starting at i. */
function chunkEnd(toks: readonly Token[], i: number, limit: number, titleCase: boolean): number {
  let j = i + 1;
  while (j < toks.length && toks[j].start < limit) {
    const t = toks[j];
    const gap = t.start - toks[j - 1].end;
    if (gap > 1) break;
    if (isCap(t)) {
      // Title-case headlines: "Bill Clinton Calls Obamacare ‘Crazy System’" — the verb ends the name.
      if (titleCase && HEADLINE_VERBS.has(t.text.toLowerCase())) break;
      j++;
      continue;
    }
    let p = j;
    while (p < toks.length && toks[p].kind === 'word' && NAME_PARTICLES.has(toks[p].text.toLowerCase())) p++;
    if (p > j && p < toks.length && isCap(toks[p]) && toks[p].start < limit) {
      j = p;
      continue;
    }
    const next = toks[j + 1];
    if (next && isCap(next) && next.start < limit) {
      const lower = t.text.toLowerCase();
      // "Commissioner for Transport", "Minister for Foreign Affairs": a title's portfolio after "for" (not
      // "High Commissioner for Human Rights", a body's office).
      const nextLower = next.text.toLowerCase();
      const portfolio = lower === 'for' && isTitleWord(toks[j - 1].text.toLowerCase()) && (PORTFOLIOS.has(nextLower) || TITLES.has(nextLower));
      if (t.kind === 'word' && (lower === 'of' || portfolio)) {
        j++;
        continue;
      }
      // An initial or abbreviation: "George W. Bush", "U.S. Envoy", "Mr. Burman".
      if (t.text === '.' && gap === 0 && (toks[j - 1].text.length === 1 || toks[j - 1].text.includes('.') || TITLES.has(toks[j - 1].text.toLowerCase()))) {
        j++;
        continue;
      }
    }
    break;
  }
  // Never end on a particle or a full stop.
  while (j > i + 1 && !isCap(toks[j - 1])) j--;
  return j;
}

/**
 * An ordinal opening a name: "the 9th Circuit Court of Appeals", "the 101st Airborne Division" (numbered
 * courts, fleets and units). The number and its suffix are two tokens, the name's first capital follows.
 */
function isOrdinalName(toks: readonly Token[], i: number): boolean {
  const n = toks[i];
  const suffix = toks[i + 1];
  const next = toks[i + 2];
  return n.kind === 'number' && !!suffix && suffix.start === n.end && /^(?:st|nd|rd|th)$/.test(suffix.text) && !!next && isCap(next) && next.start - suffix.end === 1;
}

const PERSON_STARTS = new WeakMap<Doc, Map<number, number>>();

/**
 * The token where a person mention of the entities stage starts, when one ends where the run ends and
 * starts inside it after `n`; `n` otherwise.
 */
function personStart(doc: Doc, toks: readonly Token[], n: number, j: number): number {
  let byEnd = PERSON_STARTS.get(doc);
  if (!byEnd) {
    byEnd = new Map();
    for (const e of doc.entities) if (e.type === 'person') for (const m of e.mentions) byEnd.set(m.end, Math.max(byEnd.get(m.end) ?? -1, m.start));
    PERSON_STARTS.set(doc, byEnd);
  }
  const start = byEnd.get(toks[j - 1].end);
  if (start === undefined || start <= toks[n].start) return n;
  for (let k = n + 1; k < j; k++) if (toks[k].start === start) return k;
  return n;
}

function makeChunk(doc: Doc, toks: readonly Token[], i: number, j: number, ordinal = false, opensSentence = false): NameChunk | null {
  let s = i;
  while (s < j && (NOT_NAMES.has(toks[s].text.toLowerCase()) || toks[s].text === '.')) s++;
  if (s >= j) return null;
  const fullStart = toks[s].start;
  let lastTitle = -1;
  // "Sprinter Keiko Mori said", "Plumber Dan Ruiz": an occupation capitalised only because it opens the
  // sentence, before a name of two words or more.
  if (opensSentence && s === i && j - s >= 3 && OCCUPATIONS.has(toks[s].text.toLowerCase()) && !NOT_PERSON.has(toks[s].text.toLowerCase())) lastTitle = s;
  for (let k = s; k < j; k++) {
    const lower = toks[k].text.toLowerCase();
    // "Minister of Health Jane Doe", "Commissioner for Transport Kemi Adeyemi": after a title's "of" or
    // "for", the portfolio is part of the title.
    const portfolio = lastTitle === k - 1 && lastTitle >= s && PORTFOLIOS.has(lower);
    if (isTitleWord(lower) || portfolio || toks[k].text === '.' || ((lower === 'of' || lower === 'for') && lastTitle === k - 1)) lastTitle = k;
  }
  let n = lastTitle + 1 > s ? lastTitle + 1 : s;
  while (n < j && !(ordinal && n === i) && (toks[n].text === '.' || !isCap(toks[n]))) n++;
  // "the Indian Express", "the American Legion": after "the", a nationality and one more capitalised word
  // name a body (a person is not "the Indian Sharma"); the nationality is part of the name, not a title.
  let body = n === s + 1 && j === n + 1 && s > 0 && toks[s - 1].text.toLowerCase() === 'the' && NATIONALITIES.has(toks[s].text.toLowerCase());
  // "the Interior Ministry", "the European Commission", "the White House", "NATO": words of titles before
  // (or as) the head of a body's name are part of that name; nobody is titled.
  if (!body && n > s && NOT_PERSON.has((n < j ? toks[n] : toks[j - 1]).text.toLowerCase()) && (n >= j || n === lastTitle + 1)) body = true;
  if (body) n = s;
  // The person the entities stage found at the end of a titled run starts the name: "Minister for
  // Foreign Affairs Penny Wong", after a portfolio this lexicon does not know. Only after a title: in an
  // untitled run the stage's mention may be a part of the name ("Nurta Hussein" read as "Hussein").
  if (n > s && n < j) n = personStart(doc, toks, n, j);
  // "Gov. Earl Ray Tomblin of West Virginia": after a titled name, "of …" is where the person is from.
  if (n > s) {
    for (let k = n + 1; k < j - 1; k++) {
      if (toks[k].text === 'of') {
        j = k;
        break;
      }
    }
  }
  if (n >= j) {
    // "Mr. King", "Dr. Major": after an honorific, a title word is a surname.
    const last = j - 1;
    if (last - 2 >= s && toks[last - 1].text === '.' && HONORIFICS.has(toks[last - 2].text.toLowerCase()) && isCap(toks[last])) n = last;
    else return null;
  }
  // Five words or more is a heading or a title, not a name.
  let words = 0;
  let org = body;
  for (let k = n; k < j; k++) {
    if (toks[k].kind !== 'word') continue;
    words++;
    const lower = toks[k].text.toLowerCase();
    // "Said" inside a run of capitals is a given or family name ("Abdourahim Said Bakar"), not the verb.
    const inner = lower === 'said' && k > n && k < j - 1;
    if (NOT_PERSON.has(lower) || (NOT_NAMES.has(lower) && !inner)) org = true;
  }
  if (words > 5) return null;
  const end = toks[j - 1].end;
  const next = toks[j];
  const possessive = !!next && next.start === end && /^[’']s$/i.test(next.text);
  return {
    start: toks[n].start,
    end,
    name: doc.text.slice(toks[n].start, end),
    fullStart,
    titled: n > s,
    possessive,
    words,
    org,
  };
}
