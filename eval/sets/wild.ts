// The wild set (eval/wild/README.md): real news from many desks and countries, gold written by
// reading, never used to write a rule. Every article in eval/wild/articles with its gold goes through
// analyze(); the rules of each area are in eval/wild-score.ts, where the gold strings are in
// eval/wild-gold.ts. Entities are also scored for compromise (People, Organizations, Places) on the
// same texts, as "wild (compromise)". NEWSDESK_WILD_DIR reads another directory of the same layout.
import * as path from 'node:path';
import { analyze } from '../../server/src/core';
import type { ArticleAnalysis } from '../../server/src/core/types';
import type { Counts, EvalResult, EvalRow, EvalSet } from '../types';
import { prf } from '../types';
import { ROOT } from '../paths';
import { loadWild, wildUnavailable } from '../wild-gold';
import type { TypedSpan } from '../wild-score';
import { ENTITY_TYPES, WildTally, goldSpans, scoreArticle, scoreEntitySpans } from '../wild-score';

const dir = () => process.env.NEWSDESK_WILD_DIR || path.join(ROOT, 'eval', 'wild');
const shown = () => (process.env.NEWSDESK_WILD_DIR ? dir() : 'eval/wild');

/** compromise's people, organizations and places, as bench/alternatives.ts calls it; null when it cannot load. */
function compromiseSpans(): ((text: string) => TypedSpan[]) | null {
  try {
    const nlp = require('compromise'); // eslint-disable-line @typescript-eslint/no-require-imports
    return (text: string) => {
      const doc = nlp(text);
      const out: TypedSpan[] = [];
      for (const [kind, type] of [['people', 'person'], ['organizations', 'organization'], ['places', 'place']] as const) {
        for (const m of doc[kind]().json({ offset: true }) as Array<{ offset: { start: number; length: number } }>) {
          // compromise's spans take in the punctuation and possessive around a term ("Reyes." "NASA's"); ours
          // and the gold's do not: trimmed, keeping the full stop of a legal or name abbreviation ("Corp.").
          const raw = text.slice(m.offset.start, m.offset.start + m.offset.length);
          const lead = raw.length - raw.replace(/^[^\p{L}\p{N}]+/u, '').length;
          let body = raw.replace(/[^\p{L}\p{N}]+$/u, '').replace(/['\u2019]s$/u, '');
          if (raw[body.length] === '.' && /\b(?:Corp|Co|Inc|Ltd|Jr|Sr|Bros|Plc|St|[A-Z]\.[A-Z])$/.test(body)) body += '.';
          if (body.length > lead) out.push({ start: m.offset.start + lead, end: m.offset.start + body.length, type });
        }
      }
      return out;
    };
  } catch {
    return null;
  }
}

const ourSpans = (a: ArticleAnalysis): TypedSpan[] => a.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type })));

const share = (a: number, b: number) => (b ? (a / b).toFixed(2) : '-');
const f1 = (c: Counts | undefined) => (c ? prf(c).f1.toFixed(2) : '-');

