// Each command is a factory (ctx) => handler, so no command reaches for globals.
import * as vscode from 'vscode';
import type { Ctx } from './ctx';

export function restartServer(ctx: Ctx) {
  return async () => {
    await ctx.restart();
    void vscode.window.setStatusBarMessage('Newsdesk: server restarted', 3000);
  };
}

export function annotateAsArticle(_ctx: Ctx) {
  return async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage('Newsdesk: open a text file first.');
      return;
    }
    await vscode.languages.setTextDocumentLanguage(editor.document, 'news-article');
  };
}
