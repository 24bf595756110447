// The same person across articles (one id for "Zelensky" and "Zelenskyy"), and the roles the articles
// give them: "former President Donald Trump" in one, "U.S. President Donald Trump" in another.
import type { ArticleAnalysis, Entity } from '../types';
import type { Disagreement } from './workspace';
import { sameKey } from './keys';

interface Named {
  file: string;
  entity: Entity;
}

function nameWords(name: string): string[] {
  return name.toLowerCase().split(/[\s-]+/u).map((w) => w.replace(/[^\p{L}]/gu, '')).filter((w) => w.length > 1);
}

/** Same person or body: last words match loosely, and given names, when both have them, agree. */
export function sameEntity(a: Entity, b: Entity): boolean {
  if (a.type !== b.type) return false;
  const wa = nameWords(a.name);
  const wb = nameWords(b.name);
  if (!wa.length || !wb.length) return false;
  if (!sameKey(wa[wa.length - 1], wb[wb.length - 1])) return false;
  if (a.type !== 'person') return wa.length === wb.length && wa.every((w, i) => sameKey(w, wb[i]));
  return wa.length === 1 || wb.length === 1 || sameKey(wa[0], wb[0]);
}

/** Maps every article's entity id to one id per real-world entity (the first article's). */
export function canonicalIds(articles: ArticleAnalysis[]): Map<string, string> {
  const map = new Map<string, string>();
  const seen: Entity[] = [];
  for (const a of articles) {
    for (const e of a.entities) {
      const hit = seen.find((s) => s.id === e.id || sameEntity(s, e));
      if (hit) map.set(key(a.file, e.id), hit.id);
      else {
        seen.push(e);
        map.set(key(a.file, e.id), e.id);
      }
    }
  }
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
  const groups: Named[][] = [];
  for (const p of people) {
    const g = groups.find((x) => x.some((y) => sameEntity(y.entity, p.entity)));
    if (g) g.push(p);
    else groups.push([p]);
  }
  const out: Disagreement[] = [];
  for (const g of groups) {
    const differs = g.some((x) => g.some((y) => x.file !== y.file && rolesDiffer(x.entity.role!, y.entity.role!)));
    if (!differs) continue;
    const values = g.map((p) => {
      const m = p.entity.mentions[0];
      return { value: p.entity.role!, file: p.file, start: m?.start ?? 0, end: m?.end ?? 0, text: m?.text ?? p.entity.name };
    });
    out.push({ subject: longestName(g), kind: 'role', values });
  }
  return out;
}

function longestName(g: Named[]): string {
  return g.map((p) => p.entity.name).sort((a, b) => b.length - a.length)[0];
}
