// Passes over the tagger's spans in one sentence, each a small rule that takes spans and returns spans
// (split at titles, drop events, split names run together, add what the gazetteer, acronyms and name
// particles say), run in order by mentions.ts before each span is cleaned into a mention.
import type { EntityType } from '../types';
import { type Tok, gazetteer, isCap } from './features';
import { COMMON_WORDS, OFFICE_WORDS, ORG_PREFIXES, ORG_SUFFIXES, STATES, PLACE_SUFFIXES, TITLES, known } from './lexicon';
import type { TaggedSpan } from './tagger';
import { nameWord } from './name-words';
import { isWord } from '../diagnostics/lexicon/dictionary';
import { withInstitutionNames } from './org-names';

// Patterns tested per token, made once (a literal in a loop is a new RegExp object at each test; issue 17).
/** Starts with a capital letter. */
const UPPER_START = /^\p{Lu}/u;
/** A possessive ending ('s) as a token. */
const POSSESSIVE_S = /^[’']s$/;
/** Starts with a digit. */
const DIGIT_START = /^\d/;
/** A short capitalized word ("Li", "Zhang"). */
const SHORT_FAMILY_NAME = /^\p{Lu}\p{Ll}{1,7}$/u;
/** Starts with a letter. */
const LETTER_START = /^\p{L}/u;

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

/**
 * Last words that make a name an event ("Google Science Fair", "FIFA World Cup") or a document ("Affordable
 * Care Act", "Minsk Agreement"), not an actor.
 */
const EVENT_ENDINGS = new Set(('fair|olympics|olympiad|championship|championships|cup|expo|festival|award|awards|prize|games|summit|'
  + 'challenge|tournament|marathon|show|week|series|open|trophy|contest|competition|election|elections|war|'
  + 'act|acts|treaty|accord|accords|agreement|amendment|directive|resolution|protocol|doctrine').split('|'));

/** Storms are named like people: "Hurricane Hugo", "Typhoon Haiyan". */
const STORM_WORDS = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm']);

/**
 * An event or a document is not an actor: its span is dropped, so that the known names inside it ("Google") are found
 * on their own by the gazetteer and by the rest of the article.
 */
function withoutEvents(toks: Tok[], spans: TaggedSpan[]): TaggedSpan[] {
  const isEnding = (t: Tok | undefined) => !!t && t.cap && EVENT_ENDINGS.has(t.lower);
  return spans.filter((s) => !((s.to - s.from >= 2 && (isEnding(toks[s.to - 1]) || STORM_WORDS.has(toks[s.from].text)))
    // The tagger's name stopped short of the event word after it: "North Atlantic" of "North Atlantic Treaty".
    || (isEnding(toks[s.to]) && toks[s.to].start === toks[s.to - 1].end + 1 && !known(joinedText(toks, s.from, s.to)))));
}

/**
 * A name that goes on past "of", "for" or "at": "Leigh Block Museum of Art", "Australian Centre for Control
 * of Iodine Deficiency Disorders", "University of North Carolina at Chapel Hill". Only an organization whose
 * name so far ends in an organization word (or, for "at", a university) goes on. Not past "and": annotated
 * news and biographies mostly end the name there ("Royal Academy of Painting" and Sculpture).
 */
function withConnectedTails(toks: Tok[], spans: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = { ...spans[k] };
    if (s.type === 'organization') {
      for (let extended = false; ; extended = true) {
        const c = toks[s.to];
        if (!c || !toks[s.to + 1]?.cap || toks[s.to + 1].text === 'The') break;
        let e = s.to + 1;
        while (e < toks.length && toks[e].cap && UPPER_START.test(toks[e].text)) e++;
        if (e === s.to + 1) break;
        const last = toks[s.to - 1].lower;
        const first = toks[s.from].lower;
        const ok = ((c.text === 'of' || c.text === 'for') && (extended || ORG_SUFFIXES.has(last)))
          || (c.text === 'at' && first === 'university');
        if (!ok) break;
        s.to = e;
      }
      while (k + 1 < spans.length && spans[k + 1].from < s.to) k++;
    }
    out.push(s);
  }
  return out;
}

