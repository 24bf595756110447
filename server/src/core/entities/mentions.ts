// Finds the places where actors are named: the tagger's spans, cleaned (no titles, no possessive,
// no sentence-initial common words, no demonyms), the dateline place ("WASHINGTON –"), and, in
// title-case lines (headline, kicker, section headings), only names the body or the gazetteer knows.
import type { Doc } from '../doc';
import type { EntityType } from '../types';
import { type DocStats, type Run, type Tok, gazetteer, isCap } from './features';
import { COMMON_WORDS, DEMONYMS, FIRST_NAMES, OFFICE_WORDS, ORG_SUFFIXES, PLACE_SUFFIXES, TITLES, known } from './lexicon';
import type { Use } from './metonymy';
import { type TaggedSpan, spansOf, tagRun } from './tagger';

export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Where it came from: the tagger, a gazetteer match in a title line, the dateline, a glossary entry, a lower-case match. */
  source: 'tagger' | 'title' | 'dateline' | 'glossary' | 'lower';
  /** How a country's name is used here (see metonymy.ts); set before clustering. */
  use?: Use | null;
}

const TITLE_BLOCKS = new Set(['headline', 'kicker', 'section']);
const LEADING_DROP = new Set(['the', 'a', 'an', 'former', 'late', 'then', 'acting', 'interim', 'said']);
export const NOT_NAMES = new Set(['i', 'internet', 'web', 'covid', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'islam', 'christianity', 'judaism', 'hinduism', 'buddhism', 'catholicism', 'image', 'images', 'photo', 'photos', 'video', 'file', 'caption', 'credit',
  // Products are not actors.
  'internet explorer', 'chrome', 'google chrome', 'firefox', 'mozilla firefox', 'safari', 'windows', 'windows xp', 'iphone', 'ipad', 'android', 'linux', 'playstation', 'xbox', 'bitcoin', 'ethereum']);
const PUNCT_EDGE = /^[\p{P}\p{S}]+$/u;

export function tagMentions(doc: Doc, rs: Run[], stats: DocStats): Mention[] {
  const out: Mention[] = [];
  const titleRuns: Run[] = [];
  for (const r of rs) {
    const kind = doc.blocks[r.block]?.kind;
    if (kind && TITLE_BLOCKS.has(kind)) {
      titleRuns.push(r);
      continue;
    }
    const labels = tagRun(r.toks, stats);
    for (const s of withParticles(r.toks, withAcronyms(r.toks, withGazetteer(r.toks, withAsianNames(r.toks, splitBeforePeople(r.toks, withoutEvents(r.toks, splitAtTitles(r.toks, spansOf(labels))))))))) {
      const m = clean(r.toks, s.from, s.to, s.type, stats);
      if (m) out.push(m);
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

/** "European Commission President Ursula" is an organization, a title and a person: split at the title. */
function splitAtTitles(toks: Tok[], spans: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    let from = s.from;
    for (let i = s.from + 1; i < s.to - 1; i++) {
      if (!OFFICE_WORDS.has(toks[i].lower) || !toks[i + 1].cap || COMMON_WORDS.has(toks[i + 1].lower)) continue;
      if (i > from) out.push({ from, to: i, type: s.type === 'person' ? 'organization' : s.type });
      from = i + 1;
      out.push({ from, to: s.to, type: 'person' });
      from = -1;
      break;
    }
    if (from === s.from) out.push(s);
  }
  return out;
}

/** Last words that make a name an event ("Google Science Fair", "FIFA World Cup"), not an actor. */
const EVENT_ENDINGS = new Set(('fair|olympics|olympiad|championship|championships|cup|expo|festival|award|awards|prize|games|summit|'
  + 'challenge|tournament|marathon|show|week|series|open|trophy|contest|competition|election|elections|war').split('|'));

/**
 * An event is not an actor: its span is dropped, so that the known names inside it ("Google") are found
 * on their own by the gazetteer and by the rest of the article.
 */
function withoutEvents(toks: Tok[], spans: TaggedSpan[]): TaggedSpan[] {
  return spans.filter((s) => s.to - s.from < 2 || !EVENT_ENDINGS.has(toks[s.to - 1].lower) || !toks[s.to - 1].cap);
}

/**
 * Two names run together without a title between them: "Afghan Ambassador to the United States Hamdullah Mohib",
 * "the Refugee Council Enver Solomon". An organization or place that ends in a known name or a name ending,
 * followed by two more name words, is split there; the two words are a person. A capitalized "The" inside a
 * span starts another sentence or name ("the U.S. The President").
 */
function splitBeforePeople(toks: Tok[], spans: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    let to = s.to;
    for (let k = s.from + 1; k < to; k++) if (toks[k].text === 'The') { to = k; break; }
    if (s.type !== 'person' && to - s.from >= 3 && nameWord(toks[to - 2]) && nameWord(toks[to - 1])) {
      const head = toks[to - 3].lower;
      const prefix = joinedText(toks, s.from, to - 2);
      if (ORG_SUFFIXES.has(head) || PLACE_SUFFIXES.has(head) || known(prefix)) {
        out.push({ from: s.from, to: to - 2, type: s.type }, { from: to - 2, to, type: 'person' });
        continue;
      }
    }
    out.push(to === s.to ? s : { ...s, to });
  }
  return out;
}

function nameWord(t: Tok): boolean {
  return /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(t.text) && !COMMON_WORDS.has(t.lower) && !TITLES.has(t.lower) && !OFFICE_WORDS.has(t.lower)
    && !DEMONYMS.has(t.lower) && !ORG_SUFFIXES.has(t.lower) && !PLACE_SUFFIXES.has(t.lower) && !known(t.text);
}

const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter', 'dos', 'das']);

/** Names with particles are one name: "Ursula von der Leyen", "von der Leyen". */
function withParticles(toks: Tok[], spans: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = { ...spans[k] };
    // Backwards over lower-case particles: "von der Leyen".
    let b = s.from;
    while (b > 0 && PARTICLES.has(toks[b - 1].text)) b--;
    if (b < s.from && (b === 0 || !isCap(toks[b - 1].text) || COMMON_WORDS.has(toks[b - 1].lower) || out.length && out[out.length - 1].to === b)) {
      if (out.length && out[out.length - 1].to === b) { s.from = out.pop()!.from; } else s.from = b;
      s.type = 'person';
    }
    // Forwards: "Ursula" + "von der" + "Leyen".
    let e = s.to;
    while (e < toks.length && PARTICLES.has(toks[e].text)) e++;
    if (e > s.to && e < toks.length && isCap(toks[e].text)) {
      let end = e + 1;
      const next = spans[k + 1];
      if (next && next.from === e) { end = next.to; k++; }
      s.to = end;
      s.type = 'person';
    }
    out.push(s);
  }
  return out;
}

