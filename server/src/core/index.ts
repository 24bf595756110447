// The analysis core: plain TypeScript, no editor or protocol imports, shared by server, CLI and tests.
export * from './types';
export type { AnalyzeOptions, GlossaryEntry, DiagnosticSettings } from './options';
export { analyze, annotate, toAnalysis } from './analyze';
export { decodeArticle, sizeRefusal, DEFAULT_MAX_FILE_SIZE_KB } from './decode';
export type { Decoded } from './decode';
export { Doc } from './doc';
export { buildTimeline, findDisagreements, TIMELINE_MINOR_VERSION, anchorsWithoutTexts } from './timeline/workspace';
export { WorkspaceTimeline } from './timeline/incremental';
export { WorkspaceDisagreements } from './timeline/kept-disagreements';
export { quoteStatements, quoteFindings } from './quotes/versions';
export type { QuoteStatement, QuoteVersion, VersionClass, DiffPart, QuoteFinding } from './quotes/versions';
export type { TimelineDocument, WorkspaceEvent, DatedEvent, UndatedEvent, Disagreement, TimelineSource } from './timeline/workspace-types';
