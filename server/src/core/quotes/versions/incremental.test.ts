// WorkspaceStatements against a full rebuild (quoteStatements) after random edits, additions,
// deletions and reorderings of a workspace of made-up articles that quote the same people: the same
// statement whole, cut, with a word changed, or given to someone else, and stock phrases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze';
import type { ArticleAnalysis } from '../../types';
import { WorkspaceStatements } from './incremental';
import { quoteStatements } from './statements';
import { prng as rng } from '../../../../../eval/prng';

const SPEAKERS = ['Ines Okafor, the port director', 'Tomas Lindqvist, a union organiser', 'Mayor Priya Raman', 'Daniel Osei, the fire chief'];
const STATEMENTS = [
  'We will not reopen the eastern terminal until the cranes have been inspected again',
  'Our members voted to stay out until the night shift is paid the same rate',
  'The city cannot afford another winter without a second bridge over the river',
  'Nobody should go back into those buildings before the engineers say it is safe',
  'Thank you very much, we will see',
];

function variant(words: string, r: () => number): string {
  const w = words.split(' ');
  const k = Math.floor(r() * 4);
  if (k === 1) return w.slice(0, Math.max(5, w.length - 4)).join(' '); // cut at the end
  if (k === 2) return w.map((x, i) => (i === 2 ? 'never' : x)).join(' '); // a word changed
  if (k === 3) return w.slice(2).join(' '); // cut at the start
  return words;
}

function article(r: () => number, n: number): string {
  const paras = [`Harbour town news ${n}`, '', `WESTPORT, May ${1 + (n % 27)}, 2026 — The council met again.`, ''];
  const count = 1 + Math.floor(r() * 3);
  for (let i = 0; i < count; i++) {
    const who = SPEAKERS[Math.floor(r() * SPEAKERS.length)];
    const words = variant(STATEMENTS[Math.floor(r() * STATEMENTS.length)], r);
    paras.push(r() < 0.5 ? `“${words},” said ${who}.` : `${who.split(',')[0]} said: "${words}."`, '');
  }
  return paras.join('\n');
}

const plain = (x: unknown) => JSON.stringify(x);

test('after random edits, additions, deletions and reorderings the kept statements are those of a full rebuild', () => {
  const r = rng(20);
  let serial = 0;
  const make = (): ArticleAnalysis => {
    const n = serial++;
    return analyze(article(r, n), { file: `file:///ws/${n}.txt` });
  };
  let articles: ArticleAnalysis[] = Array.from({ length: 10 }, make);
  const kept = new WorkspaceStatements();
  let nonEmpty = 0;
  for (let step = 0; step < 40; step++) {
    const op = r();
    if (op < 0.45 && articles.length) {
      // An edit: the article's text changes, so it is analysed again (a new analysis object, same file).
      const i = Math.floor(r() * articles.length);
      articles[i] = analyze(article(r, serial++), { file: articles[i].file });
    } else if (op < 0.65) articles.push(make());
    else if (op < 0.85 && articles.length > 2) articles.splice(Math.floor(r() * articles.length), 1);
    else articles = [...articles].reverse();
    const expected = quoteStatements(articles);
    assert.equal(plain(kept.update(articles)), plain(expected), `step ${step}`);
    if (expected.length) nonEmpty++;
  }
  // The workspaces really had statements to keep (the test would pass on empty ones).
  assert.ok(nonEmpty >= 30, `only ${nonEmpty} steps had statements`);
});

test('an update with the same articles gives the same statements, and statements of untouched groups are kept, not rebuilt', () => {
  const r = rng(7);
  const articles = Array.from({ length: 8 }, (_, n) => analyze(article(r, n), { file: `file:///ws/${n}.txt` }));
  const kept = new WorkspaceStatements();
  const first = kept.update(articles);
  const again = kept.update(articles);
  assert.equal(plain(again), plain(first));
  assert.ok(first.length > 0);
  assert.ok(again.every((s, i) => s === first[i]), 'an unchanged workspace rebuilt its statements');
});

test('the people merge is kept while no article changes its names, and made again when one does', () => {
  const a = 'Quay to close\n\nWESTPORT, May 4, 2026 — The council met again.\n\n“We will not reopen the eastern terminal until the cranes have been inspected again,” said Ines Okafor, the port director.\n';
  const b = (speaker: string, extra = '') => `Cranes inspected\n\nWESTPORT, May 5, 2026 — Inspectors arrived.${extra}\n\n“We will not reopen the eastern terminal until the cranes have been inspected,” said ${speaker}.\n`;
  const articles = [analyze(a, { file: 'a.txt' }), analyze(b('Tomas Lindqvist, a union organiser'), { file: 'b.txt' })];
  const kept = new WorkspaceStatements();
  const first = kept.update(articles);
  assert.equal(plain(first), plain(quoteStatements(articles)));
  assert.ok(first.some((s) => s.versions.some((v) => v.class === 'attributed-elsewhere')), plain(first));
  // An edit that changes no name: the merge is kept, the statements still those of a full rebuild.
  articles[1] = analyze(b('Tomas Lindqvist, a union organiser', ' They stayed an hour.'), { file: 'b.txt' });
  assert.equal(plain(kept.update(articles)), plain(quoteStatements(articles)));
  // The words given to "Okafor", whom the merge makes the first article's Ines Okafor: the merge is
  // made again (kept, it would leave "Okafor" a person of her own, and the words attributed elsewhere).
  articles[1] = analyze(b('Okafor, the port director', ' They stayed an hour.'), { file: 'b.txt' });
  const again = kept.update(articles);
  assert.equal(plain(again), plain(quoteStatements(articles)));
  assert.ok(again.length > 0 && again.every((s) => s.versions.every((v) => v.class !== 'attributed-elsewhere')), plain(again));
});
