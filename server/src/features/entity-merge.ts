// Entities merged across articles: the same person under spelling variants ("Zelensky",
// "Zelenskyy", "Zelenskiy") or named by surname only in one article is one workspace entity.
import type { Entity, EntityType } from '../core';

export interface EntityRef {
  uri: string;
  entity: Entity;
}

export interface MergedEntity {
  /** Stable within one workspace state: derived from the normalized canonical name. */
  id: string;
  name: string;
  type: EntityType;
  role: string | null;
  spellings: string[];
  refs: EntityRef[];
  mentions: number;
}

/** Lower case, no diacritics or punctuation, doubled letters single, "-iy" as "-y": a spelling-blind key. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/iy\b/g, 'y')
    .trim();
}

export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

class UnionFind {
  private parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Normalized names per entity object: indexed articles do not change, so each is computed once. */
const KEYS = new WeakMap<Entity, string[]>();

export function keysOf(entity: Entity): string[] {
  let keys = KEYS.get(entity);
  if (!keys) {
    keys = [...new Set([entity.name, ...entity.aliases].map(normalizeName).filter(Boolean))];
    KEYS.set(entity, keys);
  }
  return keys;
}

/** The entity's distinct spellings (name, aliases, mention texts), cached like KEYS. */
const SPELLINGS = new WeakMap<Entity, string[]>();

function spellingsOf(entity: Entity): string[] {
  let list = SPELLINGS.get(entity);
  if (!list) {
    list = [...new Set([entity.name, ...entity.aliases, ...entity.mentions.map((m) => m.text)])];
    SPELLINGS.set(entity, list);
  }
  return list;
}

export function mergeEntities(articles: Array<{ uri: string; entities: readonly Entity[] }>): MergedEntity[] {
  const refs: EntityRef[] = [];
  const keys: string[][] = [];
  for (const a of articles) {
    for (const entity of a.entities) {
      refs.push({ uri: a.uri, entity });
      keys.push(keysOf(entity));
    }
  }
  const uf = new UnionFind();
  refs.forEach(() => uf.add());

  // 1. The same normalized full name (or multi-word alias) with the same type.
  const byKey = new Map<string, number>();
  refs.forEach((r, i) => {
    keys[i].forEach((k, n) => {
      if (n > 0 && !k.includes(' ')) return; // one-word aliases are too ambiguous to merge on
      const key = `${r.entity.type}|${k}`;
      const seen = byKey.get(key);
      if (seen === undefined) byKey.set(key, i);
      else uf.union(seen, i);
    });
  });

  // 2. People with the same first name whose surnames differ by a letter or two (transliterations).
  const byFirst = new Map<string, number[]>();
  refs.forEach((r, i) => {
    const words = keys[i][0]?.split(' ') ?? [];
    if (r.entity.type !== 'person' || words.length < 2) return;
    const list = byFirst.get(words[0]) ?? [];
    list.push(i);
    byFirst.set(words[0], list);
  });
  for (const list of byFirst.values()) {
    const surnames = new Map<string, number>();
    for (const i of list) {
      const s = keys[i][0].split(' ').pop()!;
      if (!surnames.has(s)) surnames.set(s, i);
      else uf.union(surnames.get(s)!, i);
    }
    const distinct = [...surnames.entries()];
    if (distinct.length > 50) continue;
    for (let x = 0; x < distinct.length; x++) {
      for (let y = x + 1; y < distinct.length; y++) {
        const [a, i] = distinct[x];
        const [b, j] = distinct[y];
        const max = Math.min(a.length, b.length) >= 6 ? 2 : 1;
        if (Math.min(a.length, b.length) >= 4 && editDistance(a, b, max) <= max) uf.union(i, j);
      }
    }
  }

  // 3. A one-word name ("Putin") joins the one group whose full name ends with it.
  const byLast = new Map<string, Set<number>>();
  refs.forEach((r, i) => {
    const k = keys[i][0] ?? '';
    if (!k.includes(' ')) return;
    const key = `${r.entity.type}|${k.split(' ').pop()}`;
    const set = byLast.get(key) ?? new Set<number>();
    set.add(uf.find(i));
    byLast.set(key, set);
  });
  refs.forEach((r, i) => {
    const k = keys[i][0] ?? '';
    if (!k || k.includes(' ')) return;
    const groups = byLast.get(`${r.entity.type}|${k}`);
    if (groups && groups.size === 1) uf.union([...groups][0], i);
  });

  const groups = new Map<number, number[]>();
  refs.forEach((_, i) => {
    const root = uf.find(i);
    const list = groups.get(root) ?? [];
    list.push(i);
    groups.set(root, list);
  });
  const out: MergedEntity[] = [];
  const usedIds = new Set<string>();
  for (const members of groups.values()) {
    const group = members.map((i) => refs[i]);
    const name = canonicalName(group);
    let id = `ws:${group[0].entity.type}:${normalizeName(name).replace(/ /g, '-')}`;
    for (let n = 2; usedIds.has(id); n++) id = `${id.replace(/#\d+$/, '')}#${n}`;
    usedIds.add(id);
    const spellings = new Set<string>();
    let mentions = 0;
    for (const r of group) {
      for (const sp of spellingsOf(r.entity)) spellings.add(sp);
      mentions += r.entity.mentions.length;
    }
    spellings.delete(name);
    out.push({
      id,
      name,
      type: group[0].entity.type,
      role: mostCommon(group.map((r) => r.entity.role).filter((x): x is string => !!x)),
      spellings: [...spellings].sort(),
      refs: group,
      mentions,
    });
  }
  out.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  return out;
}

/** The name most mentioned across the group, preferring full names over single words. */
function canonicalName(group: EntityRef[]): string {
  if (group.length === 1) return group[0].entity.name;
  const weight = new Map<string, number>();
  for (const r of group) weight.set(r.entity.name, (weight.get(r.entity.name) ?? 0) + r.entity.mentions.length + 1);
  let best = group[0].entity.name;
  let bestScore = -1;
  for (const [name, w] of weight) {
    const score = (name.trim().includes(' ') ? 1e6 : 0) + w;
    if (score > bestScore || (score === bestScore && name < best)) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

function mostCommon(values: string[]): string | null {
  const count = new Map<string, number>();
  for (const v of values) count.set(v, (count.get(v) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [v, c] of count) if (c > n) [best, n] = [v, c];
  return best;
}
