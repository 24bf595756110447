// The same person across articles (one id for "Zelensky" and "Zelenskyy"), and the roles the articles
// give them: "former President Donald Trump" in one, "U.S. President Donald Trump" in another.
import type { ArticleAnalysis, Entity } from '../types';
import type { Disagreement } from './disagreement-types';
import { KeyIndex, sameKey } from './keys';

interface Named {
  file: string;
  entity: Entity;
}

function nameWords(name: string): string[] {
  return name.toLowerCase().split(/[\s-]+/u).map((w) => w.replace(/[^\p{L}]/gu, '')).filter((w) => w.length > 1);
}

/**
 * A name the other entity's article wrote for it: "West Ham" beside "West Ham United", "Wolves" beside "Wolverhampton
 * Wanderers". For a person only a name of two words or more: "Wang" alone may be anyone called Wang.
 */
function namedAs(a: Entity, name: string): boolean {
  const lower = name.toLowerCase();
  return (a.type !== 'person' || /\s/.test(name)) && a.aliases.some((x) => x.toLowerCase() === lower);
}

/** Last words of an entity's name and of the names its article wrote for it, for finding candidates. */
export function lastWords(e: Entity): readonly string[] {
  let out = LAST_WORDS.get(e);
  if (!out) {
    const set = new Set<string>();
    for (const n of [e.name, ...e.aliases]) {
      const ws = nameWords(n);
      if (ws.length) set.add(ws[ws.length - 1]);
    }
    LAST_WORDS.set(e, (out = [...set]));
  }
  return out;
}

// An entity of an analysis is never changed: its name words are worked out once, not at every refresh
// of the workspace for every entity and every pair compared (people, quotations' speakers, roles).
const LAST_WORDS = new WeakMap<Entity, readonly string[]>();
const NAME_WORDS = new WeakMap<Entity, readonly string[]>();

function entityWords(e: Entity): readonly string[] {
  let out = NAME_WORDS.get(e);
  if (!out) NAME_WORDS.set(e, (out = nameWords(e.name)));
  return out;
}

/** Same person or body: last words match loosely, and given names, when both have them, agree; or one article wrote the other's name for it. */
export function sameEntity(a: Entity, b: Entity): boolean {
  if (a.type !== b.type) return false;
  if (namedAs(a, b.name) || namedAs(b, a.name)) return true;
  const wa = entityWords(a);
  const wb = entityWords(b);
  if (!wa.length || !wb.length) return false;
  if (!sameKey(wa[wa.length - 1], wb[wb.length - 1])) return false;
  if (a.type !== 'person') return wa.length === wb.length && wa.every((w, i) => sameKey(w, wb[i]));
  return wa.length === 1 || wb.length === 1 || sameKey(wa[0], wb[0]);
}

/** Maps every article's entity id to one id per real-world entity (the first article's). */
export function canonicalIds(articles: ArticleAnalysis[]): Map<string, string> {
  return mergeScan((meet) => {
    for (const a of articles) for (const e of a.entities) meet(a.file, e);
  });
}

/**
 * The merge of canonicalIds over entities met in scan order (`each` calls `meet` with each entity and
 * its article's file, articles in order): an entity takes the id of the first earlier entity kept as
 * one of its own that is the same (sameEntity) or has its id, else keeps its own. ./people-incremental
 * runs it over the part of a workspace an edit can change.
 */
export function mergeScan(each: (meet: (file: string, e: Entity) => void) => void, map = new Map<string, string>()): Map<string, string> {
  const seen: Entity[] = [];
  // Seen entities by id and by last name word: the same entity has the same id or a last word `sameKey`
  // holds equal, so only those are compared, in the order a scan of all would meet them.
  const byId = new Map<string, number>();
  const byLast = new KeyIndex();
  each((file, e) => {
    const last = lastWords(e);
    const candidates = byLast.candidates(last);
    const idHit = byId.get(e.id);
    if (idHit !== undefined) candidates.push(idHit);
    candidates.sort((x, y) => x - y);
    const n = candidates.find((k) => seen[k].id === e.id || sameEntity(seen[k], e));
    if (n !== undefined) map.set(key(file, e.id), seen[n].id);
    else {
      if (!byId.has(e.id)) byId.set(e.id, seen.length);
      byLast.add(seen.length, last);
      seen.push(e);
      map.set(key(file, e.id), e.id);
    }
  });
  return map;
}

