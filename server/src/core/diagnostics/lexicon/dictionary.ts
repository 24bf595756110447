// The English dictionary: Hunspell en_US (SCOWL, via the `dictionary-en` package, MIT/BSD-style licence
// in node_modules/dictionary-en/license) read by `nspell`. Both files are bundled as text, so nothing is
// read from disk or the network. Building the speller takes ~90 ms, so it is built once, on first use.
import nspell from 'nspell';
// @ts-ignore: esbuild bundles the file as a string (import attribute); tsc does not model it.
import AFF from '../../../../../node_modules/dictionary-en/index.aff' with { type: 'text' };
// @ts-ignore: as above.
import DIC from '../../../../../node_modules/dictionary-en/index.dic' with { type: 'text' };

type Speller = ReturnType<typeof nspell>;

let speller: Speller | null = null;
/** Milliseconds the first load took (for the README and the eval report). */
export let dictionaryLoadMs = 0;

function get(): Speller {
  if (!speller) {
    const t0 = Date.now();
    speller = nspell({ aff: AFF as string, dic: DIC as string });
    dictionaryLoadMs = Date.now() - t0;
  }
  return speller;
}

const cache = new Map<string, boolean>();

/** True when the dictionary accepts the word exactly as written (case rules are Hunspell's: "Europe" yes, "europe" no). */
export function isWord(word: string): boolean {
  let hit = cache.get(word);
  if (hit === undefined) {
    try {
      hit = get().correct(word);
    } catch {
      hit = true; // never flag what the speller cannot judge
    }
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
  const tryWord = (c: string) => {
    if (c.length > 1 && c !== w && isWord(c)) out.add(c);
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
  if (!names) {
    names = new Set();
    for (const line of (DIC as string).split('\n')) {
      const c = line.charCodeAt(0);
      if (c < 65 || c > 90) continue;
      const slash = line.indexOf('/');
      names.add((slash < 0 ? line : line.slice(0, slash)).trim().toLowerCase());
    }
  }
  return names.has(lower);
}
