// Scores analyses of the sample articles against hand-made expectations (test/fixtures/seeds.gold.json)
// as precision / recall / F1 per area. A port of ../shared/eval/score-seeds.mjs (same folding and the
// same notion of "found"), with false positives added where the gold can tell them:
//
// - strict (every unmatched prediction is a false positive; the gold lists all of them):
//   entities, quotes, garbled, unsourced, boilerplate, structure (headline, sections);
// - lenient (the gold lists only some; an unmatched prediction is a false positive only when it lies
//   on page furniture, on a notFigures string, or overlaps a matched prediction; the others, including
//   further occurrences of a gold string, are counted in the row's note as "unscored"): figures, dates, timeline;
// - mentions and roles are scored only on entities that were matched: mention forms (after folding,
//   deduplicated) not listed for the gold entity are false positives; a role given where the gold has
//   none, or a wrong one, is a false positive.
// Matching is one-to-one: a prediction repeating a matched one is a false positive.
import type { ArticleAnalysis } from '../server/src/core/types';
import type { Counts, EvalResult, EvalRow } from './types';
import { contains, findAllFolded, findFolded, fold, foldKeepingOffsets, lastName, matchOneToOne, overlaps } from './match';
import type { Span } from './match';

export interface SeedGoldEntity { name: string; type: string; role?: string; mentions: string[] }
export interface SeedGoldDoc {
  headline: string | null;
  sections: string[];
  entities: SeedGoldEntity[];
  notEntities?: string[];
  quotes: Array<{ text: string; speaker: string | null; kind: string }>;
  figures: Array<{ text: string; kind: string; value: number | null }>;
  notFigures?: string[];
  dates: Array<{ text: string; value: string }>;
  garbled: Array<{ text: string; kind?: string }>;
  boilerplate: string[];
  unsourced: Array<{ text: string; kind?: string }>;
  notFlagged?: string[];
  timeline: Array<{ date: string; event: string; anchor: string }>;
}
export interface SeedsGold { documents: Record<string, SeedGoldDoc> }

export interface ScoredDoc { name: string; text: string; analysis: ArticleAnalysis | null }

export const SEED_AREAS = [
  'entities/person', 'entities/organization', 'entities/place', 'mentions', 'roles', 'quotes', 'speakers',
  'figures', 'dates found', 'dates value', 'garbled', 'boilerplate', 'unsourced', 'timeline', 'structure',
] as const;
export type SeedArea = (typeof SEED_AREAS)[number];

