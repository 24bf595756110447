// Finds the places where actors are named: the tagger's spans, cleaned (no titles, no possessive,
// no sentence-initial common words, no demonyms), the dateline place ("WASHINGTON –"), and, in
// title-case lines (headline, kicker, section headings), only names the body or the gazetteer knows.
import type { Doc } from '../doc';
import type { EntityType } from '../types';
import { ARTICLE_NAME, type DocStats, type Run, type Tok, isCap } from './features';
import { COMMON_WORDS, DEMONYMS, FIRST_NAMES, KNOWN_SURNAMES, LEGAL_ENDINGS, OFFICE_WORDS, ORG_SUFFIXES, PLACE_SUFFIXES, TITLES, known } from './lexicon';
import type { Use } from './metonymy';
// The English dictionary of the diagnostics stage tells a given name from a word ("Copying Beethoven").
import { isWord } from '../diagnostics/lexicon/dictionary';
import { OPENING_MARK, isGivenName } from './name-words';
import { NOT_ACRONYM_NAMES, SPAN_PASSES, joinedText } from './span-passes';
import { type TaggedSpan, spansOf, tagRun } from './tagger';
import { SETTLEMENT_NOUNS } from './kind-nouns';
import { COMPANY_WORDS, endsInClubWord, withClubNames, withClubsBeforeCues } from './clubs';
import { isPossessiveName, withPossessiveNames } from './possessive-names';
import { isTitleWord, withRoleAppositions, withTitledPeople, withoutRolePhrases } from './titled-people';

/** Role phrases out, then people shown by a title before or a role after their names (titled-people.ts). */
const PEOPLE_PASSES = [withPossessiveNames, withoutRolePhrases, withTitledPeople, withRoleAppositions];

export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Where it came from: the tagger, a gazetteer match in a title line, the dateline, a glossary entry, a lower-case match. */
  source: 'tagger' | 'title' | 'dateline' | 'glossary' | 'lower';
  /** How a country's name is used here (see metonymy.ts); set before clustering. */
  use?: Use | null;
  /** Right after "in", "at", "within" and the like: where something is. Set before clustering. */
  placed?: boolean;
  /** Named as a settlement or area: "the island of Anjouan" (see SETTLEMENT_NOUNS); its entity is a place. */
  settlement?: boolean;
}

const TITLE_BLOCKS = new Set(['headline', 'kicker', 'section']);
const LEADING_DROP = new Set(['the', 'a', 'an', 'former', 'late', 'then', 'acting', 'interim', 'said']);
export const NOT_NAMES = new Set(['i', 'internet', 'web', 'covid', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'islam', 'christianity', 'judaism', 'hinduism', 'buddhism', 'catholicism', 'image', 'images', 'photo', 'photos', 'video', 'file', 'caption', 'credit',
  // Products are not actors.
  'internet explorer', 'chrome', 'google chrome', 'firefox', 'mozilla firefox', 'safari', 'windows', 'windows xp', 'iphone', 'ipad', 'android', 'linux', 'playstation', 'xbox', 'bitcoin', 'ethereum']);
/** Words that open a sentence and never a name: prepositions, conjunctions, determiners, sentence adverbs. */
const FUNCTION_WORDS = new Set(('a|an|the|this|that|these|those|in|inside|outside|on|at|by|for|from|to|into|with|without|within|after|before|'
  + 'since|until|during|despite|amid|among|against|under|over|across|through|throughout|like|unlike|as|and|but|or|nor|yet|so|if|when|'
  + 'while|although|though|because|once|where|whether|then|now|today|yesterday|tomorrow|meanwhile|however|also|still|even|only|'
  + 'many|most|some|all|every|each|several|few|both|other|another|such|no|not|his|her|its|their|our|my|your|what|which|who|how|'
  + 'why|according|following|including|here|there|thus|indeed|instead|last|next').split('|'));
const CALENDAR_WORDS = new Set(('monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|'
  + 'august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec').split('|'));
