// A minimal LSP client over stdio for the benchmark (Content-Length framing, requests with ids,
// answers to the server's own requests), independent of the test helpers so that they can change.
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export class BenchClient {
  readonly proc: ChildProcessWithoutNullStreams;
  private buf = Buffer.alloc(0);
  private id = 1;
  private pending = new Map<number, { resolve: (v: Json) => void; reject: (e: Error) => void }>();
  private waiters: Array<{ match: (m: Json) => boolean; resolve: (m: Json) => void }> = [];
  readonly notes: Json[] = [];
  readonly serverRequests: string[] = [];
  stderr = '';
  /** Bytes received from the server so far (headers and bodies). */
  bytesIn = 0;

  constructor(serverJs: string, env: Record<string, string> = {}) {
    this.proc = spawn(process.execPath, [serverJs, '--stdio'], { stdio: 'pipe', env: { ...process.env, ...env } });
    this.proc.stdout.on('data', (c: Buffer) => this.onData(c));
    this.proc.stderr.on('data', (c: Buffer) => { this.stderr += c.toString(); });
    this.proc.on('exit', () => {
      for (const p of this.pending.values()) p.reject(new Error(`server exited; stderr: ${this.stderr.slice(-500)}`));
      this.pending.clear();
    });
  }

  private onData(chunk: Buffer): void {
    this.buf = Buffer.concat([this.buf, chunk]);
    for (;;) {
      const h = this.buf.indexOf('\r\n\r\n');
      if (h < 0) return;
      const len = Number(/Content-Length: (\d+)/i.exec(this.buf.subarray(0, h).toString('ascii'))?.[1]);
      if (this.buf.length < h + 4 + len) return;
      this.bytesIn += h + 4 + len;
      const msg = JSON.parse(this.buf.subarray(h + 4, h + 4 + len).toString('utf8'));
      this.buf = this.buf.subarray(h + 4 + len);
      this.dispatch(msg);
    }
  }

  private dispatch(msg: Json): void {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.error) p?.reject(new Error(msg.error.message));
      else p?.resolve(msg.result);
      return;
    }
    if (msg.id !== undefined) {
      this.serverRequests.push(msg.method);
      const result = msg.method === 'workspace/configuration' ? (msg.params.items as Json[]).map(() => ({})) : null;
      this.send({ jsonrpc: '2.0', id: msg.id, result });
    } else this.notes.push(msg);
    this.waiters = this.waiters.filter((w) => (w.match(msg) ? (w.resolve(msg), false) : true));
  }

  private send(msg: Json): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  request(method: string, params: Json, timeoutMs = 120_000): Promise<Json> {
    const id = this.id++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => { this.pending.delete(id); reject(new Error(`${method}: no answer in ${timeoutMs} ms`)); }, timeoutMs);
      this.pending.set(id, { resolve: (v) => { clearTimeout(timer); resolve(v); }, reject: (e) => { clearTimeout(timer); reject(e); } });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: Json): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The first message (notification or server request), past or future, that matches. */
  waitFor(match: (m: Json) => boolean, timeoutMs = 120_000): Promise<Json | null> {
    const seen = this.notes.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), timeoutMs);
      this.waiters.push({ match, resolve: (m) => { clearTimeout(timer); resolve(m); } });
    });
  }

  initialize(workspaceFolder?: string): Promise<Json> {
    const folders = workspaceFolder ? [{ uri: `file://${workspaceFolder}`, name: 'bench' }] : null;
    return this.request('initialize', {
      processId: process.pid,
      rootUri: folders ? folders[0].uri : null,
      workspaceFolders: folders,
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        window: { workDoneProgress: true },
        textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] } },
      },
    });
  }

  /** The server's resident memory (Linux /proc), or NaN. */
  rssBytes(): number {
    try {
      const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${this.proc.pid}/status`, 'utf8'))?.[1];
      return kb ? Number(kb) * 1024 : NaN;
    } catch {
      return NaN;
    }
  }

  /** The server's CPU time so far (user + system, Linux /proc), in milliseconds, or NaN. */
  cpuMs(): number {
    try {
      const stat = fs.readFileSync(`/proc/${this.proc.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // Fields 14 and 15 of the line (utime, stime), in clock ticks of 10 ms on Linux.
      return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      return NaN;
    }
  }

  async close(): Promise<void> {
    if (this.proc.exitCode !== null) return;
    const exited = new Promise((r) => this.proc.once('exit', r));
    try {
      await this.request('shutdown', null, 5000);
      this.notify('exit', null);
    } catch { /* killed below */ }
    const timer = setTimeout(() => this.proc.kill(), 3000);
    await exited;
    clearTimeout(timer);
  }
}
