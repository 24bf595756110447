import { escapeMarkdown } from '../markdown';
import type { TimelineDocument, WorkspaceEvent } from '../core';

/**
 * Article text (events, subjects, values) and file names as one inert Markdown table cell: HTML, links,
 * emphasis and bare URLs show as text in any renderer (issue 21: `<script>` and `<img onerror>` passed
 * through), the same escaping as the hover's.
 */
function cell(s: string): string {
  return escapeMarkdown(s.replace(/\s+/g, ' ').trim());
}

function sourcesOf(e: WorkspaceEvent): string {
  return e.sources.map((s) => s.file).filter((f, i, all) => all.indexOf(f) === i).join(', ');
}

export function formatTimelineMarkdown(doc: TimelineDocument): string {
  const rows = ['| Date | Event | Sources |', '|---|---|---|'];
  for (const e of doc.events) rows.push(`| ${cell(e.date ?? '')}${e.inferred ? ' (inferred)' : ''} | ${cell(e.event)} | ${cell(sourcesOf(e))} |`);
  let out = rows.join('\n') + '\n';
  if (doc.undated.length) out += '\n**Undated**\n\n' + doc.undated.map((e) => `- ${cell(e.event)} (${cell(sourcesOf(e))})`).join('\n') + '\n';
  if (doc.disagreements.length) {
    out += '\n**Disagreements**\n\n' + doc.disagreements.map((d) => `- ${cell(d.subject)} (${d.kind}): ${d.values.map((v) => `${cell(v.value)} in ${cell(v.file)}`).join(' vs ')}`).join('\n') + '\n';
  }
  return out;
}

export function formatTimelineText(doc: TimelineDocument): string {
  const lines = doc.events.map((e) => `${(e.date ?? '').padEnd(10)}  ${e.event}  [${sourcesOf(e)}]`);
  if (doc.undated.length) lines.push('', 'undated:', ...doc.undated.map((e) => `  ${e.event}  [${sourcesOf(e)}]`));
  if (doc.disagreements.length) lines.push('', 'disagreements:', ...doc.disagreements.map((d) => `  ${d.subject} (${d.kind}): ${d.values.map((v) => v.value).join(' vs ')}`));
  return lines.join('\n') + '\n';
}
