// The English dictionary: Hunspell en_US (SCOWL, via the `dictionary-en` package, MIT/BSD-style licence
// in node_modules/dictionary-en/license) as nspell reads it, expanded at build time into a word list
// (scripts/english-words.mjs, an esbuild plugin): every word form, the compound rules for ordinals and
// the input conversions. Starting takes no dictionary building (issue 17); the check below is nspell's
// own (lib/util/form.js and exact.js), so it accepts exactly the words nspell accepts.
// @ts-ignore: the module is made by the esbuild plugin; tsc does not see it.
import WORD_LIST from './english-words.generated';

interface WordList {
  /** Every word form, sorted (UTF-16 order), each between two newlines. */
  words: string;
  onlyInCompound: string[];
  keepCase: string[];
  forbidden: string[];
  compoundMin: number | null;
  compoundRules: Array<[string, string]>;
  conversions: Array<[string, string, string]>;
  names: string;
}

interface Speller {
  words: SortedWords;
  onlyInCompound: Set<string>;
  keepCase: Set<string>;
  forbidden: Set<string>;
  compoundMin: number;
  compoundRules: RegExp[];
  conversions: Array<[RegExp, string]>;
}

/**
 * The word forms as the one sorted string the build made, searched by halves: nothing to build at start
 * (a set of 120,000 strings took as long as nspell's own loading), and about 17 steps a word, each
 * seen once (isWord remembers).
 */
class SortedWords {
  constructor(private readonly text: string) {}

  has(word: string): boolean {
    if (word.includes('\n')) return false;
    const t = this.text;
    let lo = 0; // t[lo] is a newline that starts a line at or before the word's place
    let hi = t.length - 1; // t[hi] is a newline
    while (lo < hi) {
      const mid = t.lastIndexOf('\n', (lo + hi) >> 1);
      if (mid <= lo) {
        // One line left between lo and hi, or the middle line starts at lo.
        const end = t.indexOf('\n', lo + 1);
        const c = compareLine(t, lo + 1, end, word);
        if (c === 0) return true;
        if (end >= hi || c > 0) return false;
        lo = end;
        continue;
      }
      const end = t.indexOf('\n', mid + 1);
      const c = compareLine(t, mid + 1, end, word);
      if (c === 0) return true;
      if (c < 0) lo = end;
      else hi = mid;
    }
    return false;
  }
}

/**
 * The line t[start, end) against the word, in the order of JavaScript's string comparison (UTF-16 code
 * units): negative when the line sorts first. Read in place, not copied out: some 17 lines are looked at per
 * lookup (issue 17).
 */
function compareLine(t: string, start: number, end: number, word: string): number {
  const n = Math.min(end - start, word.length);
  for (let i = 0; i < n; i++) {
    const d = t.charCodeAt(start + i) - word.charCodeAt(i);
    if (d !== 0) return d;
  }
  return end - start - word.length;
}

let speller: Speller | null = null;
/** Milliseconds the first load took (for the README and the eval report). */
export let dictionaryLoadMs = 0;

function get(): Speller {
  if (!speller) {
    const t0 = Date.now();
    const list = WORD_LIST as WordList;
    speller = {
      words: new SortedWords(list.words),
      onlyInCompound: new Set(list.onlyInCompound),
      keepCase: new Set(list.keepCase),
      forbidden: new Set(list.forbidden),
      compoundMin: list.compoundMin ?? Infinity,
      compoundRules: list.compoundRules.map(([source, flags]) => new RegExp(source, flags)),
      conversions: list.conversions.map(([source, flags, to]) => [new RegExp(source, flags), to]),
    };
    dictionaryLoadMs = Date.now() - t0;
  }
  return speller;
}

/** nspell's exact test: a known form not only for compounds, or a word a compound rule accepts. */
function exact(s: Speller, value: string): boolean {
  if (s.words.has(value)) return !s.onlyInCompound.has(value);
  return value.length >= s.compoundMin && s.compoundRules.some((r) => r.test(value));
}

/** nspell's correct(): the word as written, else in sentence case when all capitals, else in lower case. */
function correct(value: string): boolean {
  const s = get();
  let normal = value.trim();
  if (!normal) return false;
  for (const [from, to] of s.conversions) normal = normal.replace(from, to);
  if (exact(s, normal)) return !s.forbidden.has(normal);
  const ignored = (w: string) => s.keepCase.has(w) || s.forbidden.has(w);
  if (normal.toUpperCase() === normal) {
    const sentence = normal.charAt(0) + normal.slice(1).toLowerCase();
    if (ignored(sentence)) return false;
    if (exact(s, sentence)) return true;
  }
  const lower = normal.toLowerCase();
  if (lower !== normal) {
    if (ignored(lower)) return false;
    if (exact(s, lower)) return true;
  }
  return false;
}

const cache = new Map<string, boolean>();

/** isWord without remembering the answer. */
function judge(word: string): boolean {
  try {
    return correct(word);
  } catch {
    return true; // never flag what the speller cannot judge
  }
}

/** True when the dictionary accepts the word exactly as written (case rules are Hunspell's: "Europe" yes, "europe" no). */
export function isWord(word: string): boolean {
  let hit = cache.get(word);
  if (hit === undefined) {
    hit = judge(word);
    if (cache.size > 50_000) cache.clear();
    cache.set(word, hit);
  }
  return hit;
}

/** "Europe" for "europe": the word with its first letter capitalized. */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** True when the dictionary knows the word only with a capital: a proper name ("Ukraine", "Europe"). */
export function isNameOnly(lower: string): boolean {
  return !isWord(lower) && isWord(capitalize(lower));
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Dictionary words one edit away (a letter dropped, added, changed, or two neighbours swapped),
 * the usual shape of a typing slip; far cheaper than a full Hunspell suggestion search.
 */
export function oneEditAway(word: string): string[] {
  const out = new Set<string>();
  const w = word.toLowerCase();
  // Not through isWord's memory: the few hundred spellings tried are mostly no words and seldom asked again,
  // and remembering them pushed the article's own words out of it (issue 17).
  const tryWord = (c: string) => {
    if (c.length > 1 && c !== w && judge(c)) out.add(c);
  };
  for (let i = 0; i <= w.length; i++) {
    for (const ch of LETTERS) tryWord(w.slice(0, i) + ch + w.slice(i)); // insertion
    if (i < w.length) {
      tryWord(w.slice(0, i) + w.slice(i + 1)); // deletion
      for (const ch of LETTERS) if (ch !== w[i]) tryWord(w.slice(0, i) + ch + w.slice(i + 1)); // substitution
      if (i + 1 < w.length) tryWord(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)); // transposition
    }
  }
  return [...out];
}

let names: Set<string> | null = null;

/** True when the dictionary has the word as a name of its own ("Trump", "Mecca", "Turkey"), besides any common word. */
export function isDictionaryName(lower: string): boolean {
  names ??= new Set((WORD_LIST as WordList).names.split('\n'));
  return names.has(lower);
}
