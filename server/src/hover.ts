// Hover text for whatever the analysis found under the cursor.
import type { ArticleAnalysis, Span } from './core';
import { escapeMarkdown as esc } from './markdown';

const inside = (offset: number) => (s: Span) => s.start <= offset && offset < s.end;

export function hoverMarkdown(a: ArticleAnalysis, offset: number): { markdown: string; span: Span } | null {
  for (const e of a.entities) {
    const m = e.mentions.find(inside(offset));
    if (!m) continue;
    const lines = [`**${esc(e.name)}** · ${e.type}`];
    if (e.role) lines.push(`Role: ${esc(e.role)}`);
    const spellings = [...new Set(e.mentions.map((x) => x.text))].filter((t) => t !== e.name);
    if (spellings.length) lines.push(`Also written: ${spellings.map(esc).join(', ')}`);
    lines.push(`Mentioned ${e.mentions.length} time${e.mentions.length === 1 ? '' : 's'} in this article`);
    const said = a.quotes.filter((q) => q.speaker?.entityId === e.id);
    if (said.length) lines.push(`Quoted ${said.length} time${said.length === 1 ? '' : 's'}: ${said.slice(0, 3).map((q) => `“${esc(clip(q.text))}”`).join('; ')}`);
    return { markdown: lines.join('\n\n'), span: m };
  }
  const q = a.quotes.find(inside(offset));
  if (q) {
    const who = q.speaker ? esc(q.speaker.name) : 'no speaker found';
    return { markdown: `**Quote** (${q.kind}) · ${who}`, span: q };
  }
  const f = a.figures.find(inside(offset));
  if (f) {
    const value = f.value === null ? 'no single value' : f.value.toLocaleString('en-US');
    return { markdown: `**Figure** (${f.kind}): ${esc(value)}${f.unit ? ` ${esc(f.unit)}` : ''}`, span: f };
  }
  const d = a.dates.find(inside(offset));
  if (d) {
    const when = d.value ? esc(d.value) : d.relative ? 'relative; the article has no date to resolve it against' : 'not resolvable';
    return { markdown: `**Date**: ${when}${d.relative && d.value ? ' (resolved from a relative date)' : ''}`, span: d };
  }
  return null;
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
