// The findings of `newsdesk check` as text lines (`file:line:col: severity code message`, the format
// of compilers that editors and CI logs already parse; package.json contributes a VS Code problem
// matcher for it) or as SARIF 2.1.0 results (code-scanning tools). Lines and columns are 1-based;
// columns count UTF-16 code units, as VS Code's and SARIF's default do.
import type { ArticleAnalysis, Severity } from '../core';

export const SEVERITY_RANK: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };

export interface Finding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: string;
  message: string;
}

export function findingsOf(analysis: ArticleAnalysis, text: string): Finding[] {
  const starts = lineStarts(text);
  return analysis.diagnostics.map((d) => {
    const a = position(starts, d.start);
    const b = position(starts, d.end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, severity: d.severity, code: d.code, message: d.message };
  });
}

/** Offsets where lines start; \r\n, \n and \r end a line, as in VS Code. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function position(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

/** One finding a line; the message on one line (a newline would break the matcher's pattern). */
export function formatFindingLines(file: string, findings: readonly Finding[]): string {
  return findings.map((f) => `${file}:${f.line}:${f.column}: ${f.severity} ${f.code} ${f.message.replace(/\s+/g, ' ').trim()}\n`).join('');
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** The SARIF `result` objects of one article, comma-separated (the caller puts them in the run's `results` array). */
export function sarifResults(file: string, findings: readonly Finding[]): string {
  const uri = artifactUri(file);
  return findings.map((f) => JSON.stringify({
    ruleId: f.code,
    level: SARIF_LEVEL[f.severity],
    message: { text: f.message },
    locations: [{
      physicalLocation: {
        artifactLocation: uri.base ? { uri: uri.uri, uriBaseId: uri.base } : { uri: uri.uri },
        region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
      },
    }],
    properties: { severity: f.severity },
  })).join(',\n');
}

/** A relative path is relative to the source root (%SRCROOT%, as code scanning expects); an absolute one a file: URI. */
function artifactUri(file: string): { uri: string; base?: string } {
  const slashed = file.replace(/\\/g, '/');
  if (/^[A-Za-z]:\//.test(slashed)) return { uri: `file:///${encodeURI(slashed)}` };
  if (slashed.startsWith('/')) return { uri: `file://${encodeURI(slashed)}` };
  return { uri: encodeURI(slashed.replace(/^\.\//, '')), base: '%SRCROOT%' };
}

/** The SARIF log around the results: written before and after them, so results stream. */
export function sarifHead(): string {
  return '{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"results":[\n';
}

export function sarifTail(version: string, codes: ReadonlySet<string>): string {
  const rules = [...codes].sort().map((id) => ({ id, helpUri: `https://github.com/newsdesk/newsdesk#${id.replace(/\./g, '')}` }));
  const tool = { driver: { name: 'Newsdesk', version, informationUri: 'https://github.com/newsdesk/newsdesk', rules } };
  return `\n],"tool":${JSON.stringify(tool)},"columnKind":"utf16CodeUnits"}]}\n`;
}
