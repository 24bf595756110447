// Figures that disagree: the same kind of amount for the same thing, with values that differ but not
// by much ($100 billion vs a $90-billion figure). "The same thing" is read from closeness: in one
// article, figures at most two sentences apart in one paragraph; across articles, figures whose
// sentences share at least three key words. A heuristic: it reports, it does not decide who is right.
// Figures disagree only where the text lets them: "about 300" and 310, "more than 300,000" and 350,000,
// "5-8 years" and 6 years are compatible; N295 billion and N285 billion, or "above 10%" and "just below
// 10%", are not (see allowed()).
import type { ArticleAnalysis, Figure, FigureKeys } from '../types';
import type { Disagreement } from './workspace-types';
import { keysOf, shared } from './keys';

const MAX_RATIO = 1.25;
const KINDS: ReadonlySet<string> = new Set(['money', 'count', 'quantity', 'percent']);

interface Placed {
  file: string;
  figure: Figure;
  keys: FigureKeys;
}

/** True for a figure that can take part in a disagreement: an amount other than zero. */
export function comparable(f: Figure): boolean {
  return KINDS.has(f.kind) && f.value !== null && f.value !== 0;
}

/**
 * Where each comparable figure stands and what its sentence is about (the `keys` of the analysis):
 * computed with the text at analysis time, so that the figures of analyses can be compared without it.
 */
export function figureKeys(text: string, figures: readonly Figure[]): Array<FigureKeys | null> {
  let index: Boundaries | null = null;
  // The key words of a sentence, read once however many figures it holds (a table row or a line of
  // statistics can hold hundreds; reading the sentence again for each made that quadratic).
  const wordsOf = new Map<number, string[]>();
  return figures.map((f) => {
    if (!comparable(f)) return null;
    index ??= boundaries(text);
    const s = sentenceAround(text, index, f.start, f.end);
    const sentence = text.slice(s.start, s.end);
    let words = wordsOf.get(s.start);
    if (!words) wordsOf.set(s.start, (words = keysOf(sentence).words));
    return { words, line: countAtMost(index.newlines, f.start - 1), order: s.order, subject: subjectOf(f, sentence, f.end - s.start) };
  });
}

/**
 * The last answer of figureDisagreements and what it was computed from. A language server asks twice
 * for the same articles after an edit (the editor's findings and the workspace timeline, issue 17):
 * the second time is answered from here. The disagreements are never changed by their users.
 */
let last: { files: string[]; figures: Array<readonly Figure[]>; texts: Array<string | undefined>; out: Disagreement[] } | null = null;

/** Figures of the articles that disagree. A figure's keys come with it (analysis 1.2) or from its article's text. */
export function figureDisagreements(articles: ReadonlyArray<Pick<ArticleAnalysis, 'file' | 'figures'>>, texts: Map<string, string>): Disagreement[] {
  const files = articles.map((a) => a.file);
  const figures = articles.map((a) => a.figures);
  const textsOf = files.map((f) => texts.get(f));
  const l = last;
  if (l && l.files.length === files.length && files.every((f, i) => f === l.files[i] && figures[i] === l.figures[i] && textsOf[i] === l.texts[i])) return l.out;
  const out = computeFigureDisagreements(articles, texts);
  last = { files, figures, texts: textsOf, out };
  return out;
}

