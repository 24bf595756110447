// Quoted statements and their speakers (issue #6). Pairs quotation marks (marks.ts), decides whether
// each quote is a full statement (direct), a few words inside the reporter's sentence (partial) or a word
// set apart with no speaker (scare), and attributes it (speaker.ts). Runs after entities: a speaker is
// linked to its entity when the entities stage found one, and named from the text otherwise.
// Unbalanced quotation marks go to Doc.unbalancedQuotes for the diagnostics stage.
import type { Component } from '../component';
import { lowerBound, type Doc } from '../doc';
import type { Quote, QuoteKind, Speaker } from '../types';
import { itemsOf, lowerOf, type Item, type NameChunk } from './items';
import { findQuotes, type MarkedQuote, type QuoteBlock } from './marks';
import { People } from './people';
import { afterQuote, beforeQuote, resolvePronoun, sentenceSpeaker, type Context, type Found } from './speaker';
import { CUES, NOT_PERSON, PREPOSITIONS } from './lexicon';
import { findTurns, turnAt, type Turn } from './turns';

/** Blocks of running text, between which a quote may continue (a long line taken for a heading counts too). */
const PROSE = new Set(['paragraph', 'list-item', 'question', 'source']);

export const quotes: Component = {
  name: 'quotes',
  run(doc: Doc) {
    const blocks: QuoteBlock[] = doc.blocks
      .filter((b) => b.kind !== 'front-matter' && b.kind !== 'boilerplate')
      .map((b) => ({ start: b.start, end: b.end, prose: PROSE.has(b.kind) || b.end - b.start > 60 || /[.:;,]\s/.test(doc.slice(b)) }));
    const marked = findQuotes(doc.text, blocks);
    doc.unbalancedQuotes = marked.unbalanced;
    doc.quotes = attribute(doc, marked.quotes);
  },
};

