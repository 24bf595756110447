// Word alignment of two versions of a statement: which words of one are the same words of the other,
// in order (a longest common subsequence), and the longest run of words both print together.
// Versions are quotations, a few dozen words; longer ones are cut to MAX_WORDS so the quadratic table
// stays small.

import { isContentWord } from './content-words';

export const MAX_WORDS = 400;

/** Matched word pairs [index in a, index in b], in increasing order of both. */
export type Alignment = Array<[number, number]>;

export function align(a: readonly string[], b: readonly string[]): Alignment {
  const n = Math.min(a.length, MAX_WORDS);
  const m = Math.min(b.length, MAX_WORDS);
  // suffix table: len[i][j] = LCS of a[i..] and b[j..]
  const width = m + 1;
  const len = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      len[i * width + j] = a[i] === b[j] ? len[(i + 1) * width + j + 1] + 1 : Math.max(len[(i + 1) * width + j], len[i * width + j + 1]);
    }
  }
  const out: Alignment = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j] && len[i * width + j] === len[(i + 1) * width + j + 1] + 1) {
      out.push([i, j]);
      i++;
      j++;
    } else if (len[(i + 1) * width + j] >= len[i * width + j + 1]) i++;
    else j++;
  }
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
