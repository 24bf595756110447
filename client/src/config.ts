// Typed getters over the "newsdesk" settings section.
import * as vscode from 'vscode';

export class Config {
  private get section(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration('newsdesk');
  }

  /** Globs of plain-text files that are annotated as articles, besides `news-article` files. */
  get include(): string[] {
    const v = this.section.get<string[]>('include', ['**/*.txt']);
    return Array.isArray(v) ? v.filter((g) => typeof g === 'string' && g.length > 0) : ['**/*.txt'];
  }

  /** Changing these needs the client to restart (the document selector is fixed at start). */
  static readonly RESTART_KEYS = ['newsdesk.include'];
}