function attribute(doc: Doc, marked: readonly MarkedQuote[]): Quote[] {
  // An interview's turns are quotes too, with or without quotation marks: only a text with neither has none.
  if (marked.length === 0 && !/^[ \t]*(?:[-–—―]\s*)?(?:\*\*|__)?[\p{Lu}][\p{L}'’. -]{0,40}(?:\*\*|__)?[ \t]*[:.]/mu.test(doc.text)) return [];
  const cache = new Map<number, Item[]>();
  // The dateline ("BEIJING (Wire) -") says where the story was filed and by which agency: neither speaks.
  const dateline = doc.dateline;
  const items = (s: number): Item[] => {
    let out = cache.get(s);
    if (!out) {
      const sent = doc.sentences[s];
      const from = sent && dateline && dateline.start >= sent.start && dateline.start < sent.end ? Math.min(sent.end, Math.max(sent.start, dateline.end)) : sent?.start ?? 0;
      out = sent ? itemsOf(doc, from, sent.end, marked) : [];
      cache.set(s, out);
    }
    return out;
  };
  const chunks: NameChunk[] = [];
  for (let s = 0; s < doc.sentences.length; s++) for (const it of items(s)) if (it.kind === 'name') chunks.push(it.chunk);
  const ownAttribution = new Map<number, Found>();
  const ctx: Context = {
    doc,
    people: new People(doc, chunks),
    items,
    attribution(s: number): Found {
      if (!ownAttribution.has(s)) ownAttribution.set(s, sentenceSpeaker(ctx, s, items(s)));
      return ownAttribution.get(s)!;
    },
  };
  const turns = findTurns(ctx);
  // Per sentence, computed once: where each quote stands among its items, and the sentence's own
  // attribution. Asked per quote, both scanned the whole sentence, quadratic in the quotes of a
  // sentence (issue 21: 200 KB of short quotes took 7.5-17.9 s).
  const positions = new Map<number, Map<number, number>>();
  const positionOf = (s: number, q: number): number => {
    if (s < 0) return -1;
    let byQuote = positions.get(s);
    if (!byQuote) {
      byQuote = new Map();
      items(s).forEach((it, k) => { if (it.kind === 'quote' && !byQuote!.has(it.quote)) byQuote!.set(it.quote, k); });
      positions.set(s, byQuote);
    }
    return byQuote.get(q) ?? -1;
  };
  const sentenceAttribution = (s: number): Found => {
    const found = ctx.attribution(s);
    return found && typeof found === 'object' ? { ...found } : found;
  };

  const out: Quote[] = [];
  const speakers: Found[] = [];
  for (let q = 0; q < marked.length; q++) {
    const mq = marked[q];
    const s0 = sentenceIndex(doc, mq.start);
    const s1 = sentenceIndex(doc, mq.end - 1);
    const head = s0 >= 0 ? items(s0) : [];
    const tail = s1 >= 0 ? items(s1) : [];
    const p0 = positionOf(s0, q);
    const p1 = positionOf(s1, q);
    let found: Found = null;
    if (p1 >= 0) found = afterQuote(ctx, s1, tail, p1);
    if (!found && p1 >= 0 && p1 >= tail.length - 2) found = nextSentence(ctx, doc, s1, mq);
    // In a transcript everything in a turn is the labelled speaker's, what they quote too.
    const turn = turnAt(turns, mq.start);
    if (!found && turn?.labelled) found = turn.speaker;
    if (!found && !turn?.labelled) found = transcriptTurn(ctx, doc, mq);
    if (!found && p0 >= 0) found = beforeQuote(ctx, s0, head, p0);
    if (!found && p0 >= 0) found = sentenceAttribution(s0);
    if (!found && s1 !== s0 && p1 >= 0) found = sentenceAttribution(s1);
    // A paragraph that goes on with an interview turn: its own cue first, then the turn's speaker.
    if (!found && turn) found = turn.speaker;
    if (!found) found = fromNeighbour(doc, marked, speakers, q, p0, p0 > 0 ? positionOf(s0, q - 1) : -1);
    if (!found && p0 === 0 && s0 > 0) found = fromColon(ctx, s0 - 1, doc.sentences[s0 - 1].block === doc.sentences[s0].block);
    // A quote with no cue of its own closing its paragraph: the speaker of the sentence right before it
    // in the paragraph ("Burns dismissed the remarks, saying …. “…”"; "According to Nice, …. “…”").
    if (!found && p0 === 0 && s0 > 0 && closesBlock(doc, mq) && doc.sentences[s0 - 1].block === doc.sentences[s0].block && !items(s0 - 1).some((it) => it.kind === 'quote')) {
      found = sentenceAttribution(s0 - 1);
    }
    // A paragraph that is only a quote, with no attribution: the person the paragraph before was about.
    if (!found && p0 === 0 && s0 > 0 && isWholeBlock(doc, mq)) found = resolvePronoun(ctx, s0 - 1, doc.sentences[s0 - 1].end, 1);
    if (!turn && found && found !== 'unnamed' && !canSayI(doc, found, mq)) found = null;
    speakers.push(found);

    const direct = isDirect(doc, mq, head, p0, out);
    const speaker: Speaker | null = found && found !== 'unnamed' ? found : null;
    const kind: QuoteKind = direct ? 'direct' : speaker || found === 'unnamed' || wordCount(doc, mq) > 3 ? 'partial' : 'scare';
    out.push({ start: mq.start, end: mq.end, text: doc.text.slice(mq.start, mq.end), kind, speaker: kind === 'scare' ? null : speaker });
  }
  out.push(...turnQuotes(doc, turns, marked));
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The words of each labelled interview turn with no quotation marks of its own ("A: My father was a pilot."):
 * a direct quote of the turn's speaker. A turn that quotes in marks keeps those quotes instead.
 */
function turnQuotes(doc: Doc, turns: readonly Turn[], marked: readonly MarkedQuote[]): Quote[] {
  const out: Quote[] = [];
  for (const t of turns) {
    if (!t.labelled || t.end <= t.start || marked.some((m) => m.start < t.end && m.end > t.start)) continue;
    const speaker = t.speaker && t.speaker !== 'unnamed' ? t.speaker : null;
    out.push({ start: t.start, end: t.end, text: doc.text.slice(t.start, t.end), kind: 'direct', speaker });
  }
  return out;
}

/** Words of a speaker in the first person singular: "I am buzzing", "my team", "I’ve". */
const FIRST_SINGULAR = /(?:^|[^\p{L}])(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)(?:$|[^\p{L}])/u;
/** Quotation marks: what a quote quotes in turn is someone else's words. */
const NESTED = /[‘'"«][^‘'"«’"»]*[’'"»]/gu;

/**
 * A club, company, body or place says "we", never "I" (issue 16: a footballer's "I am buzzing…" is not
 * the club's): a first-person-singular quote given to one of them has no speaker the text decides. In an
 * interview's turns a label speaks for its publication and is left alone.
 */
function canSayI(doc: Doc, found: Speaker, mq: MarkedQuote): boolean {
  const entity = found.entityId ? doc.entities.find((e) => e.id === found.entityId) : undefined;
  const collective = entity ? entity.type !== 'person' : NOT_PERSON.has(found.name.toLowerCase().split(/\s+/).pop() ?? '');
  if (!collective) return true;
  const inner = doc.text.slice(mq.innerStart, mq.innerEnd).replace(NESTED, ' ');
  return !FIRST_SINGULAR.test(inner);
}

function sentenceIndex(doc: Doc, offset: number): number {
  const i = lowerBound(doc.sentences, offset + 1) - 1;
  return i >= 0 && doc.sentences[i].end > offset ? i : -1;
}

/** "“…,” said Anton. “…”": an unattributed quote takes the speaker of the quote before it in its paragraph. */
function fromNeighbour(doc: Doc, marked: readonly MarkedQuote[], speakers: readonly Found[], q: number, p0: number, prevPos: number): Found {
  if (q === 0) return null;
  const prev = speakers[q - 1];
  if (!prev) return null;
  const sameSentence = p0 > 0 && prevPos >= 0 && prevPos < p0;
  if (sameSentence) return prev;
  const block = doc.blockAt(marked[q].start);
  const prevBlock = doc.blockAt(marked[q - 1].start);
  if (p0 !== 0 || !block) return null;
  if (block === prevBlock) return prev;
  // A paragraph that is only a quote, right after a paragraph that ended with a quote by the same person.
  const blocks = doc.blocks;
  const bi = lowerBound(blocks, block.start);
  const prevEnd = bi > 0 ? blocks[bi - 1] : undefined;
  // Only a paragraph that is the quote alone: "Chen said the talks would resume. “…”" has a speaker of its own.
  if (prevEnd && prevEnd === doc.blockAt(marked[q - 1].end - 1) && isWholeBlock(doc, marked[q]) && marked[q - 1].end >= prevEnd.end - 30) return prev;
  return null;
}

/** "“How many times?” Clinton said.": the quote ended its sentence; the next one may attribute it. */
function nextSentence(ctx: Context, doc: Doc, s: number, mq: MarkedQuote): Found {
  const next = doc.sentences[s + 1];
  if (!next || next.block !== doc.sentences[s].block || next.start - mq.end > 2) return null;
  const items = ctx.items(s + 1);
  // "Japan branded it an “outlaw nation.” Russia insisted that Pyongyang “stop.”": a sentence with a quote
  // of its own attributes that one.
  if (items.some((it) => it.kind === 'quote')) return null;
  // "…: “…”. Isozaki, an adviser, said a new policy would …": a next sentence that reports its own speech
  // (a clause after the verb) is not an attribution of the quote before; "Clinton said." or "X told
  // Reuters on Monday." is.
  const cue = items.findIndex((it) => it.kind === 'word' && CUES.has(it.lower));
  if (cue < 0 || !closesAttribution(items, cue)) return null;
  return afterQuote(ctx, s + 1, [{ kind: 'quote', start: mq.start, end: mq.end, quote: -1 }, ...items], 0);
}

const TIME_WORDS = new Set(`yesterday today tonight earlier later recently afterwards then again last this on monday tuesday wednesday
  thursday friday saturday sunday`.split(/\s+/));

/**
 * What follows the verb closes an attribution: nothing, a preposition or time, or the one told, in up to
 * three words ("told Reuters.", "told the council on Monday"); "said a new dam would cost …" does not.
 */
function closesAttribution(items: readonly Item[], cue: number): boolean {
  for (let k = cue + 1; k <= cue + 4; k++) {
    const it = items[k];
    if (!it || it.kind === 'punct') return true;
    if (it.kind === 'word' && (PREPOSITIONS.has(it.lower) || TIME_WORDS.has(it.lower))) return true;
    if (it.kind === 'quote' || (it.kind === 'word' && CUES.has(it.lower))) return false;
  }
  return false;
}

/** Labels in capitals before a colon that are not speakers: "UPDATE: …", "CORRECTION: …". */
const NOT_TURNS = new Set(['update', 'updated', 'correction', 'clarification', 'note', 'editor', 'editors', 'breaking', 'exclusive', 'warning', 'q', 'a']);

/** A transcript turn, "WALLACE: But, Governor, …": a quote inside the paragraph is the labelled speaker's words. */
function transcriptTurn(ctx: Context, doc: Doc, mq: MarkedQuote): Found {
  const block = doc.blockAt(mq.start);
  if (!block || block.kind === 'headline') return null;
  const s = sentenceIndex(doc, block.start);
  if (s < 0) return null;
  const items = ctx.items(s);
  let k = 0;
  while (k < 2 && items[k]?.kind === 'punct') k++;
  const label = items[k];
  const colon = items[k + 1];
  if (!label || label.kind !== 'name' || label.start > block.start + 2 || !colon || colon.kind !== 'punct' || colon.lower !== ':') return null;
  const name = label.chunk.name;
  if (name.length < 2 || name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name) || NOT_TURNS.has(name.toLowerCase())) return null;
  // A label opens its line, so it is never known as a name used elsewhere: only an entity or an
  // organisation word rules it out.
  const entity = ctx.people.entityOf(label.chunk);
  if (label.chunk.org || (entity && entity.type !== 'person')) return null;
  return ctx.people.speaker(label.chunk);
}

/** The quote runs to the end of its paragraph. */
function closesBlock(doc: Doc, mq: MarkedQuote): boolean {
  const block = doc.blockAt(mq.start);
  return !!block && block.kind !== 'headline' && block.end - mq.end <= 2;
}

function isWholeBlock(doc: Doc, mq: MarkedQuote): boolean {
  const block = doc.blockAt(mq.start);
  return !!block && block.kind !== 'headline' && mq.start - block.start <= 1 && block.end - mq.end <= 2;
}

/** A quote opening the sentence after "X said:" or after "…, Schiff said." (same or previous paragraph). */
function fromColon(ctx: Context, s: number, sameBlock: boolean): Found {
  const items = ctx.items(s);
  const last = items[items.length - 1];
  if (!last || last.kind !== 'punct') return null;
  if (last.lower === ':') return beforeQuote(ctx, s, [...items, { kind: 'quote', start: last.end, end: last.end, quote: -1 }], items.length);
  if (last.lower !== '.' || !sameBlock) return null;
  // The sentence ends "… Schiff said." or "… said Schiff."
  const a = items[items.length - 2];
  const b = items[items.length - 3];
  const cueAt = a && a.kind === 'word' && CUES.has(a.lower) && !a.lower.endsWith('ing') ? items.length - 2 : b && b.kind === 'word' && CUES.has(b.lower) && a?.kind === 'name' ? items.length - 3 : -1;
  if (cueAt < 0) return null;
  const trimmed = items.slice(0, items.length - 1);
  return beforeQuote(ctx, s, [...trimmed, { kind: 'quote', start: last.end, end: last.end, quote: -1 }], trimmed.length);
}

/**
 * The marks a text ends with ('." ', '?!'): the run of non-word characters at its end, found from where
 * the run starts (a pattern like /[.!?]\W*$/ read to the end of every run of marks it met: quadratic).
 */
function closingMarks(s: string): string {
  return /(?<!\W)\W*$/.exec(s)?.[0] ?? '';
}

/** A full statement: the quote opens its sentence or follows a cue, a colon or a comma, and reads as a sentence. */
function isDirect(doc: Doc, mq: MarkedQuote, head: readonly Item[], p0: number, before: readonly Quote[]): boolean {
  const inner = doc.text.slice(mq.innerStart, mq.innerEnd).trimStart();
  // "[I]f it was left up to her" and "… overall, I think" open a sentence too.
  const upper = /^(?:\[|…|\.{3}|\s)*[\p{Lu}\d]/u.test(inner);
  const words = wordCount(doc, mq);
  // Ends as a sentence does: "we were floored.", "What curfew?", "U-S-A! U-S-A!".
  const closing = closingMarks(inner);
  const ends = /[.!?]/.test(closing);
  if (p0 <= 0) return upper ? words >= 2 || /[.!?,]/.test(closing) : words >= 6;
  const prev = head[p0 - 1];
  const lower = prev.kind === 'word' || prev.kind === 'punct' ? prev.lower : '';
  if (lower === ':') return upper || words >= 6;
  // "Roux would not comment on the offer; “We will vote on it on Friday.”": a sentence of its own after a semicolon.
  if (lower === ';') return upper && words >= 3 && /[.!?,]/.test(closing);
  if (/^(?:--|-|–|—)$/.test(lower)) return upper && words >= 3;
  if (lower === ',') {
    const before2 = head[p0 - 2];
    // "“Every time you say that,” Tester said, referring to the excuse, “you give …”": a direct quote
    // of the same sentence, a cue, and this quote continue it.
    for (let k = p0 - 2; k >= 0; k--) {
      const it = head[k];
      if (it.kind !== 'quote') continue;
      const prevQuote = before[it.quote];
      if (k < p0 - 2 && prevQuote?.kind === 'direct' && head.slice(k + 1, p0).some((w) => w.kind === 'word' && CUES.has(w.lower))) return true;
      break;
    }
    let afterCue = false;
    for (let k = p0 - 2; k >= Math.max(0, p0 - 10); k--) {
      const it = head[k];
      if (it.kind === 'quote' || (it.kind === 'punct' && (it.lower === '.' || (it.lower === ',' && k < p0 - 4)))) break;
      // "…, as Rosenthal recently put it, ''Did Trump …''"
      if (it.kind === 'word' && (CUES.has(it.lower) || (it.lower === 'it' && head[k - 1]?.kind === 'word' && (head[k - 1] as { lower: string }).lower === 'put'))) {
        afterCue = true;
        break;
      }
    }
    if (before2?.kind === 'quote') {
      // Quote items carry their index into the marked quotes, which is also their index in `before`.
      const prevQuote = before2.kind === 'quote' ? before[before2.quote] : undefined;
      return !!prevQuote && prevQuote.kind === 'direct';
    }
    // "According to Rajesh Kumar, who heads the traders' association, “Half the shops will not reopen.”"
    if (!afterCue && lowerOf(head[0]) === 'according' && upper && words >= 3 && ends && !head.slice(0, p0).some((it) => it.kind === 'quote')) return true;
    if (afterCue) {
      if (upper) return true;
      // "Mr. Barrett said, “we were floored.”": a clause of its own after "said,".
      if (words >= 3 && ends) return true;
      // "“We are ready,” she said, “to talk.”" continues a direct quote.
      const prevQuote = before.length ? before[before.length - 1] : undefined;
      return !!prevQuote && prevQuote.kind === 'direct' && head.some((it) => it.kind === 'quote' && it.start === prevQuote.start);
    }
    return false;
  }
  // "Protesters chanted “What curfew?”"; but what a verb of naming names stays a phrase ("labeled “Mostly True.”").
  if (prev.kind === 'word' && CUES.has(prev.lower)) return upper && (words >= 3 || (ends && !NAMING.test(prev.lower)));
  return false;
}

const NAMING = /^(?:call|label|rate|dub|term|brand|describ|nicknam|nam|cite|hail|prais|characteri|decr|tout)/;

function wordCount(doc: Doc, mq: MarkedQuote): number {
  let n = 0;
  const re = /[\p{L}\p{N}]+(?:[’'\-][\p{L}\p{N}]+)*/gu;
  const inner = doc.text.slice(mq.innerStart, mq.innerEnd);
  while (re.exec(inner)) n++;
  return n;
}
