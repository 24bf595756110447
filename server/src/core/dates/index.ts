// Dates, absolute and relative, normalized to TIMEX3-style values (issue #6).
// Rules: rules.ts (one file per kind of expression); calendar arithmetic: calendar.ts, resolve.ts; the article's own date: anchor.ts.
import type { Component } from '../component';
import type { Block, Doc } from '../doc';
import type { DateAnchorKind, DateMention } from '../types';
import type { DateReading } from './context';
import { parseDay } from './calendar';
import { anchorOf, isDatelineDate, isStampDate, publishedAnchor, setAnchor, type Anchor } from './anchor';
import { collect, readDates, type Candidate, type Found, type ScanState } from './scan';

export { anchorOf } from './anchor';

const SKIP: ReadonlySet<string> = new Set(['front-matter', 'boilerplate']);
const FULL_DATE_RULES: ReadonlySet<string> = new Set(['month-day-year', 'day-month-year', 'iso', 'numeric-us']);

interface BlockFinds {
  block: Block;
  found: Found[];
}

export const dates: Component = {
  name: 'dates',
  run(doc: Doc) {
    const blocks = doc.blocks.filter((b) => !SKIP.has(b.kind));
    const cands = blocks.map((b) => collect(doc.text.slice(b.start, b.end)));
    let anchor = publishedAnchor(doc);
    let finds = readAll(doc, blocks, cands, anchor);
    if (!anchor) {
      anchor = datelineAnchor(doc, finds) ?? inferredAnchor(doc, finds);
      if (anchor) {
        if (anchor.source === 'dateline' && !doc.publishedDate) doc.publishedDate = anchor.iso;
        finds = readAll(doc, blocks, cands, anchor);
      }
    }
    setAnchor(doc, anchor);
    const out: DateMention[] = [];
    for (const { block, found } of finds) {
      for (const f of found) {
        const start = block.start + f.start;
        const end = block.start + f.end;
        const mention: DateMention = { start, end, text: doc.text.slice(start, end), value: f.reading.value, relative: f.reading.relative };
        const from = countedFrom(f.reading, anchor);
        if (from) {
          mention.anchor = from.kind;
          mention.anchorDate = from.date;
        }
        out.push(mention);
      }
    }
    doc.dates = out;
    void anchorOf;
  },
};

function readAll(doc: Doc, blocks: Block[], cands: Candidate[][], anchor: Anchor | null): BlockFinds[] {
  const state: ScanState = { lastQuarter: null, lastDate: null, docText: doc.text };
  const cache = new Map<number, string>();
  return blocks.map((block, bi) => {
    const text = doc.text.slice(block.start, block.end);
    const sentenceOf = (offset: number): { text: string; at: number } => {
      const s = doc.sentenceAt(block.start + offset);
      if (!s) return { text, at: offset };
      let t = cache.get(s.start);
      if (t === undefined) {
        t = doc.text.slice(s.start, s.end);
        cache.set(s.start, t);
      }
      return { text: t, at: block.start + offset - s.start };
    };
    state.blockStart = block.start;
    return { block, found: readDates(text, cands[bi], anchor?.date ?? null, state, sentenceOf) };
  });
}

/**
 * What a relative date with a calendar value was counted from: a date the text named before it ("later that
 * year"), or the article's anchor: the publication date (front matter, caller, dateline), or, in an article
 * with none, the latest date it states, which is a date in the text too.
 */
function countedFrom(reading: DateReading, anchor: Anchor | null): { kind: DateAnchorKind; date: string } | null {
  const v = reading.value;
  if (!reading.relative || !v || !/^\d{4}/.test(v) || v.includes('X')) return null;
  if (reading.fromText) return { kind: 'text', date: reading.fromText };
  if (!anchor) return null;
  return { kind: anchor.source === 'inferred' ? 'text' : 'published', date: anchor.iso };
}

function datelineAnchor(doc: Doc, finds: BlockFinds[]): Anchor | null {
  for (const { block, found } of finds.slice(0, 4)) {
    if (block.kind === 'table-row' || block.kind === 'list-item') continue;
    const text = doc.text.slice(block.start, block.end);
    for (const f of found) {
      if (!FULL_DATE_RULES.has(f.rule) || !f.reading.value) continue;
      if (!isDatelineDate(text, f.start, f.end) || isStampDate(text, f.start)) continue;
      const d = parseDay(f.reading.value);
      if (d) return { date: d, iso: f.reading.value.slice(0, 10), source: 'dateline' };
    }
  }
  return null;
}

/**
 * The latest full date of an article with no publication date, as the day it speaks from. Not when the
 * text names a later year than that date (an obituary's "born on November 25, 1915" beside "in 2003"):
 * the article then speaks from a time it does not fix, and its "last week" stays unresolved.
 */
function inferredAnchor(doc: Doc, finds: BlockFinds[]): Anchor | null {
  let best: string | null = null;
  let latestYear = '';
  for (const { block, found } of finds) {
    const text = doc.text.slice(block.start, block.end);
    for (const f of found) {
      const v = f.reading.value;
      if (v && !f.reading.relative && /^\d{4}/.test(v) && v.slice(0, 4) > latestYear) latestYear = v.slice(0, 4);
      if (!FULL_DATE_RULES.has(f.rule) || !v || isStampDate(text, f.start)) continue;
      if (best === null || v > best) best = v;
    }
  }
  const d = parseDay(best);
  if (!d || !best || best.slice(0, 4) < latestYear) return null;
  return { date: d, iso: best.slice(0, 10), source: 'inferred' };
}
