// LSP settings (section "newsdesk") -> core options and server limits. Read through
// workspace/configuration (or initializationOptions.settings) and applied without a restart.
import type { AnalyzeOptions, GlossaryEntry } from './core';
import type { SilencedFinding } from './core/options';
import { DEFAULT_MAX_FILE_SIZE_KB } from './core';

export interface ServerSettings {
  maxFileSizeKB: number;
  debounceMs: number;
  /** An analysis is stopped after this much CPU time per started 256 KB of text (0: never); see features/background.ts. */
  analysisTimeoutMs: number;
  /** Globs of plain-text files that are articles (besides *.news and *.article). */
  include: string[];
  inlayHints: { speakers: boolean; dates: boolean };
  analyzeOptions: Omit<AnalyzeOptions, 'file'>;
  /** Each workspace folder's own glossary and silenced findings (.newsdesk/*.json, see features/folder-data.ts). */
  folders?: FolderOptions[];
  /** The same for documents outside every folder. */
  loose?: Omit<FolderOptions, 'folder'>;
}

export interface FolderOptions {
  /** Absolute path of the workspace folder. */
  folder: string;
  glossary: GlossaryEntry[];
  notNames: string[];
  silenced: SilencedFinding[];
}

/** The analysis options with the names marked "not a name", dropped after the analysis (core/entities/glossary.ts). */
export type ArticleOptions = AnalyzeOptions & { notNames?: string[] };

export const DEFAULT_SETTINGS: ServerSettings = {
  maxFileSizeKB: DEFAULT_MAX_FILE_SIZE_KB,
  debounceMs: 150,
  analysisTimeoutMs: 5000,
  include: ['**/*.txt'],
  inlayHints: { speakers: true, dates: true },
  analyzeOptions: {},
};

export function readSettings(raw: unknown): ServerSettings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const max = Number(s.maxFileSizeKB);
  const diagnostics = (s.diagnostics && typeof s.diagnostics === 'object' ? s.diagnostics : {}) as Record<string, { enabled?: boolean; severity?: string }>;
  const families: NonNullable<AnalyzeOptions['diagnostics']> = {};
  for (const [family, v] of Object.entries(diagnostics)) {
    if (!v || typeof v !== 'object') continue;
    const severity = ['error', 'warning', 'information', 'hint'].includes(String(v.severity)) ? (v.severity as 'warning') : undefined;
    families[family] = { enabled: v.enabled !== false, severity };
  }
  const hints = (s.inlayHints && typeof s.inlayHints === 'object' ? s.inlayHints : {}) as Record<string, unknown>;
  const include = Array.isArray(s.include) ? s.include.filter((g): g is string => typeof g === 'string' && g.length > 0) : DEFAULT_SETTINGS.include;
  const debounce = Number(s.debounceMs);
  const timeout = Number(s.analysisTimeoutMs);
  const analyzeOptions: ServerSettings['analyzeOptions'] = { diagnostics: families };
  if (Array.isArray(s.glossary)) analyzeOptions.glossary = s.glossary.filter(isGlossaryEntry);
  if (Array.isArray(s.silenced)) {
    analyzeOptions.silenced = s.silenced
      .filter((f): f is SilencedFinding => !!f && typeof f.code === 'string' && typeof f.text === 'string')
      .map((f) => ({ code: f.code, text: f.text }));
  }
  return {
    maxFileSizeKB: Number.isFinite(max) && max > 0 ? max : DEFAULT_MAX_FILE_SIZE_KB,
    debounceMs: Number.isFinite(debounce) && debounce >= 0 ? debounce : DEFAULT_SETTINGS.debounceMs,
    analysisTimeoutMs: Number.isFinite(timeout) && timeout >= 0 ? timeout : DEFAULT_SETTINGS.analysisTimeoutMs,
    include,
    inlayHints: { speakers: hints.speakers !== false, dates: hints.dates !== false },
    analyzeOptions,
  };
}

function isGlossaryEntry(v: unknown): v is GlossaryEntry {
  const e = v as GlossaryEntry;
  return !!e && typeof e === 'object' && typeof e.name === 'string' && ['person', 'organization', 'place'].includes(e.type);
}