/**
 * "Municipality of Livorno", "Ministry of Foreign Affairs": a known organization opening followed by
 * capitalized words is one organization, whatever the tagger made of its parts.
 */
function withOrgPrefixes(toks: Tok[], spans: TaggedSpan[]): TaggedSpan[] {
  let out = spans;
  for (let i = 0; i + 2 < toks.length; i++) {
    if (!toks[i].cap || !toks[i + 2].cap || !ORG_PREFIXES.has(`${toks[i].lower} ${toks[i + 1].text}`)) continue;
    let e = i + 3;
    while (e < toks.length && toks[e].cap && UPPER_START.test(toks[e].text)) e++;
    const from = out.find((s) => s.from < i && s.to > i)?.from ?? i;
    out = out.filter((s) => s.to <= from || s.from >= e);
    out.push({ from, to: e, type: 'organization' });
    out.sort((a, b) => a.from - b.from);
    i = e - 1;
  }
  return out;
}

const COLLECTIVES = new Set(['people', 'women', 'men', 'children', 'workers', 'veterans', 'farmers', 'citizens', 'students', 'teachers', 'nurses', 'miners']);

/**
 * "Korean People's Army", "New People's Party", "Women's Institute": a collective noun's possessive inside
 * a name that ends in an organization word is part of that name.
 */
function withInnerPossessives(toks: Tok[], spans: TaggedSpan[]): TaggedSpan[] {
  let out = spans;
  for (let i = 1; i + 1 < toks.length; i++) {
    if (!POSSESSIVE_S.test(toks[i].text) || !COLLECTIVES.has(toks[i - 1].lower) || !toks[i - 1].cap || !toks[i + 1].cap) continue;
    let from = i - 1;
    while (from > 0 && toks[from - 1].cap && UPPER_START.test(toks[from - 1].text)) from--;
    let e = i + 1;
    while (e < toks.length && toks[e].cap && UPPER_START.test(toks[e].text)) e++;
    if (!ORG_SUFFIXES.has(toks[e - 1].lower)) continue;
    out = out.filter((s) => s.to <= from || s.from >= e);
    out.push({ from, to: e, type: 'organization' });
    out.sort((a, b) => a.from - b.from);
    i = e - 1;
  }
  return out;
}

/**
 * Two names run together without a title between them: "Afghan Ambassador to the United States Hamdullah
 * Mohib", "the Refugee Council Enver Solomon". An organization or place of two words or more ("Boston Red
 * Sox" stays whole) that ends in a known name or a name ending, followed by two more name words, is split
 * there; the two words are a person. A capitalized "The" inside a span starts another sentence or name
 * ("the U.S. The President").
 */
function splitBeforePeople(toks: Tok[], spans: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    let to = s.to;
    for (let k = s.from + 1; k < to; k++) if (toks[k].text === 'The') { to = k; break; }
    if (s.type !== 'person' && to - s.from >= 4 && nameWord(toks[to - 2]) && nameWord(toks[to - 1])) {
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

const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'explained', 'wrote', 'stated', 'argued', 'noted', 'warned', 'insisted', 'admitted', 'recalled']);
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'who', 'whose', 'aged']);

/**
 * Two unknown name words that the tagger passed over but that the sentence shows to be a person: they say
 * something ("Nabil Maaloul said") or an apposition follows ("Kiara Perkins, a second-year student").
 */
