// Quick fixes: the core's Diagnostic.fixes for each newsdesk diagnostic in the request's context.
import { CodeActionKind } from 'vscode-languageserver/node';
import type { CodeAction, CodeActionParams, Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import { toRange } from '../convert';
import type { Article } from './article';
import { ignoreInFileEdit, SILENCE_COMMAND } from './silence';

export function codeActions(article: Article, params: CodeActionParams): CodeAction[] {
  const a = article.analysis;
  if (!a) return [];
  const doc = article.doc;
  const out: CodeAction[] = [];
  const only = params.context.only;
  if (only && !only.some((k) => CodeActionKind.QuickFix.startsWith(k))) return [];
  for (const lsp of params.context.diagnostics) {
    if (lsp.source !== 'newsdesk') continue;
    for (const d of a.diagnostics) {
      if (d.code !== lsp.code || !sameRange(toRange(doc, d), lsp)) continue;
      (d.fixes ?? []).forEach((fix, i) => {
        out.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [lsp],
          isPreferred: i === 0,
          edit: { changes: { [article.uri]: fix.edits.map((e) => ({ range: toRange(doc, e), newText: e.newText })) } },
        });
      });
      const text = doc.getText().slice(d.start, d.end);
      out.push({
        title: `Silence this finding (${d.code})`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [lsp],
        command: { title: 'Silence this finding', command: SILENCE_COMMAND, arguments: [{ uri: article.uri, code: d.code, text }] },
      });
      out.push({
        title: `Silence ${d.code} in this file (front matter)`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [lsp],
        edit: { changes: { [article.uri]: [ignoreInFileEdit(doc, d.code)] } },
      });
    }
  }
  return out;
}

function sameRange(r: LspDiagnostic['range'], d: LspDiagnostic): boolean {
  return r.start.line === d.range.start.line && r.start.character === d.range.start.character
    && r.end.line === d.range.end.line && r.end.character === d.range.end.character;
}
