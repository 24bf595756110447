// Builds the language client: which files it covers and how the server is started.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { DocumentSelector, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import type { Config } from './config';
import { HOVER_COMMANDS } from '../../server/src/command-ids';
import type { Glossary } from './glossary';

export function documentSelector(config: Config): DocumentSelector {
  return [
    { language: 'news-article' },
    ...config.include.map((pattern) => ({ language: 'plaintext', pattern })),
  ];
}

let hovered = false;

export function createClient(context: vscode.ExtensionContext, config: Config, output: vscode.OutputChannel, glossary: Glossary): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(config),
    synchronize: { configurationSection: 'newsdesk' },
    outputChannel: output,
    // Hovers carry action links (all mentions, reveal, corrections): only Newsdesk's own commands run
    // from them; the article's text in a hover is escaped by the server (server/src/markdown.ts).
    initializationOptions: { hoverCommandLinks: true },
    markdown: { isTrusted: { enabledCommands: HOVER_COMMANDS }, supportHtml: false },
    middleware: {
      // The walkthrough's hover step completes on the context key newsdesk.hovered (the first hover with content).
      provideHover: async (document, position, token, next) => {
        const hover = await next(document, position, token);
        if (hover && !hovered) {
          hovered = true;
          void vscode.commands.executeCommand('setContext', 'newsdesk.hovered', true);
        }
        return hover;
      },
      workspace: {
        // The server reads `glossary` as entries; the setting names a file, so send the file's entries.
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return Promise.all(result.map(async (value: unknown, i: number) => {
            if (params.items[i]?.section !== 'newsdesk' || !value || typeof value !== 'object') return value;
            const settings = value as Record<string, unknown>;
            const entries = await glossary.entries(settings.glossary);
            // No glossary set: leave the value alone, so that the server sees no change in its options.
            if (typeof settings.glossary !== 'string' || !settings.glossary.trim()) return value;
            return { ...settings, glossary: entries };
          }));
        },
      },
    },
  };
  return new LanguageClient('newsdesk', 'Newsdesk', serverOptions, clientOptions);
}
