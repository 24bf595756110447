// A minimal LSP client for protocol tests: spawns the built server with --stdio and speaks
// JSON-RPC with Content-Length framing, as an editor does.
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { SERVER_JS } from './paths';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: Json) => void; reject: (e: Error) => void }>();
  private listeners: Array<(msg: Json) => void> = [];
  readonly notifications: Json[] = [];
  stderr = '';

  /** Requests the server sent to the client (workspace/configuration, client/registerCapability, ...). */
  readonly serverRequests: Json[] = [];

  /** `command`: the server to start, by default the built one under node; an installed command as it stands. */
  constructor(args: string[] = ['--stdio'], env: Record<string, string> = {}, command: string[] = [process.execPath, SERVER_JS]) {
    this.proc = spawn(command[0], [...command.slice(1), ...args], { stdio: 'pipe', env: { ...process.env, ...env } });
    this.proc.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.proc.stderr.on('data', (chunk: Buffer) => { this.stderr += chunk.toString(); });
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: (\d+)/i.exec(header)?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body));
    }
  }

  private dispatch(msg: Json): void {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.error) p.reject(Object.assign(new Error(msg.error.message), { code: msg.error.code }));
      else p.resolve(msg.result);
      return;
    }
    if (msg.id !== undefined && msg.method) {
      // A request from the server (workspace/configuration, window/workDoneProgress/create, ...).
      this.serverRequests.push(msg);
      const result = msg.method === 'workspace/configuration' ? (msg.params.items as Json[]).map(() => this.settings) : null;
      this.write({ jsonrpc: '2.0', id: msg.id, result });
    } else {
      this.notifications.push(msg);
    }
    for (const l of this.listeners) l(msg);
  }

  /** Settings returned for workspace/configuration requests. */
  settings: Json = {};

  private write(msg: Json): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request(method: string, params: Json, timeoutMs = 60000): Promise<Json> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer in ${timeoutMs} ms; server stderr: ${this.stderr}`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (v) => { clearTimeout(timer); resolve(v); },
        reject: (e) => { clearTimeout(timer); reject(e); },
      });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: Json): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first notification (past or future) for which `match` is true. */
  waitFor(method: string, match: (params: Json) => boolean = () => true, timeoutMs = 60000): Promise<Json> {
    const seen = this.notifications.find((n) => n.method === method && match(n.params));
    if (seen) return Promise.resolve(seen.params);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} in ${timeoutMs} ms`)), timeoutMs);
      const listener = (msg: Json) => {
        if (msg.method === method && match(msg.params)) {
          clearTimeout(timer);
          this.listeners = this.listeners.filter((l) => l !== listener);
          resolve(msg.params);
        }
      };
      this.listeners.push(listener);
    });
  }

  async initialize(capabilities: Json = {}, initializationOptions: Json = {}, extra: Json = {}): Promise<Json> {
    const result = await this.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { ...capabilities, workspace: { configuration: true, ...capabilities.workspace } },
      initializationOptions,
      ...extra,
    });
    this.notify('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'news-article', version = 1): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Sends an incremental change (LSP ranges) with the given version. */
  change(uri: string, version: number, changes: Json[]): void {
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  /** Sends shutdown and exit; resolves with the server's exit code. */
  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.proc.on('exit', (code) => resolve(code)));
    await this.request('shutdown', null);
    this.notify('exit', null);
    return exited;
  }

  kill(): void {
    if (this.proc.exitCode === null) this.proc.kill();
  }
}
