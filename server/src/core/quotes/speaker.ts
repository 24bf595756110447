// Attribution: who said a quote. Looks, in order, at the words right after the quote ("…,” said Anton /
// “…,” Rubio explained / “…,” he said), the words right before it ("Rubio said: “…”", "adding, “…”"),
// the speech or thought verb of its sentence and that verb's subject ("Putin was unequivocal that … “…”"),
// "according to X", "For X, …", "described by X as “…”", and finally the speaker of the quote before it
// in the same paragraph. "he"/"she" resolve to the nearest preceding person named as a subject.
import type { Doc } from '../doc';
import type { Speaker } from '../types';
import { type Item, type NameChunk, afterPreposition, isPunct, isWord, lowerOf } from './items';
import { definiteSpeaker } from './definite';
import { describedPerson, isSpokesman, speaksFor } from './described';
import { CLAUSE, CUES, OPENERS, PLACES, PREPOSITIONS, PRONOUNS, TITLES, WEAK_CUES } from './lexicon';
import { GROUP_NOUNS, modifierHead, ROLE_NOUNS } from './modifiers';
import type { People } from './people';
import { resolveBody, resolvePronoun } from './pronouns';

export { resolvePronoun };

/** Sentence items by sentence index, built on demand. */
export interface Context {
  doc: Doc;
  people: People;
  items(sentence: number): Item[];
  /** The sentence's own attribution (its cue verb's subject), computed once. */
  attribution(sentence: number): Found;
}

/** What an attribution rule found: a speaker, "someone unnamed" (stop looking), or nothing. */
export type Found = Speaker | 'unnamed' | null;


function isCue(items: readonly Item[], k: number): boolean {
  const it = items[k];
  if (!it || it.kind !== 'word' || !CUES.has(it.lower)) return false;
  if (it.lower === 'according') return lowerOf(items[k + 1]) === 'to';
  // "in regards to", "with regard to", "as regards": a preposition, not a verb of judging.
  if ((it.lower === 'regards' || it.lower === 'regard') && /^(?:in|with|as)$/.test(lowerOf(items[k - 1]))) return false;
  if (!WEAK_CUES.has(it.lower)) return true;
  const next = items[k + 1];
  if (!!next && (next.kind === 'quote' || lowerOf(next) === 'that' || lowerOf(next) === 'by' || lowerOf(next) === ':' || lowerOf(next) === 'on' || lowerOf(next) === 'upon')) return true;
  // "called Friday's decision a “huge win”"
  if (CALLS.has(it.lower)) {
    for (let m = k + 1; m < Math.min(items.length, k + 7); m++) {
      if (items[m].kind === 'quote') return true;
      if (items[m].kind === 'punct') break;
    }
  }
  return false;
}

/** Any cue, weak ones too, that closes the attribution after a quote: "“…,” Matthews concluded." */
function closingCue(items: readonly Item[], k: number): boolean {
  const it = items[k];
  if (!it || it.kind !== 'word' || !CUES.has(it.lower) || it.lower.endsWith('ing')) return false;
  const next = items[k + 1];
  return !next || next.kind === 'punct' || isWord(next, PREPOSITIONS);
}

const CALLS = new Set(['call', 'calls', 'called', 'calling']);
/** Cues whose object is the one spoken to: "Mook told CBS, “…”". */
const ADDRESSEE = new Set([
  'tell', 'tells', 'told', 'telling', 'ask', 'asks', 'asked', 'asking', 'urge', 'urges', 'urged', 'urging', 'warn', 'warned', 'warns',
  // and cues whose object is what is named: "calls Obamacare ‘crazy system’"
  'call', 'calls', 'called', 'calling', 'dubbed', 'labeled', 'labelled', 'branded', 'nicknamed', 'rated', 'described', 'describes',
  'praised', 'praises', 'hailed', 'condemned', 'denounced', 'admires', 'admired', 'welcomed', 'cited',
]);
const DASHES = /^(?:--|-|–|—|―)$/;
/** Words between a subject and its verb: "Kall also said", "Obama has repeatedly said". */
const BETWEEN = /^(?:also|later|then|again|further|has|had|have|was|is|were|are|would|will|had|once|previously|recently|reportedly|already|still|just|never|often|even|\p{L}+ly)$/u;

