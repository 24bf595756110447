// A workspace folder's `.newsdesk/glossary.json` (schema: schema/glossary.schema.json): the names the
// user corrected, as {entries: GlossaryEntry[], notNames: string[]}. Parsed leniently (a bare array
// of entries is accepted too, as the `newsdesk.glossary` file has always been), and changed by the
// corrections of ./corrections.ts, which keep it small and sorted so that it diffs well.
import type { GlossaryEntry } from '../core';

export interface GlossaryFile {
  entries: GlossaryEntry[];
  /** Names that are never an actor in this workspace ("Not a name"). */
  notNames: string[];
}

export const GLOSSARY_SCHEMA_URL = 'https://github.com/newsdesk/newsdesk/raw/main/schema/glossary.schema.json';
const TYPES = new Set(['person', 'organization', 'place']);

export function emptyGlossary(): GlossaryFile {
  return { entries: [], notNames: [] };
}

export function parseGlossaryFile(json: string): { glossary: GlossaryFile; problems: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { glossary: emptyGlossary(), problems: [`not valid JSON (${(e as Error).message})`] };
  }
  const obj = (data && typeof data === 'object' && !Array.isArray(data) ? data : {}) as Record<string, unknown>;
  const list = Array.isArray(data) ? data : Array.isArray(obj.entries) ? obj.entries : [];
  const problems: string[] = [];
  const entries: GlossaryEntry[] = [];
  list.forEach((raw: unknown, i: number) => {
    const e = raw as Record<string, unknown>;
    if (!e || typeof e !== 'object' || typeof e.name !== 'string' || !e.name.trim() || !TYPES.has(e.type as string)) {
      problems.push(`entry ${i + 1}: needs a "name" and a "type" of person, organization or place`);
      return;
    }
    const entry: GlossaryEntry = { name: e.name.trim(), type: e.type as GlossaryEntry['type'] };
    if (Array.isArray(e.aliases)) {
      const aliases = e.aliases.filter((a): a is string => typeof a === 'string' && a.trim().length > 0).map((a) => a.trim());
      if (aliases.length) entry.aliases = aliases;
    }
    if (typeof e.role === 'string' && e.role.trim()) entry.role = e.role.trim();
    entries.push(entry);
  });
  const notNames = Array.isArray(obj.notNames) ? obj.notNames.filter((n): n is string => typeof n === 'string' && n.trim().length > 0).map((n) => n.trim()) : [];
  return { glossary: { entries, notNames }, problems };
}

export function serializeGlossary(g: GlossaryFile): string {
  const entries = g.entries.slice().sort((a, b) => a.name.localeCompare(b.name));
  const notNames = [...new Set(g.notNames)].sort((a, b) => a.localeCompare(b));
  return `${JSON.stringify({ $schema: GLOSSARY_SCHEMA_URL, entries, notNames }, null, 2)}\n`;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The entry that names `name` (as its name or an alias). */
function entryFor(g: GlossaryFile, name: string): GlossaryEntry | undefined {
  return g.entries.find((e) => same(e.name, name) || (e.aliases ?? []).some((a) => same(a, name)));
}

/** "Mark as <type>": the name (and the spellings the article used for it) is an actor of that type. */
export function markAs(g: GlossaryFile, name: string, type: GlossaryEntry['type'], spellings: readonly string[] = []): GlossaryFile {
  const all = [name, ...spellings];
  const notNames = g.notNames.filter((n) => !all.some((s) => same(s, n)));
  const existing = entryFor(g, name);
  if (existing) {
    return { notNames, entries: g.entries.map((e) => (e === existing ? { ...e, type } : e)) };
  }
  const aliases = [...new Set(spellings.filter((s) => !same(s, name)))];
  return { notNames, entries: [...g.entries, aliases.length ? { name, type, aliases } : { name, type }] };
}

/** "Not a name": none of these spellings is ever an actor; entries naming them go. */
export function notAName(g: GlossaryFile, spellings: readonly string[]): GlossaryFile {
  const isOne = (s: string) => spellings.some((x) => same(x, s));
  const entries = g.entries.filter((e) => !isOne(e.name)).map((e) => {
    if (!(e.aliases ?? []).some(isOne)) return e;
    const aliases = (e.aliases ?? []).filter((a) => !isOne(a));
    const { aliases: _drop, ...rest } = e;
    return aliases.length ? { ...rest, aliases } : rest;
  });
  const notNames = [...g.notNames.filter((n) => !isOne(n)), ...new Set(spellings.map((s) => s.trim()))];
  return { entries, notNames };
}

/** "Same as": the spellings of one entity are aliases of another (the target keeps its name and type). */
export function sameAs(g: GlossaryFile, spellings: readonly string[], target: { name: string; type: GlossaryEntry['type'] }): GlossaryFile {
  const isOne = (s: string) => spellings.some((x) => same(x, s)) && !same(s, target.name);
  const existing = entryFor(g, target.name);
  const base = existing ?? { name: target.name, type: target.type };
  const aliases = [...new Set([...(base.aliases ?? []), ...spellings.filter((s) => !same(s, target.name)).map((s) => s.trim())])];
  const merged: GlossaryEntry = { ...base, aliases };
  const others = g.entries.filter((e) => e !== existing && !isOne(e.name));
  return { entries: [...others, merged], notNames: g.notNames.filter((n) => !isOne(n)) };
}