export function runWild(root: string): EvalResult {
  const { articles, orphans } = loadWild(root);
  const t = new WildTally();
  const alt = compromiseSpans();
  for (const o of orphans) t.goldProblems.push(`${o}: no article text or no readable gold (unscored)`);
  for (const article of articles) {
    const spans = goldSpans(article, t);
    const a = analyze(article.text, { file: `${article.id}.txt` });
    scoreEntitySpans(t, article.id, article.text, spans.entities, ourSpans(a), 'entities/');
    if (alt) scoreEntitySpans(t, article.id, article.text, spans.entities, alt(article.text), 'compromise entities/');
    scoreArticle(t, article, a, spans);
  }
  const n = (k: string) => t.extra.get(k) ?? 0;
  const c = (area: string) => t.c(area);
  const row = (area: string, note?: string, set = 'wild'): EvalRow => ({ set, area, counts: c(area), ...(note ? { note } : {}) });
  const docs = `${articles.length} articles`;
  const rows: EvalRow[] = [
    ...['all', ...ENTITY_TYPES].map((x) => row(`entities/${x}`, x === 'all' ? `${docs}; exact span and type, a gpe as place or organization${t.goldProblems.length ? `; ${t.goldProblems.length} gold problems (--misses)` : ''}` : undefined)),
    ...(alt
      ? ['all', ...ENTITY_TYPES].map((x): EvalRow => ({ set: 'wild (compromise)', area: `entities/${x}`, counts: c(`compromise entities/${x}`), ...(x === 'all' ? { note: 'punctuation around its spans trimmed' } : {}) }))
      : []),
    row('roles', 'gold entities with a role: ours contains it or the reverse; fp = a wrong role given'),
    row('quotes', 'gold quote text inside one of our quotes; fp = our direct/partial quote on no gold quote'),
    row('speakers', `accuracy over gold direct quotes ${share(c('speakers').tp, c('speakers').tp + c('speakers').fn)} (R; a null speaker is right when we give none; fp = a wrong speaker given)`),
    row('speakers attributed', `precision of the speakers we give on gold quotes ${share(c('speakers attributed').tp, c('speakers attributed').tp + c('speakers attributed').fp)}`),
    row('figures found', `overlap, one to one${n('figures repeats') ? `; ${n('figures repeats')} of ours on a repeat of a gold text listed fewer times, unscored` : ''}${n('figures ordinal') ? `; ${n('figures ordinal')} ordinals of ours unscored (the gold lists none)` : ''}`),
    row('figures value', 'among found: equal value'),
    row('figures unit', 'among found (a count\'s counted noun is no unit)'),
    row('figures kind', 'among found'),
    row('figures qualifier', n('figures carry qualifier') ? 'among found with a qualifier, gold or ours' : 'the analysis carries no qualifier yet: every gold qualifier counts as wrong'),
    row('figures range', n('figures carry low') || n('figures carry high') ? 'among found with low/high, gold or ours' : 'the analysis carries no low/high yet: every gold range counts as wrong'),
    row('dates found', `overlap, one to one${n('dates repeats') ? `; ${n('dates repeats')} of ours on a repeat of a gold text listed fewer times, unscored` : ''}${n('dates inside a found gold date') ? `; ${n('dates inside a found gold date')} of ours inside a gold date already found, unscored` : ''}`),
    row('dates resolved', `P: of the found dates we resolve to a calendar value, equal to gold; R: of gold non-null values${n('dates resolved unmatched') ? `; ${n('dates resolved unmatched')} resolved dates of ours on no gold date` : ''}`),
    row('furniture lines', `found at 80% coverage; fp = article lines removed (${n('article lines removed')} of ${n('article lines')} lines at 50%; ${n('repeated article lines removed, a copy kept')} repeated lines removed with a copy kept)`),
    row('claims', `diagnostic precision ${share(n('claims diagnostics right'), n('claims diagnostics'))} (${n('claims diagnostics right')}/${n('claims diagnostics')}); R: gold claims found`),
    row('garbled', `diagnostic precision ${share(n('garbled diagnostics right'), n('garbled diagnostics'))} (${n('garbled diagnostics right')}/${n('garbled diagnostics')}); R: gold items found`),
    {
      set: 'wild',
      area: 'publication date',
      counts: { tp: n('published right'), fp: n('published wrong'), fn: n('published silent') },
      note: `right ${n('published right')}, wrong ${n('published wrong')}, silent ${n('published silent')}`,
    },
  ];
  const problems = t.goldProblems.length ? [`gold problems (${t.goldProblems.length}):`, ...t.goldProblems.map((p) => `  ${p}`)] : [];
  const summary = [
    `wild (${docs}): entities F1 ${f1(c('entities/all'))}${alt ? ` (compromise ${f1(c('compromise entities/all'))})` : ''}`,
    `speakers ${share(c('speakers').tp, c('speakers').tp + c('speakers').fn)} (precision ${share(c('speakers attributed').tp, c('speakers attributed').tp + c('speakers attributed').fp)})`,
    `figures F1 ${f1(c('figures found'))}`,
    `dates F1 ${f1(c('dates found'))} resolved right ${share(c('dates resolved').tp, c('dates resolved').tp + c('dates resolved').fp)}`,
    `furniture ${c('furniture lines').tp}/${c('furniture lines').tp + c('furniture lines').fn}, article lines removed ${n('article lines removed')}`,
    `published ${n('published right')}/${articles.length}`,
  ].join(', ');
  const isAlt = (m: string) => m.includes(': compromise ');
  return { rows, misses: [...t.misses.filter((m) => !isAlt(m)), ...t.misses.filter(isAlt), ...problems], summary };
}

export const wild: EvalSet = {
  name: 'wild',
  unavailable: () => wildUnavailable(dir(), shown()),
  run: () => runWild(dir()),
};

export default wild;
