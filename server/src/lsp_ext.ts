// Custom requests of the Newsdesk server, declared once; client/src/lsp_ext.ts mirrors them.
import { RequestType } from 'vscode-languageserver/node';
import type { ArticleAnalysis, TimelineDocument } from './core';

export interface AnalysisParams {
  uri: string;
}

/** One open document's analysis, or null when it is not open or was refused (size limit). */
export const analysisRequest = new RequestType<AnalysisParams, ArticleAnalysis | null, void>('newsdesk/analysis');

export interface WorkspaceResult {
  timeline: TimelineDocument;
}

export const workspaceRequest = new RequestType<Record<string, never>, WorkspaceResult, void>('newsdesk/workspace');
