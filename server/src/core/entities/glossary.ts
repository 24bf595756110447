// The user glossary (AnalyzeOptions.glossary: the `newsdesk.glossary` setting and each workspace
// folder's .newsdesk/glossary.json): entries name actors with type, aliases and role; they win over
// built-in knowledge and the tagger. Names marked "not a name" are dropped afterwards (withoutNotNames).
import type { GlossaryEntry } from '../options';
import type { ArticleAnalysis, Entity, EntityType } from '../types';

export interface GlossaryIndex {
  /** Lower-cased name or alias -> canonical name and type. */
  names: Map<string, { canonical: string; type: EntityType }>;
  /** Canonical name (lower case) -> entry. */
  entries: Map<string, GlossaryEntry>;
  /** Names and aliases, longest first, for finding them in the text. */
  patterns: Array<{ text: string; canonical: string; type: EntityType }>;
}

const TYPES = new Set<EntityType>(['person', 'organization', 'place']);

export function glossaryIndex(entries: readonly GlossaryEntry[] | undefined): GlossaryIndex {
  const names = new Map<string, { canonical: string; type: EntityType }>();
  const byName = new Map<string, GlossaryEntry>();
  const patterns: GlossaryIndex['patterns'] = [];
  for (const e of entries ?? []) {
    if (!e || typeof e.name !== 'string' || !e.name.trim() || !TYPES.has(e.type)) continue;
    const canonical = e.name.trim();
    byName.set(canonical.toLowerCase(), e);
    const all = [canonical, ...(Array.isArray(e.aliases) ? e.aliases.filter((a) => typeof a === 'string' && a.trim()) : [])];
    for (const n of all) {
      names.set(n.trim().toLowerCase(), { canonical, type: e.type });
      patterns.push({ text: n.trim(), canonical, type: e.type });
    }
  }
  patterns.sort((a, b) => b.text.length - a.text.length);
  return { names, entries: byName, patterns };
}

/** Every whole-word, case-sensitive occurrence of a glossary name or alias in [start, end). */
export function findGlossary(text: string, start: number, end: number, g: GlossaryIndex): Array<{ start: number; end: number; text: string; type: EntityType }> {
  const out: Array<{ start: number; end: number; text: string; type: EntityType }> = [];
  if (!g.patterns.length) return out;
  const slice = text.slice(start, end);
  for (const p of g.patterns) {
    let i = slice.indexOf(p.text);
    while (i >= 0) {
      const before = slice[i - 1];
      const after = slice[i + p.text.length];
      if ((!before || !/[\p{L}\d]/u.test(before)) && (!after || !/[\p{L}\d]/u.test(after))) {
        out.push({ start: start + i, end: start + i + p.text.length, text: p.text, type: p.type });
      }
      i = slice.indexOf(p.text, i + p.text.length);
    }
  }
  return out;
}

/**
 * Names the user marked "not a name" (the glossary file's `notNames`): words the tagger takes for an
 * actor in this newsroom's copy but that never are one (a column title, a product, a slogan). The
 * analysis drops every mention whose text is one of them (case-insensitive, whole mention), the
 * entities left without mentions, and the entity links of quotes and timeline events to those.
 * Applied after the analysis (see server/src/features/article.ts), so the pipeline stays as it is.
 */
export function withoutNotNames(a: ArticleAnalysis, notNames: readonly string[] | undefined): ArticleAnalysis {
  const never = new Set((notNames ?? []).filter((n) => typeof n === 'string' && n.trim()).map((n) => n.trim().toLowerCase()));
  if (!never.size) return a;
  const dropped = new Set<string>();
  const entities: Entity[] = [];
  for (const e of a.entities) {
    const mentions = e.mentions.filter((m) => !never.has(m.text.trim().toLowerCase()));
    if (!mentions.length || never.has(e.name.toLowerCase())) {
      dropped.add(e.id);
      continue;
    }
    entities.push(mentions.length === e.mentions.length ? e : { ...e, mentions, aliases: e.aliases.filter((x) => !never.has(x.toLowerCase())) });
  }
  if (!dropped.size && entities.every((e, i) => e === a.entities[i])) return a;
  return {
    ...a,
    entities,
    quotes: a.quotes.map((q) => (q.speaker?.entityId && dropped.has(q.speaker.entityId) ? { ...q, speaker: { ...q.speaker, entityId: null } } : q)),
    timeline: a.timeline.map((t) => (t.entityIds.some((id) => dropped.has(id)) ? { ...t, entityIds: t.entityIds.filter((id) => !dropped.has(id)) } : t)),
  };
}
