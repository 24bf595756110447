// Each command is a factory (ctx) => handler, so no command reaches for globals.
import * as vscode from 'vscode';
import type { Ctx } from './ctx';
import type { Location } from './model/tree';
import type { ViewName } from './views';
import { treeToCsv, treeToMarkdown } from './export/tree_export';
import { revealOffsets, saveAs } from './util';

export function restartServer(ctx: Ctx) {
  return async () => {
    await ctx.restart();
    ctx.store.schedule(0);
    void vscode.window.setStatusBarMessage('Newsdesk: server restarted', 3000);
  };
}

export function annotateAsArticle(ctx: Ctx) {
  return async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage('Newsdesk: open a text file first.');
      return;
    }
    await vscode.languages.setTextDocumentLanguage(editor.document, 'news-article');
    ctx.store.schedule(200);
  };
}

export function extractTimeline(ctx: Ctx) {
  return async () => {
    if (ctx.store.scope === 'article' && !ctx.store.active) {
      const pick = await vscode.window.showQuickPick(
        [{ label: 'All articles in the workspace', scope: 'workspace' as const }],
        { placeHolder: 'No article is open. Extract the timeline of…' },
      );
      if (!pick) return;
      await ctx.timeline.show(pick.scope);
      return;
    }
    await ctx.timeline.show();
  };
}

export function showEntities(_ctx: Ctx) {
  return async () => {
    await vscode.commands.executeCommand('newsdesk.entities.focus');
  };
}

/** Opens the walkthrough's sample article (shipped in media/walkthrough/, a made-up story). */
export function openSample(ctx: Ctx) {
  return async () => {
    // An untitled copy: the user may edit and save it anywhere, and the extension's own file stays as shipped.
    const uri = vscode.Uri.joinPath(ctx.extension.extensionUri, 'media', 'walkthrough', 'sample.news');
    const content = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    const doc = await vscode.workspace.openTextDocument({ language: 'news-article', content });
    await vscode.window.showTextDocument(doc, { preview: false });
  };
}

export function showLog(ctx: Ctx) {
  return () => ctx.output.show(true);
}

export function scopeWorkspace(ctx: Ctx) {
  return () => ctx.store.setScope('workspace');
}

export function scopeArticle(ctx: Ctx) {
  return () => ctx.store.setScope('article');
}

export function refresh(ctx: Ctx) {
  return () => ctx.store.refresh();
}

/** A filter box: the views narrow as you type; Escape restores the previous filter. */
export function filter(ctx: Ctx) {
  return async () => {
    const before = ctx.store.filter;
    const input = vscode.window.createInputBox();
    input.title = 'Filter Newsdesk views';
    input.placeholder = 'Name, role, quote or figure (all words must match)';
    input.value = before;
    let accepted = false;
    input.onDidChangeValue((v) => ctx.store.setFilter(v.trim()));
    input.onDidAccept(() => {
      accepted = true;
      input.hide();
    });
    await new Promise<void>((resolve) => input.onDidHide(() => resolve()));
    if (!accepted) ctx.store.setFilter(before);
    input.dispose();
  };
}

export function clearFilter(ctx: Ctx) {
  return () => ctx.store.setFilter('');
}

export function revealLocation(_ctx: Ctx) {
  return async (loc?: unknown) => {
    const l = loc as Location | undefined;
    if (!l || typeof l.file !== 'string') return;
    await revealOffsets(l.file, l.start, l.end);
  };
}

/** The inline action on an entity: its first mention (the node's location). */
export function revealFirstMention(_ctx: Ctx) {
  return async (node?: unknown) => {
    const loc = (node as { location?: Location } | undefined)?.location;
    if (loc && typeof loc.file === 'string') await revealOffsets(loc.file, loc.start, loc.end);
  };
}

const TITLES: Record<ViewName, string> = { entities: 'Entities', quotes: 'Quotes', figures: 'Figures & Dates' };

export function copyMarkdown(view: ViewName) {
  return (ctx: Ctx) => async () => {
    const md = treeToMarkdown(TITLES[view], ctx.views[view].current);
    await vscode.env.clipboard.writeText(md);
    void vscode.window.setStatusBarMessage(`Newsdesk: ${TITLES[view]} copied as Markdown`, 3000);
  };
}

export function exportCsv(view: ViewName) {
  // View title buttons pass no argument; a Uri argument (tests, other extensions) skips the dialog.
  return (ctx: Ctx) => async (to?: unknown) => saveAs(`newsdesk-${view}.csv`, treeToCsv(ctx.views[view].current), { CSV: ['csv'] }, to);
}
