// The Newsdesk side panel: three tree views over one store.
import * as vscode from 'vscode';
import { buildEntityTree, buildFigureTree, buildQuoteTree } from '../model/tree';
import type { TreeSpec } from './tree_provider';
import { NewsTreeProvider } from './tree_provider';
import type { ArticleStore } from './store';

export const VIEW_SPECS: TreeSpec[] = [
  { id: 'newsdesk.entities', title: 'Entities', build: buildEntityTree, expanded: ['group'], emptyMessage: 'No people, organizations or places found.' },
  { id: 'newsdesk.quotes', title: 'Quotes', build: buildQuoteTree, expanded: ['speaker', 'group'], emptyMessage: 'No quotations found.' },
  { id: 'newsdesk.figures', title: 'Figures & Dates', build: buildFigureTree, expanded: ['group'], emptyMessage: 'No figures or dates found.' },
];

export type ViewName = 'entities' | 'quotes' | 'figures';

export function createViews(store: ArticleStore, subscriptions: vscode.Disposable[]): Record<ViewName, NewsTreeProvider> {
  const make = (spec: TreeSpec) => {
    const provider = new NewsTreeProvider(spec, store);
    const view = vscode.window.createTreeView(spec.id, { treeDataProvider: provider, showCollapseAll: true });
    provider.view = view;
    provider.rebuild();
    subscriptions.push(provider, view);
    return provider;
  };
  void vscode.commands.executeCommand('setContext', 'newsdesk.scope', store.scope);
  void vscode.commands.executeCommand('setContext', 'newsdesk.filtered', false);
  return { entities: make(VIEW_SPECS[0]), quotes: make(VIEW_SPECS[1]), figures: make(VIEW_SPECS[2]) };
}
