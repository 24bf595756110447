// Interviews and transcripts: paragraphs opened by a speaker's label. "Q: … / A: …", "Question: … /
// Answer: …", "— Interviewer: …", "Wikinews: … / Jane Roe: …", "SMITH: …", "**Jane Roe:** …". Each turn is
// the labelled speaker's, and so is every paragraph after it until the next label. "A:" is the interviewee
// the introduction names ("X spoke with Jane Roe", "in an interview with Jane Roe", "Jane Roe told X"), "Q:"
// the interviewer ("Wikinews spoke with …": Wikinews), or someone unnamed when the text does not say.
// A layout needs two labelled paragraphs at least, so a lone "Photo: …" or "Smith: …" is no interview.
import { lowerBound, type Block, type Doc } from '../doc';
import type { Speaker } from '../types';
import { isPunct, type Item, type NameChunk } from './items';
import { PLACES } from './lexicon';
import type { Context, Found } from './speaker';

export interface Turn {
  /** Where the words of the turn start (after the label) and end (the end of its paragraph). */
  start: number;
  end: number;
  speaker: Found;
  /** Opened by a label (not a paragraph continuing the turn before). */
  labelled: boolean;
}

/** Labels that open a line and are no speaker: "UPDATE: …", "Photo: …", "Read more: …". */
const NOT_SPEAKERS = new Set(`update updated correction clarification note editor editors breaking exclusive warning photo photos
  picture image video watch listen audio source sources credit credits caption read related tags tag share follow see also
  advertisement sponsored subscribe contact email phone tel fax website web address location date time venue price tickets
  background context summary disclaimer warning transcript agenda topics keywords filed posted published by`.split(/\s+/));