function computeFigureDisagreements(articles: ReadonlyArray<Pick<ArticleAnalysis, 'file' | 'figures'>>, texts: Map<string, string>): Disagreement[] {
  const placed: Placed[] = [];
  for (const a of articles) {
    const text = texts.get(a.file);
    let computed: Array<FigureKeys | null> | null = null;
    a.figures.forEach((f, i) => {
      if (!comparable(f)) return;
      let keys = f.keys;
      if (!keys && text) keys = (computed ??= figureKeys(text, a.figures))[i] ?? undefined;
      if (keys) placed.push({ file: a.file, figure: f, keys });
    });
  }
  const parent = placed.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r];
    while (parent[i] !== r) [parent[i], i] = [r, parent[i]];
    return r;
  };
  const union = (i: number, j: number) => {
    parent[find(j)] = find(i);
  };
  // Only figures of one kind and unit within MAX_RATIO of each other can be the same thing: sorted by
  // value, each is compared with the few next to it, not with every figure of the workspace.
  // Within one article, by the rule for one article (same line, sentences close):
  const byFile = new Map<string, number[]>();
  placed.forEach((p, i) => {
    const list = byFile.get(p.file);
    if (list) list.push(i);
    else byFile.set(p.file, [i]);
  });
  for (const list of byFile.values()) {
    if (list.length < 2) continue;
    const byValue = list.sort((x, y) => placed[x].figure.value! - placed[y].figure.value! || x - y);
    for (let a = 0; a < byValue.length; a++) {
      const lo = placed[byValue[a]].figure.value!;
      if (lo <= 0) continue; // sameThing wants both above zero
      for (let b = a + 1; b < byValue.length && placed[byValue[b]].figure.value! / lo <= MAX_RATIO; b++) {
        if (sameThing(placed[byValue[a]], placed[byValue[b]])) union(byValue[a], byValue[b]);
      }
    }
  }
  // Across articles, whether two figures are the same thing depends only on their kind, unit, rate,
  // value and sentence key words (their shape): shapes are compared, not figures, so an archive that
  // reports one figure a thousand times compares it once. Two shapes that match join all their figures
  // when these come from two articles or more: each figure then meets one from another article
  // directly or through its own shape (three shared key words make a shape match itself).
  const shapes = new Map<string, Shape>();
  placed.forEach((p, i) => {
    const f = p.figure;
    const k = `${f.kind}\u0000${f.unit ?? ''}\u0000${f.per ?? ''}\u0000${f.value}\u0000${p.keys.words.join(' ')}`;
    const shape = shapes.get(k);
    if (shape) {
      shape.members.push(i);
      shape.files.add(p.file);
    } else shapes.set(k, { first: p, members: [i], files: new Set([p.file]), joined: false });
  });
  const joinAll = (x: Shape) => {
    if (x.joined) return;
    for (const m of x.members) union(x.members[0], m);
    x.joined = true;
  };
  const list = [...shapes.values()].sort((x, y) => x.first.figure.value! - y.first.figure.value! || x.members[0] - y.members[0]);
  for (let a = 0; a < list.length; a++) {
    const x = list[a];
    const lo = x.first.figure.value!;
    if (lo <= 0) continue;
    for (let b = a; b < list.length && list[b].first.figure.value! / lo <= MAX_RATIO; b++) {
      const y = list[b];
      // Two shapes of one article only: no pair across articles (the loop above did that article).
      if (x.files.size === 1 && y.files.size === 1 && [...x.files][0] === [...y.files][0]) continue;
      if (!sameShape(x.first, y.first)) continue;
      joinAll(x);
      joinAll(y);
      union(x.members[0], y.members[0]);
    }
  }
  const groups = new Map<number, Placed[]>();
  placed.forEach((p, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(p);
    else groups.set(r, [p]);
  });
  const out: Disagreement[] = [];
  for (const g of groups.values()) {
    if (g.length < 2 || !anyConflict(g.map((p) => p.figure))) continue;
    out.push({
      subject: g[0].keys.subject,
      kind: 'figure',
      values: g.map((p) => ({ value: describe(p.figure), file: p.file, start: p.figure.start, end: p.figure.end, text: p.figure.text })),
    });
  }
  return out;
}

interface Shape {
  first: Placed;
  members: number[];
  files: Set<string>;
  /** True once all its figures are joined. */
  joined: boolean;
}

/** Two figures of one kind, unit and rate, both above zero and within MAX_RATIO of each other: they may be one thing. */
function closeAlike(fa: Figure, fb: Figure): boolean {
  if (fa.kind !== fb.kind || (fa.unit ?? '') !== (fb.unit ?? '') || (fa.per ?? '') !== (fb.per ?? '')) return false;
  // Equal values join a group too, so that one disagreement lists every report of the thing.
  const hi = Math.max(fa.value!, fb.value!);
  const lo = Math.min(fa.value!, fb.value!);
  return lo > 0 && hi / lo <= MAX_RATIO;
}

/** Figures of two articles with these shapes are the same thing (sameThing across articles). */
function sameShape(a: Placed, b: Placed): boolean {
  return closeAlike(a.figure, b.figure) && shared(a.keys.words, b.keys.words).length >= 3;
}

function sameThing(a: Placed, b: Placed): boolean {
  if (!closeAlike(a.figure, b.figure)) return false;
  if (a.file === b.file) return a.keys.line === b.keys.line && Math.abs(a.keys.order - b.keys.order) <= 2;
  return shared(a.keys.words, b.keys.words).length >= 3;
}

function describe(f: Figure): string {
  const amount = f.low != null && f.high != null ? `${f.low}–${f.high}` : String(f.value);
  const text = `${f.qualifier ? `${f.qualifier} ` : ''}${amount}`;
  return `${f.unit ? `${text} ${f.unit}` : text}${f.per ? ` per ${f.per}` : ''}`;
}