function withUnnamedPeople(toks: Tok[], spans: TaggedSpan[]): TaggedSpan[] {
  const covered = new Uint8Array(toks.length);
  for (const s of spans) for (let i = s.from; i < s.to; i++) covered[i] = 1;
  const out = spans.slice();
  for (let i = 0; i + 1 < toks.length; i++) {
    if (covered[i] || covered[i + 1] || !nameWord(toks[i]) || !nameWord(toks[i + 1])) continue;
    // Two dictionary words are a thing or a group more often than a person ("Viking Festival").
    if ((isWord(toks[i].lower) && isWord(toks[i + 1].lower)) || EVENT_ENDINGS.has(toks[i + 1].lower)) continue;
    if (toks[i + 1].start !== toks[i].end + 1) continue;
    const prev = toks[i - 1];
    const next = toks[i + 2];
    if (next && UPPER_START.test(next.text)) continue; // a longer run: not two words
    if (prev && UPPER_START.test(prev.text) && !TITLES.has(prev.lower)) continue;
    const says = next && SPEECH_VERBS.has(next.text);
    const apposition = next?.text === ',' && toks[i + 3] && (APPOSITION_OPENERS.has(toks[i + 3].text) || DIGIT_START.test(toks[i + 3].text));
    if (says || apposition) {
      out.push({ from: i, to: i + 2, type: 'person' });
      i++;
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

const PLACE_NOUNS = new Set(['town', 'city', 'village', 'province', 'region', 'district', 'county', 'island', 'islands', 'port', 'suburb', 'state', 'capital', 'neighbourhood', 'neighborhood']);

/** "the town of Yeoncheon", "the province of Aceh": what follows a place noun and "of" is a place. */
function withPlaceNouns(toks: Tok[], spans: TaggedSpan[]): TaggedSpan[] {
  let out = spans;
  for (let i = 0; i + 2 < toks.length; i++) {
    if (!PLACE_NOUNS.has(toks[i].text) || toks[i + 1].text !== 'of' || !toks[i + 2].cap) continue;
    let e = i + 3;
    while (e < toks.length && toks[e].cap && UPPER_START.test(toks[e].text) && e - i < 6) e++;
    const from = i + 2;
    if (out.some((s) => s.from < from && s.to > from)) continue;
    out = out.filter((s) => s.to <= from || s.from >= e);
    out.push({ from, to: e, type: 'place' });
    out.sort((a, b) => a.from - b.from);
    i = e - 1;
  }
  return out;
}

/** US states as AP style abbreviates them, and the postal codes: after "Town," they can only be the state. */
const STATE_AFTER_COMMA = new Set(('Ala.|Ariz.|Ark.|Calif.|Colo.|Conn.|Del.|Fla.|Ga.|Ill.|Ind.|Kan.|Ky.|La.|Md.|Mass.|Mich.|Minn.|Miss.|Mo.|'
  + 'Mont.|Neb.|Nev.|N.H.|N.J.|N.M.|N.Y.|N.C.|N.D.|Okla.|Ore.|Pa.|R.I.|S.C.|S.D.|Tenn.|Tex.|Vt.|Va.|Wash.|W.Va.|Wis.|Wyo.|'
  + 'AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY').split('|'));

/** "Wilmington, Del.", "Evansville, Indiana", "Columbia, S.C.": a town before a comma and a US state is a place. */
function withTownAndState(toks: Tok[], spans: TaggedSpan[]): TaggedSpan[] {
  let out = spans;
  for (let i = 0; i + 2 < toks.length; i++) {
    if (toks[i + 1].text !== ',') continue;
    const next = toks[i + 2];
    const state = STATE_AFTER_COMMA.has(next.text) || STATE_AFTER_COMMA.has(`${next.text}.`) || (known(next.text)?.type === 'place' && STATES.has(known(next.text)!.canonical));
    if (!state || !toks[i].cap) continue;
    let from = i;
    while (from > 0 && toks[from - 1].cap && UPPER_START.test(toks[from - 1].text) && i - from < 3) from--;
    const covering = out.find((s) => s.from <= i && s.to > i);
    if (covering && (covering.from < from || covering.type === 'place')) continue;
    out = out.filter((s) => s.to <= from || s.from > i);
    out.push({ from, to: i + 1, type: 'place' });
    out.sort((a, b) => a.from - b.from);
  }
  return out;
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

const COUNTRY_ABBREVIATION = /^(?:US|U\.S\.|UK|U\.K\.|EU)$/;

/** "US National Park Service", "UK Government": a country's abbreviation is part of the organization's name it starts. */
function withCountryPrefix(toks: Tok[], spans: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const p = s.from - 1;
    if (s.type === 'organization' && p >= 0 && COUNTRY_ABBREVIATION.test(toks[p].text) && toks[p].end + 1 === toks[s.from].start
      && !OFFICE_WORDS.has(toks[s.from].lower)) {
      const prev = out[out.length - 1];
      if (prev && prev.from === p && prev.to === s.from) out.pop();
      if (!prev || prev.to <= p || (prev.from === p && prev.to === s.from)) {
        out.push({ ...s, from: p });
        continue;
      }
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
    if (!HYPHENATED_GIVEN.test(given.text) || !family.cap || !SHORT_FAMILY_NAME.test(family.text)) continue;
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
export const NOT_ACRONYM_NAMES = new Set(('TV|AI|GDP|DNA|RNA|HIV|AIDS|CEO|CFO|CTO|COO|VIP|VR|AR|IQ|IE|PC|HTML|XP|GMT|UTC|AM|PM|OK|ID|PR|QC|SC|'
  + 'II|III|IV|VI|VII|VIII|IX|XI|XII|XIV|XV|XVI|XVII|XVIII|XIX|XX|XXI|USD|EUR|GBP|BTC|ETH|FAQ|PDF|URL|GPS|SMS|LED|LCD|UV|CO|NO|'
  + 'MP|MPS|MEP|MEPS|PM|POW|POWS|IED|IEDS|ICBM|ICBMS|UAV|UAVS|NGO|NGOS|COVID|SARS|LGBT|LGBTQ|CCTV|ATM|IT|HR|PS|RSVP|ASAP|ETA|'
  + 'DIY|FYI|LOL|OMG|USB|CPU|GPU|RAM|ROM|APP|API|SUV|EV|EVS|BC|AD|BCE|CE|KM|KG|MM|CM|MPH|KPH|ET|PT|CT|MT|EST|PST|CST|I').split('|'));

/** An acronym the tagger left out ("DAB", "KPA") is an organization, unless it is a known place or common abbreviation. */
function withAcronyms(toks: Tok[], spans: TaggedSpan[]): TaggedSpan[] {
  let caps = 0;
  let letters = 0;
  for (const t of toks) if (LETTER_START.test(t.text)) { letters++; if (t.text === t.text.toUpperCase()) caps++; }
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
  let out = spans.slice();
  for (let i = 0; i < toks.length; i++) {
    if (!gaz[i].endsWith('-B')) continue;
    let j = i + 1;
    while (j < toks.length && gaz[j].endsWith('-I')) j++;
    let free = true;
    for (let k = i; k < j; k++) if (covered[k]) free = false;
    const type = gaz[i].slice(0, -2) as EntityType;
    if (free) out.push({ from: i, to: j, type });
    // A known name of several words wins over the pieces the tagger made of it ("Dar" + "Salaam").
    else if (j - i > 1 && out.every((s) => s.to <= i || s.from >= j || (s.from >= i && s.to <= j)) && out.filter((s) => s.from >= i && s.to <= j).some((s) => s.to - s.from < j - i)) {
      out = out.filter((s) => s.to <= i || s.from >= j);
      out.push({ from: i, to: j, type });
    }
    i = j - 1;
  }
  return out.sort((a, b) => a.from - b.from);
}

/** The passes over the tagger's spans of one sentence, in order: each takes spans and returns spans. */
export const SPAN_PASSES: ReadonlyArray<(toks: Tok[], spans: TaggedSpan[]) => TaggedSpan[]> = [
  splitAtTitles, withoutEvents, withOrgPrefixes, withInnerPossessives, withConnectedTails, withInstitutionNames, splitBeforePeople, withAsianNames, withGazetteer, withPlaceNouns, withTownAndState, withUnnamedPeople, withAcronyms, withParticles, withCountryPrefix,
];

/** The exact text of tokens from..to (spaces as written). */
export function joinedText(toks: Tok[], from: number, to: number): string {
  let s = toks[from].text;
  for (let i = from + 1; i < to; i++) s += (toks[i].start > toks[i - 1].end ? ' ' : '') + toks[i].text;
  return s;
}
