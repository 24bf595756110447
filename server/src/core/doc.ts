// The working document that pipeline components read and annotate, in the manner of a spaCy Doc:
// one text, layers added by small components in a fixed order (see pipeline.ts).
import type {
  Boilerplate, DateMention, Diagnostic, Entity, Figure, Headline, Quote, Section, Span, TimelineEvent,
} from './types';
import type { AnalyzeOptions } from './options';

export type BlockKind =
  | 'front-matter'
  | 'headline'
  | 'kicker'
  | 'dateline'
  | 'section'
  | 'paragraph'
  | 'table-header'
  | 'table-row'
  | 'list-item'
  | 'question'
  | 'source'
  | 'boilerplate';

/** A non-empty line of the article with what it is. Plain-text articles put one paragraph on a line. */
export interface Block extends Span {
  kind: BlockKind;
  /** For `boilerplate` blocks: why. */
  reason?: string;
}

export interface Sentence extends Span {
  /** Index into Doc.blocks. */
  block: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token extends Span {
  text: string;
  kind: TokenKind;
  /** The text in lower case (the same string when it is already). */
  lower: string;
  /** Starts with a capital letter. */
  cap: boolean;
}

/** "WASHINGTON –" / "KYIV, Ukraine, Aug. 17 (Reuters) —" at the start of the story. */
export interface Dateline extends Span {
  place: Span & { text: string };
  /** The date written in the dateline ("Aug. 17"), if any. */
  date: (Span & { text: string }) | null;
}

export interface FrontMatter extends Span {
  fields: Record<string, string>;
}

export class Doc {
  readonly text: string;
  readonly options: AnalyzeOptions;
  frontMatter: FrontMatter | null = null;
  blocks: Block[] = [];
  sentences: Sentence[] = [];
  tokens: Token[] = [];
  headline: Headline | null = null;
  /** The dateline, found by the structure stage (internal layer, not in the public analysis). */
  dateline: Dateline | null = null;
  sections: Section[] = [];
  boilerplate: Boilerplate[] = [];
  publishedDate: string | null = null;
  entities: Entity[] = [];
  quotes: Quote[] = [];
  /** Internal: quotation marks with no partner (set by the quotes stage, reported by diagnostics). */
  unbalancedQuotes: Span[] = [];
  figures: Figure[] = [];
  dates: DateMention[] = [];
  diagnostics: Diagnostic[] = [];
  timeline: TimelineEvent[] = [];

  constructor(text: string, options: AnalyzeOptions = {}) {
    this.text = text;
    this.options = options;
  }

  /** True when the span lies in page furniture, from which nothing is extracted. */
  inBoilerplate(span: Span): boolean {
    const bp = this.boilerplate;
    if (bp.length < 8) {
      for (const b of bp) if (span.start < b.end && b.start < span.end) return true;
      return false;
    }
    // Binary search over the ranges sorted by start, with the running maximum of their ends
    // (rebuilt when the layer is replaced or grows): O(log n) per span instead of a scan.
    let ix = this.bpIndex;
    if (!ix || ix.of !== bp || ix.length !== bp.length) ix = this.bpIndex = boilerplateIndex(bp);
    // The last range starting before span.end overlaps when the furthest end up to it lies past span.start.
    const i = lowerBoundStart(ix.starts, span.end) - 1;
    return i >= 0 && ix.maxEnd[i] > span.start;
  }

  private bpIndex: BoilerplateIndex | null = null;

  /** The block that contains an offset, or undefined (blank lines belong to none). */
  blockAt(offset: number): Block | undefined {
    return findContaining(this.blocks, offset);
  }

  sentenceAt(offset: number): Sentence | undefined {
    return findContaining(this.sentences, offset);
  }

  /** Tokens whose start lies inside the span, in order. */
  tokensIn(span: Span): Token[] {
    const first = lowerBound(this.tokens, span.start);
    const out: Token[] = [];
    for (let i = first; i < this.tokens.length && this.tokens[i].start < span.end; i++) out.push(this.tokens[i]);
    return out;
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }
}

/** Index of the first span whose start is >= offset, in spans sorted by start. */
export function lowerBound(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function findContaining<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  const i = lowerBound(spans, offset + 1) - 1;
  if (i >= 0 && spans[i].start <= offset && offset < spans[i].end) return spans[i];
  return undefined;
}

interface BoilerplateIndex {
  of: readonly Span[];
  length: number;
  /** Starts, ascending. */
  starts: Float64Array;
  /** maxEnd[i]: the largest end among the ranges at sorted positions 0..i. */
  maxEnd: Float64Array;
}

function boilerplateIndex(bp: readonly Span[]): BoilerplateIndex {
  const sorted = bp.every((b, i) => i === 0 || bp[i - 1].start <= b.start) ? bp : [...bp].sort((a, b) => a.start - b.start);
  const starts = new Float64Array(sorted.length);
  const maxEnd = new Float64Array(sorted.length);
  let max = -Infinity;
  sorted.forEach((b, i) => {
    starts[i] = b.start;
    max = Math.max(max, b.end);
    maxEnd[i] = max;
  });
  return { of: bp, length: bp.length, starts, maxEnd };
}

/** Index of the first value >= x in ascending values. */
function lowerBoundStart(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
