import { escapeMarkdown } from '../markdown';
import type { QuoteStatement, QuoteVersion, TimelineDocument, WorkspaceEvent } from '../core';

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
  if (doc.statements?.length) {
    out += '\n**Statements quoted more than once**\n\n' + doc.statements.map((s) =>
      `- ${cell(s.speaker ?? 'no speaker named')}: ${cell(clip(s.versions[0].text))}\n` +
      s.versions.map((v) => `  - ${cell(v.file)}: ${versionLabel(v)}${v.class === 'fullest' ? '' : ` ${cell(clip(v.text))}`}`).join('\n')).join('\n') + '\n';
  }
  return out;
}

/** The class of a version as the CLI prints it, with whom an attribution elsewhere names. */
function versionLabel(v: QuoteVersion): string {
  if (v.class === 'attributed-elsewhere') return `attributed elsewhere (to ${cell(v.speaker ?? '?')})`;
  if (v.class === 'shortened' && v.droppedQualifiers.length) return `shortened, leaving out ${v.droppedQualifiers.map(cell).join(', ')}`;
  return v.class;
}

function clip(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 100 ? `${t.slice(0, 99)}…` : t;
}

function statementLines(s: QuoteStatement): string[] {
  return [
    `  ${s.speaker ?? 'no speaker named'}: ${clip(s.versions[0].text)}`,
    ...s.versions.map((v) => `    ${v.file}: ${v.class === 'attributed-elsewhere' ? `attributed elsewhere (to ${v.speaker ?? '?'})` : v.class}${v.class === 'shortened' && v.droppedQualifiers.length ? `, leaving out ${v.droppedQualifiers.join(', ')}` : ''}${v.class === 'fullest' ? '' : ` ${clip(v.text)}`}`),
  ];
}

export function formatTimelineText(doc: TimelineDocument): string {
  const lines = doc.events.map((e) => `${(e.date ?? '').padEnd(10)}  ${e.event}  [${sourcesOf(e)}]`);
  if (doc.undated.length) lines.push('', 'undated:', ...doc.undated.map((e) => `  ${e.event}  [${sourcesOf(e)}]`));
  if (doc.disagreements.length) lines.push('', 'disagreements:', ...doc.disagreements.map((d) => `  ${d.subject} (${d.kind}): ${d.values.map((v) => v.value).join(' vs ')}`));
  if (doc.statements?.length) lines.push('', 'statements quoted more than once:', ...doc.statements.flatMap(statementLines));
  return lines.join('\n') + '\n';
}
