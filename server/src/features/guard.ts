// Failure containment: a handler that throws is logged and answered with an error; the server goes on.
import { ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { CancellationToken, Connection } from 'vscode-languageserver/node';
import { Superseded } from './background';

export type Logger = (message: string) => void;

export function describe(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

/** Wraps a request handler: cancelled requests are answered as cancelled, failures as InternalError. */
export function guardRequest<P, R>(
  log: Logger,
  name: string,
  fn: (params: P, token: CancellationToken) => R,
): (params: P, token: CancellationToken) => R {
  const answer = (e: unknown, params: unknown): ResponseError<void> => {
    if (e instanceof ResponseError) return e;
    // The document changed while the request waited for its analysis (a large document, see store.ts).
    if (e instanceof Superseded) return new ResponseError(LSPErrorCodes.ContentModified, `${name}: the document changed`);
    // A handler that fails on params that are no object was sent a malformed request, not broken by it.
    if (e instanceof TypeError && (params === null || typeof params !== 'object')) {
      return new ResponseError(ErrorCodes.InvalidParams, `newsdesk: ${name}: params must be an object, got ${params === null ? 'null' : typeof params}`);
    }
    log(`newsdesk: ${name} failed: ${describe(e)}`);
    return new ResponseError(ErrorCodes.InternalError, `newsdesk: ${name} failed: ${e instanceof Error ? e.message : String(e)}`);
  };
  return (params, token) => {
    if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, `${name} cancelled`);
    try {
      const r = fn(params, token);
      if (r instanceof Promise) return r.catch((e: unknown) => { throw answer(e, params); }) as R;
      return r;
    } catch (e) {
      throw answer(e, params);
    }
  };
}

/**
 * Waits for a pending analysis on behalf of a request: rejects as cancelled when the client cancels
 * the request (the analysis goes on: diagnostics want it too).
 */
export function waitFor<T>(pending: Promise<T>, token: CancellationToken | undefined, name: string): Promise<T> {
  if (!token) return pending;
  return new Promise<T>((resolve, reject) => {
    const sub = token.onCancellationRequested(() => reject(new ResponseError(LSPErrorCodes.RequestCancelled, `${name} cancelled`)));
    pending.then(resolve, reject).finally(() => sub.dispose());
  });
}

/** Wraps a notification handler: a failure is logged, never thrown into the connection. */
export function guardNotification<P>(log: Logger, name: string, fn: (params: P) => void): (params: P) => void {
  return (params) => {
    try {
      const r = fn(params) as unknown;
      if (r instanceof Promise) r.catch((e) => log(`newsdesk: ${name} failed: ${describe(e)}`));
    } catch (e) {
      log(`newsdesk: ${name} failed: ${describe(e)}`);
    }
  };
}

/** Last line of defence: an exception that escaped every handler is logged and the server stays up. */
export function installProcessGuards(log: Logger): void {
  process.on('uncaughtException', (e) => log(`newsdesk: uncaught exception: ${describe(e)}`));
  process.on('unhandledRejection', (e) => log(`newsdesk: unhandled rejection: ${describe(e)}`));
}

/** Requests that exist only for tests (NEWSDESK_TEST_HOOKS=1): make a handler fail on purpose. */
export function installTestHooks(connection: Connection, log: Logger): void {
  if (process.env.NEWSDESK_TEST_HOOKS !== '1') return;
  connection.onRequest('newsdesk/_throw', guardRequest(log, 'newsdesk/_throw', () => {
    throw new Error('thrown on purpose by newsdesk/_throw');
  }));
  connection.onNotification('newsdesk/_throwNotification', guardNotification(log, 'newsdesk/_throwNotification', () => {
    throw new Error('thrown on purpose by newsdesk/_throwNotification');
  }));
  connection.onNotification('newsdesk/_throwUncaught', () => {
    setTimeout(() => {
      throw new Error('thrown on purpose outside any handler');
    }, 0);
  });
}

/** Rejects a request whose params lack what it needs: InvalidParams, as JSON-RPC says, not InternalError. */
export function requireParams(ok: boolean, name: string, what: string): void {
  if (!ok) throw new ResponseError(ErrorCodes.InvalidParams, `newsdesk: ${name}: ${what}`);
}
