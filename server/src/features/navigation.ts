// Document highlights, go to definition and find references for the entity under the cursor.
import { DocumentHighlightKind } from 'vscode-languageserver/node';
import type { DocumentHighlight, Location } from 'vscode-languageserver/node';
import { toRange } from '../convert';
import { entityAt, firstFullMention } from './article';
import type { Article } from './article';
import type { MergedEntity } from './entity-merge';

export function highlights(article: Article, offset: number): DocumentHighlight[] {
  const hit = article.analysis && entityAt(article.analysis, offset);
  if (!hit) return [];
  const first = firstFullMention(hit.entity);
  return hit.entity.mentions.map((m) => ({
    range: toRange(article.doc, m),
    kind: m === first ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}

export function definition(article: Article, offset: number): Location | null {
  const hit = article.analysis && entityAt(article.analysis, offset);
  const first = hit && firstFullMention(hit.entity);
  return first ? { uri: article.uri, range: toRange(article.doc, first) } : null;
}

/** Every mention of the entity in every article of the workspace (this article's first). */
export function references(
  article: Article,
  offset: number,
  merged: (e: import('../core').Entity) => MergedEntity | undefined,
  byUri: (uri: string) => Article | undefined,
): Location[] {
  const hit = article.analysis && entityAt(article.analysis, offset);
  if (!hit) return [];
  const group = merged(hit.entity);
  const refs = group ? group.refs : [{ uri: article.uri, entity: hit.entity }];
  const out: Location[] = [];
  const current = new Set(article.analysis!.entities);
  let hitDone = false;
  const ordered = [...refs].sort((x, y) => Number(y.uri === article.uri) - Number(x.uri === article.uri) || x.uri.localeCompare(y.uri));
  for (const r of ordered) {
    // In this article only entities of its current analysis count: a merge made before the last
    // edit may still hold the previous analysis, whose ranges are stale.
    if (r.uri === article.uri && !current.has(r.entity)) continue;
    const other = r.uri === article.uri ? article : byUri(r.uri);
    if (!other) continue;
    if (r.entity === hit.entity) hitDone = true;
    for (const m of r.entity.mentions) out.push({ uri: r.uri, range: toRange(other.doc, m) });
  }
  if (!hitDone) out.unshift(...hit.entity.mentions.map((m) => ({ uri: article.uri, range: toRange(article.doc, m) })));
  return out;
}
