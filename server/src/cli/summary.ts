import type { ArticleAnalysis } from '../core';

/** The readable per-file summary of `newsdesk analyze`. */
export function formatSummary(a: ArticleAnalysis): string {
  const byType = (t: string) => a.entities.filter((e) => e.type === t);
  const names = (t: string) => nameList(byType(t).map((e) => e.name));
  const claims = a.diagnostics.filter((d) => d.code.startsWith('claim.')).length;
  const garbled = a.diagnostics.filter((d) => d.code.startsWith('garbled.')).length;
  const lines = [
    `${a.file}`,
    `  headline: ${a.headline ? a.headline.text : '(none)'}${a.publishedDate ? `  ·  published ${a.publishedDate}` : ''}`,
    `  people (${byType('person').length}): ${names('person') || '-'}`,
    `  organizations (${byType('organization').length}): ${names('organization') || '-'}`,
    `  places (${byType('place').length}): ${names('place') || '-'}`,
    `  ${a.quotes.length} quotes (${a.quotes.filter((q) => q.speaker).length} attributed), ${a.figures.length} figures, ${a.dates.length} dates, ${a.timeline.length} timeline events`,
    `  ${garbled} garbled-text findings, ${claims} unsourced claims, ${a.boilerplate.length} page-furniture ranges`,
  ];
  return lines.join('\n') + '\n';
}

/** How many names a summary line shows before it says how many more there are. */
export const SUMMARY_NAMES = 6;

/** The first names, then "and N more" when the list is cut (so a reader never takes it for all of them). */
export function nameList(all: readonly string[], max = SUMMARY_NAMES): string {
  if (all.length <= max) return all.join(', ');
  return `${all.slice(0, max).join(', ')} and ${all.length - max} more`;
}
