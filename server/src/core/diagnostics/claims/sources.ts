// What counts as a source in a sentence: a named speaker ("Witkoff said", "said Anton", "according to
// U.S. Special Envoy Steve Witkoff"), a parenthetical citation ("(New York Times)"), or a pronoun that
// stands for a speaker named before ("he said"). Shared by the claim rules.
import type { Doc, Sentence } from '../../doc';
import type { Span } from '../../types';
import { overlapsAny, quoteSpans } from '../context';

const VERBS =
  'said|says|say|told|tells|stated|states|announced|announces|claimed|claims|noted|notes|wrote|writes|added|adds|explained|argued|argues|warned|warns|confirmed|confirms|revealed|reveals|cautioned|cautions|reported|reports|insisted|insists|stressed|stresses|acknowledged|admitted|estimated|estimates|indicated|indicates|testified|tweeted|posted|declared|emphasized|asserted|suggested|suggests|believes|believed|thinks|thought';
// Nouns that do not name anyone even when capitalized at the start of a sentence.
const GENERIC =
  /^(?:reports?|sources?|officials?|analysts?|experts?|observers?|critics?|insiders?|diplomats?|witnesses?|residents?|people|many|some|others|several|most|few|they|it|this|that|there|media|rumou?rs?|studies|polls?|surveys?|data|figures|the|a|an)$/i;
const NAME = String.raw`(?:\p{Lu}[\p{L}.’'-]*|al|bin|de|van|von|der|of|the)`;
const NAME_THEN_VERB = new RegExp(String.raw`(\p{Lu}[\p{L}.’'-]*)(?:\s+${NAME}){0,5}?(?:,[^,]{1,80},)?\s+(?:has |had |have |also |later |then |repeatedly |publicly |reportedly )?(?:${VERBS})\b`, 'gu');
const VERB_THEN_NAME = new RegExp(String.raw`\b(?:${VERBS})\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\p{Lu}[\p{L}’'-]+`, 'gu');
// "he said" and "said he", as two patterns: each is a plain word sequence the checker can decide exactly,
// where their alternation was left to its random search (issue 21).
const PRONOUN_THEN_VERB = new RegExp(String.raw`\b(?:he|she|they|I|we)\s+(?:also\s+|later\s+|then\s+)?(?:${VERBS})\b`, 'iu');
const VERB_THEN_PRONOUN = new RegExp(String.raw`\b(?:${VERBS})\s+(?:he|she)\b`, 'iu');
const ACCORDING = /\baccording to\s+/giu;
const PHRASE_END = /[,;:()“”"]|\.(?:\s|$)|\s(?:who|which|that|in|on|at|during|and|as|but|to|for|from|with|after|before|when|while)\s/u;
const DAYS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday|Tomorrow)$/;
// A parenthetical citation ("(New York Times)", "(AP)"): the text between brackets has a capital at most 80
// characters from either end. Each bracketed text is read once and the capital looked for in code; a
// pattern with a bounded run on either side of the capital tried every split of it from every bracket.
const BRACKETED = /\(([^()]*)\)/gu;
const CAPITAL = /\p{Lu}/u;

function hasCitation(s: string): boolean {
  for (const m of s.matchAll(BRACKETED)) {
    const chars = Array.from(m[1]); // code points, as the u flag counted them
    for (let i = Math.max(0, chars.length - 81); i <= Math.min(80, chars.length - 1); i++) if (CAPITAL.test(chars[i])) return true;
  }
  return false;
}
const PLURAL_ANON = /^(?:officials|sources|analysts|experts|observers|diplomats|insiders|aides|people|residents|witnesses|reports|critics|authorities|media|members)$/i;

/** True when the text (one sentence) names its source. */
export function namesSource(s: string): boolean {
  if (hasCitation(s)) return true;
  if (PRONOUN_THEN_VERB.test(s) || VERB_THEN_PRONOUN.test(s)) return true;
  for (const m of s.matchAll(ACCORDING)) if (isNamed(accordingPhrase(s, m.index! + m[0].length))) return true;
  for (const m of s.matchAll(NAME_THEN_VERB)) if (!GENERIC.test(m[1]) && !DAYS.test(m[1])) return true;
  for (const m of s.matchAll(VERB_THEN_NAME)) {
    const last = m[0].split(/\s+/).pop()!;
    if (!GENERIC.test(last) && !DAYS.test(last)) return true;
  }
  return false;
}

/** The words after "according to", up to the end of the phrase ("American officials" in "according to American officials who …"). */
export function accordingPhrase(s: string, from: number): string {
  const rest = s.slice(from, from + 120);
  const end = PHRASE_END.exec(rest);
  return (end ? rest.slice(0, end.index) : rest).trim();
}

/** "U.S. Special Envoy Steve Witkoff", "Zelenskyy", "the New York Times": yes; "American officials", "reports": no. */
export function isNamed(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  if (!words[0]) return false;
  const last = words[words.length - 1].replace(/[’']s$/, '');
  if (PLURAL_ANON.test(last) || /^\p{Ll}/u.test(last)) return false;
  return /^\p{Lu}/u.test(last);
}

/** Words that attribute a claim, named or not; a figure with one of these nearby has a source. */
const ATTRIBUTION_WORD = new RegExp(String.raw`\b(?:${VERBS}|according to|estimate[sd]?|data|figures|statistics|census|survey|poll|study|report(?:ed|s)?|count(?:ed)?|tally|toll)\b`, 'iu');
// A parenthetical source, "(Reuters)". Its own pattern: with the words above in one alternation the checker
// could not decide it exactly. (The i flag stays: with it, \p{Lu} takes any cased letter, as it did.)
const ATTRIBUTION_BRACKETS = /\(\p{Lu}[^()]*\)/iu;

export function hasAttribution(s: string): boolean {
  return ATTRIBUTION_WORD.test(s) || ATTRIBUTION_BRACKETS.test(s);
}

/** The sentences of prose blocks, outside page furniture, each with its text. */
const proseCache = new WeakMap<Doc, Array<{ sentence: Sentence; index: number; text: string }>>();

export function proseSentences(doc: Doc): Array<{ sentence: Sentence; index: number; text: string }> {
  const cached = proseCache.get(doc);
  if (cached) return cached;
  const out: Array<{ sentence: Sentence; index: number; text: string }> = [];
  proseCache.set(doc, out);
  doc.sentences.forEach((sentence, index) => {
    const block = doc.blocks[sentence.block];
    if (!block || (block.kind !== 'paragraph' && block.kind !== 'list-item' && block.kind !== 'question')) return;
    if (doc.inBoilerplate(sentence)) return;
    out.push({ sentence, index, text: doc.slice(sentence) });
  });
  return out;
}

/** True when [start, end) lies in a quotation: claims made inside quotes belong to their speaker. */
export function inQuote(doc: Doc, span: Span): boolean {
  return overlapsAny(quoteSpans(doc), span.start, span.end);
}
