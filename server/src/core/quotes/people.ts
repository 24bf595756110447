// Who a name chunk is: the entity it belongs to when the entities stage found one, otherwise the
// fullest form of the name the article uses ("Zelensky" → "Volodymyr Zelensky"), and whether it is a person.
import type { Doc } from '../doc';
import type { Entity, Speaker } from '../types';
import type { NameChunk } from './items';
import { PLACES } from './lexicon';

const lastWord = (s: string): string => {
  const parts = s.toLowerCase().split(/[\s]+/);
  return parts[parts.length - 1] ?? '';
};

/**
 * The entity's name as this article spells it ("Volodymyr Zelenskyy" when the text writes "Zelenskyy"),
 * and in full: the longest of its name, its aliases and the article's own fullest form that end alike.
 */
function spelled(e: Entity, chunk: NameChunk, full: string): string {
  const last = lastWord(chunk.name);
  let best = '';
  // A one-word name may open the full one (family name first, "Park" for "Park Ji-hoon"; a given name used
  // alone in features): the entity is already decided, so its full name is meant.
  const opens = (n: string): boolean => chunk.words === 1 && firstWord(n) === last;
  for (const n of [e.name, ...e.aliases, full]) if ((lastWord(n) === last || opens(n)) && n.length > best.length) best = n;
  return best || full;
}

function endsLike(e: Entity, chunk: NameChunk): boolean {
  const last = lastWord(chunk.name);
  return lastWord(e.name) === last || e.aliases.some((a) => lastWord(a) === last);
}

const firstWord = (s: string): string => s.toLowerCase().split(/\s+/)[0] ?? '';

export class People {
  /** Last word of a multi-word or titled name → the name as first written in full. */
  private readonly full = new Map<string, string>();
  /**
   * First word of a two- or three-word name → that name, when only one name of the article starts so:
   * names written family name first ("Qin Gang" … "Qin said", "Kim Jong Un" … "Kim") and given names
   * used alone in features ("Amina Odhiambo" … "Amina said"). Null when two names share it.
   */
  private readonly byFirst = new Map<string, string | null>();
  private readonly byFirstEntity = new Map<string, Entity | null>();
  private readonly byLast = new Map<string, Entity>();
  private readonly mentions: Array<{ start: number; end: number; entity: Entity }> = [];
  readonly hasEntities: boolean;

  constructor(doc: Doc, chunks: Iterable<NameChunk>) {
    this.hasEntities = doc.entities.length > 0;
    for (const e of doc.entities) {
      for (const m of e.mentions) this.mentions.push({ start: m.start, end: m.end, entity: e });
      if (e.type === 'person' && !this.byLast.has(lastWord(e.name))) this.byLast.set(lastWord(e.name), e);
      if (e.type === 'person' && /\s/.test(e.name)) {
        const first = firstWord(e.name);
        const known = this.byFirstEntity.get(first);
        this.byFirstEntity.set(first, known === undefined || known === e ? e : null);
      }
    }
    this.mentions.sort((a, b) => a.start - b.start);
    for (const c of chunks) {
      if (c.org || c.words < 2 && !c.titled) continue;
      const key = lastWord(c.name);
      const known = this.full.get(key);
      if (!known || known.split(' ').length < c.words) this.full.set(key, c.name);
      if (c.words >= 2 && c.words <= 3) {
        const first = firstWord(c.name);
        const had = this.byFirst.get(first);
        this.byFirst.set(first, had === undefined || had === c.name ? c.name : null);
      }
    }
  }

  private entityAt(chunk: NameChunk): Entity | undefined {
    // Mentions do not overlap one another much: look from the last one starting before the chunk's end.
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < chunk.end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) if (this.mentions[i].end > chunk.start) return this.mentions[i].entity;
    return undefined;
  }

  /** The entity a chunk names: one of its mentions, or a person with the same last name. */
  entityOf(chunk: NameChunk): Entity | undefined {
    const at = this.entityAt(chunk);
    // A titled name inside an organisation or place ("Secretary of State Marco Rubio") is a person, and
    // an entity that does not end like the name ("New York" in "New York Post") is another one.
    if (at && (at.type === 'person' || !chunk.titled) && endsLike(at, chunk)) return at;
    const byLast = this.byLast.get(lastWord(chunk.name));
    // Relatives share a family name: "his brother Mohammed al-Megrahi" is not "Abdelbaset al-Megrahi". A
    // full name with another given name is someone else; a family name alone or with a title is the one known.
    if (byLast && (chunk.words < 2 || [byLast.name, ...byLast.aliases].some((n) => /\s/.test(n) && firstWord(n) === firstWord(chunk.name)))) return byLast;
    // "Qin said" after "Qin Gang": a one-word name that opens exactly one person's full name.
    if (chunk.words === 1 && !this.full.has(chunk.name.toLowerCase())) return this.byFirstEntity.get(chunk.name.toLowerCase()) ?? undefined;
    return undefined;
  }

  isPerson(chunk: NameChunk): boolean {
    const e = this.entityOf(chunk);
    if (!e && chunk.initial) return false;
    if (e) return e.type === 'person';
    const key = lastWord(chunk.name);
    if (chunk.org || PLACES.has(key)) return false;
    // A plural of a people or group: "Ukrainians", "Democrats", "Europeans".
    if (chunk.words === 1 && !chunk.titled && /(?:ans|ese|ists|ites|ers|crats|cans)$/.test(key)) return false;
    return true;
  }

  /** A speaker for the chunk: the entity's name when known, else the fullest name in the article. */
  speaker(chunk: NameChunk): Speaker {
    let e = this.entityOf(chunk);
    // The entities stage may keep "Qin" apart from "Qin Gang": the one full name that opens with it is meant.
    if (e && chunk.words === 1 && !/\s/.test(e.name) && !this.full.has(chunk.name.toLowerCase())) e = this.byFirstEntity.get(chunk.name.toLowerCase()) ?? e;
    const one = chunk.words === 1 ? chunk.name.toLowerCase() : '';
    const full = (one && (this.full.get(one) ?? this.byFirst.get(one))) || chunk.name;
    if (e) return { entityId: e.id, name: spelled(e, chunk, full) };
    return { entityId: null, name: full };
  }
}
