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
    return this.boilerplate.some((b) => span.start < b.end && b.start < span.end);
  }

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
