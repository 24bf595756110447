// Pairs quotation marks into quoted spans, block by block (a block is one paragraph line).
// Double marks: “ ” „ « » " and TeX/TimeBank-style `` ''. Single marks (‘ ’ ') make a quote of their own only
// outside double quotes (British or headline style); inside a double quote they are nested and belong to it.
// Apostrophes (it’s, Russians’ deal, ’90s) are never taken as marks: a single opening mark must follow
// white space or an opening bracket/dash and a closing one must not be followed by a letter.
// A quote left open at the end of a paragraph continues when the next paragraph opens with a quotation
// mark (the newspaper convention) or closes before opening a new one; otherwise it is unbalanced.
import type { Span } from '../types';

export interface MarkedQuote extends Span {
  /** The content between the marks (the marks of continued paragraphs stay inside). */
  innerStart: number;
  innerEnd: number;
  /** Double quotes are `"`, single-mark quotes `'`. */
  mark: '"' | "'";
}

export interface MarkResult {
  quotes: MarkedQuote[];
  /** Opening (or stray closing) marks that have no partner. */
  unbalanced: Span[];
}

/** Blocks between which a quote may continue (ordinary running text). */
export interface QuoteBlock extends Span {
  prose: boolean;
}

type Role = 'open' | 'close' | 'either';

interface Mark {
  at: number;
  len: number;
  role: Role;
}

