// The contract of `newsdesk analyze --jsonl` and `--files-from`: one JSON line out per article, in input
// order. schema/analysis-line.schema.json is generated from AnalysisLine at build time
// (scripts/schemas.mjs), so a pipeline reading the lines and the code writing them share one definition.
import type { ArticleAnalysis } from '../core/types';

/** The article's id: the input line's `id` (string or number), its line number when it has none, or the path with --files-from. */
export type ItemId = string | number;

/** Why an item could not be analysed; the codes are documented in the README ("Batch"). */
export type BatchErrorCode = 'bad-json' | 'no-text' | 'bad-field' | 'binary' | 'bad-encoding' | 'too-large' | 'unreadable' | 'analysis-failed';

/** An article analysed. */
export interface AnalysisResultLine {
  id: ItemId;
  /** The input line's `source`, carried through when it has one. */
  source?: string;
  /** The analysis; its `file` is the id as a string. */
  analysis: ArticleAnalysis;
}

/** An article that could not be analysed; the stream goes on. */
export interface AnalysisErrorLine {
  id: ItemId;
  error: {
    code: BatchErrorCode;
    /** What was wrong, for a person. */
    message: string;
  };
}

/**
 * One line of `newsdesk analyze --jsonl` (or `--files-from`): an article's analysis or why there is none.
 * Offsets in the analysis are UTF-16 code-unit offsets into the article's text; end is exclusive.
 * @title Newsdesk analysis line (analyze --jsonl), analysis version 1.2
 * @id https://newsdesk.dev/schema/analysis-line.schema.json
 */
export type AnalysisLine = AnalysisResultLine | AnalysisErrorLine;
