// Key words of an event or a sentence for matching across articles: content words, lowercased and
// crudely stemmed; names compared loosely so that spelling variants meet (Zelensky / Zelenskyy).

import type { EventKeys } from '../types';

const STOP = new Set(
  ('a an the and or but of to in on at by for with from as into over after before about than that this these those ' +
    'is are was were be been being has have had will would could should may might can do does did not no its it he she ' +
    'they them their his her our we you i who which what when where while also just only more most very some any all ' +
    'said says say told added according new first last next week weeks year years month months day days today ' +
    'yesterday monday tuesday wednesday thursday friday saturday sunday recently now then there here up out ' +
    // titles say who, not what happened
    'president minister secretary chancellor envoy former leader leaders official officials special prime foreign state').split(' '),
);

/** Key words; `names` is the subset written with a capital in the source (people, places, bodies). */
export type Keys = EventKeys;

// Irregular past tenses, so that "met" and "meet" match.
const LEMMA: Record<string, string> = {
  met: 'meet', held: 'hold', began: 'begin', won: 'win', struck: 'strike', fought: 'fight', spoke: 'speak', went: 'go',
  took: 'take', made: 'make', gave: 'give', sent: 'send', left: 'leave', led: 'lead', fell: 'fall', rose: 'rise',
  saw: 'see', came: 'come', withdrew: 'withdraw', brought: 'bring', sought: 'seek', meeting: 'meet', meets: 'meet',
};

function stem(w: string): string {
  if (LEMMA[w]) return LEMMA[w];
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('es')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

export function keysOf(text: string): Keys {
  const words: string[] = [];
  const names: string[] = [];
  // Sets beside the ordered lists: a long text's distinct words made `includes` quadratic.
  const seenWords = new Set<string>();
  const seenNames = new Set<string>();
  const addName = (k: string) => { if (!seenNames.has(k)) { seenNames.add(k); names.push(k); } };
  for (const m of text.matchAll(/[\p{L}][\p{L}’'.]*/gu)) {
    const raw = m[0].replace(/[’']s$/u, '').replace(/(?<![.’'])[.’']+$/u, '');
    const lower = raw.toLowerCase();
    if (lower.length < 3 || STOP.has(lower)) continue;
    const k = stem(lower);
    if (!seenWords.has(k)) { seenWords.add(k); words.push(k); }
    if (/^\p{Lu}/u.test(raw) && m.index! > 0) addName(k);
    else if (/^\p{Lu}/u.test(raw) && /^\p{Lu}[\p{Ll}]+$/u.test(raw) && m.index === 0 && !COMMON_OPENERS.has(lower)) addName(k);
  }
  return { words, names };
}

const COMMON_OPENERS = new Set(['the', 'american', 'european', 'officials', 'leaders', 'reports', 'hopes', 'talks']);

/** Equal keys, or names that differ by one letter at the end (Zelensky / Zelenskyy, Kyiv / Kiev is not covered). */
export function sameKey(a: string, b: string): boolean {
  if (a === b) return true;
  // Unequal keys meet only at five letters or more, one letter apart in length, with the same first
  // letters (the shorter one's all but last): the cheap tests first, since most pairs fail them.
  if (a.length < 5 || b.length < 5 || a.charCodeAt(0) !== b.charCodeAt(0)) return false;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return l.length - s.length <= 1 && l.startsWith(s.slice(0, -1)) && editDistanceAtMostOne(s, l);
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.slice(i) === b.slice(i + 1);
}

/** Keys of `a` that meet a key of `b`, each key of `b` used once (the first free one that meets it). */
export function shared(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  // The keys of b taken so far: bits of a number for the usual short list, else a byte each. Every
  // pair is compared, so this runs in the inner loop of every merge: no closure, no Set.
  let bits = 0;
  const bytes = b.length > 31 ? new Uint8Array(b.length) : null;
  for (const x of a) {
    for (let k = 0; k < b.length; k++) {
      if (bytes ? bytes[k] : (bits >>> k) & 1) continue;
      if (!sameKey(x, b[k])) continue;
      if (bytes) bytes[k] = 1;
      else bits |= 1 << k;
      out.push(x);
      break;
    }
  }
  return out;
}

export interface Match {
  words: number;
  names: number;
  /** Shared words that are not names: what happened (summit, meet), not only who. */
  others: number;
  ratio: number;
}

export function match(a: Keys, b: Keys): Match {
  const w = shared(a.words, b.words);
  const n = shared(a.names, b.names);
  const others = w.filter((x) => !a.names.some((y) => sameKey(x, y)) && !b.names.some((y) => sameKey(x, y))).length;
  return { words: w.length, names: n.length, others, ratio: w.length / Math.max(1, Math.min(a.words.length, b.words.length)) };
}

/**
 * Numbers (clusters, events, entities) by their key words, so that only what shares a key is compared:
 * `sameKey` holds two words equal only when they are the same, or five letters or more and alike in their
 * first four. Every way two events or names can match needs such a pair, so the candidates hold every match.
 */
export class KeyIndex {
  private readonly blocks = new Map<string, Set<number>>();

  add(n: number, words: readonly string[]): void {
    this.addBlocks(n, blocksOf(words));
  }

  /** As add, with the blocks already worked out (blocksOf). */
  addBlocks(n: number, blocks: readonly string[]): void {
    for (const b of blocks) {
      let set = this.blocks.get(b);
      if (!set) this.blocks.set(b, (set = new Set()));
      set.add(n);
    }
  }

  /** The numbers sharing a block with these words, ascending (the order a scan of them all would meet them). */
  candidates(words: readonly string[]): number[] {
    return this.candidatesOfBlocks(blocksOf(words));
  }

  candidatesOfBlocks(blocks: readonly string[]): number[] {
    const seen = new Set<number>();
    for (const b of blocks) for (const n of this.blocks.get(b) ?? []) seen.add(n);
    return [...seen].sort((x, y) => x - y);
  }
}

/** The blocks of key words: each word, and the first four letters of a word of five or more (see sameKey). */
export function blocksOf(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    out.push(`=${w}`);
    if (w.length >= 5) out.push(`~${w.slice(0, 4)}`);
  }
  return out;
}
