// The invariants every analysis must satisfy, on any text: ranges inside the text and on code-point
// boundaries, each span's text equal to its slice, references between parts resolvable, values finite.
import type { ArticleAnalysis } from '../server/src/core/types';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when an offset does not fall between the two halves of a surrogate pair. */
export function onCodePointBoundary(text: string, i: number): boolean {
  return !(i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i)));
}

const ENTITY_TYPES = new Set(['person', 'organization', 'place']);
const QUOTE_KINDS = new Set(['direct', 'partial', 'scare']);
const FIGURE_KINDS = new Set(['money', 'percent', 'count', 'quantity', 'age', 'duration', 'ordinal']);
const SEVERITIES = new Set(['error', 'warning', 'information', 'hint']);

/** Every broken invariant, as short sentences (empty when the analysis is sound). */
export function problems(text: string, a: ArticleAnalysis): string[] {
  const out: string[] = [];
  const range = (what: string, s: { start: number; end: number } | null | undefined, opts: { nonEmpty?: boolean; text?: boolean } = {}) => {
    if (!s) return;
    const { start, end } = s;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
      out.push(`${what}: range ${start}..${end} outside the text (length ${text.length})`);
      return;
    }
    if (opts.nonEmpty && start === end) out.push(`${what}: empty span at ${start}`);
    if (!onCodePointBoundary(text, start) || !onCodePointBoundary(text, end)) out.push(`${what}: ${start}..${end} splits a surrogate pair`);
    if (opts.text) {
      const t = (s as { text?: unknown }).text;
      if (t !== text.slice(start, end)) out.push(`${what}: text ${JSON.stringify(t)} is not the slice ${JSON.stringify(text.slice(start, end))} at ${start}..${end}`);
    }
  };
  range('headline', a.headline, { nonEmpty: true, text: true });
  a.sections.forEach((s, i) => {
    range(`sections[${i}]`, s);
    if (typeof s.title !== 'string') out.push(`sections[${i}]: title is not a string`);
  });
  a.boilerplate.forEach((b, i) => range(`boilerplate[${i}]`, b));
  const ids = new Set<string>();
  a.entities.forEach((e, i) => {
    if (ids.has(e.id)) out.push(`entities[${i}]: duplicate id ${e.id}`);
    ids.add(e.id);
    if (!ENTITY_TYPES.has(e.type)) out.push(`entities[${i}]: type ${e.type}`);
    if (!e.name) out.push(`entities[${i}]: empty name`);
    e.mentions.forEach((m, j) => range(`entities[${i}].mentions[${j}]`, m, { nonEmpty: true, text: true }));
  });
  a.quotes.forEach((q, i) => {
    range(`quotes[${i}]`, q, { nonEmpty: true, text: true });
    if (!QUOTE_KINDS.has(q.kind)) out.push(`quotes[${i}]: kind ${q.kind}`);
    if (q.speaker?.entityId != null && !ids.has(q.speaker.entityId)) out.push(`quotes[${i}]: speaker entity ${q.speaker.entityId} does not exist`);
  });
  a.figures.forEach((f, i) => {
    range(`figures[${i}]`, f, { nonEmpty: true, text: true });
    if (!FIGURE_KINDS.has(f.kind)) out.push(`figures[${i}]: kind ${f.kind}`);
    if (f.value !== null && !Number.isFinite(f.value)) out.push(`figures[${i}]: value ${f.value} is not finite`);
  });
  a.dates.forEach((d, i) => range(`dates[${i}]`, d, { nonEmpty: true, text: true }));
  a.diagnostics.forEach((d, i) => {
    range(`diagnostics[${i}] ${d.code}`, d);
    if (!SEVERITIES.has(d.severity)) out.push(`diagnostics[${i}]: severity ${d.severity}`);
    if (!d.code || !d.message) out.push(`diagnostics[${i}]: no code or message`);
    d.fixes?.forEach((f, j) => f.edits.forEach((e, k) => range(`diagnostics[${i}].fixes[${j}].edits[${k}]`, e)));
  });
  a.timeline.forEach((ev, i) => {
    range(`timeline[${i}]`, ev);
    for (const id of ev.entityIds) if (!ids.has(id)) out.push(`timeline[${i}]: entity ${id} does not exist`);
  });
  return out;
}
