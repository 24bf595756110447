// Semantic tokens for people, organizations, places, quotes, speakers, figures and dates.
// Tokens never overlap (an entity inside a quote cuts the quote token) and never cross a line.
import type { SemanticTokens, SemanticTokensDelta, SemanticTokensLegend } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, Span } from '../core';
import { firstFullMention } from './article';
import { pronounEnd } from './inlay-hints';
import { LineIndex } from './lines';

/** How far from its quote a speaker's name may stand (`“…,” said the Ukrainian president Volodymyr Zelensky`). */
const SPEAKER_WINDOW = 60;

export const TOKEN_TYPES = ['person', 'organization', 'place', 'quote', 'speaker', 'figure', 'date'] as const;
export const TOKEN_MODIFIERS = ['declaration'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const TYPE_INDEX = new Map<string, number>(TOKEN_TYPES.map((t, i) => [t, i]));
const DECLARATION = 1 << TOKEN_MODIFIERS.indexOf('declaration');

export interface Token extends Span {
  type: TokenType;
  modifiers: number;
}

interface Candidate extends Token {
  priority: number;
}

/** The speaker's mention nearest to a quote on the quote's line (the "said Zelensky" of it), per quote. */
function speakerMentions(a: ArticleAnalysis, text: string, lines: LineIndex): Set<Span> {
  const out = new Set<Span>();
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  for (const q of a.quotes) {
    const e = q.speaker?.entityId ? byId.get(q.speaker.entityId) : undefined;
    if (!e || pronounEnd(text, q) !== null) continue;
    const lineStart = lines.lineStart(lines.lineOf(q.start));
    const lineEnd = lines.lineEnd(lines.lineOf(q.end));
    let best: Span | null = null;
    let bestDistance = Infinity;
    for (const m of e.mentions) {
      if (m.start < lineStart || m.end > lineEnd) continue;
      if (m.start >= q.start && m.end <= q.end) continue;
      const distance = m.end <= q.start ? q.start - m.end : m.start - q.end;
      if (distance >= 0 && distance <= SPEAKER_WINDOW && distance < bestDistance) {
        best = m;
        bestDistance = distance;
      }
    }
    if (best) out.add(best);
  }
  return out;
}

/** Every token of the analysis as non-overlapping spans in text order. */
export function collectTokens(a: ArticleAnalysis, text: string): Token[] {
  const candidates: Candidate[] = [];
  const speakers = speakerMentions(a, text, new LineIndex(text));
  for (const e of a.entities) {
    const first = firstFullMention(e);
    for (const m of e.mentions) {
      const type: TokenType = speakers.has(m) ? 'speaker' : e.type;
      candidates.push({ start: m.start, end: m.end, type, modifiers: m === first ? DECLARATION : 0, priority: 2 });
    }
  }
  for (const q of a.quotes) candidates.push({ start: q.start, end: q.end, type: 'quote', modifiers: 0, priority: 1 });
  for (const f of a.figures) candidates.push({ start: f.start, end: f.end, type: 'figure', modifiers: 0, priority: 3 });
  for (const d of a.dates) candidates.push({ start: d.start, end: d.end, type: 'date', modifiers: 0, priority: 3 });
  return flatten(candidates.filter((c) => c.end > c.start && c.start >= 0 && c.end <= text.length));
}

/**
 * Cuts overlapping candidates into disjoint tokens: on each stretch the highest priority wins,
 * the innermost (shortest) among equals. A sweep over boundaries, linear in practice.
 */
function flatten(candidates: Candidate[]): Token[] {
  if (!candidates.length) return [];
  const events: Array<{ at: number; c: Candidate; open: boolean }> = [];
  for (const c of candidates) {
    events.push({ at: c.start, c, open: true });
    events.push({ at: c.end, c, open: false });
  }
  events.sort((x, y) => x.at - y.at || Number(x.open) - Number(y.open));
  const active = new Set<Candidate>();
  const out: Token[] = [];
  let i = 0;
  while (i < events.length) {
    const at = events[i].at;
    while (i < events.length && events[i].at === at) {
      const ev = events[i++];
      if (ev.open) active.add(ev.c);
      else active.delete(ev.c);
    }
    if (!active.size || i >= events.length) continue;
    let best: Candidate | null = null;
    for (const c of active) {
      if (!best || c.priority > best.priority || (c.priority === best.priority && c.end - c.start < best.end - best.start)) best = c;
    }
    const next = events[i].at;
    const last = out[out.length - 1];
    if (last && last.end === at && (last as Candidate & { src?: Candidate }).src === best) last.end = next;
    else out.push(Object.assign({ start: at, end: next, type: best!.type, modifiers: best!.modifiers }, { src: best! }));
  }
  return out.map(({ start, end, type, modifiers }) => ({ start, end, type, modifiers }));
}

/** LSP's relative integer encoding; a token crossing a line break is cut at each line end. */
export function encodeTokens(doc: TextDocument, tokens: readonly Token[], range?: Span): number[] {
  const text = doc.getText();
  const lines = new LineIndex(text);
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  const push = (line: number, char: number, length: number, t: Token) => {
    if (length <= 0) return;
    data.push(line - prevLine, line === prevLine ? char - prevChar : char, length, TYPE_INDEX.get(t.type)!, t.modifiers);
    prevLine = line;
    prevChar = char;
  };
  for (const t of tokens) {
    if (range && (t.end <= range.start || t.start >= range.end)) continue;
    let start = t.start;
    while (start < t.end) {
      const line = lines.lineOf(start);
      const lineEnd = lines.lineEnd(line);
      if (start < lineEnd) push(line, start - lines.lineStart(line), Math.min(t.end, lineEnd) - start, t);
      if (line + 1 >= lines.lineCount) break;
      start = lines.lineStart(line + 1);
    }
  }
  return data;
}

/**
 * The pieces of already encoded full tokens that lie on the lines `fromLine`..`toLine`, encoded
 * again: a range request answered from a large document's tokens (encoded in the worker) without
 * collecting them all again on the main thread.
 */
export function tokensOnLines(full: readonly number[], fromLine: number, toLine: number): number[] {
  const out: number[] = [];
  let line = 0;
  let char = 0;
  let prevLine = -1;
  let prevChar = 0;
  for (let i = 0; i + 4 < full.length; i += 5) {
    line += full[i];
    char = full[i] === 0 ? char + full[i + 1] : full[i + 1];
    if (line < fromLine) continue;
    if (line > toLine) break;
    if (prevLine < 0) out.push(line, char, full[i + 2], full[i + 3], full[i + 4]);
    else out.push(line - prevLine, line === prevLine ? char - prevChar : char, full[i + 2], full[i + 3], full[i + 4]);
    prevLine = line;
    prevChar = char;
  }
  return out;
}

/** Remembers the last full result per document so that a delta can be sent instead. */
export class TokenResults {
  private last = new Map<string, { resultId: string; data: number[] }>();
  private counter = 0;

  full(uri: string, data: number[]): SemanticTokens {
    const resultId = String(++this.counter);
    this.last.set(uri, { resultId, data });
    return { resultId, data };
  }

  delta(uri: string, previousResultId: string, data: number[]): SemanticTokens | SemanticTokensDelta {
    const prev = this.last.get(uri);
    if (!prev || prev.resultId !== previousResultId) return this.full(uri, data);
    const resultId = String(++this.counter);
    this.last.set(uri, { resultId, data });
    const old = prev.data;
    let s = 0;
    while (s < old.length && s < data.length && old[s] === data[s]) s++;
    let e = 0;
    while (e < old.length - s && e < data.length - s && old[old.length - 1 - e] === data[data.length - 1 - e]) e++;
    if (s === old.length && s === data.length) return { resultId, edits: [] };
    return { resultId, edits: [{ start: s, deleteCount: old.length - s - e, data: data.slice(s, data.length - e) }] };
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}
