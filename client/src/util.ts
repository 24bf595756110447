// Small VS Code helpers shared by views and commands.
import * as vscode from 'vscode';

/** The analysis's `file` (a URI from the server, or a path from the CLI) as a Uri. */
export function toUri(file: string): vscode.Uri {
  return /^[a-z][a-z0-9+.-]+:/i.test(file) && !/^[a-z]:[\\/]/i.test(file) ? vscode.Uri.parse(file) : vscode.Uri.file(file);
}

/** Opens the file and selects [start, end) (UTF-16 offsets, as VS Code counts them). */
export async function revealOffsets(file: string, start: number, end: number): Promise<vscode.TextEditor> {
  const uri = toUri(file);
  const doc = await vscode.workspace.openTextDocument(uri);
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const editor = await vscode.window.showTextDocument(doc, {
    viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
    preserveFocus: false,
    preview: true,
  });
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** Text of a document as the server sees it: open buffer if open, else the file decoded as UTF-8 without BOM. */
export async function readText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  const bytes = await vscode.workspace.fs.readFile(uri);
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/** Saves text to `to`, or to a file the user picks; returns the Uri written or undefined when cancelled. */
export async function saveAs(defaultName: string, text: string, filters: Record<string, string[]>, to?: unknown): Promise<vscode.Uri | undefined> {
  if (to instanceof vscode.Uri) {
    await vscode.workspace.fs.writeFile(to, new TextEncoder().encode(text));
    return to;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, defaultName) : undefined,
    filters,
    saveLabel: 'Export',
  });
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  void vscode.window.showInformationMessage(`Newsdesk: exported ${vscode.workspace.asRelativePath(target)}.`, 'Open').then((choice) => {
    if (choice === 'Open') void vscode.window.showTextDocument(target);
  });
  return target;
}
