// Hover text for whatever the analysis found under the cursor. Everything taken from the article is
// escaped (see ../markdown.ts): article text can neither run a command nor change the layout.
import type { ArticleAnalysis, DateMention, Entity, Quote, Span } from '../core';
import type { QuoteStatement, QuoteVersion } from '../core/quotes/versions';
import { escapeMarkdown as esc } from '../markdown';
import { contains, entityAt } from './article';
import type { MergedEntity } from './entity-merge';
import { isCalendarDate } from './inlay-hints';
import { quoteVersionsMarkdown } from './quote-versions-hover';

export interface HoverContext {
  /** The entity merged across the workspace, when the index knows it. */
  merged?(e: Entity): MergedEntity | undefined;
  /** Action links under an entity's hover (command: links; only for clients that enable them). */
  links?(e: Entity, esc: (s: string) => string): string;
  /** For a quotation other sources print differently: the statement and this version of it. */
  quoteVersion?(q: Quote): { statement: QuoteStatement; version: QuoteVersion } | undefined;
  /** The short name of a file, for naming other sources. */
  fileName?(file: string): string;
}

const TYPE_LABEL: Record<string, string> = { person: 'person', organization: 'organization', place: 'place' };

export function hoverMarkdown(a: ArticleAnalysis, offset: number, ctx: HoverContext = {}): { markdown: string; span: Span } | null {
  const hit = entityAt(a, offset);
  if (hit) {
    const links = ctx.links?.(hit.entity, esc);
    return { markdown: entityHover(a, hit.entity, ctx.merged?.(hit.entity)) + (links ? `\n\n---\n\n${links}` : ''), span: hit.mention };
  }
  const f = a.figures.find(contains(offset));
  if (f) {
    const value = f.value === null ? 'no single value' : f.value.toLocaleString('en-US', { maximumFractionDigits: 6 });
    return { markdown: `**Figure** · ${f.kind}\n\nValue: ${esc(value)}${f.unit ? ` ${esc(f.unit)}` : ''}`, span: f };
  }
  const d = a.dates.find(contains(offset));
  if (d) return { markdown: dateHover(a, d), span: d };
  const q = a.quotes.find(contains(offset));
  if (q) {
    const who = q.speaker ? esc(q.speaker.name) : 'no speaker found';
    const versions = ctx.quoteVersion?.(q);
    const more = versions ? `\n\n---\n\n${quoteVersionsMarkdown(versions.statement, versions.version, ctx.fileName ?? ((f) => f))}` : '';
    return { markdown: `**Quote** · ${q.kind}\n\nSpeaker: ${who}${more}`, span: q };
  }
  const b = a.boilerplate.find(contains(offset));
  if (b) return { markdown: `**Page furniture** · ${esc(b.reason)}\n\nNot part of the article; nothing is extracted from it.`, span: b };
  return null;
}

function entityHover(a: ArticleAnalysis, e: Entity, merged: MergedEntity | undefined): string {
  const lines = [`**${esc(merged?.name ?? e.name)}** · ${TYPE_LABEL[e.type] ?? esc(e.type)}`];
  const role = e.role ?? merged?.role;
  if (role) lines.push(`Role: ${esc(role)}`);
  const canonical = merged?.name ?? e.name;
  const spellings = new Set<string>([e.name, ...e.aliases, ...e.mentions.map((m) => m.text), ...(merged?.spellings ?? [])]);
  spellings.delete(canonical);
  if (spellings.size) lines.push(`Also written: ${[...spellings].slice(0, 12).map(esc).join(', ')}`);
  const here = e.mentions.length;
  let counts = `Mentioned ${plural(here, 'time')} in this article`;
  if (merged) {
    const articles = new Set(merged.refs.map((r) => r.uri)).size;
    counts += `, ${plural(merged.mentions, 'time')} in ${plural(articles, 'article')} of the workspace`;
  }
  lines.push(counts);
  const said = a.quotes.filter((q) => q.speaker?.entityId === e.id);
  if (said.length) {
    lines.push(`Quoted ${plural(said.length, 'time')}:`);
    lines.push(said.slice(0, 5).map((q) => `- “${esc(clip(q.text.replace(/^["“”'‘’«»„]+|["“”'‘’«»„]+$/g, '')))}”`).join('\n'));
  }
  return lines.join('\n\n');
}

function dateHover(a: ArticleAnalysis, d: DateMention): string {
  if (d.value && isCalendarDate(d.value)) {
    const how = d.relative ? `\n\nResolved from a relative date against the article's date${a.publishedDate ? ` (${esc(a.publishedDate)})` : ''}.` : '';
    return `**Date**: ${esc(d.value)}${how}`;
  }
  const why = d.relative && !a.publishedDate
    ? 'it is relative and the article has no date to count from'
    : d.relative ? 'it is relative and too vague to place on the calendar' : 'it does not name a day, month or year';
  const value = d.value ? ` (TIMEX3 value ${esc(d.value)}: ${esc(describeTimex(d.value))})` : '';
  return `**Date**: not resolved to a calendar date: ${why}.${value}`;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function describeTimex(value: string): string {
  if (value === 'PAST_REF') return 'some time in the past';
  if (value === 'PRESENT_REF') return 'the present';
  if (value === 'FUTURE_REF') return 'some time in the future';
  const weekday = /^XXXX-WXX-(\d)$/.exec(value);
  if (weekday) return `a ${WEEKDAYS[Number(weekday[1]) - 1] ?? 'weekday'} of an unknown week`;
  return 'partly unknown';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function clip(s: string): string {
  return s.length > 100 ? `${s.slice(0, 97)}…` : s;
}
