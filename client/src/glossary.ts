// `newsdesk.glossary` names a JSON file in the workspace; the server wants its entries. The client
// reads the file when the server pulls its settings, and tells the server when the file changes.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { GlossaryEntry } from '../../server/src/core';
import { parseGlossary } from './model/glossary';

export class Glossary implements vscode.Disposable {
  private watcher: vscode.FileSystemWatcher | undefined;
  private watched = '';
  private reported = '';

  constructor(private readonly output: vscode.OutputChannel, private readonly onDidChange: () => void) {}

  /** The file the setting names: absolute, or relative to the first workspace folder. */
  resolve(setting: string): vscode.Uri | undefined {
    const s = setting.trim();
    if (!s) return undefined;
    if (path.isAbsolute(s)) return vscode.Uri.file(s);
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, s) : undefined;
  }

  /** The entries of the glossary file (none when unset, missing or invalid; problems go to the log). */
  async entries(setting: unknown): Promise<GlossaryEntry[]> {
    const uri = typeof setting === 'string' ? this.resolve(setting) : undefined;
    this.watch(uri);
    if (!uri) return [];
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      this.report(uri, [`cannot read ${uri.fsPath} (newsdesk.glossary)`]);
      return [];
    }
    const { entries, problems } = parseGlossary(text);
    this.report(uri, problems.map((p) => `${vscode.workspace.asRelativePath(uri)}: ${p}`));
    return entries;
  }

  /** Logs problems once per distinct set, so a pull of the settings does not repeat them. */
  private report(uri: vscode.Uri, problems: string[]): void {
    const key = `${uri}\n${problems.join('\n')}`;
    if (key === this.reported) return;
    this.reported = key;
    for (const p of problems) this.output.appendLine(`newsdesk: glossary ${p}`);
  }

  private watch(uri: vscode.Uri | undefined): void {
    const key = uri?.toString() ?? '';
    if (key === this.watched) return;
    this.watched = key;
    this.watcher?.dispose();
    this.watcher = undefined;
    if (!uri) return;
    const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), path.basename(uri.path)));
    w.onDidChange(() => this.onDidChange());
    w.onDidCreate(() => this.onDidChange());
    w.onDidDelete(() => this.onDidChange());
    this.watcher = w;
  }

  dispose(): void {
    this.watcher?.dispose();
  }
}
