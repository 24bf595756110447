// One version of a statement against the fullest version of it:
//  - same: the same normalized words (./normalize);
//  - shortened: a contiguous part of the fullest, or parts of it in order joined where the source marks
//    a cut (an ellipsis, a bracketed insertion); also a version that goes on where the fullest stops
//    (two sources quoting overlapping stretches of one speech: neither changed a word);
//  - altered: words added, removed without a mark, or changed between the first and the last word the
//    two versions share, or different words at an edge in the same sentence ("this government will"
//    against "the government will");
//  - null: too little in common to be the same statement (a slogan the speaker repeats in another one),
//    or both go on, with different words, before (or after) the words they share: two excerpts of one
//    statement cannot (one of them starts, or stops, inside the other) unless a mark says so.
import { align, type Alignment } from './align';
import { isContentWord } from './content-words';
import type { QuoteWord } from './normalize';
import { isQualifier } from './qualifiers';

export type WordsClass = 'same' | 'shortened' | 'altered';

/** One step of the word difference from the fullest version to this one. */
/** A run of words of a version's difference from the fullest. */
export interface DiffPart {
  /** same: both print it; removed: the fullest's words left out without a mark; added: words only this version prints; cut: the fullest's words this version leaves out at its ends or at a marked cut. */
  op: 'same' | 'removed' | 'added' | 'cut';
  text: string;
}

export interface Comparison {
  cls: WordsClass;
  diff: DiffPart[];
  /** Qualifiers or negations of the fullest's sentence this version cut off at its ends without an ellipsis. */
  droppedQualifiers: string[];
  /** Words both print, in order. */
  shared: number;
}

/**
 * A version is called altered only when it shares at least this many words with the fullest: two partial
 * quotations that share a four-word phrase and differ around it ("reports having 987 subsidiaries in
 * offshore tax havens" / "maintained subsidiaries in offshore tax havens") are as likely two statements.
 */
const MIN_SHARED_ALTERED = 6;

/** At most this many words may differ at an edge for the difference to be a change rather than a different cut. */
const EDGE_CHANGE = 3;

export function compareVersions(full: readonly QuoteWord[], version: readonly QuoteWord[]): Comparison | null {
  const fn = full.map((w) => w.norm);
  const vn = version.map((w) => w.norm);
  if (fn.join(' ') === vn.join(' ')) return { cls: 'same', diff: [{ op: 'same', text: surfaces(version) }], droppedQualifiers: [], shared: vn.length };
  const pairs = anchored(align(fn, vn), fn);
  // Fewer shared words than a statement's run (./group MIN_RUN): nothing to compare.
  if (pairs.length < 4) return null;
  const diff: Array<{ op: DiffPart['op']; words: QuoteWord[] }> = [];
  let changed = 0;
  const [fi0, vi0] = pairs[0];
  const [fiN, viN] = pairs[pairs.length - 1];
  // Leading edge.
  const preF = full.slice(0, fi0);
  const preV = version.slice(0, vi0);
  if (preF.length && preV.length && preF.length <= EDGE_CHANGE && preV.length <= EDGE_CHANGE && !full[fi0].breakBefore && !version[vi0].breakBefore) {
    diff.push({ op: 'removed', words: preF }, { op: 'added', words: preV });
    changed += Math.max(preF.length, preV.length);
  } else if (preF.length && preV.length && !version[vi0].markBefore) {
    // Both go on before the shared words, with different words: no two excerpts of one statement do that.
    return null;
  } else {
    if (preF.length) diff.push({ op: 'cut', words: preF });
    if (preV.length) diff.push({ op: 'same', words: preV });
  }
  let marked = false;
  for (let k = 0; k < pairs.length; k++) {
    const [fi, vi] = pairs[k];
    if (k > 0) {
      const [pf, pv] = pairs[k - 1];
      const gapF = full.slice(pf + 1, fi);
      const gapV = version.slice(pv + 1, vi);
      const mark = version.slice(pv + 1, vi + 1).some((w) => w.markBefore);
      if (mark) marked = true;
      if (gapF.length) {
        if (mark && !gapV.length) diff.push({ op: 'cut', words: gapF });
        else {
          diff.push({ op: 'removed', words: gapF });
          changed += gapF.length;
        }
      }
      if (gapV.length) {
        diff.push({ op: 'added', words: gapV });
        changed += gapV.length;
      }
    }
    diff.push({ op: 'same', words: [version[vi]] });
  }
  // Trailing edge.
  const postF = full.slice(fiN + 1);
  const postV = version.slice(viN + 1);
  if (postF.length && postV.length && postF.length <= EDGE_CHANGE && postV.length <= EDGE_CHANGE && !full[fiN + 1].breakBefore && !version[viN + 1].breakBefore) {
    diff.push({ op: 'removed', words: postF }, { op: 'added', words: postV });
    changed += Math.max(postF.length, postV.length);
  } else if (postF.length && postV.length && !version[viN + 1].markBefore) {
    return null;
  } else {
    if (postF.length) diff.push({ op: 'cut', words: postF });
    if (postV.length) diff.push({ op: 'same', words: postV });
  }
  // Changed words, and little in common, or more changed than kept: not a version of this statement but
  // another one sharing some words. (Unchanged overlapping stretches of a speech may share little.)
  if (changed && (changed > pairs.length || pairs.length * 2 < Math.min(vn.length, fn.length) || pairs.length < MIN_SHARED_ALTERED)) return null;
  const cls: WordsClass = changed ? 'altered' : 'shortened';
  const droppedQualifiers = cls === 'shortened' && !marked && !version.some((w) => w.markBefore || w.markAfter) ? cutQualifiers(full, fi0, fiN) : [];
  return { cls, diff: mergeParts(diff), droppedQualifiers, shared: pairs.length };
}

