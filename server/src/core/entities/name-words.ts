// What a single word can be in a name, shared by the span passes, the mention cleaning and propagation.
import type { Tok } from './features';
import { isWord } from '../diagnostics/lexicon/dictionary';
import { COMMON_WORDS, DEMONYMS, LEGAL_ENDINGS, OFFICE_WORDS, ORG_SUFFIXES, PLACE_SUFFIXES, TITLES, known } from './lexicon';

/** Marks after which a capital opens a sentence, a quote or a table cell rather than a name. */
export const OPENING_MARK = /^["“‘'(\-–—:|]$/;

/** A capitalized word that can be part of a person's name: no common word, title, demonym, name ending or known name. */
export function nameWord(t: Tok): boolean {
  return /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(t.text) && !COMMON_WORDS.has(t.lower) && !TITLES.has(t.lower) && !OFFICE_WORDS.has(t.lower)
    && !DEMONYMS.has(t.lower) && !ORG_SUFFIXES.has(t.lower) && !PLACE_SUFFIXES.has(t.lower) && !known(t.text);
}

/** A name word that may be a given name nobody listed ("Mouez", "Romelu"): one plain word, and no English word. */
export function isGivenName(t: Tok): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(t.text) && nameWord(t) && !isWord(t.lower);
}

// (The spaces are matched from where their run starts: tried at every space of a long run, the
// pattern read the rest of the run each time.)
const LEGAL_ENDING = new RegExp(`(?<!\\s)\\s+(?:${[...LEGAL_ENDINGS].join('|')})\\.?$`, 'i');

/** "Unisys Corp.", "Kellogg Co.": a name that ends in a company's legal form. */
export function hasLegalEnding(name: string): boolean {
  return LEGAL_ENDING.test(name);
}

/** The name without its legal form ("Sansui Electric" of "Sansui Electric Co."). */
export function withoutLegalEnding(name: string): string {
  return name.replace(LEGAL_ENDING, '');
}
