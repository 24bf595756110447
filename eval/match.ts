// Matching helpers shared by the evaluation sets: folding for text comparison, finding gold strings
// in a text, and one-to-one matching of gold items to predictions (so a duplicate prediction is
// one true positive plus one false positive, never two true positives).
import type { Counts } from './types';

export interface Span {
  start: number;
  end: number;
}

/** Folds curly quotes to straight ones, dashes to '-', collapses white space, trims, lowercases (as score-seeds.mjs). */
export function fold(s: unknown): string {
  return String(s ?? '')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The last word of a name, letters only ("Secretary of State Marco Rubio" -> "rubio"). */
export function lastName(s: unknown): string {
  return fold(s).replace(/[^a-z\s-]/g, '').split(' ').filter(Boolean).pop() ?? '';
}

/**
 * The text folded character by character, keeping every offset (one UTF-16 unit in, one out):
 * quotes and dashes folded, ASCII-safe lowercasing only where it keeps the length.
 */
export function foldKeepingOffsets(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\u2018' || c === '\u2019' || c === '\u201B' || c === '\u2032') out += "'";
    else if (c === '\u201C' || c === '\u201D' || c === '\u201F' || c === '\u2033') out += '"';
    else if (c === '\u2013' || c === '\u2014') out += '-';
    else if (/\s/.test(c)) out += ' ';
    else {
      const l = c.toLowerCase();
      out += l.length === 1 ? l : c;
    }
  }
  return out;
}

/** Where a gold string first occurs in the text (folded comparison), or null. White space runs in the needle match one white-space unit each. */
export function findFolded(foldedText: string, needle: string, from = 0): Span | null {
  const f = fold(needle);
  if (!f) return null;
  const i = foldedText.indexOf(f, from);
  return i < 0 ? null : { start: i, end: i + f.length };
}

/** Every occurrence of a gold string in the text (folded comparison). */
export function findAllFolded(foldedText: string, needle: string): Span[] {
  const out: Span[] = [];
  const f = fold(needle);
  if (!f) return out;
  for (let i = foldedText.indexOf(f); i >= 0; i = foldedText.indexOf(f, i + 1)) out.push({ start: i, end: i + f.length });
  return out;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export interface Matching<G, P> {
  pairs: Array<[G, P]>;
  /** Gold items no prediction matched (false negatives). */
  missed: G[];
  /** Predictions that matched no gold item, or only one already taken (false positives). */
  extra: P[];
}

/**
 * Pairs each gold item with at most one prediction and each prediction with at most one gold item.
 * Greedy: gold items in order take the first free prediction for which `same` holds. A prediction
 * that repeats an already matched one is therefore left over as a false positive.
 */
export function matchOneToOne<G, P>(gold: readonly G[], pred: readonly P[], same: (g: G, p: P) => boolean): Matching<G, P> {
  const used = new Array<boolean>(pred.length).fill(false);
  const pairs: Array<[G, P]> = [];
  const missed: G[] = [];
  for (const g of gold) {
    let found = -1;
    for (let j = 0; j < pred.length; j++) {
      if (!used[j] && same(g, pred[j])) {
        found = j;
        break;
      }
    }
    if (found < 0) missed.push(g);
    else {
      used[found] = true;
      pairs.push([g, pred[found]]);
    }
  }
  const extra = pred.filter((_, j) => !used[j]);
  return { pairs, missed, extra };
}

export function countsOf<G, P>(m: Matching<G, P>): Counts {
  return { tp: m.pairs.length, fp: m.extra.length, fn: m.missed.length };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export const ZERO: Counts = Object.freeze({ tp: 0, fp: 0, fn: 0 });

/** Typed spans scored exactly (same start, end and type), as CoNLL NER scoring does. */
export function matchTypedSpans<T extends Span & { type: string }>(gold: readonly T[], pred: readonly T[]): Matching<T, T> {
  return matchOneToOne(gold, pred, (g, p) => g.type === p.type && sameSpan(g, p));
}
