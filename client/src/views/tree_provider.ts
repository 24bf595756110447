// One provider for the three side-panel trees: it turns the pure TreeNodes of model/tree.ts into
// TreeItems, keeps their ids stable (VS Code then keeps expansion and selection: no flicker), and
// fires a change only when the rendered tree differs.
import * as vscode from 'vscode';
import type { QuoteStatement } from '../../../server/src/core';
import type { ArticleInput, MergedInput, TreeNode, ViewTree } from '../model/tree';
import type { ArticleStore } from './store';

export interface TreeSpec {
  /** The view id in package.json. */
  id: string;
  title: string;
  /** workspaceEntities and statements: the server's, in workspace scope. */
  build(articles: ArticleInput[], filter: string, workspaceEntities?: MergedInput[], statements?: readonly QuoteStatement[]): ViewTree;
  /** Node kinds shown expanded at first. */
  expanded: ReadonlyArray<TreeNode['kind']>;
  /** Shown above an empty tree when an article is open but has nothing for this view. */
  emptyMessage: string;
}

export class NewsTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private tree: ViewTree = { roots: [], csvHeader: [] };
  private parents = new Map<string, TreeNode>();
  private lastKey = '';
  private readonly subscription: vscode.Disposable;
  view: vscode.TreeView<TreeNode> | undefined;

  constructor(readonly spec: TreeSpec, private readonly store: ArticleStore) {
    this.subscription = store.onDidChange(() => this.rebuild());
    this.rebuild();
  }

  /** The tree as shown now (after the filter). */
  get current(): ViewTree {
    return this.tree;
  }

  rebuild(): void {
    // No article: an empty tree, so that the view shows its welcome text instead of empty groups.
    const ws = this.store.scope === 'workspace';
    const tree = this.store.articles.length
      ? this.spec.build(this.store.articles, this.store.filter, ws ? this.store.workspaceEntities : undefined, ws ? this.store.workspaceTimeline?.statements : undefined)
      : { roots: [], csvHeader: [] };
    const key = JSON.stringify(tree.roots);
    if (key === this.lastKey) {
      this.updateDescription();
      return;
    }
    this.lastKey = key;
    this.tree = tree;
    this.updateDescription();
    this.parents.clear();
    const walk = (nodes: TreeNode[], parent?: TreeNode) => {
      for (const n of nodes) {
        if (parent) this.parents.set(n.id, parent);
        if (n.children) walk(n.children, n);
      }
    };
    walk(tree.roots);
    this.changed.fire();
  }

  private updateDescription(): void {
    if (!this.view) return;
    const scope = this.store.scope === 'workspace' ? `Workspace (${this.store.articles.length})` : this.store.active ? vscode.workspace.asRelativePath(this.store.active.uri) : '';
    this.view.description = [scope, this.store.filter ? `filter: ${this.store.filter}` : ''].filter(Boolean).join(' · ');
    const empty = this.store.articles.length > 0 && !this.tree.roots.some((r) => r.children?.length);
    this.view.message = !empty ? undefined : this.store.filter ? `Nothing matches the filter “${this.store.filter}”.` : this.spec.emptyMessage;
  }

  getChildren(node?: TreeNode): TreeNode[] {
    return node ? node.children ?? [] : this.tree.roots;
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return this.parents.get(node.id);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const hasChildren = !!node.children?.length;
    const state = !hasChildren
      ? vscode.TreeItemCollapsibleState.None
      : this.spec.expanded.includes(node.kind) ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, state);
    item.id = `${this.spec.id}/${node.id}`;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.contextValue = node.kind;
    if (node.icon) item.iconPath = new vscode.ThemeIcon(node.icon, node.iconColor ? new vscode.ThemeColor(node.iconColor) : undefined);
    if (node.location && !hasChildren) {
      item.command = { command: 'newsdesk.revealLocation', title: 'Reveal', arguments: [node.location] };
    }
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
