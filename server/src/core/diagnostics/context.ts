// Shared helpers for the rules: where the quotations are, which text is a URL, what a rule may look at.
import type { Doc } from '../doc';
import type { Span } from '../types';

const quoteCache = new WeakMap<Doc, Span[]>();

/**
 * The quoted stretches of the article: the quotes stage's spans when it has run, otherwise a light
 * pairing of quotation marks within each block (“…”, "…", ``…'' of old wire copy).
 */
export function quoteSpans(doc: Doc): Span[] {
  let spans = quoteCache.get(doc);
  if (spans) return spans;
  spans = doc.quotes.length ? doc.quotes.map((q) => ({ start: q.start, end: q.end })) : findQuotes(doc);
  quoteCache.set(doc, spans);
  return spans;
}

const QUOTE_PAIR = /“[^“”\n]{1,2000}(?:”|$)|"[^"\n]{1,2000}(?:"|$)|``[^`\n]{1,2000}(?:''|$)/g;

function findQuotes(doc: Doc): Span[] {
  const out: Span[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'front-matter') continue;
    const line = doc.text.slice(b.start, b.end);
    QUOTE_PAIR.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = QUOTE_PAIR.exec(line))) out.push({ start: b.start + m.index, end: b.start + m.index + m[0].length });
  }
  return out;
}

/** True when [start, end) overlaps one of the spans (spans sorted by start). */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  for (const s of spans) {
    if (s.start >= end) break;
    if (start < s.end && s.start < end) return true;
  }
  return false;
}

/** The run of non-space characters around an offset ("https://x.com/a.b", "joburgetc.comSecurity"). */
export function nonSpaceRun(text: string, at: number): string {
  let s = at;
  let e = at;
  while (s > 0 && !/\s/.test(text[s - 1])) s--;
  while (e < text.length && !/\s/.test(text[e])) e++;
  return text.slice(s, e);
}

/** A URL, e-mail address, file path or handle, in which dots and case follow other rules. */
export function looksLikeAddress(run: string): boolean {
  // Domain endings in lower case, as addresses are written ("Reno.Gov. Jeb Bush" is two sentences).
  return /:\/\/|^www\.|@|\/|\\|\.(?:com|org|net|gov|edu|io|co|uk|de|fr|ru|ua|info|html?|php|pdf|jpg|png|COM|ORG|NET)\b/.test(run);
}

/** Blocks whose text is article prose (not a table row, front matter or page furniture). */
export function isProse(kind: string): boolean {
  return kind === 'paragraph' || kind === 'question' || kind === 'list-item' || kind === 'source';
}