/** Months that are also names ("April Ryan", "Theresa May"): never cut from a longer name. */
const FIRST_NAMES_TOO = new Set(['april', 'may', 'june', 'august']);
/** Capitalized function words that a name does not contain but a title-case headline does. */
const TITLE_CASE_BREAKS = new Set(['About', 'With', 'Amid', 'Against', 'After', 'Before', 'Over', 'Under', 'Into', 'From', 'As', 'If', 'When', 'While', 'Because', 'Than', 'Despite', 'Is', 'Are', 'Was', 'Will', 'To']);
/** Capitalized function words at which a title-case name ends (the name is before them). */
const TITLE_CASE_ENDS = new Set(['On', 'For', 'And', 'By', 'At']);
const LAND_FORMS = new Set(['delta', 'valley', 'basin', 'plateau', 'highlands', 'lowlands', 'plains', 'coast', 'hills', 'savanna', 'steppe']);
const HYPHENATED_ADJECTIVE = /-(?:based|born|bred|owned|led|backed|run|made|style|like|era|bound|linked|funded|controlled|occupied|allied|friendly|oriented)$/i;
const PARTY_LABELS = new Set(['democrat', 'republican', 'democratic', 'conservative', 'labour', 'liberal', 'independent', 'tory', 'socialist', 'communist', 'green']);
const CONTRACTION = /\p{L}['’](?:m|re|ve|ll|d)$|n['’]t$/iu;
const PUNCT_EDGE = /^[\p{P}\p{S}]+$/u;

export function tagMentions(doc: Doc, rs: Run[], stats: DocStats, sports = false): Mention[] {
  const out: Mention[] = [];
  const titleRuns: Run[] = [];
  for (const r of rs) {
    const kind = doc.blocks[r.block]?.kind;
    // A table's header row (the row above its |---| rule) names its columns ("| Date | Event |"), not actors.
    if (kind === 'table-header' || (kind === 'table-row' && doc.blocks[r.block + 1]?.kind === 'table-header')) continue;
    if (kind && TITLE_BLOCKS.has(kind)) {
      titleRuns.push(r);
      continue;
    }
    const labels = tagRun(r.toks, stats);
    let spans = spansOf(labels);
    for (const pass of SPAN_PASSES) spans = pass(r.toks, spans);
    spans = withClubsBeforeCues(r.toks, withClubNames(r.toks, spans, sports), sports);
    for (const pass of PEOPLE_PASSES) spans = pass(r.toks, spans);
    for (const s of spans) {
      // "Nouri al-Maliki", "Abdelbaset Ali al-Megrahi": an Arabic surname with its joined article goes on the name.
      if (s.type === 'person') while (s.to < r.toks.length && ARTICLE_NAME.test(r.toks[s.to].text) && r.toks[s.to].start === r.toks[s.to - 1].end + 1) s.to++;
      const m = clean(r.toks, s.from, s.to, s.type, stats, sports);
      if (m) out.push(...splitCompound(m));
    }
    for (const m of settlementNames(r.toks, spans)) {
      const same = out.findIndex((x) => x.start === m.start && x.end === m.end);
      if (same >= 0) out.splice(same, 1);
      out.push(m);
    }
    // Two known names joined by a hyphen ("Trump-Putin summit") are two mentions even where the tagger passed the
    // compound over (an unusual shape to it): splitCompound decides, as for the compounds it tagged.
    let si = 0;
    for (let i = 0; i < r.toks.length; i++) {
      while (si < spans.length && spans[si].to <= i) si++;
      const t = r.toks[i];
      if (!t.cap || t.text.indexOf('-') <= 0 || (si < spans.length && spans[si].from <= i)) continue;
      const parts = splitCompound({ start: t.start, end: t.end, text: t.text, type: 'place', source: 'tagger' });
      if (parts.length === 2) out.push(...parts);
    }
  }
  const bodyNames = new Set<string>();
  for (const m of out) {
    bodyNames.add(m.text.toLowerCase());
    const ws = m.text.split(' ');
    if (m.type === 'person' && ws.length > 1) bodyNames.add(ws[ws.length - 1].toLowerCase());
  }
  for (const r of titleRuns) out.push(...titleMentions(r.toks, bodyNames));
  return out;
}