const OPEN_CONTEXT = /[\s([{\-–—/:;“"‘'«]/;
const SPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The double quotation marks of one block, each with the role its shape allows. */
function doubleMarks(text: string, start: number, end: number): Mark[] {
  const out: Mark[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0x201e || c === 0xab) out.push({ at: i, len: 1, role: 'open' });
    else if (c === 0x201d || c === 0xbb) out.push({ at: i, len: 1, role: 'close' });
    else if (c === 0x22) out.push({ at: i, len: 1, role: 'either' });
    else if (c === 0x60 && text.charCodeAt(i + 1) === 0x60) {
      out.push({ at: i, len: 2, role: 'open' });
      i++;
    } else if (c === 0x27 && text.charCodeAt(i + 1) === 0x27 && i + 1 < end) {
      out.push({ at: i, len: 2, role: 'close' });
      i++;
    }
  }
  return out;
}

function looksOpening(text: string, at: number, len: number, blockStart: number, blockEnd: number): boolean {
  const before = at > blockStart ? text[at - 1] : ' ';
  const after = at + len < blockEnd ? text[at + len] : ' ';
  return OPEN_CONTEXT.test(before) && !SPACE.test(after);
}

function looksClosing(text: string, at: number, len: number, blockStart: number, blockEnd: number): boolean {
  const before = at > blockStart ? text[at - 1] : ' ';
  const after = at + len < blockEnd ? text[at + len] : ' ';
  return !SPACE.test(before) && !LETTER_OR_DIGIT.test(after);
}

/** The family of a mark: curly “ ”, straight ", TeX `` '', guillemets « ». */
type Style = 'curly' | 'straight' | 'tex' | 'guillemet';

function styleOf(text: string, at: number): Style {
  const c = text[at];
  if (c === '"') return 'straight';
  if (c === '`' || c === "'") return 'tex';
  if (c === '«' || c === '»') return 'guillemet';
  return 'curly';
}

interface Open {
  style: Style;
  at: number;
  len: number;
  /** Where the whole (possibly multi-paragraph) quote began. */
  quoteStart: number;
  innerStart: number;
  /** Quotes nested one level inside; they stand on their own if this one is never closed. */
  inner: MarkedQuote[];
}

export function findQuotes(text: string, blocks: readonly QuoteBlock[]): MarkResult {
  const quotes: MarkedQuote[] = [];
  const unbalanced: Span[] = [];
  let carried = null as Open | null;
  /** An opening mark left without partner: report it, and keep the quotes that were nested in it. */
  const fail = (o: Open) => {
    unbalanced.push({ start: o.at, end: o.at + o.len });
    quotes.push(...o.inner);
  };
  const opening = (at: number, len: number): Open => ({ at, len, quoteStart: at, innerStart: at + len, style: styleOf(text, at), inner: [] });

  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    const marks = doubleMarks(text, block.start, block.end);
    let open: Open | null = null;
    let m = 0;
    if (carried) {
      const first = marks[0];
      // A continued quote re-opens with the same kind of mark; another kind starts a new quote.
      const sameStyle = !!first && styleOf(text, first.at) === carried.style;
      if (first && sameStyle && first.at - block.start <= 1 && (first.role === 'open' || (first.role === 'either' && looksOpening(text, first.at, first.len, block.start, block.end)))) {
        // The paragraph re-opens the quote: it continues.
        open = { ...carried };
        m = 1;
      } else if (first && sameStyle && (first.role === 'close' || (first.role === 'either' && !looksOpening(text, first.at, first.len, block.start, block.end)))) {
        open = { ...carried };
      } else {
        fail(carried);
      }
      carried = null;
    }
    const doubles: Span[] = [];
    let nest: Style[] = [];
    let nestAt = -1;
    let nestLen = 1;
    for (; m < marks.length; m++) {
      const mk = marks[m];
      const canOpen = looksOpening(text, mk.at, mk.len, block.start, block.end);
      const canClose = looksClosing(text, mk.at, mk.len, block.start, block.end);
      if (open) {
        const style = styleOf(text, mk.at);
        const closes = mk.role === 'close' || (mk.role === 'either' && !(canOpen && !canClose)) || (mk.role === 'open' && canClose && !canOpen);
        if (nest.length) {
          // Inside a nested quote of another style: “He said "no" to me.”
          if (closes) {
            nest.pop();
            if (!nest.length && mk.at > nestAt + nestLen) {
              open.inner.push({ start: nestAt, end: mk.at + mk.len, innerStart: nestAt + nestLen, innerEnd: mk.at, mark: '"' });
            }
          } else nest.push(style);
          continue;
        }
        if (closes) {
          if (mk.at > open.innerStart) {
            quotes.push({ start: open.quoteStart, end: mk.at + mk.len, innerStart: open.innerStart, innerEnd: mk.at, mark: '"' });
            doubles.push({ start: open.quoteStart, end: mk.at + mk.len });
          }
          open = null;
        } else if (style !== open.style) {
          nest.push(style);
          nestAt = mk.at;
          nestLen = mk.len;
        } else if (closesAt(text, marks, m + 1, block) && closesAt(text, marks, m + 2, block)) {
          // “I’d rather live in what he calls “hell” than here.”: the same mark nested, two closers follow.
          nest.push(style);
          nestAt = mk.at;
          nestLen = mk.len;
        } else {
          // A mark that can only open while a quote is open: the earlier one was never closed.
          fail(open);
          open = opening(mk.at, mk.len);
        }
      } else if (mk.role === 'open' || (mk.role === 'either' && !(canClose && !canOpen)) || (mk.role === 'close' && canOpen && !canClose)) {
        open = opening(mk.at, mk.len);
        nest = [];
      } else {
        unbalanced.push({ start: mk.at, end: mk.at + mk.len }); // a closing mark with no opening one
      }
    }
    if (open) {
      const next = blocks[b + 1];
      if (block.prose && next && next.prose && open.at < block.end) carried = open;
      else fail(open);
      if (carried) doubles.push({ start: open.quoteStart, end: block.end });
    }
    singleQuotes(text, block, doubles, quotes);
  }
  if (carried) fail(carried);
  quotes.sort((a, b) => a.start - b.start);
  return { quotes, unbalanced };
}

/** Whether marks[i] can only be read as a closing mark. */
function closesAt(text: string, marks: readonly Mark[], i: number, block: Span): boolean {
  const mk = marks[i];
  if (!mk) return false;
  if (mk.role === 'close') return true;
  return mk.role === 'either' && looksClosing(text, mk.at, mk.len, block.start, block.end) && !looksOpening(text, mk.at, mk.len, block.start, block.end);
}

const SINGLE_OPEN = new Set([0x2018, 0x27]);
const SINGLE_CLOSE = new Set([0x2019, 0x27]);

/** Quotes in single marks outside double quotes: ‘game-changing’. */
function singleQuotes(text: string, block: Span, doubles: readonly Span[], out: MarkedQuote[]): void {
  let d = 0;
  const limit = block.end;
  for (let i = block.start; i < limit; i++) {
    while (d < doubles.length && doubles[d].end <= i) d++;
    if (d < doubles.length && doubles[d].start <= i) {
      i = doubles[d].end - 1;
      continue;
    }
    const c = text.charCodeAt(i);
    if (!SINGLE_OPEN.has(c)) continue;
    if (c === 0x27 && text.charCodeAt(i + 1) === 0x27) {
      i++;
      continue;
    }
    const before = i > block.start ? text[i - 1] : ' ';
    const after = i + 1 < limit ? text[i + 1] : ' ';
    if (!OPEN_CONTEXT.test(before) || !/[\p{L}\p{N}]/u.test(after)) continue;
    if (/\d/.test(after) && /^\d\ds\b/.test(text.slice(i + 1, i + 5))) continue; // ’90s
    const stop = Math.min(limit, i + 400, d < doubles.length ? doubles[d].start : limit);
    let close = -1;
    let fallback = -1;
    for (let j = i + 2; j < stop; j++) {
      const cj = text.charCodeAt(j);
      if (!SINGLE_CLOSE.has(cj)) continue;
      const next = j + 1 < limit ? text[j + 1] : ' ';
      if (/[\p{L}\p{N}]/u.test(next) || /\s/.test(text[j - 1])) continue;
      if (/[sS]/.test(text[j - 1]) && /\s/.test(next)) {
        if (fallback < 0) fallback = j; // a possessive plural ("the Russians’ offer") or a closing mark
        continue;
      }
      close = j;
      break;
    }
    if (close < 0) close = fallback;
    if (close < 0) continue;
    out.push({ start: i, end: close + 1, innerStart: i + 1, innerEnd: close, mark: "'" });
    i = close;
  }
}
