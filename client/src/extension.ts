// activate/deactivate only: build the context, register commands, start the client.
import * as vscode from 'vscode';
import { annotateAsArticle, restartServer } from './commands';
import { Config } from './config';
import { Ctx } from './ctx';

let ctx: Ctx | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<Ctx> {
  ctx = new Ctx(context);
  ctx.registerCommand('restartServer', restartServer);
  ctx.registerCommand('annotateAsArticle', annotateAsArticle);
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