const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** "Leung Kwok-hung", "Kim Jong-un": a family name and a hyphenated given name are a person. */
function withAsianNames(toks: Tok[], spans: TaggedSpan[]): TaggedSpan[] {
  let out = spans;
  for (let i = 1; i < toks.length; i++) {
    const given = toks[i];
    const family = toks[i - 1];
    if (!HYPHENATED_GIVEN.test(given.text) || !family.cap || !/^\p{Lu}\p{Ll}{1,7}$/u.test(family.text)) continue;
    if (COMMON_WORDS.has(family.lower) || TITLES.has(family.lower) || known(family.text)) continue;
    let from = i - 1;
    // "Kim Jong-un" may follow a first word of the same name ("Yau Wai-ching" stays two words).
    const kept = out.filter((s) => s.to <= from || s.from > i);
    const overlapping = out.filter((s) => !(s.to <= from || s.from > i));
    if (overlapping.some((s) => s.type === 'person' && s.from < from)) from = Math.min(...overlapping.map((s) => s.from));
    kept.push({ from, to: i + 1, type: 'person' });
    out = kept.sort((a, b) => a.from - b.from);
  }
  return out;
}

const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,5}$/u;
const NOT_ACRONYM_NAMES = new Set(('TV|AI|GDP|DNA|RNA|HIV|AIDS|CEO|CFO|CTO|COO|VIP|VR|AR|IQ|IE|PC|HTML|XP|GMT|UTC|AM|PM|OK|ID|PR|QC|SC|'
  + 'II|III|IV|VI|VII|VIII|IX|XI|XII|XIV|XV|XVI|XVII|XVIII|XIX|XX|XXI|USD|EUR|GBP|BTC|ETH|FAQ|PDF|URL|GPS|SMS|LED|LCD|UV|CO|NO|'
  + 'MP|MPS|MEP|MEPS|PM|POW|POWS|IED|IEDS|ICBM|ICBMS|UAV|UAVS|NGO|NGOS|COVID|SARS|LGBT|LGBTQ|CCTV|ATM|IT|HR|PS|RSVP|ASAP|ETA|'
  + 'DIY|FYI|LOL|OMG|USB|CPU|GPU|RAM|ROM|APP|API|SUV|EV|EVS|BC|AD|BCE|CE|KM|KG|MM|CM|MPH|KPH|ET|PT|CT|MT|EST|PST|CST|I').split('|'));

/** An acronym the tagger left out ("DAB", "KPA") is an organization, unless it is a known place or common abbreviation. */
function withAcronyms(toks: Tok[], spans: TaggedSpan[]): TaggedSpan[] {
  let caps = 0;
  let letters = 0;
  for (const t of toks) if (/^\p{L}/u.test(t.text)) { letters++; if (t.text === t.text.toUpperCase()) caps++; }
  if (caps * 2 > letters) return spans; // a line in capitals
  const covered = new Uint8Array(toks.length);
  for (const s of spans) for (let i = s.from; i < s.to; i++) covered[i] = 1;
  const out = spans.slice();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (covered[i] || !ACRONYM.test(t.text) || NOT_ACRONYM_NAMES.has(t.text)) continue;
    out.push({ from: i, to: i + 1, type: known(t.text)?.type ?? 'organization' });
  }
  return out.sort((a, b) => a.from - b.from);
}

