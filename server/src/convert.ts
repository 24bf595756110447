// Core findings -> LSP shapes. Offsets are UTF-16, as LSP positions are by default.
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver/node';
import type { Diagnostic as LspDiagnostic, Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Severity, Span } from './core';

/** The README on the project page; each rule has a heading named after its code (`### garbled.mojibake`). */
export const README_URL = 'https://github.com/newsdesk/newsdesk';

/** The GitHub anchor of a code's README heading: lower case, dots dropped (`#garbledmojibake`). */
export function ruleAnchor(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-');
}

export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostic(doc: TextDocument, d: Diagnostic): LspDiagnostic {
  const out: LspDiagnostic = {
    range: toRange(doc, d),
    severity: SEVERITY[d.severity] ?? DiagnosticSeverity.Warning,
    code: d.code,
    codeDescription: { href: `${README_URL}#${ruleAnchor(d.code)}` },
    source: 'newsdesk',
    message: d.message,
  };
  if (d.unnecessary) out.tags = [DiagnosticTag.Unnecessary];
  return out;
}