class Tally {
  readonly counts = new Map<string, Counts>();
  readonly unscored = new Map<string, number>();
  readonly misses: string[] = [];
  constructor(private readonly set: string) {
    for (const a of SEED_AREAS) this.counts.set(a, { tp: 0, fp: 0, fn: 0 });
  }
  private c(area: string): Counts {
    let c = this.counts.get(area);
    if (!c) this.counts.set(area, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  }
  tp(area: string): void { this.c(area).tp++; }
  fp(area: string, doc: string, what: string): void { this.c(area).fp++; this.misses.push(`${this.set} ${area} false positive ${doc}: ${what}`); }
  fn(area: string, doc: string, what: string): void { this.c(area).fn++; this.misses.push(`${this.set} ${area} missed ${doc}: ${what}`); }
  skip(area: string): void { this.unscored.set(area, (this.unscored.get(area) ?? 0) + 1); }
  rows(): EvalRow[] {
    return [...this.counts].map(([area, counts]) => {
      const n = this.unscored.get(area);
      return { set: this.set, area, counts, ...(n ? { note: `${n} more predicted, not in the gold (unscored)` } : {}) };
    });
  }
}

const q = (s: string, n = 50) => JSON.stringify(s.length > n ? s.slice(0, n) + '…' : s);

export function scoreSeeds(gold: SeedsGold, docs: readonly ScoredDoc[], set = 'seeds'): EvalResult {
  const t = new Tally(set);
  for (const [name, g] of Object.entries(gold.documents)) {
    const d = docs.find((x) => x.name === name);
    const id = name.slice(0, 3);
    if (!d) {
      t.misses.push(`${set}: ${name} has no text; not scored`);
      continue;
    }
    scoreDoc(t, id, g, d.text, d.analysis);
  }
  return { rows: t.rows(), misses: t.misses };
}

function scoreDoc(t: Tally, id: string, g: SeedGoldDoc, text: string, a: ArticleAnalysis | null): void {
  const ftext = foldKeepingOffsets(text);
  const all = (s: string): Span[] => findAllFolded(ftext, s);
  const onAny = (p: Span, strings: readonly string[] | undefined) => (strings ?? []).some((s) => all(s).some((r) => overlaps(p, r)));
  const furniture = (p: Span) => onAny(p, g.boilerplate);
  const sentenceAround = (r: Span): Span => {
    let s = r.start;
    let e = r.end;
    while (s > 0 && !/[.!?\n]/.test(text[s - 1])) s--;
    while (e < text.length && !/[.!?\n]/.test(text[e])) e++;
    return { start: s, end: e + 1 };
  };

  // Entities, mentions, roles.
  const ents = a?.entities ?? [];
  const names = (e: (typeof ents)[number]) => new Set([e.name, ...(e.aliases ?? []), ...(e.mentions ?? []).map((m) => m.text)].map(fold));
  const forms = (ge: SeedGoldEntity) => new Set([ge.name, ...ge.mentions].map(fold));
  const em = matchOneToOne(g.entities, ents, (ge, e) => e.type === ge.type && names(e).has(fold(ge.name)));
  for (const [ge, e] of em.pairs) {
    t.tp(`entities/${ge.type}`);
    const predicted = new Set((e.mentions ?? []).map((m) => fold(m.text)));
    for (const m of new Set(ge.mentions.map(fold))) {
      if (predicted.has(m)) t.tp('mentions');
      else t.fn('mentions', id, `${ge.name} <- ${q(m)}`);
    }
    const ok = forms(ge);
    for (const m of predicted) if (!ok.has(m)) t.fp('mentions', id, `${ge.name} <- ${q(m)}`);
    const role = e.role ?? null;
    if (ge.role) {
      if (role && fold(role).includes(lastName(ge.role))) t.tp('roles');
      else {
        t.fn('roles', id, `${ge.name} role ${q(ge.role)} got ${q(String(role))}`);
        if (role) t.fp('roles', id, `${ge.name} role ${q(role)}, gold ${q(ge.role)}`);
      }
    } else if (role) t.fp('roles', id, `${ge.name} has no role in the gold, got ${q(role)}`);
  }
  for (const ge of em.missed) {
    t.fn(`entities/${ge.type}`, id, `${ge.type} ${ge.name}`);
    for (const m of new Set(ge.mentions.map(fold))) t.fn('mentions', id, `${ge.name} <- ${q(m)} (entity missed)`);
    if (ge.role) t.fn('roles', id, `${ge.name} role ${q(ge.role)} (entity missed)`);
  }
  const notEntities = new Set((g.notEntities ?? []).map(fold));
  for (const e of em.extra) {
    const n = names(e);
    const same = g.entities.find((ge) => [...forms(ge)].some((f) => n.has(f)));
    const why = [...n].some((x) => notEntities.has(x)) ? 'listed as not an entity'
      : same && same.type === e.type ? `repeats or splits ${same.name}`
        : same ? `${same.name} is a ${same.type}`
          : 'not in the gold';
    t.fp(`entities/${e.type}`, id, `${e.type} ${q(e.name)} (${why})`);
  }

  // Quotes and speakers.
  const quotes = a?.quotes ?? [];
  const stripped = (s: string) => fold(s).replace(/^["']|["']$/g, '');
  const qm = matchOneToOne(g.quotes, quotes, (gq, p) => stripped(p.text).includes(fold(gq.text).slice(0, 40)));
  for (const [gq, p] of qm.pairs) {
    if (p.kind === gq.kind) t.tp('quotes');
    else {
      t.fn('quotes', id, `${gq.kind} ${q(gq.text, 40)} found as ${p.kind}`);
      t.fp('quotes', id, `${q(p.text, 40)} as ${p.kind}, gold ${gq.kind}`);
    }
    const sp = p.speaker?.name ?? null;
    if (gq.speaker !== null) {
      if (sp !== null && lastName(sp) === lastName(gq.speaker)) t.tp('speakers');
      else {
        t.fn('speakers', id, `${q(gq.text, 30)} speaker ${gq.speaker} got ${sp}`);
        if (sp !== null) t.fp('speakers', id, `${q(gq.text, 30)} given to ${sp}, gold ${gq.speaker}`);
      }
    } else if (sp !== null) t.fp('speakers', id, `${q(gq.text, 30)} given to ${sp}, gold: no speaker`);
  }
  for (const gq of qm.missed) {
    t.fn('quotes', id, `${gq.kind} ${q(gq.text, 40)}`);
    if (gq.speaker !== null) t.fn('speakers', id, `${q(gq.text, 30)} speaker ${gq.speaker} (quote missed)`);
  }
  for (const p of qm.extra) t.fp('quotes', id, `${p.kind} ${q(p.text, 40)} (not in the gold)`);

  // Figures (lenient).
  const figs = a?.figures ?? [];
  const fm = matchOneToOne(g.figures, figs, (gf, p) => all(gf.text).some((r) => overlaps(p, r)));
  for (const [gf, p] of fm.pairs) {
    const valueOk = gf.value === null || (p.value !== null && Math.abs(Number(p.value) - gf.value) <= Math.abs(gf.value) * 1e-9);
    if (p.kind === gf.kind && valueOk) t.tp('figures');
    else {
      t.fn('figures', id, `${gf.kind} ${q(gf.text)}=${gf.value} got ${p.kind} ${p.value}`);
      t.fp('figures', id, `${q(p.text)} as ${p.kind} ${p.value}, gold ${gf.kind} ${gf.value}`);
    }
  }
  for (const gf of fm.missed) t.fn('figures', id, `${gf.kind} ${q(gf.text)}=${gf.value}`);
  for (const p of fm.extra) {
    if (onAny(p, g.notFigures) || furniture(p)) t.fp('figures', id, `${q(p.text)} on page furniture`);
    else if (fm.pairs.some(([, m]) => overlaps(m, p))) t.fp('figures', id, `${q(p.text)} repeats a matched figure`);
    else t.skip('figures');
  }

  // Dates (lenient): found, and the value where the gold fixes one.
  const dates = a?.dates ?? [];
  const dm = matchOneToOne(g.dates, dates, (gd, p) => all(gd.text).some((r) => overlaps(p, r)));
  for (const [gd, p] of dm.pairs) {
    t.tp('dates found');
    if (gd.value === 'relative') continue;
    if (String(p.value ?? '').startsWith(gd.value)) t.tp('dates value');
    else {
      t.fn('dates value', id, `${q(gd.text)}=${gd.value} got ${p.value}`);
      t.fp('dates value', id, `${q(p.text)}=${p.value}, gold ${gd.value}`);
    }
  }
  for (const gd of dm.missed) {
    t.fn('dates found', id, `${q(gd.text)}`);
    if (gd.value !== 'relative') t.fn('dates value', id, `${q(gd.text)}=${gd.value} (date missed)`);
  }
  for (const p of dm.extra) {
    if (furniture(p)) t.fp('dates found', id, `${q(p.text)} on page furniture`);
    else if (dm.pairs.some(([, m]) => overlaps(m, p))) t.fp('dates found', id, `${q(p.text)} repeats a matched date`);
    else t.skip('dates found');
  }

  // Diagnostics: garbled text and unsourced claims (strict).
  const diags = a?.diagnostics ?? [];
  const gm = matchOneToOne(g.garbled, diags.filter((x) => x.code.startsWith('garbled.')), (gg, p) => all(gg.text).some((r) => overlaps(p, r)));
  for (const _ of gm.pairs) t.tp('garbled');
  for (const gg of gm.missed) t.fn('garbled', id, `${gg.kind ?? ''} ${q(gg.text)}`);
  for (const p of gm.extra) t.fp('garbled', id, `${p.code} on ${q(text.slice(p.start, p.end))}`);
  const um = matchOneToOne(g.unsourced, diags.filter((x) => x.code.startsWith('claim.')), (gu, p) => all(gu.text).some((r) => overlaps(p, r)));
  for (const _ of um.pairs) t.tp('unsourced');
  for (const gu of um.missed) t.fn('unsourced', id, q(gu.text));
  for (const p of um.extra) t.fp('unsourced', id, `${p.code} on ${q(text.slice(p.start, p.end))}${onAny(p, g.notFlagged) ? ' (sourced in the gold)' : ''}`);

  // Boilerplate: a gold line is found when a furniture span covers it; a furniture span covering no gold line is a false positive.
  const bp = a?.boilerplate ?? [];
  for (const line of g.boilerplate) {
    if (all(line).some((r) => bp.some((b) => contains(b, r)))) t.tp('boilerplate');
    else t.fn('boilerplate', id, q(line));
  }
  for (const b of bp) {
    if (!g.boilerplate.some((line) => all(line).some((r) => contains(b, r)))) t.fp('boilerplate', id, q(text.slice(b.start, b.end)));
  }

  // Timeline (lenient).
  const tl = a?.timeline ?? [];
  const tm = matchOneToOne(g.timeline, tl, (ge, ev) => {
    const [head, tail] = ge.anchor.split('|').map((s) => s.trim());
    const r = findFolded(ftext, head);
    if (!r) return false;
    const where = sentenceAround(r);
    const iso = /^\d{4}/.test(ge.date);
    return overlaps(ev, where) && (!iso || String(ev.date ?? '').startsWith(ge.date))
      && (!tail || fold(text.slice(ev.start, ev.end)).includes(fold(tail)) || fold(ev.event).includes(fold(tail)));
  });
  for (const _ of tm.pairs) t.tp('timeline');
  for (const ge of tm.missed) t.fn('timeline', id, `${ge.date} ${ge.event}`);
  for (const ev of tm.extra) {
    if (furniture(ev)) t.fp('timeline', id, `${q(ev.event)} from page furniture`);
    else t.skip('timeline');
  }

  // Structure: headline and section titles (strict).
  const h = a?.headline?.text ?? null;
  if (g.headline === null) {
    if (h !== null) t.fp('structure', id, `headline ${q(h)}, gold: none`);
  } else if (h !== null && fold(h) === fold(g.headline)) t.tp('structure');
  else {
    t.fn('structure', id, `headline ${q(g.headline)} got ${h === null ? 'none' : q(h)}`);
    if (h !== null) t.fp('structure', id, `headline ${q(h)}`);
  }
  const sm = matchOneToOne(g.sections, a?.sections ?? [], (s, p) => fold(p.title) === fold(s));
  for (const _ of sm.pairs) t.tp('structure');
  for (const s of sm.missed) t.fn('structure', id, `section ${q(s)}`);
  for (const p of sm.extra) t.fp('structure', id, `section ${q(p.title)} (not in the gold)`);
}
