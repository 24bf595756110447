// LSP settings (section "newsdesk") -> core options and server limits.
import type { AnalyzeOptions } from './core';
import { DEFAULT_MAX_FILE_SIZE_KB } from './core';

export interface ServerSettings {
  maxFileSizeKB: number;
  debounceMs: number;
  analyzeOptions: Omit<AnalyzeOptions, 'file'>;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  maxFileSizeKB: DEFAULT_MAX_FILE_SIZE_KB,
  debounceMs: 150,
  analyzeOptions: {},
};

export function readSettings(raw: unknown): ServerSettings {
  const s = (raw ?? {}) as Record<string, unknown>;
  const max = Number(s.maxFileSizeKB);
  const diagnostics = (s.diagnostics ?? {}) as Record<string, { enabled?: boolean; severity?: string }>;
  const families: NonNullable<AnalyzeOptions['diagnostics']> = {};
  for (const [family, v] of Object.entries(diagnostics)) {
    if (!v || typeof v !== 'object') continue;
    const severity = ['error', 'warning', 'information', 'hint'].includes(String(v.severity)) ? (v.severity as 'warning') : undefined;
    families[family] = { enabled: v.enabled !== false, severity };
  }
  return {
    maxFileSizeKB: Number.isFinite(max) && max > 0 ? max : DEFAULT_MAX_FILE_SIZE_KB,
    debounceMs: DEFAULT_SETTINGS.debounceMs,
    analyzeOptions: { diagnostics: families },
  };
}
