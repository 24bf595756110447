// Document symbols (headline and sections, for the Outline and breadcrumbs), folding ranges for
// sections and page furniture, and workspace symbols (entities and headlines in any article).
import { FoldingRangeKind, SymbolKind } from 'vscode-languageserver/node';
import type { DocumentSymbol, FoldingRange, SymbolInformation } from 'vscode-languageserver/node';
import type { EntityType } from '../core';
import { toRange } from '../convert';
import { displayName, firstFullMention } from './article';
import type { Article } from './article';
import type { MergedEntity } from './entity-merge';
import { normalizeName } from './entity-merge';

export function documentSymbols(article: Article): DocumentSymbol[] {
  const a = article.analysis;
  if (!a) return [];
  const doc = article.doc;
  const text = doc.getText();
  const sections: DocumentSymbol[] = a.sections.map((s) => {
    const titleEnd = Math.min(s.end, s.start + s.title.length);
    return {
      name: s.title.trim() || '(section)',
      kind: SymbolKind.Namespace,
      range: toRange(doc, s),
      selectionRange: toRange(doc, { start: s.start, end: titleEnd }),
    };
  });
  if (!a.headline) return sections;
  const whole = { start: a.headline.start, end: Math.max(a.headline.end, ...a.sections.map((s) => s.end), text.length) };
  return [{
    name: a.headline.text.trim() || '(headline)',
    detail: 'headline',
    kind: SymbolKind.File,
    range: toRange(doc, whole),
    selectionRange: toRange(doc, a.headline),
    children: sections.filter((s) => a.headline!.end <= doc.offsetAt(s.range.start)),
  }, ...sections.filter((s) => a.headline!.end > doc.offsetAt(s.range.start))];
}

export function foldingRanges(article: Article): FoldingRange[] {
  const a = article.analysis;
  if (!a) return [];
  const doc = article.doc;
  const out: FoldingRange[] = [];
  const add = (start: number, end: number, kind?: string) => {
    const startLine = doc.positionAt(start).line;
    let endPos = doc.positionAt(end);
    if (endPos.character === 0 && endPos.line > startLine) endPos = { line: endPos.line - 1, character: 0 };
    if (endPos.line > startLine) out.push(kind ? { startLine, endLine: endPos.line, kind } : { startLine, endLine: endPos.line });
  };
  for (const s of a.sections) add(s.start, trimEnd(doc.getText(), s.end));
  for (const b of a.boilerplate) add(b.start, b.end, FoldingRangeKind.Comment);
  return out;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

const ENTITY_KIND: Record<EntityType, SymbolKind> = {
  person: SymbolKind.Object,
  organization: SymbolKind.Struct,
  place: SymbolKind.Namespace,
};

const MAX_SYMBOLS = 1000;

/** Matches when every query word starts a word of the name, or the name contains the query. */
function matches(query: string, name: string): boolean {
  if (!query) return true;
  const n = normalizeName(name);
  if (n.includes(query)) return true;
  const words = n.split(' ');
  return query.split(' ').every((q) => words.some((w) => w.startsWith(q)));
}

export function workspaceSymbols(query: string, merged: MergedEntity[], articles: Article[], byUri: (uri: string) => Article | undefined): SymbolInformation[] {
  const q = normalizeName(query);
  const out: SymbolInformation[] = [];
  for (const m of merged) {
    if (out.length >= MAX_SYMBOLS) break;
    if (!matches(q, m.name) && !m.spellings.some((s) => matches(q, s))) continue;
    for (const r of m.refs) {
      const article = byUri(r.uri);
      const first = firstFullMention(r.entity);
      if (!article || !first) continue;
      out.push({
        name: m.name,
        kind: ENTITY_KIND[m.type] ?? SymbolKind.Object,
        location: { uri: r.uri, range: toRange(article.doc, first) },
        containerName: article.analysis?.headline?.text ?? displayName(r.uri),
      });
    }
  }
  for (const a of articles) {
    if (out.length >= MAX_SYMBOLS) break;
    const h = a.analysis?.headline;
    if (h && matches(q, h.text)) {
      out.push({ name: h.text, kind: SymbolKind.File, location: { uri: a.uri, range: toRange(a.doc, h) }, containerName: displayName(a.uri) });
    }
  }
  return out;
}