/** Words right after the quote. */
export function afterQuote(ctx: Context, sentence: number, items: readonly Item[], p: number): Found {
  // "“…” ― Sonya Herridge": a name after a dash closes a quotation.
  const dash = items[p + 1];
  if (dash && dash.kind === 'punct' && /^[-–—―]$/.test(dash.lower) && items[p + 2]?.kind === 'name') {
    const named = items[p + 2];
    if (named.kind === 'name' && (!items[p + 3] || items[p + 3].kind === 'punct')) return ctx.people.speaker(named.chunk);
  }
  let j = p + 1;
  while (isPunct(items[j], ',')) j++;
  const it = items[j];
  if (!it) return null;
  if (isCue(items, j)) {
    if (lowerOf(it) === 'according') return nameAfter(ctx, sentence, items, j + 2);
    // "…,” emphasizing the need: the subject's sentence goes on; the sentence rule decides.
    if (lowerOf(it).endsWith('ing')) return null;
    return nameAfter(ctx, sentence, items, j + 1);
  }
  if (it.kind === 'name') {
    // "“…,” Chelsea boss Enzo Maresca said": the name the club's qualifies; "“…,” Lagos residents said": no one named.
    const head = modifierHead(items, j);
    if (head === 'group') return isCue(items, skipWords(items, j + 1)) || closingCue(items, skipWords(items, j + 1)) ? 'unnamed' : null;
    if (head !== null) j = head;
    const named = items[j] as { chunk: NameChunk };
    // "Mr. Morgan of the Sierra Club said"
    let after = j + 1;
    if (lowerOf(items[after]) === 'of') {
      after++;
      if (lowerOf(items[after]) === 'the') after++;
      if (items[after]?.kind === 'name') after++;
      else after = j + 1;
    }
    const k = skipAppositive(items, after);
    if ((isCue(items, k) || closingCue(items, k)) && lowerOf(items[k]) !== 'according') return ctx.people.speaker(named.chunk);
    return null;
  }
  if (isWord(it, PRONOUNS) && (isCue(items, j + 1) || closingCue(items, j + 1))) return resolvePronoun(ctx, sentence, it.start);
  if ((lowerOf(it) === 'it' || lowerOf(it) === 'they') && (isCue(items, j + 1) || closingCue(items, j + 1))) return pluralOrBody(ctx, sentence, it);
  if (lowerOf(it) === 'the' || lowerOf(it) === 'a' || lowerOf(it) === 'an') {
    // "…,” a spokesman said. / "…,” the Kremlin said.
    for (let k = j + 1; k < Math.min(items.length, j + 5); k++) {
      if (items[k].kind === 'name') {
        if (isCue(items, k + 1)) return definiteSpeaker(ctx, sentence, items, j, k + 1) ?? ctx.people.speaker((items[k] as { chunk: NameChunk }).chunk);
        break;
      }
      // "…,” the spokesman said: the one the article introduced as its spokesman, if it decides.
      if (isCue(items, k)) return definiteSpeaker(ctx, sentence, items, j, k) ?? 'unnamed';
    }
  }
  return null;
}

/**
 * The speaker named at items[j]: a name (after at most four lower-case words of description, "rail chief
 * Ivo Marn"), or a pronoun resolved; a description alone ("a spokesman") is someone unnamed.
 */
