// Builds the side panel's trees (Entities, Quotes, Figures & Dates) from analyses, without VS Code.
// The VS Code tree providers only turn these nodes into TreeItems.
import type { ArticleAnalysis, Entity, EntityType, QuoteStatement, TextSpan } from '../../../server/src/core';
import { LineIndex, baseName, shorten } from './text';
import { statementNodes, versionKey } from './statement_tree';

/** An analysed article: its analysis and the text the offsets point into (for line previews). */
export interface ArticleInput {
  analysis: ArticleAnalysis;
  text: string;
}

export type { Location, NodeKind, TreeNode } from './tree_node';
import type { TreeNode } from './tree_node';

export interface ViewTree {
  roots: TreeNode[];
  csvHeader: string[];
}

const TYPE_GROUPS: Array<{ type: EntityType; label: string; icon: string }> = [
  { type: 'person', label: 'People', icon: 'person' },
  { type: 'organization', label: 'Organizations', icon: 'organization' },
  { type: 'place', label: 'Places', icon: 'location' },
];

/** The contributed theme colour of an entity type, the same as its semantic highlighting (package.json). */
export const entityColor = (type: EntityType) => `newsdesk.entity.${type}`;

interface Indexed {
  file: string;
  lines: LineIndex;
  analysis: ArticleAnalysis;
}

