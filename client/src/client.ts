// Builds the language client: which files it covers and how the server is started.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { DocumentSelector, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import type { Config } from './config';

export function documentSelector(config: Config): DocumentSelector {
  return [
    { language: 'news-article' },
    ...config.include.map((pattern) => ({ language: 'plaintext', pattern })),
  ];
}

export function createClient(context: vscode.ExtensionContext, config: Config, output: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(config),
    synchronize: { configurationSection: 'newsdesk' },
    outputChannel: output,
  };
  return new LanguageClient('newsdesk', 'Newsdesk', serverOptions, clientOptions);
}
