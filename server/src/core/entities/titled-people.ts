// People that a title or a role shows, whatever their names' origin (issue #15), and role phrases that are no
// names. Passes over one sentence's tagger spans, run by mentions.ts after the span passes of span-passes.ts.
import type { Tok } from './features';
import { COMMON_WORDS, DEMONYMS, FIRST_NAMES, KNOWN_SURNAMES, OFFICE_WORDS, ORG_SUFFIXES, PLACE_SUFFIXES, TITLES, known } from './lexicon';
import { isWord } from '../diagnostics/lexicon/dictionary';
import { COMPANY_WORDS } from './clubs';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from './role-words';
import type { TaggedSpan } from './tagger';

// Patterns tested per token, made once (a literal in a loop is a new RegExp object at each test; issue 17).
/** An initial ("W."). */
const INITIAL = /^\p{Lu}\.$/u;
/** The shape of a name word in any language ("Akufo-Addo", "O'Neill", "McAllister"). */
const NAME_WORD_SHAPE = /^(?:Mc|Mac|O['’]|D['’])?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;
/** Ends with a full stop. */
const ENDS_IN_STOP = /\.$/;
/** Starts with a capital letter. */
const UPPER_START = /^\p{Lu}/u;
/** A possessive ending ('s) as a token. */
const POSSESSIVE_S = /^[’']s$/;
/** "of" or "for" after an office. */
const OF_FOR = /^(?:of|for)$/;
/** What joins the words of a portfolio. */
const PORTFOLIO_JOINER = /^(?:of|for|and|the|&|,)$/;
/** An acronym ("NASA", "AT&T"). */
const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,5}$/u;

const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** A capitalized word that opens or names a role ("President", "Administrator", "Alhaji", "Mrs."). */
export function isTitleWord(t: Tok | undefined): boolean {
  return !!t && t.cap && (OFFICE_WORDS.has(t.lower) || ROLE_HEADS.has(t.lower) || HONORIFICS.has(t.lower) || TITLES.has(t.lower));
}

/** The head of a role ("Minister", "Director", "Administrator"), not a form of address. */
function isOfficeHead(t: Tok | undefined): boolean {
  return !!t && (OFFICE_WORDS.has(t.lower) || ROLE_HEADS.has(t.lower)) && !HONORIFICS.has(t.lower);
}

/**
 * A word that can be part of a person's name in any language: capitalized, letters with inner hyphens or
 * apostrophes ("Akufo-Addo", "O'Neill", "McAllister"), or an initial ("W."); no common word, title, demonym,
 * name ending, day or month, and no known place or organization.
 */
function personWord(t: Tok | undefined): boolean {
  if (!t || !t.cap) return false;
  if (INITIAL.test(t.text)) return true;
  if (!NAME_WORD_SHAPE.test(t.text)) return false;
  const w = t.lower;
  if ((COMMON_WORDS.has(w) && !FIRST_NAMES.has(w)) || TITLES.has(w) || OFFICE_WORDS.has(w) || ROLE_HEADS.has(w) || HONORIFICS.has(w)) return false;
  if (DEMONYMS.has(w) || ORG_SUFFIXES.has(w) || PLACE_SUFFIXES.has(w) || COMPANY_WORDS.has(w) || CALENDAR.test(w)) return false;
  const k = known(t.text);
  return !k || k.type === 'person';
}

/** Whether words from..to look like a person's name rather than a thing: not all of them English words, or a given name first. */
function looksLikePersonName(toks: Tok[], from: number, to: number): boolean {
  const ws = toks.slice(from, to).filter((t) => !ENDS_IN_STOP.test(t.text));
  if (!ws.length) return false;
  if (FIRST_NAMES.has(ws[0].lower) || KNOWN_SURNAMES.has(ws[ws.length - 1].lower)) return true;
  return ws.some((t) => !isWord(t.lower));
}

/** The end of the run of person words from `from` (at most four words), or `from` when there is none. */
function personRunEnd(toks: Tok[], from: number): number {
  let e = from;
  while (e < toks.length && e - from < 4 && personWord(toks[e]) && (e === from || toks[e].start <= toks[e - 1].end + 1)) e++;
  return e;
}

/** Replaces the spans over from..to by one span of the given type; a span that began before `cutAt` keeps that head. */
function replaceSpans(spans: TaggedSpan[], from: number, to: number, cutAt: number): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    if (s.to <= cutAt || s.from >= to) { out.push(s); continue; }
    if (s.from < cutAt) out.push({ from: s.from, to: cutAt, type: s.type === 'person' ? 'organization' : s.type });
  }
  out.push({ from, to, type: 'person' });
  return out.sort((a, b) => a.from - b.from);
}

/**
 * "President Faustin Touadera", "Senator Ndume Kashim", "Alhaji Aliko Dangote", "NASA Administrator Bill Nelson": a
 * title or a form of address followed by unknown capitalized name words is a person, and the title stays out of the
 * name (it is the role). The name words must end the capitalized run, and one word alone must be no English word.
 */
