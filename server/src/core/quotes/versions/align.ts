// Word alignment of two versions of a statement: which words of one are the same words of the other,
// in order (grown from shared runs), and the longest run of words both print together.
// Versions are quotations, a few dozen words; longer ones are cut to MAX_WORDS so the quadratic table
// stays small.

import { isContentWord } from './content-words';

export const MAX_WORDS = 400;

/** Matched word pairs [index in a, index in b], in increasing order of both. */
export type Alignment = Array<[number, number]>;

/**
 * The alignment grown from the longest shared run outwards: the longest run of words both print
 * together is matched first, then the words left of it and right of it are aligned the same way. A
 * plain longest common subsequence would match a short version's "by" to the first "by" of a long
 * one ("defined not by the words ... by standing watch" against "by standing watch") and tear the
 * version apart; runs keep the words together that the sources print together.
 */
export function align(a: readonly string[], b: readonly string[]): Alignment {
  const out: Alignment = [];
  const step = (a0: number, a1: number, b0: number, b1: number) => {
    if (a0 >= a1 || b0 >= b1) return;
    const run = longestRun(a.slice(a0, a1), b.slice(b0, b1));
    if (!run) return;
    step(a0, a0 + run.a, b0, b0 + run.b);
    for (let k = 0; k < run.length; k++) out.push([a0 + run.a + k, b0 + run.b + k]);
    step(a0 + run.a + run.length, a1, b0 + run.b + run.length, b1);
  };
  step(0, Math.min(a.length, MAX_WORDS), 0, Math.min(b.length, MAX_WORDS));
  return out;
}

export interface Run {
  /** Start in a, start in b, length in words. */
  a: number;
  b: number;
  length: number;
  /** Content words in the run. */
  content: number;
}

/** The longest run of words a and b print together, by content words then by length. */
export function longestRun(a: readonly string[], b: readonly string[]): Run | null {
  const n = Math.min(a.length, MAX_WORDS);
  const m = Math.min(b.length, MAX_WORDS);
  let best: Run | null = null;
  // Content words of a[0..i), so that a run's count is a subtraction.
  const contentBefore = new Uint16Array(n + 1);
  for (let i = 0; i < n; i++) contentBefore[i + 1] = contentBefore[i] + (isContentWord(a[i]) ? 1 : 0);
  let prev = new Uint16Array(m + 1);
  let cur = new Uint16Array(m + 1);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : 0;
      const length = cur[j];
      if (!length) continue;
      // Only at the end of a run (the next pair differs) is the run whole.
      if (i < n && j < m && a[i] === b[j]) continue;
      const content = contentBefore[i] - contentBefore[i - length];
      if (!best || content > best.content || (content === best.content && length > best.length)) best = { a: i - length, b: j - length, length, content };
    }
    [prev, cur] = [cur, prev];
    cur.fill(0);
  }
  return best;
}
