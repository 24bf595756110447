// One context object owns the language client, the config and everything to dispose.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client';
import { Config } from './config';

export class Ctx {
  readonly config = new Config();
  readonly output: vscode.OutputChannel;
  private languageClient: LanguageClient | undefined;

  constructor(readonly extension: vscode.ExtensionContext) {
    this.output = vscode.window.createOutputChannel('Newsdesk');
    extension.subscriptions.push(this.output);
  }

  get client(): LanguageClient | undefined {
    return this.languageClient;
  }

  async start(): Promise<void> {
    this.languageClient = createClient(this.extension, this.config, this.output);
    await this.languageClient.start();
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async stop(): Promise<void> {
    const client = this.languageClient;
    this.languageClient = undefined;
    if (client) await client.stop();
  }

  registerCommand(name: string, factory: (ctx: Ctx) => (...args: unknown[]) => unknown): void {
    this.extension.subscriptions.push(vscode.commands.registerCommand(`newsdesk.${name}`, factory(this)));
  }
}
