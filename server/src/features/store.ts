// The open documents' analyses, computed on demand from the current text and cached per version:
// a request is always answered from an analysis of exactly the text the client had when it sent it.
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyseText, uriKey } from './article';
import type { Article } from './article';
import type { ServerSettings } from '../settings';

export class OpenArticles {
  private cache = new Map<string, Article>();

  constructor(private readonly documents: TextDocuments<TextDocument>, private readonly settings: () => ServerSettings) {}

  /** The current analysis of an open document, or undefined if the document is not open. */
  get(uri: string): Article | undefined {
    const doc = this.documents.get(uri);
    return doc ? this.of(doc) : undefined;
  }

  of(doc: TextDocument): Article {
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version) return hit;
    const article = analyseText(doc.uri, doc.version, doc.getText(), this.settings());
    this.cache.set(doc.uri, article);
    return article;
  }

  all(): Article[] {
    return this.documents.all().map((d) => this.of(d));
  }

  /** Keys (see uriKey) of the open documents. */
  keys(): Set<string> {
    return new Set(this.documents.all().map((d) => uriKey(d.uri)));
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}
