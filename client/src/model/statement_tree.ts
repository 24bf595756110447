// The Quotes view in workspace scope (issue #20): a statement quoted by several sources is one node
// under its speaker, its versions (with their sources) beneath it, the altered ones and the words
// given to someone else marked. Built from the server's statements (TimelineDocument.statements), no
// VS Code. Quotations that are no version of such a statement stay as they are in ./tree.
import type { DiffPart, QuoteStatement, QuoteVersion, VersionClass } from '../../../server/src/core';
import { LineIndex, baseName, shorten } from './text';
import type { TreeNode } from './tree_node';

/** The words each class means to a reader, in the node's description. */
const CLASS_LABEL: Record<VersionClass, string> = {
  fullest: 'fullest',
  same: 'same words',
  shortened: 'shortened',
  altered: 'altered',
  'attributed-elsewhere': 'given to another speaker',
};

/** Classes a fact-checker must look at: the words changed, or the words moved to another mouth. */
const FLAGGED: ReadonlySet<VersionClass> = new Set(['altered', 'attributed-elsewhere']);

/** `file@start` of a version: how a quotation of an article is known to belong to a statement. */
export const versionKey = (file: string, start: number) => `${file}@${start}`;

/**
 * The word difference as plain text: removed words in [-…-], added ones in {+…+}, cut ones left out
 * with an ellipsis (the notation of `git diff --word-diff`). A tooltip renders it as text, never markup.
 */
export function diffText(diff: readonly DiffPart[]): string {
  const out: string[] = [];
  for (const p of diff) {
    if (p.op === 'same') out.push(p.text);
    else if (p.op === 'removed') out.push(`[-${p.text}-]`);
    else if (p.op === 'added') out.push(`{+${p.text}+}`);
    else if (out[out.length - 1] !== '…') out.push('…');
  }
  return out.join(' ');
}

export interface StatementNodes {
  /** The statements' nodes by speaker key (the speaker's name in lower case; '' for none). */
  bySpeaker: Map<string, { name: string; nodes: TreeNode[] }>;
  /** `file@start` of every version shown under a statement: the plain quote list leaves them out. */
  shown: Set<string>;
}

/**
 * Nodes for the statements that pass the filter (on the words of any version, a speaker or a source
 * file). `lines` gives each file's line index for the versions' line numbers (absent: no number);
 * `speakerName` the name the view shows for the statement's speaker (the article's entity name).
 */
export function statementNodes(
  statements: readonly QuoteStatement[],
  lines: (file: string) => LineIndex | undefined,
  filter: (...hay: string[]) => boolean,
  speakerName: (st: QuoteStatement) => string | null = (st) => st.speaker,
): StatementNodes {
  const bySpeaker = new Map<string, { name: string; nodes: TreeNode[] }>();
  const shown = new Set<string>();
  for (const st of statements) {
    if (st.versions.length < 2) continue;
    const speakers = [...new Set(st.versions.map((v) => v.speaker).filter((s): s is string => !!s))];
    if (!filter(...st.versions.map((v) => v.text), ...speakers, ...st.versions.map((v) => baseName(v.file)))) continue;
    const fullest = st.versions[0];
    const files = new Set(st.versions.map((v) => v.file));
    const flagged = st.versions.filter((v) => FLAGGED.has(v.class));
    const id = `statement:${versionKey(fullest.file, fullest.start)}`;
    const node: TreeNode = {
      id,
      kind: 'statement',
      label: shorten(fullest.text),
      description: [plural(st.versions.length, 'version'), plural(files.size, 'source'), flagged.length ? flaggedText(flagged) : ''].filter(Boolean).join(' · '),
      tooltip: fullest.text,
      icon: flagged.length ? 'warning' : 'quote',
      iconColor: flagged.length ? 'list.warningForeground' : undefined,
      location: { file: fullest.file, start: fullest.start, end: fullest.end },
      children: st.versions.map((v, i) => versionNode(v, i, id, lines(v.file))),
    };
    for (const v of st.versions) shown.add(versionKey(v.file, v.start));
    const name = speakerName(st) ?? '';
    const key = name.toLowerCase();
    let g = bySpeaker.get(key);
    if (!g) bySpeaker.set(key, (g = { name, nodes: [] }));
    g.nodes.push(node);
  }
  return { bySpeaker, shown };
}

function flaggedText(flagged: QuoteVersion[]): string {
  const altered = flagged.filter((v) => v.class === 'altered').length;
  const elsewhere = flagged.length - altered;
  return [altered ? `${altered} altered` : '', elsewhere ? `${elsewhere} given to another speaker` : ''].filter(Boolean).join(', ');
}

function versionNode(v: QuoteVersion, i: number, parent: string, lines: LineIndex | undefined): TreeNode {
  const line = lines ? lines.lineOf(v.start) + 1 : null;
  const where = line === null ? baseName(v.file) : `${baseName(v.file)}:${line}`;
  const speaker = v.class === 'attributed-elsewhere' && v.speaker ? `said by ${v.speaker}` : '';
  const diff = v.class === 'altered' || v.class === 'shortened' ? diffText(v.diff) : '';
  const dropped = v.droppedQualifiers.length ? `cut without an ellipsis: ${v.droppedQualifiers.join(', ')}` : '';
  return {
    id: `${parent}/${i}:${versionKey(v.file, v.start)}`,
    kind: 'version',
    label: shorten(v.text),
    description: [CLASS_LABEL[v.class], speaker, where].filter(Boolean).join(' · '),
    tooltip: [v.text, diff && `against the fullest: ${diff}`, dropped].filter(Boolean).join('\n'),
    icon: FLAGGED.has(v.class) ? 'warning' : 'quote',
    iconColor: FLAGGED.has(v.class) ? 'list.warningForeground' : undefined,
    location: { file: v.file, start: v.start, end: v.end },
    row: [v.speaker ?? '', `statement version: ${v.class}`, v.text, baseName(v.file), line === null ? '' : String(line)],
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
