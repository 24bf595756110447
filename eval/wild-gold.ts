// The wild set's gold (eval/wild/README.md) and where its strings are in the article's text.
// Folding as eval/wild/README.md says: curly quotes and apostrophes fold to straight ones, dashes to
// '-', a run of white space in a gold string matches any run of white space in the text. Entity
// mentions are case-sensitive and matched at word boundaries; every other string ignores case.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EntityType } from '../server/src/core/types';
import type { Span } from './match';
import { contains, overlaps } from './match';

export interface WildEntity { name: string; type: EntityType; gpe?: boolean; role?: string | null; mentions: string[] }
export interface WildQuote { text: string; speaker: string | null; kind: 'direct' | 'partial' | string }
export interface WildFigure {
  text: string;
  kind: string;
  value: number | null;
  unit: string | null;
  qualifier?: string | null;
  low?: number | null;
  high?: number | null;
}
export interface WildDate { text: string; value: string | null; anchor?: string }

export interface WildGold {
  id: string;
  published?: string | null;
  entities?: WildEntity[];
  notEntities?: string[];
  quotes?: WildQuote[];
  figures?: WildFigure[];
  dates?: WildDate[];
  furniture?: string[];
  claims?: Array<{ text: string }>;
  garbled?: Array<{ text: string }>;
}

export interface WildArticle { id: string; text: string; gold: WildGold }

/** Every gold/<id>.json of dir with its articles/<id>.txt; a gold file without its text, or unreadable, is listed in `orphans`. */
export function loadWild(dir: string): { articles: WildArticle[]; orphans: string[] } {
  const goldDir = path.join(dir, 'gold');
  const articles: WildArticle[] = [];
  const orphans: string[] = [];
  for (const file of fs.readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
    const id = file.replace(/\.json$/, '');
    const textFile = path.join(dir, 'articles', `${id}.txt`);
    if (!fs.existsSync(textFile)) {
      orphans.push(id);
      continue;
    }
    let gold: WildGold;
    try {
      gold = JSON.parse(fs.readFileSync(path.join(goldDir, file), 'utf8')) as WildGold;
    } catch (e) {
      orphans.push(`${id} (gold is no JSON: ${(e as Error).message})`);
      continue;
    }
    articles.push({ id, text: fs.readFileSync(textFile, 'utf8').replace(/^\uFEFF/, ''), gold });
  }
  return { articles, orphans };
}

/** Null when dir holds gold to score; otherwise why not. */
export function wildUnavailable(dir: string, shown: string): string | null {
  const goldDir = path.join(dir, 'gold');
  if (!fs.existsSync(goldDir) || !fs.readdirSync(goldDir).some((f) => f.endsWith('.json'))) {
    return `${shown} has no gold yet (no ${path.join(shown, 'gold')}/*.json)`;
  }
  return null;
}

/**
 * The text with quotes, apostrophes, dashes and white space folded, one UTF-16 unit in, one out
 * (offsets kept, case kept). Line ends stay, so that a gold string never runs over a blank line.
 */
export function foldChars(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/[^\S\n]/g, ' ');
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Every occurrence of a gold string in a text already passed through foldChars. wholeWords: the
 * characters either side are no letter or digit. Occurrences of one string may overlap each other.
 */
export function occurrences(folded: string, needle: string, opts: { ignoreCase?: boolean; wholeWords?: boolean } = {}): Span[] {
  const words = foldChars(needle).trim().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  // A space of the gold string matches a run of white space holding at most one line end.
  const space = '(?: +\\n? *|\\n *)';
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(space), opts.ignoreCase ? 'giu' : 'gu');
  const out: Span[] = [];
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const span = { start: m.index, end: m.index + m[0].length };
    re.lastIndex = m.index + 1;
    if (opts.wholeWords && (WORD_CHAR.test(folded[span.start - 1] ?? '') || WORD_CHAR.test(folded[span.end] ?? ''))) continue;
    out.push(span);
  }
  return out;
}

/** The lines of a text (without their line end), blank ones left out. */
export function linesOf(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim()) out.push({ start, end });
    start = end + 1;
  }
  return out;
}

const squash = (s: string) => foldChars(s).replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The gold furniture in the text: every line equal to a furniture string (folded, any case); a
 * string that is no whole line is taken where it occurs, and reported in `problems`.
 */
export function furnitureSpans(text: string, furniture: readonly string[]): { spans: Span[]; problems: string[] } {
  const lines = linesOf(text);
  const folded = foldChars(text);
  const spans: Span[] = [];
  const problems: string[] = [];
  for (const f of furniture) {
    const whole = lines.filter((l) => squash(text.slice(l.start, l.end)) === squash(f));
    if (whole.length) spans.push(...whole);
    else {
      const parts = occurrences(folded, f, { ignoreCase: true });
      problems.push(parts.length ? `furniture ${JSON.stringify(f)} is not a whole line (taken where it occurs)` : `furniture ${JSON.stringify(f)} is not in the text`);
      spans.push(...parts);
    }
  }
  return { spans: dedupe(spans), problems };
}

