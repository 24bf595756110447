// Named actors: people, organizations and places (issue #5). Mentions come from the tagger (an
// averaged perceptron over word shape, context and gazetteers), the dateline and the user glossary;
// they are grouped into one entity per actor, with aliases and a role from titles or apposition.
import type { Component } from '../component';
import type { Doc } from '../doc';
import type { Entity, EntityType } from '../types';
import { type Cluster, cluster } from './cluster';
import { docStats, runs, type Tok } from './features';
import { findGlossary, glossaryIndex } from './glossary';
import { COMMON_WORDS } from './lexicon';
import { type Mention, datelineMentions, tagMentions } from './mentions';
import { roleAfter, roleBefore, tokIndex } from './roles';

const PRIORITY: Record<Mention['source'], number> = { glossary: 4, dateline: 3, tagger: 2, title: 2, lower: 1 };

export const entities: Component = {
  name: 'entities',
  run(doc: Doc) {
    doc.entities = findEntities(doc);
  },
};

export function findEntities(doc: Doc): Entity[] {
  const rs = runs(doc);
  if (!rs.length) return [];
  const stats = docStats(rs);
  const g = glossaryIndex(doc.options.glossary);
  const found: Mention[] = tagMentions(doc, rs, stats);
  found.push(...datelineMentions(doc).filter((m) => !doc.inBoilerplate(m)));
  for (const r of rs) {
    for (const h of findGlossary(doc.text, r.toks[0].start, r.toks[r.toks.length - 1].end, g)) found.push({ ...h, source: 'glossary' });
  }
  const clusters = cluster(dedupe(found), g.names);
  const allToks: Tok[] = rs.flatMap((r) => r.toks);
  addLowerCase(clusters, allToks);

  const idx = tokIndex(allToks);
  const personStarts = new Set<number>();
  for (const c of clusters) if (c.type === 'person') for (const m of c.mentions) personStarts.add(m.start);
  const used = new Set<string>();
  const out: Entity[] = [];
  for (const c of clusters) {
    const entry = g.entries.get(c.name.toLowerCase());
    let role: string | null = entry?.role ?? null;
    if (!role && c.type === 'person') {
      for (const m of c.mentions) {
        role = roleBefore(doc, idx, m.start, (s) => s !== m.start && personStarts.has(s)) ?? roleAfter(doc, idx, m.end);
        if (role) break;
      }
    }
    const mentionTexts = new Set<string>();
    for (const m of c.mentions) if (m.text !== c.name) mentionTexts.add(m.text);
    for (const a of entry?.aliases ?? []) if (a !== c.name) mentionTexts.add(a);
    out.push({
      id: uniqueId(c.type, c.name, used),
      name: c.name,
      type: c.type,
      role,
      aliases: [...mentionTexts],
      mentions: c.mentions.map((m) => ({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) })),
    });
  }
  out.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return out;
}

/** Overlapping mentions: the more trusted source wins, then the longer span. */
function dedupe(ms: Mention[]): Mention[] {
  const sorted = ms.slice().sort((a, b) => PRIORITY[b.source] - PRIORITY[a.source] || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of sorted) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

/** A name written in lower case by a garbled source ("trump", "ukraine") joins the entity it names. */
function addLowerCase(clusters: Cluster[], toks: Tok[]): void {
  const keys = new Map<string, Cluster>();
  for (const c of clusters) {
    const names = [c.name, ...c.mentions.map((m) => m.text)];
    for (const n of names) {
      const ws = n.split(/\s+/);
      if (ws.length === 1 || c.type === 'person') {
        const last = ws[ws.length - 1].toLowerCase();
        if (last.length >= 4 && !COMMON_WORDS.has(last) && /^\p{L}+$/u.test(last)) keys.set(last, c);
      }
    }
  }
  if (!keys.size) return;
  const taken = new Set<number>();
  for (const c of clusters) for (const m of c.mentions) taken.add(m.start);
  for (const t of toks) {
    if (!/^\p{Ll}+$/u.test(t.text) || taken.has(t.start)) continue;
    const c = keys.get(t.text);
    if (!c) continue;
    c.mentions.push({ start: t.start, end: t.end, text: t.text, type: c.type, source: 'lower' });
  }
  for (const c of clusters) c.mentions.sort((a, b) => a.start - b.start);
}

function uniqueId(type: EntityType, name: string, used: Set<string>): string {
  const slug = name.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'x';
  let id = `${type}:${slug}`;
  for (let n = 2; used.has(id); n++) id = `${type}:${slug}-${n}`;
  used.add(id);
  return id;
}
