// Definite descriptions as speakers (issue 16): "“…,” the spokesman said", "said the spokesperson", "the
// organization said", "the Commission said". Such a description points back to someone the article has
// already introduced with the same noun: "Abdourahim Bakar, a government spokesman", "government spokesman
// Abdourahim Bakar", "a Kremlin spokesperson" (the body the description names speaks), or, for a body, the
// organization last named ("Reporters Without Borders … the organization said"; "the Human Rights
// Commission … the Commission said"). Only when the text decides: one candidate in the sentences before,
// else nothing (the caller keeps "someone unnamed"). Word lists written for this project.
import type { Entity, Speaker } from '../types';
import { type Item, type NameChunk, lowerOf } from './items';
import { BODY_HEADS, ROLES } from './lexicon';
import type { Context } from './speaker';

/** How far back an antecedent may stand, in sentences (about two paragraphs of wire copy). */
const REACH = 8;

const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * The speaker a definite description at items[j..cue) refers to ("the" at j, the verb at cue), or null
 * when the text does not decide. Only plain words may stand between: "the government spokesman"; the
 * noun itself may be capitalised ("the Council").
 */
export function definiteSpeaker(ctx: Context, sentence: number, items: readonly Item[], j: number, cue: number): Speaker | null {
  if (lowerOf(items[j]) !== 'the' || cue <= j + 1) return null;
  for (let k = j + 1; k < cue - 1; k++) if (items[k].kind !== 'word') return null;
  // The noun may be written with a capital, as a short form of the body's name: "the Council said".
  const last = items[cue - 1];
  const head = last.kind === 'name' ? (last.chunk.words === 1 && !last.chunk.titled ? last.chunk.name.toLowerCase() : '') : lowerOf(last);
  const offset = items[j].start;
  if (ROLES.has(head)) return roleAntecedent(ctx, sentence, offset, head);
  if (BODY_HEADS.has(head)) return bodyAntecedent(ctx, sentence, offset, head);
  return null;
}

/** The one person or body introduced with the role noun before `offset`, within REACH sentences. */
function roleAntecedent(ctx: Context, sentence: number, offset: number, head: string): Speaker | null {
  const found = new Map<string, Speaker>();
  for (let s = sentence; s >= 0 && s >= sentence - REACH; s--) {
    const items = ctx.items(s);
    for (let k = 0; k < items.length; k++) {
      const it = items[k];
      if (it.start >= offset) break;
      if (it.kind !== 'name') continue;
      const who = introduced(ctx, items, k, head);
      if (who) found.set(who.name, who);
    }
  }
  return found.size === 1 ? [...found.values()][0] : null;
}

/**
 * Whether the name at items[k] is introduced with the role noun: as its title ("government spokesman
 * Abdourahim Bakar"), in an apposition after it ("Abdourahim Bakar, a government spokesman"), or as the
 * body that qualifies a role with no name ("a Kremlin spokesperson", "a spokesman for the Kremlin").
 */
function introduced(ctx: Context, items: readonly Item[], k: number, head: string): Speaker | null {
  const it = items[k] as { chunk: NameChunk };
  const chunk = it.chunk;
  if (chunk.possessive) return null;
  const person = ctx.people.isPerson(chunk);
  const title = ctx.doc.text.slice(chunk.fullStart, chunk.start).toLowerCase().split(/[^\p{L}]+/u);
  if (person && (title.includes(head) || lowerOf(items[k - 1]) === head)) return ctx.people.speaker(chunk);
  if (person && lowerOf(items[k + 1]) === ',') {
    let m = k + 2;
    if (ARTICLES.has(lowerOf(items[m]))) m++;
    for (let n = m; n < Math.min(items.length, m + 5); n++) {
      const w = items[n];
      if (w.kind !== 'word') break;
      if (w.lower === head) return ctx.people.speaker(chunk);
    }
    return null;
  }
  if (person) return null;
  // A body: "a Kremlin spokesperson" (no name after the role), "a spokesman for the Kremlin".
  const next = items[k + 1];
  if (lowerOf(next) === head && items[k + 2]?.kind !== 'name') return ctx.people.speaker(chunk);
  const before = lowerOf(items[k - 1]) === 'the' ? k - 2 : k - 1;
  if ((lowerOf(items[before]) === 'for' || lowerOf(items[before]) === 'of') && lowerOf(items[before - 1]) === head && lowerOf(items[k + 1]) !== ',') {
    return ctx.people.speaker(chunk);
  }
  return null;
}

/**
 * The body a description refers to: the nearest organization named before it whose name holds the noun
 * ("the Commission"), or for a generic noun ("the organization", "the group") the nearest organization
 * named at all, when the sentence naming it names no other.
 */
function bodyAntecedent(ctx: Context, sentence: number, offset: number, head: string): Speaker | null {
  const from = ctx.doc.sentences[Math.max(0, sentence - REACH)].start;
  const holds = (e: Entity): boolean => [e.name, ...e.aliases].some((n) => n.toLowerCase().split(/\s+/).includes(head));
  let best: { start: number; entity: Entity } | null = null;
  const orgs = ctx.doc.entities.filter((e) => e.type === 'organization');
  const named = orgs.some(holds);
  for (const e of orgs) {
    if (named && !holds(e)) continue;
    for (const m of e.mentions) if (m.start >= from && m.end <= offset && (!best || m.start > best.start)) best = { start: m.start, entity: e };
  }
  if (!best) return null;
  // Two bodies in the sentence of the nearest one: the text does not say which.
  const s = ctx.doc.sentences.find((x) => x.start <= best!.start && x.end > best!.start);
  const rival = s && orgs.some((e) => e !== best!.entity && (!named || holds(e)) && e.mentions.some((m) => m.start >= s.start && m.end <= Math.min(s.end, offset)));
  if (rival) return null;
  return { entityId: best.entity.id, name: best.entity.name };
}
