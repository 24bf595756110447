// Described speakers (issue 16): a description in place of a name. "said former Rovers coach and former
// test player Jon Bright" (the person the description ends with), "a spokesman for the Kremlin said", "the
// armed wing of Hamas claimed" (the body a voice or part of it speaks for). Word lists written for this project.
import type { Speaker } from '../types';
import { type Item, type NameChunk, isPunct, isWord, lowerOf } from './items';
import { CLAUSE, CUES, PREPOSITIONS, PRONOUNS } from './lexicon';
import type { Context } from './speaker';

/** Parts of a body that speak as it: "the armed wing of Hamas", "the office of the governor". */
const PARTS = new Set(['wing', 'arm', 'branch', 'office', 'mission', 'embassy', 'delegation', 'leadership', 'command', 'secretariat', 'press']);

/** Those who speak for a body: "a spokesman for the Kremlin" is the Kremlin's word. */
const SPOKES = /^(?:spokes(?:man|woman|person|people|men|women)|representative|envoy|statement|voice)$/;

/** A noun whose "for X" / "of X" is the body that speaks: "a spokesman for X". */
export function isSpokesman(word: string): boolean {
  return SPOKES.test(word);
}

/** A noun whose "of X" / "for X" speaks as X: a spokesman, or a part of the body ("the armed wing of X"). */
export function speaksFor(word: string): boolean {
  return SPOKES.test(word) || PARTS.has(word);
}

/**
 * The person a long description after the verb ends with: "said former Rovers coach and former test player
 * Jon Bright", "said spokesperson for the Refugee Council, Omar Said". From items[m], only lower-case words
 * of description, names of bodies and places, and one comma may stand before the person's name, which
 * closes the clause.
 */
export function describedPerson(ctx: Context, items: readonly Item[], m: number): Speaker | null {
  let commas = 0;
  // A name before the comma may still be a body's ("… for Human Rights, Rupert Colville"): the one after wins.
  let beforeComma: NameChunk | null = null;
  const done = (): Speaker | null => (beforeComma ? ctx.people.speaker(beforeComma) : null);
  for (let k = m; k < Math.min(items.length, m + 12); k++) {
    const it = items[k];
    if (it.kind === 'quote') return done();
    if (it.kind !== 'name') {
      if (it.kind === 'punct' && (it.lower !== ',' || ++commas > 1)) return done();
      if (it.kind === 'word' && ((CLAUSE.has(it.lower) && it.lower !== 'and') || CUES.has(it.lower) || PRONOUNS.has(it.lower))) return done();
      continue;
    }
    // "the chief technology officer for Renesys": a name after a preposition is the body described.
    if (!ctx.people.isPerson(it.chunk) || isWord(items[k - 1], PREPOSITIONS) || lowerOf(items[k - 1]) === 'the') continue;
    const next = items[k + 1];
    if (it.chunk.possessive || (next && next.kind !== 'punct' && !isWord(next, PREPOSITIONS))) return done();
    if (isPunct(next, ',') && commas === 0) {
      beforeComma = it.chunk;
      continue;
    }
    return ctx.people.speaker(it.chunk);
  }
  return done();
}
