// Figures that disagree: the same kind of amount for the same thing, with values that differ but not
// by much ($100 billion vs a $90-billion figure). "The same thing" is read from closeness: in one
// article, figures at most two sentences apart in one paragraph; across articles, figures whose
// sentences share at least three key words. A heuristic: it reports, it does not decide who is right.
import type { ArticleAnalysis, Figure } from '../types';
import type { Disagreement } from './workspace';
import { keysOf, shared } from './keys';

const MAX_RATIO = 1.25;
const KINDS: ReadonlySet<string> = new Set(['money', 'count', 'quantity', 'percent']);

interface Placed {
  file: string;
  figure: Figure;
  sentence: string;
  sentenceStart: number;
  block: number;
  keys: string[];
  order: number;
}

export function figureDisagreements(articles: ReadonlyArray<Pick<ArticleAnalysis, 'file' | 'figures'>>, texts: Map<string, string>): Disagreement[] {
  const placed: Placed[] = [];
  for (const a of articles) {
    const text = texts.get(a.file);
    if (!text) continue;
    for (const f of a.figures) {
      if (!KINDS.has(f.kind) || f.value === null || f.value === 0) continue;
      const s = sentenceAround(text, f.start, f.end);
      placed.push({
        file: a.file, figure: f, sentence: text.slice(s.start, s.end), sentenceStart: s.start,
        block: lineIndex(text, f.start), keys: keysOf(text.slice(s.start, s.end)).words, order: s.order,
      });
    }
  }
  const parent = placed.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) if (sameThing(placed[i], placed[j])) parent[find(j)] = find(i);
  }
  const groups = new Map<number, Placed[]>();
  placed.forEach((p, i) => {
    const r = find(i);
    groups.set(r, [...(groups.get(r) ?? []), p]);
  });
  const out: Disagreement[] = [];
  for (const g of groups.values()) {
    if (g.length < 2 || new Set(g.map((p) => p.figure.value)).size < 2) continue;
    out.push({
      subject: subjectOf(g[0]),
      kind: 'figure',
      values: g.map((p) => ({ value: describe(p.figure), file: p.file, start: p.figure.start, end: p.figure.end, text: p.figure.text })),
    });
  }
  return out;
}

function sameThing(a: Placed, b: Placed): boolean {
  const fa = a.figure;
  const fb = b.figure;
  if (fa.kind !== fb.kind || (fa.unit ?? '') !== (fb.unit ?? '')) return false;
  // Equal values join a group too, so that one disagreement lists every report of the thing.
  const hi = Math.max(fa.value!, fb.value!);
  const lo = Math.min(fa.value!, fb.value!);
  if (lo <= 0 || hi / lo > MAX_RATIO) return false;
  if (a.file === b.file) return a.block === b.block && Math.abs(a.order - b.order) <= 2;
  return shared(a.keys, b.keys).length >= 3;
}

function describe(f: Figure): string {
  return f.unit ? `${f.value} ${f.unit}` : String(f.value);
}

function subjectOf(p: Placed): string {
  const rest = p.sentence.slice(p.figure.end - p.sentenceStart).trim().split(/\s+/u).slice(0, 5);
  const out: string[] = [];
  for (const w of rest) {
    const stop = /[,;:!?]$/u.test(w) || (/\.$/u.test(w) && !/^(?:\p{Lu}\.)+$/u.test(w));
    out.push(stop ? w.slice(0, -1) : w);
    if (stop) break;
  }
  return `${p.figure.text} ${out.join(' ')}`.trim();
}

function lineIndex(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** A full stop ends a sentence unless it ends an initial or an abbreviation like "U.S.". */
function endsSentence(text: string, i: number): boolean {
  if (text[i] === '\n') return true;
  if (!/[.!?]/u.test(text[i]) || !/\s|^$/u.test(text[i + 1] ?? '')) return false;
  return !(text[i] === '.' && /(?:^|[\s.])\p{Lu}$/u.test(text.slice(Math.max(0, i - 2), i)));
}

function sentenceAround(text: string, start: number, end: number): { start: number; end: number; order: number } {
  let s = start;
  while (s > 0 && !endsSentence(text, s - 1)) s--;
  let e = end;
  while (e < text.length && !endsSentence(text, e)) e++;
  let order = 0;
  for (let i = s - 1; i >= 0 && text[i] !== '\n'; i--) if (endsSentence(text, i)) order++;
  return { start: s, end: Math.min(text.length, e + 1), order };
}
