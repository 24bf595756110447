// The node of the side panel's trees: a leaf type shared by the tree builders (tree.ts, statement_tree.ts),
// the VS Code tree providers and the exports.

export interface Location {
  file: string;
  start: number;
  end: number;
}

export type NodeKind = 'group' | 'entity' | 'mention' | 'speaker' | 'quote' | 'statement' | 'version' | 'figure' | 'date';

export interface TreeNode {
  /** Stable across rebuilds of the same content, so the tree updates in place. */
  id: string;
  kind: NodeKind;
  label: string;
  description?: string;
  tooltip?: string;
  /** A codicon name. */
  icon?: string;
  /** A theme colour id for the icon (the entity types' colours: the legend of the article's highlighting). */
  iconColor?: string;
  location?: Location;
  /** One CSV row for this node (entities, quotes, figures, dates). */
  row?: string[];
  children?: TreeNode[];
}