function clean(toks: Tok[], from: number, to: number, type: EntityType, stats: DocStats, sports: boolean): Mention | null {
  // Possessives and edge punctuation never belong to a name.
  // (Not the possessive of a name written in the possessive: "Moody’s", "McDonald's".)
  while (to > from && ((/^[’']s?$/i.test(toks[to - 1].text) && !isPossessiveName(joinedText(toks, from, to))) || PUNCT_EDGE.test(toks[to - 1].text))) to--;
  while (from < to && PUNCT_EDGE.test(toks[from].text)) from++;
  while (to - from > 1 && NOT_NAMES.has(toks[to - 1].lower)) to--;
  // "in Florida Friday", "Monday Trump said": a day or month at either end is the date, not the name.
  while (to - from > 1 && CALENDAR_WORDS.has(toks[to - 1].lower.replace(/\.$/, '')) && !FIRST_NAMES_TOO.has(toks[to - 1].lower)) to--;
  while (to - from > 1 && CALENDAR_WORDS.has(toks[from].lower.replace(/\.$/, '')) && !FIRST_NAMES_TOO.has(toks[from].lower)) from++;
  if (to > from && NOT_NAMES.has(joined(toks.slice(from, to)).toLowerCase())) return null;
  // A run of title-case words with "About", "With", "Amid" inside is a headline, not a name
  // ("Democrat Voters Worried About Hillary Clinton"): keep what comes after the last such word.
  for (let k = to - 2; k > from; k--) {
    if (TITLE_CASE_BREAKS.has(toks[k].text)) {
      from = k + 1;
      break;
    }
  }
  // "J. Kenji López-Alt On Cookbooks", "Jane Doe For Mayor": in title case a name ends at "On", "For", "And", "By" or
  // "At" (running text writes them in lower case inside names).
  for (let k = from + 1; k < to - 1; k++) {
    if (TITLE_CASE_ENDS.has(toks[k].text)) {
      to = k;
      break;
    }
  }
  // "Niger-Delta", "Rift-Valley": a hyphenated compound with a place or a land form in it is no person.
  if (type === 'person' && to - from === 1 && /-/.test(toks[from].text)
    && toks[from].text.split('-').some((p) => known(p)?.type === 'place' || PLACE_SUFFIXES.has(p.toLowerCase()) || LAND_FORMS.has(p.toLowerCase()))) type = 'place';
  // "New York-based", "African-American": an adjective made of a name is not the name.
  if (HYPHENATED_ADJECTIVE.test(toks[to - 1].text) || toks[to - 1].text.split('-').every((p) => DEMONYMS.has(p.toLowerCase()))) return null;
  // A contraction ("I'm", "We'll", "Don't") is speech, never a name.
  for (let k = from; k < to; k++) if (CONTRACTION.test(toks[k].text)) return null;
  // Titles and articles in front of a person's name are a role, not the name; "The" stays in a known name
  // that has it ("The Hague", "The Guardian").
  while (to - from > 1 && (LEADING_DROP.has(toks[from].lower) || (type === 'person' && (TITLES.has(toks[from].lower) || DEMONYMS.has(toks[from].lower) || isTitleWord(toks[from]))))
    && !(toks[from].text === 'The' && known(joinedText(toks, from, to)))) from++;
  // A sentence-initial common word is not part of the name that follows: "Inside Ukraine", "Yet Putin";
  // but an adjective opening a name that ends in an organization or place word is: "Civil Defense Authority".
  if (to - from > 1 && (from === 0 || OPENING_MARK.test(toks[from - 1].text)) && COMMON_WORDS.has(toks[from].lower)
    && !FIRST_NAMES.has(toks[from].lower) && !known(joinedText(toks, from, to))
    && (to - from < 3 || FUNCTION_WORDS.has(toks[from].lower) || !(ORG_SUFFIXES.has(toks[to - 1].lower) || PLACE_SUFFIXES.has(toks[to - 1].lower)))
    // "Department of Education": a first word that the name goes on from with "of" is its head.
    && !(/^\p{Ll}/u.test(toks[from + 1].text) && !FUNCTION_WORDS.has(toks[from].lower))) from++;
  // "Democrat Hillary Clinton", "Republican Mitt Romney": a party label before a given name is a role.
  if (to - from > 2 && PARTY_LABELS.has(toks[from].lower) && FIRST_NAMES.has(toks[from + 1].lower)) {
    from++;
    type = 'person';
  }
  // "State Marco Rubio" (of "Secretary of State Marco Rubio"): title words before a first name belong to the role.
  let f2 = from;
  while (f2 < to - 1 && (TITLES.has(toks[f2].lower) || DEMONYMS.has(toks[f2].lower))) f2++;
  if (f2 > from && f2 < to - 1 && FIRST_NAMES.has(toks[f2].lower)) {
    from = f2;
    type = 'person';
  }
  if (to <= from || to - from > 10) return null;
  // A first name just before the span makes it a person: "Valeska Paris", "George Washington".
  const before = toks[from - 1];
  const firstName = before && isCap(before.text) && !COMMON_WORDS.has(before.lower) && !TITLES.has(before.lower) && !OFFICE_WORDS.has(before.lower) && before.end + 1 === toks[from].start && to - from <= 2
    && ((FIRST_NAMES.has(before.lower) && !DEMONYMS.has(before.lower))
      // An unknown capitalized word before a lone known place: "Valeska Paris", not "Greater London".
      || (to - from === 1 && known(toks[from].text)?.type === 'place' && !known(before.text) && !TITLES.has(before.lower)
        && !DEMONYMS.has(before.lower) && /^\p{Lu}\p{Ll}+$/u.test(before.text))
      // An unknown capitalized word mid-sentence before a lone surname, and no English word ("Copying Beethoven"):
      // "goalkeeper Mouez Hassen".
      || (type === 'person' && to - from === 1 && from >= 2 && !OPENING_MARK.test(toks[from - 2].text) && isGivenName(before)));
  if (firstName) {
    from--;
    type = 'person';
  } else if (type !== 'person' && to - from === 2 && FIRST_NAMES.has(toks[from].lower) && !COMMON_WORDS.has(toks[from].lower) && !known(joined(toks.slice(from, to)))) {
    type = 'person';
  }
  // A first name alone followed by a capitalized word: the surname the tagger left out ("Tom Reyes").
  const after = toks[to];
  if (type === 'person' && to - from === 1 && FIRST_NAMES.has(toks[from].lower) && after && after.cap && after.start === toks[to - 1].end + 1
    && !COMMON_WORDS.has(after.lower) && !TITLES.has(after.lower) && !DEMONYMS.has(after.lower) && !known(after.text)
    && !ORG_SUFFIXES.has(after.lower) && !PLACE_SUFFIXES.has(after.lower)) to++;
  // The last word of a longer name says what it is: "Duke University", "Fisht Stadium".
  if (to - from > 1) {
    const last = toks[to - 1].lower;
    const org = ORG_SUFFIXES.has(last);
    const place = PLACE_SUFFIXES.has(last);
    // A company word at the end ("Bridgewater Associates", "Sky Sports") makes a company, never a person.
    if ((org && !place) || COMPANY_WORDS.has(last) || (endsInClubWord(toks[to - 1].text, sports) && known(joinedText(toks, from, to))?.type !== 'place')) type = 'organization';
    else if (place && !org) type = 'place';
    // A "person" whose name is all English words and starts with no given name is a group or a brand:
    // "Civic Passion", "Campbell Soup" (names of people mix in words no dictionary has, or a given name).
    else if (type === 'person' && !FIRST_NAMES.has(toks[from].lower) && toks.slice(from, to).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && isWord(t.lower))) type = 'organization';
  }
  // Several words in capitals that are all English words ("ONE HUNDRED MILLION DOLLARS", "NOT A MEMBER"): emphasis
  // in a shouted letter or a headline, not a name. One such word may be an acronym ("DAB"): left to the other rules.
  if (to - from > 1 && toks.slice(from, to).every((t) => t.text.length > 1 && t.text === t.text.toUpperCase() && /^\p{Lu}+$/u.test(t.text) && isWord(t.lower))
    && !known(joinedText(toks, from, to))) return null;
  const first = toks[from];
  const single = to - from === 1;
  const text = toks.slice(from, to);
  if (!text.some((t) => isCap(t.text)) && !known(joined(text))) return null;
  if (single) {
    const w = first.lower;
    if (NOT_NAMES.has(w) || DEMONYMS.has(w) || (TITLES.has(w) && !known(w))) return null;
    // Common abbreviations ("AI", "CEO", "GDP") are no actors, whoever tagged them.
    if (NOT_ACRONYM_NAMES.has(first.text) && !known(first.text)) return null;
    // A place's name with a demonym ending is no actor: "Kuwaiti", "Sudanese", "Kenyan", "Jordanian".
    if (isDemonymOfPlace(w)) return null;
    // A legal ending or a name ending alone ("Corp.", "Council", "House") is no name.
    if (LEGAL_ENDINGS.has(w.replace(/\.$/, ''))) return null;
    // A day or a month alone is a date, not someone ("Monday", "April", "Jan.").
    if (CALENDAR_WORDS.has(w.replace(/\.$/, ''))) return null;
    // A word in capitals ("BY", "WE", "OF" of a shouted line) is the word.
    if (first.text.length > 1 && first.text === first.text.toUpperCase() && (COMMON_WORDS.has(w) || FUNCTION_WORDS.has(w)) && !known(first.text)) return null;
    if (w.length < 2) return null;
    // Capitals glued to a number are a code, not an actor: a flight ("MH370"), a model ("RL-10"), an asteroid ("MN4").
    const next = toks[from + 1];
    if (next && next.start === first.end && /^\p{Lu}+$/u.test(first.text)
      && (/^\d/.test(next.text) || (next.text === '-' && toks[from + 2]?.start === next.end && /^\d/.test(toks[from + 2].text)))) return null;
    // Adherents and plural nationalities ("Scientologist", "Europeans") are not names of actors.
    if (/(?:ists?|ians|eans|ans)$/.test(w) && !known(w)) return null;
    const sentenceInitial = from === 0 || OPENING_MARK.test(toks[from - 1].text);
    // A capitalized first word is a name only with evidence: known, or capitalized mid-sentence elsewhere.
    if (sentenceInitial && COMMON_WORDS.has(w) && !known(w) && !stats.capMid.has(w)) return null;
  }
  return { start: first.start, end: toks[to - 1].end, text: joinedText(toks, from, to), type, source: 'tagger' };
}

const DEMONYM_ENDINGS = ['i', 'is', 'ese', 'ian', 'ians', 'an', 'ans', 'n', 'ns'];

function isDemonymOfPlace(w: string): boolean {
  if (known(w)) return false;
  for (const e of DEMONYM_ENDINGS) if (w.length > e.length + 3 && w.endsWith(e) && known(w.slice(0, -e.length))?.type === 'place') return true;
  return false;
}

/**
 * "Trump-Putin summit", "Ukraine-Russia talks": two names joined by a hyphen are two mentions, when each part
 * is a name the gazetteer knows (a known place or organization, or a well-known person's surname) and the
 * whole is not ("Hewlett-Packard", "Baden-Württemberg" stay whole).
 */
function splitCompound(m: Mention): Mention[] {
  const hy = m.text.indexOf('-');
  if (hy <= 0 || m.text.indexOf('-', hy + 1) >= 0 || /\s/.test(m.text) || known(m.text)) return [m];
  const a = m.text.slice(0, hy);
  const b = m.text.slice(hy + 1);
  const kind = (w: string): EntityType | null => (KNOWN_SURNAMES.has(w.toLowerCase()) ? 'person' : known(w)?.type ?? null);
  const ta = kind(a);
  const tb = kind(b);
  if (!ta || !tb || !/^\p{Lu}/u.test(b)) return [m];
  return [
    { ...m, end: m.start + hy, text: a, type: ta },
    { ...m, start: m.start + hy + 1, text: b, type: tb },
  ];
}

/**
 * "the island of Anjouan", "the town of Janzur": the capitalized words after "the <settlement noun> of" name a place,
 * whether the tagger took them for a person or passed them over (the mention's entity is then a place, see cluster.ts).
 */
function settlementNames(toks: Tok[], spans: TaggedSpan[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 3; i < toks.length; i++) {
    if (!toks[i].cap || toks[i - 1].lower !== 'of' || !SETTLEMENT_NOUNS.has(toks[i - 2].lower) || toks[i - 3].lower !== 'the') continue;
    let j = i + 1;
    while (j < toks.length && toks[j].cap && /^\p{L}/u.test(toks[j].text) && !CALENDAR_WORDS.has(toks[j].lower)) j++;
    if (j - i > 4 || spans.some((s) => s.from < j && s.to > i && (s.from !== i || s.to !== j))) continue;
    if (COMMON_WORDS.has(toks[i].lower) && j - i === 1) continue;
    out.push({ start: toks[i].start, end: toks[j - 1].end, text: joinedText(toks, i, j), type: 'place', source: 'tagger', settlement: true });
    i = j - 1;
  }
  return out;
}

function joined(toks: Tok[]): string {
  return toks.map((t) => t.text).join(' ');
}

/** In a title-case line, the longest token sequences that name a known actor or one the body names. */
function titleMentions(toks: Tok[], bodyNames: Set<string>): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!isCap(toks[i].text)) continue;
    for (let j = Math.min(toks.length, i + 5); j > i; j--) {
      if (toks[j - 1].start - toks[i].start > 60) continue;
      const text = joinedText(toks, i, j);
      const lower = text.toLowerCase();
      const k = known(text);
      if (!k && !bodyNames.has(lower)) continue;
      out.push({ start: toks[i].start, end: toks[j - 1].end, text, type: k?.type ?? 'place', source: 'title' });
      i = j - 1;
      break;
    }
  }
  return out;
}

/** The place of the dateline ("WASHINGTON –"), found by the structure stage. */
export function datelineMentions(doc: Doc): Mention[] {
  const d = doc.dateline;
  if (!d) return [];
  return [{ start: d.place.start, end: d.place.end, text: d.place.text, type: 'place', source: 'dateline' }];
}
