// One article as the server sees it: a text snapshot (for positions) and its analysis, or the
// reason it was not analysed (size limit, binary file). Open documents and indexed files alike.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { analyze } from '../core';
import type { ArticleAnalysis, Entity, Span, TextSpan } from '../core';
import * as path from 'node:path';
import { withoutNotNames } from '../core/entities/glossary';
import type { ArticleOptions, FolderOptions, ServerSettings } from '../settings';

export interface Article {
  uri: string;
  version: number;
  /** A snapshot: never mutated, so positions always match the analysis. */
  doc: TextDocument;
  analysis: ArticleAnalysis | null;
  /** Why there is no analysis, for the user. */
  refused: string | null;
  /** The full semantic tokens, when the background worker encoded them with the analysis. */
  tokens?: number[];
  /** The analysis passed its deadline and was stopped (`refused` says so): a diagnostic shows it. */
  stopped?: boolean;
}

export function sizeLimitMessage(uri: string, bytes: number, limitKB: number): string {
  return `Newsdesk: ${displayName(uri)} is ${Math.ceil(bytes / 1024)} KB, over the limit of ${limitKB} KB (newsdesk.maxFileSizeKB); it is not analysed.`;
}

export function analyseText(uri: string, version: number, text: string, settings: ServerSettings): Article {
  return refusedForSize(uri, version, text, settings) ?? analysedArticle(uri, version, text, analyzeArticle(text, analyzeOptionsFor(uri, settings)));
}

/** The article of a text over the size limit (newsdesk.maxFileSizeKB), or null when it is within it. */
export function refusedForSize(uri: string, version: number, text: string, settings: ServerSettings): Article | null {
  const bytes = text.length * 3 <= settings.maxFileSizeKB * 1024 ? text.length : Buffer.byteLength(text, 'utf8');
  if (bytes <= settings.maxFileSizeKB * 1024) return null;
  const doc = TextDocument.create(uri, 'news-article', version, text);
  return { uri, version, doc, analysis: null, refused: sizeLimitMessage(uri, bytes, settings.maxFileSizeKB) };
}

/**
 * The options for one article: the settings', plus the glossary and silenced findings of the
 * workspace folder holding it (the innermost; its glossary entries win over the setting's file).
 */
export function analyzeOptionsFor(uri: string, settings: ServerSettings): ArticleOptions {
  const file = uriKey(uri);
  let own: Omit<FolderOptions, 'folder'> | undefined = settings.loose;
  let depth = -1;
  for (const f of settings.folders ?? []) {
    if ((file === f.folder || file.startsWith(f.folder.endsWith(path.sep) ? f.folder : f.folder + path.sep)) && f.folder.length > depth) {
      own = f;
      depth = f.folder.length;
    }
  }
  const base = settings.analyzeOptions;
  if (!own || (!own.glossary.length && !own.notNames.length && !own.silenced.length)) return { ...base, file: uri };
  return {
    ...base,
    file: uri,
    glossary: [...(base.glossary ?? []), ...own.glossary],
    silenced: [...(base.silenced ?? []), ...own.silenced],
    notNames: own.notNames,
  };
}

/** The core's analysis with the user's "not a name" corrections applied. */
export function analyzeArticle(text: string, options: ArticleOptions): ArticleAnalysis {
  return withoutNotNames(analyze(text, options), options.notNames);
}

/** The article of a text and its analysis (computed here or in the background, see ./background). */
export function analysedArticle(uri: string, version: number, text: string, analysis: ArticleAnalysis): Article {
  return { uri, version, doc: TextDocument.create(uri, 'news-article', version, text), analysis, refused: null };
}

export function refusedArticle(uri: string, reason: string): Article {
  return { uri, version: 0, doc: TextDocument.create(uri, 'news-article', 0, ''), analysis: null, refused: `Newsdesk: ${displayName(uri)}: ${reason}` };
}

/** The key under which a URI is stored: file URIs by path, so that differently encoded URIs of one file agree. */
export function uriKey(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return fileURLToPath(uri);
  } catch {
    return uri;
  }
}

export function displayName(uri: string): string {
  const key = uriKey(uri);
  return key.split(/[\\/]/).pop() || key;
}

export const contains = (offset: number) => (s: Span) => s.start <= offset && offset < s.end;
/** Like `contains`, but a cursor just after a span's last character still counts (editors put it there). */
export const touches = (offset: number) => (s: Span) => s.start <= offset && offset <= s.end;

export function entityAt(a: ArticleAnalysis, offset: number): { entity: Entity; mention: TextSpan } | null {
  for (const entity of a.entities) {
    const mention = entity.mentions.find(contains(offset));
    if (mention) return { entity, mention };
  }
  for (const entity of a.entities) {
    const mention = entity.mentions.find(touches(offset));
    if (mention) return { entity, mention };
  }
  return null;
}

/** The entity's first full-name mention: the first whose text is the canonical name, else the longest first. */
export function firstFullMention(e: Entity): TextSpan | null {
  if (!e.mentions.length) return null;
  const name = fold(e.name);
  const exact = e.mentions.find((m) => fold(m.text) === name);
  if (exact) return exact;
  let best = e.mentions[0];
  for (const m of e.mentions) if (m.text.length > best.text.length) best = m;
  return best;
}

function fold(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}
