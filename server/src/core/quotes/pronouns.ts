// "he said", "she added" (issue 16): the pronoun's person, only where the text decides. The nearest
// preceding person named as a subject, of the pronoun's gender or of none known, looking back through
// the sentence and up to five sentences before it; past those, the one person of that gender the
// article has named so far, if it named only one. A name the entities stage does not know as a person
// (a championship, a team, a place) is no antecedent; nor is a man for "she" or a woman for "he".
// A person's gender comes from a title ("Mrs", "King") or from the pronouns the article uses in the
// sentences that name that person alone.
import { type Item, type NameChunk, afterPreposition, isWord } from './items';
import { NOT_PERSON, PREPOSITIONS, TITLES } from './lexicon';
import { modifierHead, ROLE_NOUNS } from './modifiers';
import type { Speaker } from '../types';
import type { Context, Found } from './speaker';

type Gender = 'm' | 'f';

const MALE_TITLES = new Set('mr sir lord king prince father brother uncle son husband monsieur senor señor herr'.split(' '));
const FEMALE_TITLES = new Set('mrs ms miss madam madame lady dame queen princess mother sister aunt daughter wife senora señora frau'.split(' '));
/** Nouns of kin and roles that give a gender, written before a name ("his daughter Lina"). */
const MALE_NOUNS = new Set('father brother son husband nephew grandfather grandson widower boyfriend spokesman chairman congressman councilman businessman sportsman actor'.split(' '));
const FEMALE_NOUNS = new Set('mother sister daughter wife niece grandmother granddaughter widow girlfriend spokeswoman chairwoman congresswoman councilwoman businesswoman sportswoman actress'.split(' '));
const MALE_WORDS = new Set(['he', 'him', 'his', 'himself']);
const FEMALE_WORDS = new Set(['she', 'her', 'hers', 'herself']);

const GENDERS = new WeakMap<Context, Map<string, Gender | null>>();

export function resolvePronoun(ctx: Context, sentence: number, offset: number, reach = 5): Found {
  const gender = pronounAt(ctx, offset);
  const fits = (items: readonly Item[], k: number): boolean => {
    const chunk = (items[k] as { chunk: NameChunk }).chunk;
    if (!isPersonName(ctx, items, k)) return false;
    const g = gender && genderOf(ctx, chunk);
    return !g || g === gender;
  };
  let fallback: NameChunk | null = null;
  const inHeadline = (s: number): boolean => ctx.doc.blockAt(ctx.doc.sentences[s].start)?.kind === 'headline';
  for (let s = sentence; s >= 0 && s >= sentence - reach; s--) {
    // The headline stands above the story: a pronoun of the body does not reach back into it (its capitals,
    // "Urges Release of Ukrainian Political Prisoners", are no subject); only the article-wide fallback reads it.
    if (s < sentence && inHeadline(s) && !inHeadline(sentence)) break;
    const items = ctx.items(s);
    let subject: NameChunk | null = null;
    let last: NameChunk | null = null;
    for (let k = 0; k < items.length; k++) {
      const it = items[k];
      if (it.start >= offset) break;
      if (it.kind !== 'name' || modifierHead(items, k) !== null || !fits(items, k)) continue;
      last = it.chunk;
      if (!subject && !it.chunk.possessive && !afterPreposition(items, k, PREPOSITIONS)) subject = it.chunk;
    }
    if (subject) return ctx.people.speaker(subject);
    if (!fallback) fallback = last;
  }
  // A name owned or after a preposition ("Savchenko's trial", "with Putin") stands in for a pronoun only:
  // a quote paragraph with no attribution at all goes to the subject of the paragraph before, or to no one.
  if (fallback && gender) return ctx.people.speaker(fallback);
  // Far from any name ("He noted …. He is aware …. “…,” he recalled."): the article's one person of
  // this gender so far, when it named only one.
  if (!gender || reach < 5) return null;
  let only: ReturnType<Context['people']['speaker']> | null = null;
  for (let s = 0; s < sentence - reach; s++) {
    const items = ctx.items(s);
    for (let k = 0; k < items.length; k++) {
      const it = items[k];
      if (it.kind !== 'name' || modifierHead(items, k) !== null || !fits(items, k)) continue;
      const who = ctx.people.speaker(it.chunk);
      if (only && only.name !== who.name) return null;
      only = who;
    }
  }
  return only;
}

/**
 * A name that is a person for certain: the entities stage's person; where it found none, a name with a
 * title or role before it ("president Thabo Mbeki").
 */
function isPersonName(ctx: Context, items: readonly Item[], k: number): boolean {
  const chunk = (items[k] as { chunk: NameChunk }).chunk;
  const e = ctx.people.entityOf(chunk);
  if (e) return e.type === 'person';
  if (!ctx.people.isPerson(chunk)) return false;
  if (!ctx.people.hasEntities || chunk.titled) return true;
  const before = items[k - 1];
  return before?.kind === 'word' && (TITLES.has(before.lower) || ROLE_NOUNS.has(before.lower));
}