export function withTitledPeople(toks: Tok[], spans: TaggedSpan[]): TaggedSpan[] {
  let out = spans;
  for (let i = 0; i + 1 < toks.length; i++) {
    if (!isTitleWord(toks[i])) continue;
    let j = i + 1;
    while (j < toks.length && j - i < 5 && (isTitleWord(toks[j]) || (toks[j].cap && ROLE_MODIFIERS.has(toks[j].lower)))) j++;
    const e = personRunEnd(toks, j);
    if (e === j) { i = j - 1; continue; }
    const next = toks[e];
    if (next && next.cap && UPPER_START.test(next.text) && !POSSESSIVE_S.test(next.text)) { i = e - 1; continue; }
    if (!looksLikePersonName(toks, j, e) || (e - j === 1 && isWord(toks[j].lower) && !FIRST_NAMES.has(toks[j].lower))) { i = e - 1; continue; }
    // A span reaching past the name is a longer name the tagger saw ("President Kennedy Airport"): leave it.
    if (out.some((s) => s.from < e && s.to > e)) { i = e - 1; continue; }
    // Already a person starting at the name: nothing to do.
    if (out.some((s) => s.from === j && s.to === e && s.type === 'person')) { i = e - 1; continue; }
    out = replaceSpans(out, j, e, i);
    i = e - 1;
  }
  return out;
}

/**
 * "Obinna Nwachukwu, Minister of State for Agriculture," / "Chidi Okeke, Group Managing Director of": unknown name
 * words before a comma and a capitalized role are a person (the apposition names the role).
 */
export function withRoleAppositions(toks: Tok[], spans: TaggedSpan[]): TaggedSpan[] {
  let out = spans;
  for (let i = 0; i + 3 < toks.length; i++) {
    const prev = toks[i - 1];
    if (prev && prev.cap && UPPER_START.test(prev.text) && !isTitleWord(prev)) continue;
    const e = personRunEnd(toks, i);
    if (e - i < 2 || toks[e]?.text !== ',') continue;
    let k = e + 1;
    while (k < toks.length && k - e < 5 && toks[k].cap && (ROLE_MODIFIERS.has(toks[k].lower) || HONORIFICS.has(toks[k].lower)) && !isOfficeHead(toks[k])) k++;
    if (!isOfficeHead(toks[k]) || !toks[k].cap || !looksLikePersonName(toks, i, e)) { i = e - 1; continue; }
    if (out.some((s) => (s.from < i && s.to > i) || (s.from < e && s.to > e) || (s.from === i && s.to === e && s.type === 'person'))) { i = e - 1; continue; }
    out = replaceSpans(out, i, e, i);
    i = e - 1;
  }
  return out;
}

/**
 * Role phrases are no names: "Group Managing Director" or "Sales Director" is an office, and what follows an office and
 * "of" or "for" ("Minister of State for Petroleum Resources", "Director of Budget") is its portfolio, not an organization,
 * unless it is one by name (known, an acronym, or ending in an organization or place word: "Governor of the Central Bank
 * of Nigeria", "Governor of Lagos State").
 */
export function withoutRolePhrases(toks: Tok[], spans: TaggedSpan[]): TaggedSpan[] {
  const portfolio = new Uint8Array(toks.length);
  for (let i = 0; i + 2 < toks.length; i++) {
    if (!toks[i].cap || !isOfficeHead(toks[i]) || !OF_FOR.test(toks[i + 1].text)) continue;
    let k = i + 2;
    // The portfolio ends where a form of address opens the name: "..., Budget and Food Security, Mrs. Folake Adeyemi".
    while (k < toks.length && !HONORIFICS.has(toks[k].lower) && (toks[k].cap || (PORTFOLIO_JOINER.test(toks[k].text) && toks[k + 1]?.cap && !HONORIFICS.has(toks[k + 1].lower)))) portfolio[k++] = 1;
  }
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const text = toks.slice(s.from, s.to).map((t) => t.text).join(' ');
    const named = known(text) || ACRONYM.test(toks[s.from].text)
      || toks.slice(s.from, s.to).some((t) => ORG_SUFFIXES.has(t.lower) || PLACE_SUFFIXES.has(t.lower) || COMPANY_WORDS.has(t.lower));
    let inPortfolio = true;
    for (let k = s.from; k < s.to; k++) if (!portfolio[k]) inPortfolio = false;
    // A "person" there made of English words ("Food" of "Food Security") is part of the portfolio too.
    const words = toks.slice(s.from, s.to);
    if (inPortfolio && !named && (s.type !== 'person' || words.every((t) => isWord(t.lower) && !FIRST_NAMES.has(t.lower)))) continue;
    // (A "person" ending in an office is left as it is: annotators take "LA Sheriff" for someone's byname.)
    if (s.type !== 'person' && isOfficeHead(toks[s.to - 1]) && !known(text)) {
      let to = s.to;
      while (to > s.from && (isOfficeHead(toks[to - 1]) || ROLE_MODIFIERS.has(toks[to - 1].lower))) to--;
      // With a name in front ("LA Sheriff", "NASA Administrator") the phrase stands for its holder, as annotators have
      // it: it stays as the tagger made it. Role words only ("Group Managing Director", "Sales Director") are no name.
      const rest = toks.slice(s.from, to);
      const restText = rest.map((t) => t.text).join(' ');
      const isName = rest.length > 0 && (known(restText) || ACRONYM.test(rest[0].text) || rest.some((t) => !isWord(t.lower))
        || (rest.length > 1 && (ORG_SUFFIXES.has(rest[rest.length - 1].lower) || PLACE_SUFFIXES.has(rest[rest.length - 1].lower))));
      if (isName) out.push(s);
      continue;
    }
    out.push(s);
  }
  return out;
}
