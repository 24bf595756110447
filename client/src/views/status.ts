// The status bar item for the active article: "12 entities · 5 quotes · 3 claims"; opens the side panel.
import * as vscode from 'vscode';
import { summaryText } from '../model/tree';
import type { ArticleStore } from './store';

export class StatusDisplay implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('newsdesk.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscription: vscode.Disposable;

  constructor(private readonly store: ArticleStore) {
    this.item.name = 'Newsdesk';
    this.item.command = 'newsdesk.showEntities';
    this.subscription = store.onDidChange(() => this.update());
    this.update();
  }

  update(): void {
    const a = this.store.activeAnalysis;
    if (!this.store.active || !a) {
      this.item.hide();
      return;
    }
    const text = summaryText(a);
    this.item.text = `$(book) ${text}`;
    this.item.tooltip = `Newsdesk: ${text} in ${vscode.workspace.asRelativePath(this.store.active.uri)}. Click to show the side panel.`;
    this.item.accessibilityInformation = { label: `Newsdesk: ${text}`, role: 'button' };
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