function nameAfter(ctx: Context, sentence: number, items: readonly Item[], j: number): Found {
  const first = items[j];
  if (!first) return null;
  if (isWord(first, PRONOUNS)) return resolvePronoun(ctx, sentence, first.start);
  const article = lowerOf(first) === 'a' || lowerOf(first) === 'an' || lowerOf(first) === 'the';
  for (let k = j; k < Math.min(items.length, j + 5); k++) {
    const it = items[k];
    // "according to a memo seen by Reuters": who saw, obtained or reviewed a document did not write it.
    const by = lowerOf(items[k - 1]) === 'the' ? k - 2 : k - 1;
    if (it.kind === 'name' && lowerOf(items[by]) === 'by' && /^(?:seen|obtained|reviewed|viewed|acquired|published|reported|cited|quoted)$/.test(lowerOf(items[by - 1]))) return 'unnamed';
    // Right after the cue, a possessive owns the speaker; further on ("a statement on X's website") its owner is the source.
    if (it.kind === 'name' && it.chunk.possessive && k === j) return ownedSpeaker(ctx, items, k);
    if (it.kind === 'name') {
      // "said Chelsea boss Enzo Maresca": the one the club's name qualifies.
      const head = modifierHead(items, k);
      if (head === 'group') return describedPerson(ctx, items, k + 1) ?? 'unnamed';
      // "said spokesperson for the Refugee Council, Omar Said": the body is in the description of the person named after it.
      if (head === null && k > j && /^(?:for|of|the)$/.test(lowerOf(items[k - 1])) && !ctx.people.isPerson(it.chunk)) {
        const person = describedPerson(ctx, items, k + 1);
        if (person) return person;
      }
      // "said the chief engineer for Netwatch": someone of the body, unnamed; only a spokesman speaks for it.
      const prep = lowerOf(items[k - 1]) === 'the' ? k - 2 : k - 1;
      if (head === null && article && /^(?:for|of)$/.test(lowerOf(items[prep])) && prep - 1 > j && !isSpokesman(lowerOf(items[prep - 1]))) {
        return describedPerson(ctx, items, k + 1) ?? 'unnamed';
      }
      return ctx.people.speaker(head === null ? it.chunk : (items[head] as { chunk: NameChunk }).chunk);
    }
    // "…” suggests that Phoenix …": a clause begins, the speaker is not in it.
    if (it.kind === 'word' && CLAUSE.has(it.lower)) return null;
    if (it.kind !== 'word') return article && k > j + 1 ? definiteSpeaker(ctx, sentence, items, j, k) ?? 'unnamed' : null;
  }
  // "said spokesperson for the United Nations High Commissioner for Human Rights, Rupert Colville": a
  // long description ends with the person's name.
  if (article || TITLES.has(lowerOf(first)) || ROLE_NOUNS.has(lowerOf(first))) {
    const person = describedPerson(ctx, items, j);
    if (person) return person;
  }
  // "said the office of the President in a statement": a description with no name is someone unnamed.
  return article ? 'unnamed' : null;
}

/**
 * "said Gabon's Interior Minister André Obame", "claimed Jangeli's counterpart, Deng Alor", "said
 * Malaysia's transport ministry" (issue 16): the owner of a possessive is not the speaker; what it owns
 * is, named after it or after a comma, or else someone unnamed.
 */
function ownedSpeaker(ctx: Context, items: readonly Item[], k: number): Found {
  let m = k + 1;
  // Words and names of no person between: "Jangeli's Sudanese counterpart".
  while (m < Math.min(items.length, k + 6) && (items[m].kind === 'word' || (items[m].kind === 'name' && !ctx.people.isPerson((items[m] as { chunk: NameChunk }).chunk)))) m++;
  const next = items[m];
  if (next?.kind === 'name' && !next.chunk.possessive) return ctx.people.speaker(next.chunk);
  const after = items[m + 1];
  if (isPunct(next, ',') && m > k + 1 && after?.kind === 'name' && !after.chunk.possessive && ctx.people.isPerson(after.chunk)) return ctx.people.speaker(after.chunk);
  return m > k + 1 ? 'unnamed' : null;
}

/**
 * "…,” it said: the body that spoke in the sentences just before (resolveBody), or no one the text
 * decides. "…,” they said: someone unnamed (a group, or people named apart, never one of them).
 */
function pluralOrBody(ctx: Context, sentence: number, it: Item): Found {
  return lowerOf(it) === 'they' ? 'unnamed' : resolveBody(ctx, sentence, it.start) ?? 'unnamed';
}

/** Index of the first item after the plain words from k ("youths said": the cue). */
function skipWords(items: readonly Item[], k: number): number {
  while (k < items.length && items[k].kind === 'word' && !CUES.has((items[k] as { lower: string }).lower)) k++;
  return k;
}

function isPlace(ctx: Context, chunk: NameChunk): boolean {
  const e = ctx.people.entityOf(chunk);
  return e ? e.type === 'place' : PLACES.has(chunk.name.toLowerCase());
}