/** Known names the tagger passed over (outside its spans), with their known type. */
function withGazetteer(toks: Tok[], spans: TaggedSpan[]): TaggedSpan[] {
  const gaz = gazetteer(toks);
  const covered = new Uint8Array(toks.length);
  for (const s of spans) for (let i = s.from; i < s.to; i++) covered[i] = 1;
  const out = spans.slice();
  for (let i = 0; i < toks.length; i++) {
    if (!gaz[i].endsWith('-B')) continue;
    let j = i + 1;
    while (j < toks.length && gaz[j].endsWith('-I')) j++;
    let free = true;
    for (let k = i; k < j; k++) if (covered[k]) free = false;
    if (free) out.push({ from: i, to: j, type: gaz[i].slice(0, -2) as EntityType });
    i = j - 1;
  }
  return out.sort((a, b) => a.from - b.from);
}

function clean(toks: Tok[], from: number, to: number, type: EntityType, stats: DocStats): Mention | null {
  // Possessives and edge punctuation never belong to a name.
  while (to > from && (/^[’']s?$/i.test(toks[to - 1].text) || PUNCT_EDGE.test(toks[to - 1].text))) to--;
  while (from < to && PUNCT_EDGE.test(toks[from].text)) from++;
  while (to - from > 1 && NOT_NAMES.has(toks[to - 1].lower)) to--;
  if (to > from && NOT_NAMES.has(joined(toks.slice(from, to)).toLowerCase())) return null;
  // Titles and articles in front of a person's name are a role, not the name.
  while (to - from > 1 && (LEADING_DROP.has(toks[from].lower) || (type === 'person' && (TITLES.has(toks[from].lower) || DEMONYMS.has(toks[from].lower))))) from++;
  // A sentence-initial common word is not part of the name that follows: "Inside Ukraine", "Yet Putin".
  if (to - from > 1 && (from === 0 || /^["“‘'(\-–—:]$/.test(toks[from - 1].text)) && COMMON_WORDS.has(toks[from].lower)
    && !FIRST_NAMES.has(toks[from].lower) && !known(joinedText(toks, from, to))) from++;
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
    && (FIRST_NAMES.has(before.lower)
      // An unknown capitalized word before a lone known place: "Valeska Paris", not "Greater London".
      || (to - from === 1 && known(toks[from].text)?.type === 'place' && !known(before.text) && !TITLES.has(before.lower)
        && !DEMONYMS.has(before.lower) && /^\p{Lu}\p{Ll}+$/u.test(before.text))
      // An unknown capitalized word mid-sentence before a lone surname: "goalkeeper Mouez Hassen".
      || (type === 'person' && to - from === 1 && from >= 2 && !/^["“‘'(\-–—:]$/.test(toks[from - 2].text) && !known(before.text)
        && !DEMONYMS.has(before.lower) && !ORG_SUFFIXES.has(before.lower) && !PLACE_SUFFIXES.has(before.lower) && /^\p{Lu}\p{Ll}+$/u.test(before.text)));
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
    if (org && !place) type = 'organization';
    else if (place && !org) type = 'place';
  }
  const first = toks[from];
  const single = to - from === 1;
  const text = toks.slice(from, to);
  if (!text.some((t) => isCap(t.text)) && !known(joined(text))) return null;
  if (single) {
    const w = first.lower;
    if (NOT_NAMES.has(w) || DEMONYMS.has(w) || (TITLES.has(w) && !known(w))) return null;
    if (w.length < 2) return null;
    // Adherents and plural nationalities ("Scientologist", "Europeans") are not names of actors.
    if (/(?:ists?|ians|eans|ans)$/.test(w) && !known(w)) return null;
    const sentenceInitial = from === 0 || /^["“‘'(\-–—:]$/.test(toks[from - 1].text);
    // A capitalized first word is a name only with evidence: known, or capitalized mid-sentence elsewhere.
    if (sentenceInitial && COMMON_WORDS.has(w) && !known(w) && !stats.capMid.has(w)) return null;
  }
  return { start: first.start, end: toks[to - 1].end, text: joinedText(toks, from, to), type, source: 'tagger' };
}

function joined(toks: Tok[]): string {
  return toks.map((t) => t.text).join(' ');
}

/** The exact text of tokens from..to (spaces as written). */
function joinedText(toks: Tok[], from: number, to: number): string {
  let s = toks[from].text;
  for (let i = from + 1; i < to; i++) s += (toks[i].start > toks[i - 1].end ? ' ' : '') + toks[i].text;
  return s;
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
