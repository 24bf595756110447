// Stamps for the incremental newsdesk/workspace request: one short string per article that changes
// whenever what the client shows of it changes (its text or its analysis), computed once per analysis.
import { createHash } from 'node:crypto';
import type { ArticleAnalysis } from '../core';
import type { Article } from './article';

const stamps = new WeakMap<ArticleAnalysis, string>();

/**
 * The article's stamp: a SHA-1 (first 96 bits, base64url) of its text and its analysis as JSON. Open
 * documents and indexed files alike; equal text and equal analysis give the same stamp after a re-index
 * or a server restart, so the client keeps what it has. Null when the article has no analysis.
 */
export function articleStamp(article: Article): string | null {
  const analysis = article.analysis;
  if (!analysis) return null;
  let stamp = stamps.get(analysis);
  if (stamp === undefined) {
    const hash = createHash('sha1');
    hash.update(article.doc.getText());
    hash.update('\0');
    hash.update(JSON.stringify(analysis));
    stamp = hash.digest('base64url').slice(0, 16);
    stamps.set(analysis, stamp);
  }
  return stamp;
}