// How far "about" reaches either side of its value, and "nearly" below it.
const ABOUT = 0.1;

/**
 * The values a figure allows, as [low, high]: its value when exact; both ends of a range; a band for
 * "about" and "nearly"; everything above or below for a bound ("more than 300" excludes 300 itself).
 * A ceiling ("up to $100 billion", "at most 5") counts as its value: news names the size of an offer,
 * a fine or a deployment that way, so another figure for that size is another claim.
 */
function allowed(f: Figure): [number, number] {
  const v = f.value!;
  const lo = f.low ?? v;
  const hi = f.high ?? v;
  const above = (x: number) => x + Math.abs(x) * 1e-9 + Number.MIN_VALUE;
  const below = (x: number) => x - Math.abs(x) * 1e-9 - Number.MIN_VALUE;
  switch (f.qualifier) {
    case 'about': return [lo * (1 - ABOUT), hi * (1 + ABOUT)];
    case 'nearly': return [lo * (1 - ABOUT), below(hi)];
    case 'more than': return [above(lo), Infinity];
    case 'at least': return [lo, Infinity];
    case 'less than': return [-Infinity, below(hi)];
    default: return [lo, hi];
  }
}

/**
 * True when two of the figures conflict, in one pass: some two allowed ranges are apart exactly when
 * the lowest upper end lies below the highest lower end (a group of a thousand reports of one count
 * is not compared pair by pair).
 */
function anyConflict(figures: Figure[]): boolean {
  let minHigh = Infinity;
  let maxLow = -Infinity;
  for (const f of figures) {
    const [lo, hi] = allowed(f);
    if (hi < minHigh) minHigh = hi;
    if (lo > maxLow) maxLow = lo;
  }
  return minHigh < maxLow;
}

/** Two reports of one thing conflict when no value fits both. */
export function conflict(a: Figure, b: Figure): boolean {
  const [alo, ahi] = allowed(a);
  const [blo, bhi] = allowed(b);
  return ahi < blo || bhi < alo;
}

/**
 * The figure and the words after it in its sentence, up to a clause break (at most five). The words are
 * read one match at a time from `from`, not by splitting the whole rest of the sentence: a sentence of
 * a thousand figures made that quadratic (the bench's "furniture line" family).
 */
function subjectOf(figure: Figure, sentence: string, from: number): string {
  const word = /\S+/gu;
  word.lastIndex = from;
  const out: string[] = [];
  for (let m = word.exec(sentence); m && out.length < 5; m = word.exec(sentence)) {
    const w = m[0];
    const stop = /[,;:!?]$/u.test(w) || (/\.$/u.test(w) && !/^(?:\p{Lu}\.)+$/u.test(w));
    out.push(stop ? w.slice(0, -1) : w);
    if (stop) break;
  }
  return `${figure.text} ${out.join(' ')}`.trim();
}

/** Where sentences and lines end in a text, found in one pass (not once per figure: a 1 MB line stays linear). */
interface Boundaries {
  ends: number[];
  newlines: number[];
}

function boundaries(text: string): Boundaries {
  const ends: number[] = [];
  const newlines: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') newlines.push(i);
    if (endsSentence(text, i)) ends.push(i);
  }
  return { ends, newlines };
}

/** How many of the sorted numbers are at most x. */
function countAtMost(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A full stop ends a sentence unless it ends an initial or an abbreviation like "U.S.". */
function endsSentence(text: string, i: number): boolean {
  if (text[i] === '\n') return true;
  if (!/[.!?]/u.test(text[i]) || !/\s|^$/u.test(text[i + 1] ?? '')) return false;
  return !(text[i] === '.' && /(?:^|[\s.])\p{Lu}$/u.test(text.slice(Math.max(0, i - 2), i)));
}

/** The sentence around a span, and how many sentences of its line come before it. */
function sentenceAround(text: string, b: Boundaries, start: number, end: number): { start: number; end: number; order: number } {
  const before = countAtMost(b.ends, start - 1);
  const s = before > 0 ? b.ends[before - 1] + 1 : 0;
  const after = countAtMost(b.ends, end - 1);
  const e = after < b.ends.length ? b.ends[after] : text.length;
  // Sentence ends after the line's newline and before the sentence (a newline is itself an end).
  const nl = countAtMost(b.newlines, s - 1);
  const lineStart = nl > 0 ? b.newlines[nl - 1] : -1;
  const order = countAtMost(b.ends, s - 1) - countAtMost(b.ends, lineStart);
  return { start: s, end: Math.min(text.length, e + 1), order };
}
