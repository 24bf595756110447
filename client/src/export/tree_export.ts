// Exports of a side-panel tree: "Copy as Markdown" and "Export CSV".
import type { TreeNode, ViewTree } from '../model/tree';
import { toCsv } from './csv';
import { escapeMarkdown } from './markdown';

/** A nested Markdown list of the tree under a heading; mentions and quotes as leaves. */
export function treeToMarkdown(title: string, tree: ViewTree): string {
  const out = [`## ${escapeMarkdown(title)}`, ''];
  const walk = (nodes: TreeNode[], depth: number) => {
    for (const n of nodes) {
      const label = n.kind === 'quote' ? `“${escapeMarkdown(n.label)}”` : escapeMarkdown(n.label);
      const strong = n.kind === 'group' || n.kind === 'speaker' ? `**${label}**` : label;
      out.push(`${'  '.repeat(depth)}- ${strong}${n.description ? ` — ${escapeMarkdown(n.description)}` : ''}`);
      if (n.children) walk(n.children, depth + 1);
    }
  };
  walk(tree.roots, 0);
  return out.join('\n') + '\n';
}

/** Every node that carries a row, in tree order. */
export function treeRows(tree: ViewTree): string[][] {
  const rows: string[][] = [];
  const walk = (nodes: TreeNode[]) => {
    for (const n of nodes) {
      if (n.row) rows.push(n.row);
      if (n.children) walk(n.children);
    }
  };
  walk(tree.roots);
  return rows;
}

export function treeToCsv(tree: ViewTree): string {
  return toCsv(tree.csvHeader, treeRows(tree));
}
