// Quotes across sources (issue #20): statements quoted by several articles (or twice in one), each
// version classed against the fullest, and the findings on altered, misattributed and tellingly cut ones.
export { quoteStatements } from './statements';
export { WorkspaceStatements } from './incremental';
export type { QuoteStatement, QuoteVersion, VersionClass } from './statements';
export type { DiffPart } from './classify';
export { quoteFindings, changeList } from './findings';
export type { QuoteFinding, QuoteFindingCode, QuoteFindingRelated } from './findings';
