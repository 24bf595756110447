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

export class People {
  /** Last word of a multi-word or titled name → the name as first written in full. */
  private readonly full = new Map<string, string>();
  private readonly byLast = new Map<string, Entity>();
  private readonly mentions: Array<{ start: number; end: number; entity: Entity }> = [];
  readonly hasEntities: boolean;

  constructor(doc: Doc, chunks: Iterable<NameChunk>) {
    this.hasEntities = doc.entities.length > 0;
    for (const e of doc.entities) {
      for (const m of e.mentions) this.mentions.push({ start: m.start, end: m.end, entity: e });
      if (e.type === 'person' && !this.byLast.has(lastWord(e.name))) this.byLast.set(lastWord(e.name), e);
    }
    this.mentions.sort((a, b) => a.start - b.start);
    for (const c of chunks) {
      if (c.org || c.words < 2 && !c.titled) continue;
      const key = lastWord(c.name);
      const known = this.full.get(key);
      if (!known || known.split(' ').length < c.words) this.full.set(key, c.name);
    }
  }

  private entityAt(chunk: NameChunk): Entity | undefined {
    for (const m of this.mentions) {
      if (m.start >= chunk.end) break;
      if (m.end > chunk.start) return m.entity;
    }
    return undefined;
  }

  /** The entity a chunk names: one of its mentions, or a person with the same last name. */
  entityOf(chunk: NameChunk): Entity | undefined {
    return this.entityAt(chunk) ?? this.byLast.get(lastWord(chunk.name));
  }

  isPerson(chunk: NameChunk): boolean {
    const e = this.entityOf(chunk);
    if (e) return e.type === 'person';
    const key = lastWord(chunk.name);
    if (chunk.org || PLACES.has(key)) return false;
    // A plural of a people or group: "Ukrainians", "Democrats", "Europeans".
    if (chunk.words === 1 && !chunk.titled && /(?:ans|ese|ists|ites|ers|crats|cans)$/.test(key)) return false;
    return true;
  }

  /** A speaker for the chunk: the entity's name when known, else the fullest name in the article. */
  speaker(chunk: NameChunk): Speaker {
    const e = this.entityOf(chunk);
    if (e) return { entityId: e.id, name: e.name };
    if (chunk.words === 1) {
      const full = this.full.get(chunk.name.toLowerCase());
      if (full) return { entityId: null, name: full };
    }
    return { entityId: null, name: chunk.name };
  }
}
