// Custom requests of the Newsdesk server, declared once; client/src/lsp_ext.ts mirrors them.
import { NotificationType, RequestType } from 'vscode-languageserver/node';
import type { ArticleAnalysis, Entity, TimelineDocument } from './core';

export interface AnalysisParams {
  uri: string;
}

/**
 * One document's analysis: the open document as it is in the editor, else the indexed file;
 * null when the server knows no such article or refused it (size limit, binary).
 */
export const analysisRequest = new RequestType<AnalysisParams, ArticleAnalysis | null, void>('newsdesk/analysis');

/**
 * An entity merged across the articles of the workspace (spelling variants joined). Its mentions come
 * once, by article: a flat list of them all as well doubled the largest part of the answer (issue 17).
 */
export interface WorkspaceEntity extends Omit<Entity, 'mentions'> {
  /** The mentions per article (`file` is the article's URI), in the order of the articles. */
  files: Array<{ file: string; mentions: Entity['mentions'] }>;
}

export interface WorkspaceParams {
  /** Set to false to leave out `articles` (every article's whole analysis) in large workspaces. */
  articles?: boolean;
  /**
   * What the client already holds: the stamp (see `WorkspaceResult.stamps`) of each article it has, by
   * `file`. With it the answer's `articles` carries only the articles that are new or whose stamp
   * differs; without it (older clients) every article comes, as before.
   */
  known?: Record<string, string>;
}

export interface WorkspaceResult {
  timeline: TimelineDocument;
  entities: WorkspaceEntity[];
  /** Every analysed article (open documents as edited, the rest as indexed); `file` is the URI. */
  articles?: ArticleAnalysis[];
  /**
   * Every analysed article's stamp by `file`, all of them whatever `known` held: an article the client
   * has that is missing here is gone. A stamp is a hash of the article's text (the editor's buffer for
   * an open document, the file as read for the rest) and its analysis, so it changes with either and
   * stays the same across re-indexing. Absent from older servers; sent only with `articles`.
   */
  stamps?: Record<string, string>;
  /** Articles that were not analysed and why (size limit, binary content). */
  refused: Array<{ file: string; reason: string }>;
  /** True while the background indexing of the workspace folders runs. */
  indexing: boolean;
}

export const workspaceRequest = new RequestType<WorkspaceParams | null, WorkspaceResult, void>('newsdesk/workspace');

/**
 * Server -> client: a workspace folder's glossary or silenced findings changed (a correction, or the
 * file edited by hand), so every analysis may differ: views showing analyses should ask again.
 */
export const glossaryChangedNotification = new NotificationType<Record<string, never>>('newsdesk/glossaryChanged');