/** Index after an appositive or relative clause set off by commas: "Anton, a 32-year-old worker, said". */
function skipAppositive(items: readonly Item[], k: number): number {
  if (!isPunct(items[k], ',')) return k;
  for (let m = k + 1; m < Math.min(items.length, k + 25); m++) {
    if (items[m].kind === 'quote') return k;
    if (isPunct(items[m], ',')) return m + 1;
  }
  return k;
}

/** Words right before the quote: "X said: “…”", "…, adding, “…”", "said X, “…”". */
export function beforeQuote(ctx: Context, sentence: number, items: readonly Item[], p: number): Found {
  let k = p - 1;
  if (k < 0) return null;
  // "the former candidate Mitt Romney -- ''It is disqualifying'' -- and …": a quote set off by dashes after a name.
  let d = k;
  while (d >= 0 && d > k - 2 && items[d].kind === 'punct' && DASHES.test(lowerOf(items[d]))) d--;
  if (d < k) {
    let named = items[d];
    const after = items[p + 1];
    // "Liu Yang, 34, a teacher — “…” — stood on the bank": the subject opening the sentence, before its appositive.
    if (named && named.kind !== 'name' && items[0]?.kind === 'name' && isPunct(items[1], ',') && d < 16 && !items.slice(2, d + 1).some((it) => it.kind === 'quote' || it.kind === 'name' || (it.kind === 'punct' && it.lower !== ','))) named = items[0];
    if (named?.kind === 'name' && !named.chunk.possessive && after?.kind === 'punct' && DASHES.test(after.lower) && ctx.people.isPerson(named.chunk)) {
      return ctx.people.speaker(named.chunk);
    }
  }
  const colon = isPunct(items[k], ':');
  if (colon || isPunct(items[k], ',')) k--;
  if (k < 0) return null;
  // "said X, “…”" / "X said, “…”" / "adding, “…”" / "told his radio audience on Monday, “…”"
  for (let c = k; c >= Math.max(0, k - 8); c--) {
    if (items[c].kind === 'quote' || isPunct(items[c], '.') || (c < k - 3 && isPunct(items[c], ','))) break;
    const owner = possessiveSpeech(items, c);
    if (owner) return ctx.people.speaker(owner);
    if (!isCue(items, c)) continue;
    if (lowerOf(items[c]) === 'according') return nameAfter(ctx, sentence, items, c + 2);
    // "said Anton, “…”": the name must stand right before the quote.
    const named = items[k];
    // Not "wrote on Twitter: “…”", "posted on Instagram, “…”": after a preposition the name is where it was said.
    const adjacent = c + 1 === k || (c + 2 === k && items[c + 1].kind === 'word' && !/^(?:that|and|or|if|whether|to)$/.test(lowerOf(items[c + 1])) && !isWord(items[c + 1], PREPOSITIONS));
    if (adjacent && named.kind === 'name' && !named.chunk.possessive && !ADDRESSEE.has(lowerOf(items[c]))) return ctx.people.speaker(named.chunk);
    if (c + 1 === k && isWord(named, PRONOUNS)) return resolvePronoun(ctx, sentence, named.start);
    return subjectBefore(ctx, sentence, items, c);
  }
  // "A lesson from Loretta Lynch: ‘…’": the source after "from" or "by" before a colon.
  const source = items[k];
  if (colon && source.kind === 'name' && !source.chunk.possessive && (lowerOf(items[k - 1]) === 'from' || lowerOf(items[k - 1]) === 'by') && ctx.people.isPerson(source.chunk)) {
    return ctx.people.speaker(source.chunk);
  }
  if (colon) return subjectBefore(ctx, sentence, items, k + 1);
  // "…, as The New Yorker put it in a long profile, “the operator.”": a source in a clause of "as".
  if (isPunct(items[p - 1], ',')) {
    for (let c = k; c >= Math.max(0, k - 10); c--) {
      if (items[c].kind === 'quote' || isPunct(items[c], '.')) break;
      if (lowerOf(items[c]) !== 'as') continue;
      // "as the tax lawyer Steven Rosenthal recently put it": a few words of description, the name, adverbs.
      let n = c + 1;
      while (n < c + 5 && items[n]?.kind === 'word' && !CUES.has(lowerOf(items[n])) && lowerOf(items[n]) !== 'put') n++;
      const named = items[n];
      let v = n + 1;
      while (v < n + 3 && items[v]?.kind === 'word' && BETWEEN.test(lowerOf(items[v]))) v++;
      const verb = items[v];
      if (named?.kind === 'name' && !named.chunk.possessive && verb?.kind === 'word' && (CUES.has(verb.lower) || verb.lower === 'put')) return ctx.people.speaker(named.chunk);
      break;
    }
  }
  return null;
}