function pronounAt(ctx: Context, offset: number): Gender | null {
  const word = /^\p{L}+/u.exec(ctx.doc.text.slice(offset, offset + 8))?.[0].toLowerCase() ?? '';
  return MALE_WORDS.has(word) ? 'm' : FEMALE_WORDS.has(word) ? 'f' : null;
}

/** The gender the article gives a person: a title, else the pronouns of the sentences naming only them. */
function genderOf(ctx: Context, chunk: NameChunk): Gender | null {
  const title = ctx.doc.text.slice(chunk.fullStart, chunk.start).toLowerCase().split(/[^\p{L}]+/u);
  if (title.some((w) => MALE_TITLES.has(w))) return 'm';
  if (title.some((w) => FEMALE_TITLES.has(w))) return 'f';
  // "his daughter Lina Haddad", "the widow Ana Ruiz", "spokeswoman Ines Mora": a gendered noun right before the name.
  const before = ctx.doc.text.slice(Math.max(0, chunk.fullStart - 24), chunk.fullStart).trimEnd().split(' ').pop()?.toLowerCase() ?? '';
  if (MALE_TITLES.has(before) || MALE_NOUNS.has(before)) return 'm';
  if (FEMALE_TITLES.has(before) || FEMALE_NOUNS.has(before)) return 'f';
  let byName = GENDERS.get(ctx);
  if (!byName) GENDERS.set(ctx, (byName = countPronouns(ctx)));
  return byName.get(ctx.people.speaker(chunk).name) ?? null;
}

/**
 * For each person, the pronouns of the sentences that name that person and no other, after the name,
 * and the pronoun opening the next sentence when it names no one: a gender when they agree.
 */
function countPronouns(ctx: Context): Map<string, Gender | null> {
  const tally = new Map<string, { m: number; f: number }>();
  const n = ctx.doc.sentences.length;
  for (let s = 0; s < n; s++) {
    const items = ctx.items(s);
    let who: string | null = null;
    let alone = true;
    let from = -1;
    items.forEach((it, k) => {
      if (it.kind !== 'name' || !isPersonName(ctx, items, k)) return;
      const name = ctx.people.speaker(it.chunk).name;
      if (who && who !== name) alone = false;
      if (!who) {
        who = name;
        from = k;
      }
    });
    if (!who || !alone) continue;
    const t = tally.get(who) ?? { m: 0, f: 0 };
    const count = (it: Item): void => {
      if (it.kind !== 'word') return;
      if (MALE_WORDS.has(it.lower)) t.m++;
      else if (FEMALE_WORDS.has(it.lower)) t.f++;
    };
    items.slice(from + 1).forEach(count);
    const next = s + 1 < n ? ctx.items(s + 1) : [];
    if (next[0] && !next.some((it, k) => it.kind === 'name' && isPersonName(ctx, next, k))) count(next[0]);
    tally.set(who, t);
  }
  const out = new Map<string, Gender | null>();
  for (const [name, t] of tally) out.set(name, t.m > 0 && t.f === 0 ? 'm' : t.f > 0 && t.m === 0 ? 'f' : t.m >= 3 * t.f && t.m > 0 ? 'm' : t.f >= 3 * t.m && t.f > 0 ? 'f' : null);
  return out;
}


/** Contexts resolving an "it" now: an "it" inside that resolution does not chain on (bounded recursion). */
const RESOLVING = new WeakSet<Context>();

/** How many sentences back an "it" may find the body it stands for. */
const BODY_REACH = 2;

/**
 * "The Red Cross said in a statement that …. “…,” it said.": "it" as the subject of a cue is the body
 * (an organization, a company, a ministry) that is the first name of its own sentence before it, or
 * else that spoke in one of the two sentences before, when the
 * nearest sentence with a cue of its own has that body as its speaker. A person there, someone unnamed,
 * or a headline: the text does not decide.
 */
export function resolveBody(ctx: Context, sentence: number, offset: number): Speaker | null {
  if (RESOLVING.has(ctx)) return null;
  RESOLVING.add(ctx);
  try {
    const doc = ctx.doc;
    // "The Security Council condemned what it called “…”": a body opening the pronoun's own sentence.
    const own = ctx.items(sentence);
    for (let k = 0; k < own.length && own[k].start < offset; k++) {
      const it = own[k];
      if (it.kind !== 'name' || it.chunk.possessive || afterPreposition(own, k, PREPOSITIONS)) continue;
      const entity = ctx.people.entityOf(it.chunk);
      if (entity ? entity.type === 'organization' : it.chunk.org && !ctx.people.isPerson(it.chunk)) return ctx.people.speaker(it.chunk);
      break;
    }
    for (let s = sentence - 1; s >= 0 && s >= sentence - BODY_REACH; s--) {
      if (doc.blockAt(doc.sentences[s].start)?.kind === 'headline') return null;
      const found = ctx.attribution(s);
      if (found === null) continue;
      if (found === 'unnamed') return null;
      const entity = found.entityId ? doc.entities.find((e) => e.id === found.entityId) : undefined;
      const body = entity ? entity.type === 'organization' : NOT_PERSON.has(found.name.toLowerCase().split(/\s+/).pop() ?? '');
      return body ? found : null;
    }
    return null;
  } finally {
    RESOLVING.delete(ctx);
  }
}