/**
 * The alignment without its coincidental edges: a matched island (words consecutive in both versions)
 * at either end that is a lone word or holds no content word, and lies more than a few words from the
 * next island ("of the" matched far from the words two partial quotations share), is dropped while
 * another island remains. Two partial quotations
 * of one speaker that share a phrase would otherwise read as one altered statement.
 */
function anchored(pairs: Alignment, full: readonly string[]): Alignment {
  const islands: Alignment[] = [];
  for (const p of pairs) {
    const last = islands[islands.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && p[0] === prev[0] + 1 && p[1] === prev[1] + 1) last.push(p);
    else islands.push([p]);
  }
  const weak = (island: Alignment) => island.length < 2 || !island.some(([f]) => isContentWord(full[f]));
  // Far from the next island: more than an edge change's words between them in either version.
  const far = (x: Alignment, y: Alignment) => {
    const [fx, vx] = x[x.length - 1];
    const [fy, vy] = y[0];
    return fy - fx - 1 > EDGE_CHANGE || vy - vx - 1 > EDGE_CHANGE;
  };
  while (islands.length > 1 && weak(islands[0]) && far(islands[0], islands[1])) islands.shift();
  while (islands.length > 1 && weak(islands[islands.length - 1]) && far(islands[islands.length - 2], islands[islands.length - 1])) islands.pop();
  return islands.flat();
}

/** Negations and qualifiers in the fullest's words before `first` and after `last` that are in the same sentence as the kept words. */
function cutQualifiers(full: readonly QuoteWord[], first: number, last: number): string[] {
  const out: string[] = [];
  for (let k = first - 1; k >= 0 && !full[k + 1].breakBefore; k--) if (isQualifier(full[k].norm)) out.unshift(full[k].surface);
  for (let k = last + 1; k < full.length && !full[k].breakBefore; k++) if (isQualifier(full[k].norm)) out.push(full[k].surface);
  return [...new Set(out)];
}

/** The words as printed; a contraction that expands to two words ("don't": do, not) is printed once. */
function surfaces(words: readonly QuoteWord[]): string {
  const out: string[] = [];
  let last = -1;
  for (const w of words) {
    if (w.start === last) continue;
    out.push(w.surface);
    last = w.start;
  }
  return out.join(' ');
}

function mergeParts(diff: Array<{ op: DiffPart['op']; words: QuoteWord[] }>): DiffPart[] {
  const merged: Array<{ op: DiffPart['op']; words: QuoteWord[] }> = [];
  for (const d of diff) {
    const last = merged[merged.length - 1];
    if (last && last.op === d.op) last.words.push(...d.words);
    else merged.push({ op: d.op, words: [...d.words] });
  }
  return merged.map((d) => ({ op: d.op, text: surfaces(d.words) }));
}