const QUESTION = /^(?:q|question|questions|interviewer|int|reporter)$/i;
const ANSWER = /^(?:a|answer|answers)$/i;
// "Q: ", "Q. ", "— Interviewer: ", "**Jane Roe:** ", "SMITH: ".
const LABEL = /^[ \t]*(?:[-–—―]\s*)?(?:\*\*|__)?((?:\p{Lu}[\p{L}'’.-]*)(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|bin|al|da|di|le|la)){0,3}|Q|A)(?:\*\*|__)?[ \t]*(?::|(?<=^[ \t]*(?:\*\*)?[QA])\.)(?:\*\*|__)?[ \t]+(?=\S)/u;
// Wikinews and some magazines set the label in double parentheses or brackets with no colon:
// "((WN)) Which event?", "[Interviewer] And then?".
// The spaces before and after a colon split one way only ([ \t]*:?[ \t]+ was quadratic in a run of tabs).
const BRACKET_LABEL = /^[ \t]*(?:\(\(|\[)(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3})(?:\)\)|\])(?:[ \t]*:)?[ \t]+(?=\S)/u;
const PROSE = new Set(['paragraph', 'question', 'list-item']);

interface Label {
  block: Block;
  /** The label text ("Q", "Jane Roe"). */
  name: string;
  /** Where the words after the label begin. */
  start: number;
}

/** The interview turns of the document (empty when it has no interview layout), in text order. */
export function findTurns(ctx: Context): Turn[] {
  const doc = ctx.doc;
  const labels: Array<Label | null> = doc.blocks.map((b) => labelOf(doc, b));
  if (labels.filter(Boolean).length < 2) return questionTurns(ctx);
  const firstAt = doc.blocks.findIndex((_, i) => labels[i] !== null);
  const intro = introduction(ctx, doc.blocks[firstAt].start);
  // Speakers take turns: a transcript repeats its labels ("HALVORSEN: … MBEKI: … HALVORSEN: …"), a digest of
  // datelines ("KINGSTON: … MONTEGO BAY: …") does not. Only then is a label nobody else names a speaker.
  const names = labels.filter((l): l is Label => l !== null).map((l) => l.name.toLowerCase());
  const alternating = names.length >= 3 && new Set(names).size < names.length;
  // Turn-taking proper: two labels or more, each used twice at least ("HALL: … FIELD: … HALL: … FIELD: …").
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const turnTaking = counts.size >= 2 && [...counts.values()].every((c) => c >= 2);
  const out: Turn[] = [];
  let current: Found = null;
  for (let i = 0; i < doc.blocks.length; i++) {
    const b = doc.blocks[i];
    const label = labels[i];
    if (label) {
      current = speakerOfLabel(ctx, label, intro, alternating, turnTaking);
      if (current !== null) out.push({ start: label.start, end: trimEnd(doc, b), speaker: current, labelled: true });
      continue;
    }
    if (current === null) continue;
    // The turn goes on over plain paragraphs, and ends at a heading or anything else.
    if (!PROSE.has(b.kind)) {
      current = null;
      continue;
    }
    out.push({ start: b.start, end: trimEnd(doc, b), speaker: current, labelled: false });
  }
  return out;
}

/** The turn a text offset lies in, or undefined (turns are sorted and do not overlap). */
export function turnAt(turns: readonly Turn[], offset: number): Turn | undefined {
  const t = turns[lowerBound(turns, offset + 1) - 1];
  return t && t.start <= offset && offset < t.end ? t : undefined;
}

function trimEnd(doc: Doc, b: Block): number {
  let e = b.end;
  while (e > b.start && /\s/.test(doc.text[e - 1])) e--;
  return e;
}

function labelOf(doc: Doc, b: Block): Label | null {
  if (b.kind === 'headline' || b.kind === 'front-matter' || b.kind === 'boilerplate' || b.kind === 'kicker') return null;
  const head = doc.text.slice(b.start, Math.min(b.end, b.start + 80));
  const m = LABEL.exec(head) ?? BRACKET_LABEL.exec(head);
  if (!m) return null;
  const name = m[1];
  if (NOT_SPEAKERS.has(name.toLowerCase()) || NOT_SPEAKERS.has(name.split(/\s+/)[0].toLowerCase())) return null;
  return { block: b, name, start: b.start + m[0].length };
}

interface Intro {
  interviewee: Speaker | null;
  interviewer: Speaker | null;
}

const INTERVIEW_VERB = /^(?:interview|interviews|interviewed|interviewing|spoke|speaks|spoken|talked|talks|chatted|chats|sat|caught|asked|asks|questioned)$/;

/**
 * Who the introduction says is interviewed and who interviews: "Wikinews spoke with harbour pilot Jane Roe",
 * "In an interview with Jane Roe, …", "Jane Roe told Wikinews", "Jane Roe answered questions from …".
 */
function introduction(ctx: Context, before: number): Intro {
  const doc = ctx.doc;
  const out: Intro = { interviewee: null, interviewer: null };
  for (let s = 0; s < doc.sentences.length && doc.sentences[s].start < before; s++) {
    const items = ctx.items(s);
    for (let k = 0; k < items.length; k++) {
      const it = items[k];
      const lower = it.kind === 'word' ? it.lower : '';
      if (INTERVIEW_VERB.test(lower)) {
        const after = nameWithin(items, k + 1, 6, (c) => ctx.people.isPerson(c));
        if (after && !out.interviewee) out.interviewee = ctx.people.speaker(after);
        const subject = nameBefore(items, k);
        if (subject && !out.interviewer && (!after || subject !== after)) out.interviewer = ctx.people.speaker(subject);
      } else if ((lower === 'told' || lower === 'answered') && !out.interviewee) {
        const subject = nameBefore(items, k);
        if (subject && ctx.people.isPerson(subject)) out.interviewee = ctx.people.speaker(subject);
        const told = nameWithin(items, k + 1, 2, () => true);
        if (told && lower === 'told' && !out.interviewer) out.interviewer = ctx.people.speaker(told);
      }
    }
  }
  return out;
}

function nameWithin(items: readonly Item[], from: number, reach: number, ok: (c: NameChunk) => boolean): NameChunk | null {
  for (let k = from; k < Math.min(items.length, from + reach); k++) {
    const it = items[k];
    if (it.kind === 'name' && !it.chunk.possessive && ok(it.chunk)) return it.chunk;
    if (it.kind === 'punct' && it.lower !== ',' && it.lower !== '.') return null;
  }
  return null;
}

/** The name right before a verb (a word or two between: "Wikinews recently spoke"). */
function nameBefore(items: readonly Item[], k: number): NameChunk | null {
  // "Ruth Kamau, the new head of the marathon, answered": the name before an appositive set off by commas.
  if (isPunct(items[k - 1], ',')) {
    for (let m = k - 2; m >= Math.max(1, k - 16); m--) {
      const it = items[m];
      if (it.kind === 'quote' || (it.kind === 'punct' && !isPunct(it, ','))) break;
      if (it.kind === 'punct') {
        const named = items[m - 1];
        return named?.kind === 'name' && !named.chunk.possessive && m - 1 === 0 ? named.chunk : null;
      }
    }
    return null;
  }
  for (let b = k - 1; b >= Math.max(0, k - 3); b--) {
    const it = items[b];
    if (it.kind === 'name') return it.chunk.possessive ? null : it.chunk;
    if (it.kind !== 'word') return null;
  }
  return null;
}

function speakerOfLabel(ctx: Context, label: Label, intro: Intro, alternating: boolean, turnTaking = false): Found {
  if (QUESTION.test(label.name)) return intro.interviewer ?? 'unnamed';
  if (ANSWER.test(label.name)) return intro.interviewee ?? 'unnamed';
  // Initials of the interviewer or the interviewee the introduction named: "WN:" for Wikinews, "NYT:".
  for (const known of [intro.interviewer, intro.interviewee]) if (known && abbreviates(label.name, known.name)) return known;
  // A named label: the name chunk the label is.
  const sentences = ctx.doc.sentences;
  let s = lowerBound(sentences, label.block.start + 1) - 1;
  if (s < 0 || sentences[s].end <= label.block.start) s++;
  if (s >= sentences.length) return null;
  const chunk = ctx.items(s).find((it): it is Extract<Item, { kind: 'name' }> => it.kind === 'name' && it.start < label.start && it.end > label.block.start)?.chunk;
  if (!chunk) return null;
  const entity = ctx.people.entityOf(chunk);
  // Something that can speak: a person, or an organisation the entities stage knows ("Wikinews:"); a place
  // opening a paragraph ("KYIV: …") is a dateline.
  // A name in capitals loses the case the entities stage reads ("PETER HALL" typed a place): in turn-taking
  // labels of two words or more that name no body, the layout decides.
  const capitals = turnTaking && chunk.words >= 2 && !chunk.org && chunk.name === chunk.name.toUpperCase();
  if (entity && !capitals ? entity.type === 'place' : !ctx.people.isPerson(chunk) && !(alternating && !chunk.org && !PLACES.has(chunk.name.toLowerCase()))) return null;
  const speaker = ctx.people.speaker(chunk);
  const introduced = [intro.interviewee, intro.interviewer].some((known) => known && lastWord(known.name) === lastWord(speaker.name));
  // One unknown word ("Nairobi: …") is a speaker only in a transcript or when the introduction named it.
  if (!entity && chunk.words < 2 && !alternating && !introduced) return null;
  // The interviewer's or the interviewee's label names them as the introduction did ("Roe:" for Jane Roe).
  for (const known of [intro.interviewee, intro.interviewer]) {
    if (known && lastWord(known.name) === lastWord(speaker.name)) return known;
  }
  return speaker;
}

const lastWord = (s: string): string => s.toLowerCase().split(/\s+/).pop() ?? '';

/** "WN" for "Wikinews", "NYT" for "New York Times": two to five capitals, the first the name's, the rest in order. */
function abbreviates(label: string, name: string): boolean {
  if (!/^\p{Lu}{2,5}$/u.test(label)) return false;
  const letters = name.toLowerCase().replace(/[^\p{L}]/gu, '');
  const want = label.toLowerCase();
  if (letters[0] !== want[0]) return false;
  let at = 1;
  for (const ch of want.slice(1)) {
    at = letters.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * An interview printed as questions and answers with no labels at all: each question a paragraph of its
 * own ("Why do you want to be President?"), the answer the paragraphs after it. The layout needs an
 * introduction that names who is interviewed ("Wikinews interviews Jane Roe") and three question
 * paragraphs, two of them answered; a feature that asks its reader a question or two is no interview.
 * Questions go to the interviewer the introduction names (else someone unnamed), answers to the
 * interviewee.
 */
function questionTurns(ctx: Context): Turn[] {
  const doc = ctx.doc;
  const isQuestion = (b: Block): boolean => {
    if (b.kind !== 'question' && b.kind !== 'paragraph') return false;
    const t = doc.text.slice(b.start, trimEnd(doc, b));
    return t.length <= 400 && /\?["”’)]?$/.test(t) && !/["“”]/.test(t);
  };
  const first = doc.blocks.findIndex(isQuestion);
  if (first < 0) return [];
  let questions = 0;
  let answered = 0;
  for (let i = first; i < doc.blocks.length; i++) {
    if (!isQuestion(doc.blocks[i])) continue;
    questions++;
    const next = doc.blocks[i + 1];
    if (next && PROSE.has(next.kind) && !isQuestion(next)) answered++;
  }
  if (questions < 3 || answered < 2) return [];
  const intro = introduction(ctx, doc.blocks[first].start);
  if (!intro.interviewee) return [];
  const out: Turn[] = [];
  let inAnswer = false;
  for (let i = first; i < doc.blocks.length; i++) {
    const b = doc.blocks[i];
    if (isQuestion(b)) {
      out.push({ start: b.start, end: trimEnd(doc, b), speaker: intro.interviewer ?? 'unnamed', labelled: true });
      inAnswer = true;
      continue;
    }
    // The answer goes on over plain paragraphs and ends at a heading or anything else.
    if (!inAnswer || !PROSE.has(b.kind)) {
      inAnswer = false;
      continue;
    }
    out.push({ start: b.start, end: trimEnd(doc, b), speaker: intro.interviewee, labelled: true });
  }
  return out;
}
