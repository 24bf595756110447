// activate/deactivate only: build the context, register commands, start the client.
import * as vscode from 'vscode';
import * as commands from './commands';
import { Config } from './config';
import { revealEntity, showMentions } from './hover_commands';
import { Ctx } from './ctx';
import type { ViewName } from './views';

let ctx: Ctx | undefined;

/** Returns the context: the end-to-end tests read the views and the timeline panel through it. */
export async function activate(context: vscode.ExtensionContext): Promise<Ctx> {
  ctx = new Ctx(context);
  ctx.registerCommand('restartServer', commands.restartServer);
  ctx.registerCommand('annotateAsArticle', commands.annotateAsArticle);
  ctx.registerCommand('extractTimeline', commands.extractTimeline);
  ctx.registerCommand('showEntities', commands.showEntities);
  ctx.registerCommand('showLog', commands.showLog);
  ctx.registerCommand('openSample', commands.openSample);
  ctx.registerCommand('scopeWorkspace', commands.scopeWorkspace);
  ctx.registerCommand('scopeArticle', commands.scopeArticle);
  ctx.registerCommand('refresh', commands.refresh);
  ctx.registerCommand('filter', commands.filter);
  ctx.registerCommand('clearFilter', commands.clearFilter);
  ctx.registerCommand('revealLocation', commands.revealLocation);
  ctx.registerCommand('revealFirstMention', commands.revealFirstMention);
  ctx.registerCommand('showMentions', showMentions);
  ctx.registerCommand('revealEntity', revealEntity);
  for (const view of ['entities', 'quotes', 'figures'] as ViewName[]) {
    ctx.registerCommand(`${view}.copyMarkdown`, commands.copyMarkdown(view));
    ctx.registerCommand(`${view}.exportCsv`, commands.exportCsv(view));
  }
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((e) => {
    if (Config.RESTART_KEYS.some((k) => e.affectsConfiguration(k))) void ctx?.restart();
  }));
  await ctx.start();
  return ctx;
}

export async function deactivate(): Promise<void> {
  await ctx?.stop();
  ctx = undefined;
}