function dedupe(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => !seen.has(`${s.start}:${s.end}`) && !!seen.add(`${s.start}:${s.end}`)).sort((a, b) => a.start - b.start);
}

export const inAny = (s: Span, regions: readonly Span[]) => regions.some((r) => overlaps(s, r));

export interface GoldEntitySpan extends Span {
  type: EntityType;
  gpe: boolean;
  /** Index of the gold entity. */
  entity: number;
  text: string;
}

/**
 * The gold entity spans: every occurrence (word boundaries, case-sensitive) of every mention of every
 * gold entity outside the furniture; where occurrences overlap, the longest wins ("New York Times"
 * over "New York"), then the earliest. A mention that never occurs in the text is reported in `problems`.
 */
export function entitySpans(text: string, entities: readonly WildEntity[], furniture: readonly Span[]): { spans: GoldEntitySpan[]; problems: string[] } {
  const folded = foldChars(text);
  const candidates: GoldEntitySpan[] = [];
  const problems: string[] = [];
  entities.forEach((e, i) => {
    if (!['person', 'organization', 'place'].includes(e.type)) {
      problems.push(`entity ${JSON.stringify(e.name)} has type ${JSON.stringify(e.type)}, not person, organization or place (unscored)`);
      return;
    }
    for (const mention of new Set(e.mentions ?? [])) {
      const found = occurrences(folded, mention, { wholeWords: true });
      if (!found.length) problems.push(`mention ${JSON.stringify(mention)} of ${e.name} is not in the text`);
      for (const s of found) {
        if (!inAny(s, furniture)) candidates.push({ ...s, type: e.type, gpe: !!e.gpe, entity: i, text: text.slice(s.start, s.end) });
      }
    }
  });
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.entity - b.entity);
  const taken: GoldEntitySpan[] = [];
  for (const c of candidates) if (!taken.some((t) => overlaps(t, c))) taken.push(c);
  return { spans: taken.sort((a, b) => a.start - b.start), problems };
}

/** A predicted span is right for a gold entity span when the span is the same and the type agrees (a gpe: place or organization). */
export function typeAccepted(gold: { type: string; gpe: boolean }, predicted: string): boolean {
  return predicted === gold.type || (gold.gpe && (predicted === 'place' || predicted === 'organization'));
}

/**
 * Where each gold item is (any case, at word boundaries, outside the furniture): the k-th item with a
 * given text takes that text's k-th occurrence (those inside a longer gold text of the list last); an item with no occurrence left gets a line in
 * `problems`. `repeats`: the occurrences of gold texts no item took (a date or figure written twice
 * and listed once), which the scorer neither credits nor counts as false alarms.
 */
export function locate<T extends { text: string }>(text: string, items: readonly T[], furniture: readonly Span[], what: string): { located: Array<{ item: T; span: Span }>; problems: string[]; repeats: Span[] } {
  const folded = foldChars(text);
  const found = new Map<string, Span[]>();
  const used = new Map<string, number>();
  const located: Array<{ item: T; span: Span }> = [];
  const problems: string[] = [];
  const valid = items.filter((item) => {
    if (typeof item?.text === 'string' && item.text.trim()) return true;
    problems.push(`${what} without a text: ${JSON.stringify(item)} (unscored)`);
    return false;
  });
  for (const item of valid) {
    const key = squash(item.text);
    if (found.has(key)) continue;
    const spans = (w: boolean) => occurrences(folded, item.text, { ignoreCase: true, wholeWords: w }).filter((s) => !inAny(s, furniture));
    const whole = spans(true);
    found.set(key, whole.length ? whole : spans(false));
  }
  // An occurrence inside an occurrence of a longer gold text ("yesterday" in "early yesterday morning", both
  // listed) is that text's, not an item of its own: such occurrences come last, taken only when no free one is left.
  for (const [key, spans] of found) {
    const longer = [...found].filter(([k]) => k !== key && k.length > key.length).flatMap(([, s]) => s);
    const nested = (s: Span) => longer.some((l) => contains(l, s));
    found.set(key, [...spans.filter((s) => !nested(s)), ...spans.filter(nested)]);
  }
  for (const item of valid) {
    const key = squash(item.text);
    const all = found.get(key)!;
    const k = used.get(key) ?? 0;
    used.set(key, k + 1);
    if (k < all.length) located.push({ item, span: all[k] });
    else problems.push(`${what} ${JSON.stringify(item.text)}${k ? ` (occurrence ${k + 1})` : ''} is not in the text (unscored)`);
  }
  const repeats = [...found].flatMap(([key, spans]) => spans.slice(used.get(key) ?? 0));
  return { located, problems, repeats };
}

/** Lower case, folded, white space collapsed: for comparing names, roles, units, qualifiers. */
export const norm = (s: unknown): string => squash(String(s ?? ''));