/** The subject of a cue at items[c]: the first name of the clause that is not possessive or after a preposition. */
export function subjectBefore(ctx: Context, sentence: number, items: readonly Item[], c: number): Found {
  // "…, Kall said" / "Anton, a 32-year-old worker, said" / "Obama has repeatedly said": the name next to the verb.
  let b = c - 1;
  while (b >= 0 && b > c - 4 && items[b].kind === 'word' && BETWEEN.test(lowerOf(items[b]))) b--;
  if (isPunct(items[b], ',')) {
    let m = b - 1;
    while (m >= 0 && m > b - 20 && !isPunct(items[m], ',') && items[m].kind !== 'quote') m--;
    if (isPunct(items[m], ',') && items[m - 1]?.kind === 'name') b = m - 1;
  }
  const near = items[b];
  // "footage of Trump saying, “…”": a participle's subject may follow a preposition.
  const participle = lowerOf(items[c]).endsWith('ing') && b === c - 1;
  // "appeared on CNN saying": after a preposition only a person is a participle's subject.
  const subjectOk = participle && isWord(items[b - 1], PREPOSITIONS) ? near?.kind === 'name' && ctx.people.isPerson(near.chunk) : !isWord(items[b - 1], PREPOSITIONS);
  // "X, a captain whose boat capsized off the Maldives, stated": a place next to the verb that does not
  // open its clause is where something happened; the subject is further back (places do not speak).
  const placeInside = near?.kind === 'name' && isPlace(ctx, near.chunk) && b > 0 && !isPunct(items[b - 1], ',');
  if (near && near.kind === 'name' && !near.chunk.possessive && subjectOk && !placeInside) return ctx.people.speaker(near.chunk);
  // "the armed wing of Hamas claimed", "a spokesman for the Kremlin said": the body a part or voice of it speaks for.
  if (near && near.kind === 'name' && !near.chunk.possessive && b === c - 1) {
    const prep = lowerOf(items[b - 1]) === 'the' ? b - 2 : b - 1;
    if ((lowerOf(items[prep]) === 'of' || lowerOf(items[prep]) === 'for') && speaksFor(lowerOf(items[prep - 1]))) {
      return ctx.people.speaker(near.chunk);
    }
  }
  if (near && isWord(near, PRONOUNS) && (lowerOf(near) === 'he' || lowerOf(near) === 'she')) return resolvePronoun(ctx, sentence, near.start);
  // "what unions called “…”", "critics said": a group with no name right before the verb is someone unnamed.
  if (near && b === c - 1 && isWord(near, GROUP_NOUNS) && isWord(items[c], CUES)) return 'unnamed';
  // "It said", "They added" (not "a word for it: …"): the verb right after the pronoun.
  if (near && (lowerOf(near) === 'it' || lowerOf(near) === 'they') && b === c - 1 && isWord(items[c], CUES)) return pluralOrBody(ctx, sentence, near);
  let from = 0;
  // "While talks go on, X said" / "Speaking on TV, X warned": the subject follows the opening clause.
  if (isWord(items[0], OPENERS) || /ing$/.test(lowerOf(items[0]))) {
    for (let k = 1; k < c; k++) {
      if (items[k].kind === 'quote') break;
      if (isPunct(items[k], ',')) {
        from = k + 1;
        break;
      }
    }
  }
  let pronoun = -1;
  let other: NameChunk | null = null;
  let unnamed = false;
  for (let k = from; k < c; k++) {
    const it = items[k];
    if (it.kind === 'quote') continue;
    if (it.kind === 'name') {
      // A lone word opening the sentence is a name only when the entities stage knows it ("Vietnam on Monday said").
      // "… obtained by the Courier": a name after a preposition and "the" is no subject either.
      if (it.chunk.possessive || (it.chunk.initial && !ctx.people.entityOf(it.chunk)) || afterPreposition(items, k, PREPOSITIONS)) continue;
      // "Chelsea midfielder Cole Palmer said": the player; "Niger-Delta youths said": someone unnamed.
      const head = modifierHead(items, k);
      if (head === 'group' && !other) unnamed = true;
      if (head !== null) continue;
      if (ctx.people.isPerson(it.chunk)) return ctx.people.speaker(it.chunk);
      // A place speaks only as the subject that opens its clause ("China said", "Kenya on Monday warned");
      // one named further on is where things happen ("Officials in Nairobi described …").
      if (!isPlace(ctx, it.chunk) || k === from) other ??= it.chunk;
    }
    if (pronoun < 0 && isWord(it, PRONOUNS) && (lowerOf(it) === 'he' || lowerOf(it) === 'she')) pronoun = k;
  }
  if (pronoun >= 0) return resolvePronoun(ctx, sentence, items[pronoun].start);
  if (unnamed) return 'unnamed';
  return other ? ctx.people.speaker(other) : null;
}

