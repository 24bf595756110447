// For the rule tests: an article in, the flagged texts of one code out.
import { analyze } from '../analyze';
import type { AnalyzeOptions } from '../options';
import type { Diagnostic } from '../types';

export function findings(text: string, code: string, options: AnalyzeOptions = {}): Diagnostic[] {
  return analyze(text, options).diagnostics.filter((d) => d.code === code);
}

/** The flagged stretches of text for one code. */
export function flagged(text: string, code: string, options: AnalyzeOptions = {}): string[] {
  return findings(text, code, options).map((d) => text.slice(d.start, d.end));
}

/** The text after applying the first fix of every finding of one code. */
export function fixed(text: string, code: string): string {
  const edits = findings(text, code).flatMap((d) => d.fixes?.[0]?.edits ?? []).sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
