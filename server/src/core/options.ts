import type { EntityType, Severity } from './types';

export interface GlossaryEntry {
  name: string;
  type: EntityType;
  aliases?: string[];
  role?: string;
}

/** Per-family switches and severities, keyed by the family prefix of the code (`garbled`, `claim`). */
export interface DiagnosticSettings {
  [family: string]: { enabled?: boolean; severity?: Severity } | undefined;
}

export interface AnalyzeOptions {
  /** Name reported in ArticleAnalysis.file. */
  file?: string;
  /** The article's date when known from outside the text (ISO date); front matter wins over it. */
  publishedDate?: string | null;
  /** User glossary entries; they override built-in knowledge. */
  glossary?: GlossaryEntry[];
  diagnostics?: DiagnosticSettings;
  /** Findings the user has checked and silenced: a diagnostic with this code whose text equals `text` is dropped. */
  silenced?: SilencedFinding[];
}

export interface SilencedFinding {
  code: string;
  text: string;
}
