// Custom requests of the Newsdesk server, declared once; mirrors server/src/lsp_ext.ts.
// The payload types come from the core's public types (type-only imports: nothing of the core is bundled).
import { RequestType } from 'vscode-languageclient/node';
import type { ArticleAnalysis, Entity, TimelineDocument } from '../../server/src/core';

export type { ArticleAnalysis, TimelineDocument };

export interface AnalysisParams {
  uri: string;
}

/** One open document's analysis, or null when it is not open or was refused (size limit). */
export const analysisRequest = new RequestType<AnalysisParams, ArticleAnalysis | null, void>('newsdesk/analysis');

/** A workspace entity: an entity merged across articles, with the files it is mentioned in. */
export interface WorkspaceEntity extends Entity {
  /** Mentions per file; when present, `mentions` holds the mentions of all files in order. */
  files?: Array<{ file: string; mentions: Entity['mentions'] }>;
}

export interface WorkspaceResult {
  timeline: TimelineDocument;
  /** Entities merged across the workspace, when the server provides them. */
  entities?: WorkspaceEntity[];
  /** Per-article analyses, when the server provides them. */
  articles?: ArticleAnalysis[];
}

export const workspaceRequest = new RequestType<Record<string, never>, WorkspaceResult, void>('newsdesk/workspace');