export function key(file: string, id: string): string {
  return `${file}\u0000${id}`;
}

const QUALIFIERS = /\b(?:u\.?s\.?|us|american|united states|ukrainian|russian|french|german|british|european|the|of the)\b\.?/gu;

function core(role: string): string {
  return role.toLowerCase().replace(/[’']s\b/gu, '').replace(QUALIFIERS, ' ').replace(/\s+/gu, ' ').trim();
}

function isFormer(role: string): boolean {
  return /\b(?:former|ex-|late|then-)/iu.test(role);
}

/** True when two roles say different things (not merely one more detailed than the other). */
export function rolesDiffer(a: string, b: string): boolean {
  if (isFormer(a) !== isFormer(b)) return true;
  const ca = core(a).replace(/\b(?:former|ex-|late|then-)\s*/gu, '');
  const cb = core(b).replace(/\b(?:former|ex-|late|then-)\s*/gu, '');
  return !(ca.includes(cb) || cb.includes(ca));
}

export function roleDisagreements(articles: ArticleAnalysis[]): Disagreement[] {
  const people: Named[] = [];
  for (const a of articles) for (const e of a.entities) if (e.type === 'person' && e.role) people.push({ file: a.file, entity: e });
  // Same people share their last name's first four letters (sameKey), so a person is only compared with
  // the groups of that bucket, and with one member per distinct name: linear in a large workspace.
  const groups: Array<{ members: Named[]; names: Map<string, Entity> }> = [];
  const buckets = new Map<string, Array<{ members: Named[]; names: Map<string, Entity> }>>();
  for (const p of people) {
    const words = entityWords(p.entity);
    const bucketKey = `${p.entity.type}|${(words[words.length - 1] ?? '').slice(0, 4)}`;
    const bucket = buckets.get(bucketKey) ?? [];
    buckets.set(bucketKey, bucket);
    const g = bucket.find((x) => x.names.has(p.entity.name) || [...x.names.values()].some((y) => sameEntity(y, p.entity)));
    if (g) {
      g.members.push(p);
      if (!g.names.has(p.entity.name)) g.names.set(p.entity.name, p.entity);
    } else {
      const made = { members: [p], names: new Map([[p.entity.name, p.entity]]) };
      bucket.push(made);
      groups.push(made);
    }
  }
  const out: Disagreement[] = [];
  for (const { members: g } of groups) {
    if (!differs(g)) continue;
    const values = g.map((p) => {
      const m = p.entity.mentions[0];
      return { value: p.entity.role!, file: p.file, start: m?.start ?? 0, end: m?.end ?? 0, text: m?.text ?? p.entity.name };
    });
    out.push({ subject: longestName(g), kind: 'role', values });
  }
  return out;
}

/** Two members in different files with roles that differ; checked once per pair of distinct roles. */
function differs(g: Named[]): boolean {
  const files = new Map<string, Set<string>>();
  for (const p of g) {
    const set = files.get(p.entity.role!) ?? new Set<string>();
    set.add(p.file);
    files.set(p.entity.role!, set);
  }
  const roles = [...files.keys()];
  for (let i = 0; i < roles.length; i++) {
    for (let j = i + 1; j < roles.length; j++) {
      if (!rolesDiffer(roles[i], roles[j])) continue;
      const a = files.get(roles[i])!;
      const b = files.get(roles[j])!;
      if (a.size > 1 || b.size > 1 || [...a][0] !== [...b][0]) return true;
    }
  }
  return false;
}

function longestName(g: Named[]): string {
  return g.map((p) => p.entity.name).sort((a, b) => b.length - a.length)[0];
}
