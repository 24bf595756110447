// The glossary file named by `newsdesk.glossary`: parsed and checked here, sent to the server as entries.
import type { GlossaryEntry } from '../../../server/src/core';

const TYPES = new Set(['person', 'organization', 'place']);

export interface ParsedGlossary {
  entries: GlossaryEntry[];
  /** Problems worth telling the user (bad JSON, entries that were skipped). */
  problems: string[];
}

/**
 * Reads a glossary: a JSON array of entries, or an object with an `entries` array. An entry is
 * `{name, type: "person"|"organization"|"place", aliases?: string[], role?: string}`; others are skipped.
 */
export function parseGlossary(json: string): ParsedGlossary {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { entries: [], problems: [`not valid JSON (${(e as Error).message})`] };
  }
  const list = Array.isArray(data) ? data : Array.isArray((data as { entries?: unknown })?.entries) ? (data as { entries: unknown[] }).entries : null;
  if (!list) return { entries: [], problems: ['expected an array of entries, or {"entries": [...]}'] };
  const entries: GlossaryEntry[] = [];
  const problems: string[] = [];
  list.forEach((raw, i) => {
    const e = raw as Record<string, unknown>;
    if (!e || typeof e !== 'object' || typeof e.name !== 'string' || !e.name.trim() || !TYPES.has(e.type as string)) {
      problems.push(`entry ${i + 1}: needs a "name" and a "type" of person, organization or place`);
      return;
    }
    const entry: GlossaryEntry = { name: e.name.trim(), type: e.type as GlossaryEntry['type'] };
    if (Array.isArray(e.aliases)) entry.aliases = e.aliases.filter((a): a is string => typeof a === 'string' && a.trim().length > 0);
    if (typeof e.role === 'string' && e.role.trim()) entry.role = e.role.trim();
    entries.push(entry);
  });
  return { entries, problems };
}
