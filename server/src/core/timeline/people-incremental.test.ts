// PeopleMerge against canonicalIds after random edits, additions, deletions and reorderings of a
// workspace of made-up articles naming the same people and bodies in several spellings: full and last
// names, a spelling one letter apart, a body's short name written as its other spelling.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleAnalysis, Entity } from '../types';
import { canonicalIds } from './people';
import { PeopleMerge } from './people-incremental';
import { prng as rng } from '../../../../eval/prng';

const FIRST = ['Ines', 'Tomas', 'Priya', 'Daniel', 'Marta'];
const LAST = ['Okafor', 'Okafora', 'Lindqvist', 'Raman', 'Osei', 'Kowalczyk', 'Kowalczik'];
const BODIES: Array<[string, string[]]> = [['Westport Harbour Board', ['Harbour Board']], ['Harbour Board', []], ['Northern Rail Union', ['Rail Union']], ['Rail Union', []]];

const slug = (s: string) => s.toLowerCase().replace(/[^a-z]+/g, '-');

function entity(r: () => number): Entity {
  if (r() < 0.3) {
    const [name, aliases] = BODIES[Math.floor(r() * BODIES.length)];
    return { id: `organization:${slug(name)}`, type: 'organization', name, role: null, aliases: r() < 0.5 ? aliases : [], mentions: [] };
  }
  const last = LAST[Math.floor(r() * LAST.length)];
  const name = r() < 0.6 ? `${FIRST[Math.floor(r() * FIRST.length)]} ${last}` : last;
  return { id: `person:${slug(name)}`, type: 'person', name, role: null, aliases: [], mentions: [] };
}

function article(r: () => number, file: string): ArticleAnalysis {
  const entities: Entity[] = [];
  const ids = new Set<string>();
  for (let n = 1 + Math.floor(r() * 4); n > 0; n--) {
    const e = entity(r);
    if (!ids.has(e.id)) entities.push(e);
    ids.add(e.id);
  }
  return { file, entities } as unknown as ArticleAnalysis;
}

/** The same names in new entity objects: an article analysed again after an edit that changes no name. */
const again = (a: ArticleAnalysis) => ({ file: a.file, entities: a.entities.map((e) => ({ ...e })) }) as unknown as ArticleAnalysis;

const sorted = (m: Map<string, string>) => JSON.stringify([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

test('after random edits, additions, deletions and reorderings the kept people merge is canonicalIds', () => {
  for (const seed of [3, 11, 29]) {
    const r = rng(seed);
    let serial = 0;
    let articles = Array.from({ length: 24 }, () => article(r, `file:///ws/${serial++}.txt`));
    const kept = new PeopleMerge();
    let merged = 0;
    for (let step = 0; step < 120; step++) {
      const op = r();
      const i = Math.floor(r() * articles.length);
      if (op < 0.45) articles[i] = article(r, articles[i].file);
      else if (op < 0.6) articles[i] = again(articles[i]);
      else if (op < 0.75) articles.splice(i, 0, article(r, `file:///ws/${serial++}.txt`));
      else if (op < 0.9 && articles.length > 4) articles.splice(i, 1);
      else if (op < 0.95) articles = [...articles].reverse();
      articles = [...articles];
      const expected = canonicalIds(articles);
      assert.equal(sorted(kept.update(articles)), sorted(expected), `seed ${seed}, step ${step}`);
      if ([...expected].some(([k, v]) => !k.endsWith(`\u0000${v}`))) merged++;
    }
    // The workspaces really merged entities across spellings (the test would pass on none).
    assert.ok(merged > 100, `only ${merged} steps merged anything`);
  }
});

test('an edit that changes no name keeps the last map; one that adds a name makes a new one', () => {
  const r = rng(5);
  const articles = Array.from({ length: 12 }, (_, n) => article(r, `file:///ws/${n}.txt`));
  const kept = new PeopleMerge();
  const first = kept.update(articles);
  articles[3] = again(articles[3]);
  assert.equal(kept.update([...articles]), first);
  articles[3] = { file: articles[3].file, entities: [...articles[3].entities, { id: 'person:okafor', type: 'person', name: 'Okafor', role: null, aliases: [], mentions: [] }] } as unknown as ArticleAnalysis;
  const next = kept.update([...articles]);
  assert.notEqual(next, first);
  assert.equal(sorted(next), sorted(canonicalIds(articles)));
});