function indexAll(articles: ArticleInput[]): Indexed[] {
  return articles.map((a) => ({ file: a.analysis.file, lines: new LineIndex(a.text), analysis: a.analysis }));
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Case-insensitive match of every word of the filter against any of the haystacks. */
export function matches(filter: string, ...haystacks: Array<string | null | undefined>): boolean {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const hay = haystacks.filter(Boolean).join('\n').toLowerCase();
  return words.every((w) => hay.includes(w));
}

interface MergedEntity {
  key: string;
  name: string;
  type: EntityType;
  roles: string[];
  aliases: Set<string>;
  mentions: Array<{ ix: Indexed; span: TextSpan }>;
}

/** Entities of all articles, merged by type and name (the same person in two articles is one node). */
export function mergeEntities(articles: ArticleInput[]): MergedEntity[] {
  const merged = new Map<string, MergedEntity>();
  for (const ix of indexAll(articles)) {
    for (const e of ix.analysis.entities) {
      const key = `${e.type}:${e.name.toLowerCase()}`;
      let m = merged.get(key);
      if (!m) {
        m = { key, name: e.name, type: e.type, roles: [], aliases: new Set(), mentions: [] };
        merged.set(key, m);
      }
      if (e.role && !m.roles.includes(e.role)) m.roles.push(e.role);
      for (const a of e.aliases) if (a !== e.name) m.aliases.add(a);
      for (const span of e.mentions) m.mentions.push({ ix, span });
    }
  }
  return [...merged.values()];
}

/** A workspace entity as the server merged it (spelling variants joined), with its mentions per file. */
export interface MergedInput {
  name: string;
  type: EntityType;
  role: string | null;
  aliases: string[];
  files: Array<{ file: string; mentions: TextSpan[] }>;
}

/** The server's workspace entities, with line previews from the articles' texts. */
export function fromWorkspaceEntities(entities: MergedInput[], articles: ArticleInput[]): MergedEntity[] {
  const byFile = new Map(indexAll(articles).map((ix) => [ix.file, ix]));
  const none = new Map<string, Indexed>();
  const indexOf = (file: string): Indexed => {
    let ix = byFile.get(file) ?? none.get(file);
    if (!ix) none.set(file, (ix = { file, lines: new LineIndex(''), analysis: undefined as unknown as ArticleAnalysis }));
    return ix;
  };
  const seen = new Map<string, MergedEntity>();
  for (const e of entities) {
    let key = `${e.type}:${e.name.toLowerCase()}`;
    for (let n = 2; seen.has(key); n++) key = `${e.type}:${e.name.toLowerCase()}#${n}`;
    seen.set(key, {
      key,
      name: e.name,
      type: e.type,
      roles: e.role ? [e.role] : [],
      aliases: new Set(e.aliases.filter((a) => a !== e.name)),
      mentions: (e.files ?? []).flatMap((f) => f.mentions.map((span) => ({ ix: indexOf(f.file), span }))),
    });
  }
  return [...seen.values()];
}

export function buildEntityTree(articles: ArticleInput[], filter = '', workspaceEntities?: MergedInput[]): ViewTree {
  const multi = articles.length > 1;
  const entities = (workspaceEntities ? fromWorkspaceEntities(workspaceEntities, articles) : mergeEntities(articles))
    .filter((e) => matches(filter, e.name, e.roles.join(' '), [...e.aliases].join(' ')))
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  const roots: TreeNode[] = [];
  for (const g of TYPE_GROUPS) {
    const members = entities.filter((e) => e.type === g.type);
    if (!members.length && filter) continue;
    roots.push({
      id: `group:${g.type}`,
      kind: 'group',
      label: g.label,
      description: String(members.length),
      tooltip: `${g.label}: their names are coloured like this icon in the article`,
      icon: g.icon,
      iconColor: entityColor(g.type),
      children: members.map((e) => ({ ...entityNode(e, g.icon, multi), iconColor: entityColor(g.type) })),
    });
  }
  return { roots, csvHeader: ['type', 'name', 'role', 'mentions', 'aliases', 'files'] };
}

function entityNode(e: MergedEntity, icon: string, multi: boolean): TreeNode {
  const role = e.roles.join('; ');
  const files = [...new Set(e.mentions.map((m) => m.ix.file))];
  const first = e.mentions[0];
  const aliases = [...e.aliases];
  return {
    id: `entity:${e.key}`,
    kind: 'entity',
    label: e.name,
    description: [plural(e.mentions.length, 'mention'), role, multi ? plural(files.length, 'article') : ''].filter(Boolean).join(' · '),
    tooltip: [e.name, role, aliases.length ? `also: ${aliases.join(', ')}` : ''].filter(Boolean).join('\n'),
    icon,
    location: first ? { file: first.ix.file, start: first.span.start, end: first.span.end } : undefined,
    row: [e.type, e.name, role, String(e.mentions.length), aliases.join('; '), files.map(baseName).join('; ')],
    children: e.mentions.map(({ ix, span }, i) => {
      const line = ix.lines.lineOf(span.start);
      return {
        id: `mention:${e.key}:${ix.file}:${span.start}:${i}`,
        kind: 'mention' as const,
        label: ix.lines.text ? ix.lines.preview(span.start, span.end) : span.text,
        description: multi ? `${baseName(ix.file)}:${line + 1}` : `line ${line + 1}`,
        tooltip: span.text,
        icon: 'quote',
        location: { file: ix.file, start: span.start, end: span.end },
      };
    }),
  };
}

/** The speaker's entity: by id, else the one entity whose name or alias is the speaker's name. */
function speakerEntity(analysis: ArticleAnalysis, speaker: { entityId: string | null; name: string }): Entity | undefined {
  if (speaker.entityId) return analysis.entities.find((e) => e.id === speaker.entityId);
  const n = speaker.name.trim().toLowerCase();
  const found = analysis.entities.filter((e) => e.type === 'person' && (e.name.toLowerCase() === n || e.aliases.some((a) => a.toLowerCase() === n)));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Quotes by speaker, unattributed ones apart. With the workspace's statements (quoted more than once,
 * ./statement_tree), each statement is one node under its speaker with its versions and sources, and
 * its quotations are not listed again one by one.
 */
export function buildQuoteTree(articles: ArticleInput[], filter = '', _entities?: MergedInput[], statements?: readonly QuoteStatement[]): ViewTree {
  const multi = articles.length > 1;
  const bySpeaker = new Map<string, { name: string; quotes: TreeNode[] }>();
  const group = (name: string) => {
    const key = name.toLowerCase();
    let g = bySpeaker.get(key);
    if (!g) bySpeaker.set(key, (g = { name, quotes: [] }));
    return g;
  };
  const unattributed: TreeNode[] = [];
  const indexed = indexAll(articles);
  // The name each quotation's speaker goes by in the view (its article's entity), for the statements too.
  const shownName = new Map<string, string>();
  for (const ix of indexed) for (const q of ix.analysis.quotes) {
    if (q.speaker) shownName.set(versionKey(ix.file, q.start), speakerEntity(ix.analysis, q.speaker)?.name ?? q.speaker.name);
  }
  const lines = new Map(indexed.map((ix) => [ix.file, ix.lines]));
  const st = statementNodes(statements ?? [], (f) => lines.get(f), (...hay) => matches(filter, ...hay), (s) => {
    const own = s.versions.find((v) => v.speaker !== null && v.speaker === s.speaker && v.class !== 'attributed-elsewhere');
    return (own && shownName.get(versionKey(own.file, own.start))) ?? s.speaker;
  });
  for (const ix of indexed) {
    ix.analysis.quotes.forEach((q, i) => {
      if (st.shown.has(versionKey(ix.file, q.start))) return;
      const speaker = shownName.get(versionKey(ix.file, q.start)) ?? null;
      if (!matches(filter, q.text, speaker, q.kind)) return;
      const line = ix.lines.lineOf(q.start);
      const node: TreeNode = {
        id: `quote:${ix.file}:${q.start}:${i}`,
        kind: 'quote',
        label: shorten(q.text),
        description: [q.kind, multi ? `${baseName(ix.file)}:${line + 1}` : `line ${line + 1}`].join(' · '),
        tooltip: q.text,
        icon: 'quote',
        location: { file: ix.file, start: q.start, end: q.end },
        row: [speaker ?? '', q.kind, q.text, baseName(ix.file), String(line + 1)],
      };
      if (!speaker) unattributed.push(node);
      else group(speaker).quotes.push(node);
    });
  }
  // A speaker's statements come before the quotations only one source prints.
  for (const [key, g] of st.bySpeaker) {
    if (key) group(g.name).quotes.unshift(...g.nodes);
    else unattributed.unshift(...g.nodes);
  }
  const roots: TreeNode[] = [...bySpeaker.entries()]
    .sort(([, a], [, b]) => b.quotes.length - a.quotes.length || a.name.localeCompare(b.name))
    .map(([key, g]) => ({
      id: `speaker:${key}`,
      kind: 'speaker' as const,
      label: g.name,
      description: quoteCount(g.quotes),
      icon: 'person',
      children: g.quotes,
    }));
  if (unattributed.length) {
    roots.push({
      id: 'speaker:(unattributed)',
      kind: 'group',
      label: 'Unattributed',
      description: quoteCount(unattributed),
      tooltip: 'Quotations with no speaker found',
      icon: 'question',
      children: unattributed,
    });
  }
  return { roots, csvHeader: ['speaker', 'kind', 'quote', 'file', 'line'] };
}

/** "3 quotes", or "3 quotes · 1 statement" when some are statements quoted more than once. */
function quoteCount(nodes: TreeNode[]): string {
  const statements = nodes.filter((n) => n.kind === 'statement').length;
  const quotes = nodes.length - statements;
  return [quotes || !statements ? plural(quotes, 'quote') : '', statements ? plural(statements, 'statement') : ''].filter(Boolean).join(' · ');
}

export function buildFigureTree(articles: ArticleInput[], filter = ''): ViewTree {
  const multi = articles.length > 1;
  const figures: TreeNode[] = [];
  const dates: TreeNode[] = [];
  for (const ix of indexAll(articles)) {
    const where = (start: number) => {
      const line = ix.lines.lineOf(start) + 1;
      return { text: multi ? `${baseName(ix.file)}:${line}` : `line ${line}`, line };
    };
    ix.analysis.figures.forEach((f, i) => {
      const value = f.value === null ? '' : `${formatNumber(f.value)}${f.unit ? ` ${f.unit}` : ''}`;
      if (!matches(filter, f.text, f.kind, value)) return;
      const w = where(f.start);
      figures.push({
        id: `figure:${ix.file}:${f.start}:${i}`,
        kind: 'figure',
        label: shorten(f.text, 60),
        description: [f.kind, value, w.text].filter(Boolean).join(' · '),
        tooltip: ix.lines.preview(f.start, f.end, 160),
        icon: f.kind === 'money' ? 'credit-card' : 'symbol-number',
        location: { file: ix.file, start: f.start, end: f.end },
        row: ['figure', f.kind, f.text, f.value === null ? '' : String(f.value), f.unit ?? '', baseName(ix.file), String(w.line)],
      });
    });
    ix.analysis.dates.forEach((d, i) => {
      const value = d.value ?? 'unresolved';
      if (!matches(filter, d.text, value, d.relative ? 'relative' : '')) return;
      const w = where(d.start);
      dates.push({
        id: `date:${ix.file}:${d.start}:${i}`,
        kind: 'date',
        label: shorten(d.text, 60),
        description: [value, d.relative ? 'relative' : '', w.text].filter(Boolean).join(' · '),
        tooltip: ix.lines.preview(d.start, d.end, 160),
        icon: 'calendar',
        location: { file: ix.file, start: d.start, end: d.end },
        row: ['date', d.relative ? 'relative' : 'absolute', d.text, d.value ?? '', '', baseName(ix.file), String(w.line)],
      });
    });
  }
  const roots: TreeNode[] = [];
  if (figures.length || !filter) roots.push({ id: 'group:figures', kind: 'group', label: 'Figures', description: String(figures.length), icon: 'symbol-number', children: figures });
  if (dates.length || !filter) roots.push({ id: 'group:dates', kind: 'group', label: 'Dates', description: String(dates.length), icon: 'calendar', children: dates });
  return { roots, csvHeader: ['what', 'kind', 'text', 'value', 'unit', 'file', 'line'] };
}

export function formatNumber(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 4 });
}

/** The counts shown in the status bar: "12 entities · 5 quotes · 3 claims". */
export function summaryText(analysis: ArticleAnalysis): string {
  const claims = analysis.diagnostics.filter((d) => d.code.startsWith('claim')).length;
  return [plural(analysis.entities.length, 'entity', 'entities'), plural(analysis.quotes.length, 'quote'), plural(claims, 'claim')].join(' · ');
}
