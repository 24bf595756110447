// Finds the places where actors are named: the tagger's spans, cleaned (no titles, no possessive,
// no sentence-initial common words, no demonyms), the dateline place ("WASHINGTON –"), and, in
// title-case lines (headline, kicker, section headings), only names the body or the gazetteer knows.
import type { Doc } from '../doc';
import type { EntityType } from '../types';
import { type DocStats, type Run, type Tok, isCap } from './features';
import { COMMON_WORDS, DEMONYMS, TITLES, known } from './lexicon';
import { spansOf, tagRun } from './tagger';

export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Where it came from: the tagger, a gazetteer match in a title line, the dateline, a glossary entry, a lower-case match. */
  source: 'tagger' | 'title' | 'dateline' | 'glossary' | 'lower';
}

const TITLE_BLOCKS = new Set(['headline', 'kicker', 'section']);
const LEADING_DROP = new Set(['the', 'a', 'an', 'former', 'late', 'then', 'acting', 'interim', 'new', 'said']);
const NOT_NAMES = new Set(['i', 'god', 'internet', 'web', 'covid', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
const PUNCT_EDGE = /^[\p{P}\p{S}]+$/u;

export function tagMentions(doc: Doc, rs: Run[], stats: DocStats): Mention[] {
  const out: Mention[] = [];
  const titleRuns: Run[] = [];
  for (const r of rs) {
    const kind = doc.blocks[r.block]?.kind;
    if (kind && TITLE_BLOCKS.has(kind)) {
      titleRuns.push(r);
      continue;
    }
    const labels = tagRun(r.toks, stats);
    for (const s of spansOf(labels)) {
      const m = clean(r.toks, s.from, s.to, s.type, stats);
      if (m) out.push(m);
    }
  }
  const bodyNames = new Set(out.map((m) => m.text.toLowerCase()));
  for (const r of titleRuns) out.push(...titleMentions(r.toks, bodyNames));
  return out;
}

function clean(toks: Tok[], from: number, to: number, type: EntityType, stats: DocStats): Mention | null {
  // Possessives and edge punctuation never belong to a name.
  while (to > from && (/^[’']s?$/i.test(toks[to - 1].text) || PUNCT_EDGE.test(toks[to - 1].text))) to--;
  while (from < to && PUNCT_EDGE.test(toks[from].text)) from++;
  // Titles and articles in front of a person's name are a role, not the name.
  while (to - from > 1 && (LEADING_DROP.has(toks[from].lower) || (type === 'person' && (TITLES.has(toks[from].lower) || DEMONYMS.has(toks[from].lower))))) from++;
  if (to <= from) return null;
  const first = toks[from];
  const single = to - from === 1;
  const text = toks.slice(from, to);
  if (!text.some((t) => isCap(t.text)) && !known(joined(text))) return null;
  if (single) {
    const w = first.lower;
    if (NOT_NAMES.has(w) || DEMONYMS.has(w) || (TITLES.has(w) && !known(w))) return null;
    if (w.length < 2) return null;
    const sentenceInitial = from === 0 || /^["“‘'(\-–—:]$/.test(toks[from - 1].text);
    // A capitalized first word is a name only with evidence: known, or capitalized mid-sentence elsewhere.
    if (sentenceInitial && COMMON_WORDS.has(w) && !known(w) && !stats.capMid.has(w)) return null;
  }
  return { start: first.start, end: toks[to - 1].end, text: joinedText(toks, from, to), type, source: 'tagger' };
}

function joined(toks: Tok[]): string {
  return toks.map((t) => t.text).join(' ');
}

/** The exact text of tokens from..to (spaces as written). */
function joinedText(toks: Tok[], from: number, to: number): string {
  let s = toks[from].text;
  for (let i = from + 1; i < to; i++) s += (toks[i].start > toks[i - 1].end ? ' ' : '') + toks[i].text;
  return s;
}

/** In a title-case line, the longest token sequences that name a known actor or one the body names. */
function titleMentions(toks: Tok[], bodyNames: Set<string>): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!isCap(toks[i].text)) continue;
    for (let j = Math.min(toks.length, i + 5); j > i; j--) {
      if (toks[j - 1].start - toks[i].start > 60) continue;
      const text = joinedText(toks, i, j);
      const lower = text.toLowerCase();
      const k = known(text);
      if (!k && !bodyNames.has(lower)) continue;
      out.push({ start: toks[i].start, end: toks[j - 1].end, text, type: k?.type ?? 'place', source: 'title' });
      i = j - 1;
      break;
    }
  }
  return out;
}

const DATELINE = /^([\p{Lu}][\p{Lu}.'’-]+(?: [\p{Lu}][\p{Lu}.'’-]+){0,3})(?:,[^–—\n]{0,40})?\s*(?:\([^)\n]{0,30}\)\s*)?[–—-]{1,2}\s/u;

/** "WASHINGTON –" or "KYIV, Ukraine (Reuters) —" at the start of a paragraph: its place. */
export function datelineMentions(doc: Doc): Mention[] {
  const out: Mention[] = [];
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'dateline') continue;
    const m = DATELINE.exec(doc.text.slice(b.start, Math.min(b.end, b.start + 120)));
    if (!m) continue;
    const text = m[1];
    out.push({ start: b.start, end: b.start + text.length, text, type: 'place', source: 'dateline' });
  }
  return out;
}