/** The sentence's own attribution, for quotes inside it: its cue verb and that verb's subject. */
export function sentenceSpeaker(ctx: Context, sentence: number, items: readonly Item[]): Found {
  // "For Zelensky, the meetings represented a “significant step”."
  const first = items[0];
  if (first && lowerOf(first) === 'for' && items[1]?.kind === 'name' && isPunct(items[2], ',') && ctx.people.isPerson(items[1].chunk)) {
    return ctx.people.speaker(items[1].chunk);
  }
  for (let c = 0; c < items.length; c++) {
    const owner = possessiveSpeech(items, c);
    if (owner) return ctx.people.speaker(owner);
    if (!isCue(items, c)) continue;
    if (lowerOf(items[c]) === 'according') {
      const found = nameAfter(ctx, sentence, items, c + 2);
      if (found) return found;
      continue;
    }
    // "described by the Trump administration as “productive”"
    if (lowerOf(items[c + 1]) === 'by') {
      for (let k = c + 2; k < Math.min(items.length, c + 5); k++) {
        const it = items[k];
        if (it.kind === 'name') return ctx.people.speaker(it.chunk);
        if (it.kind !== 'word') break;
      }
    }
    const subject = subjectBefore(ctx, sentence, items, c);
    if (subject) return subject;
    // "…, said Anton, a worker": inverted only right after a quote or a comma.
    const inverted = items[c + 1];
    const prev = items[c - 1];
    // "…, called al-Sadr's army a “menace”": a possessive name after the verb is its object's owner, not its subject.
    if (inverted && inverted.kind === 'name' && !inverted.chunk.possessive && prev && (prev.kind === 'quote' || isPunct(prev, ','))) return ctx.people.speaker(inverted.chunk);
  }
  return null;
}

/**
 * "Trump’s claim that there were “thousands of shootings”": a noun of saying owned by a name, opening a
 * "that" clause with a quote in it; the owner said it. One or two words may stand between ("Stumpf’s
 * repeated emphasis that").
 */
function possessiveSpeech(items: readonly Item[], c: number): NameChunk | null {
  const it = items[c];
  if (!it || it.kind !== 'word' || !SPEECH_NOUNS.has(it.lower) || lowerOf(items[c + 1]) !== 'that') return null;
  let owner: NameChunk | null = null;
  for (let k = c - 1; k >= Math.max(0, c - 3); k--) {
    const o = items[k];
    if (o.kind === 'name') {
      if (o.chunk.possessive) owner = o.chunk;
      break;
    }
    if (o.kind !== 'word' || CLAUSE.has(o.lower)) break;
  }
  if (!owner) return null;
  for (let k = c + 2; k < items.length; k++) if (items[k].kind === 'quote') return owner;
  return null;
}

/** Nouns of saying: "X’s claim that …". */
const SPEECH_NOUNS = new Set(`claim claims statement statements assertion assertions remark remarks comment comments tweet tweets
  insistence emphasis argument arguments contention prediction predictions promise promises pledge vow warning warnings
  suggestion accusation accusations allegation allegations charge admission boast declaration announcement complaint
  observation explanation answer response reply message post suggestion testimony speech`.split(/\s+/));
