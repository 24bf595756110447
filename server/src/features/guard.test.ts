// Requests waiting for a background analysis: a cancelled one is answered as cancelled (the analysis
// goes on), one whose document changed meanwhile as ContentModified, a failure as InternalError.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CancellationTokenSource, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { Superseded } from './background';
import { guardRequest, waitFor } from './guard';

test('a request cancelled while it waits is answered as cancelled; the awaited analysis is untouched', async () => {
  let finish: (v: string) => void = () => undefined;
  const analysis = new Promise<string>((resolve) => { finish = resolve; });
  const source = new CancellationTokenSource();
  const waiting = waitFor(analysis, source.token, 'hover');
  source.cancel();
  await assert.rejects(waiting, (e: ResponseError<void>) => e.code === LSPErrorCodes.RequestCancelled);
  finish('done');
  assert.equal(await analysis, 'done');
  assert.equal(await waitFor(analysis, new CancellationTokenSource().token, 'hover'), 'done');
});

test('an async handler: superseded -> ContentModified, a failure -> InternalError and logged', async () => {
  const logged: string[] = [];
  const token = new CancellationTokenSource().token;
  const superseded = guardRequest((m: string) => logged.push(m), 'hover', () => Promise.reject(new Superseded('x')));
  await assert.rejects(superseded({}, token) as Promise<unknown>, (e: ResponseError<void>) => e.code === LSPErrorCodes.ContentModified);
  assert.equal(logged.length, 0, 'an edit is no failure');
  const failing = guardRequest((m: string) => logged.push(m), 'hover', () => Promise.reject(new Error('boom')));
  await assert.rejects(failing({}, token) as Promise<unknown>, (e: ResponseError<void>) => e.code === ErrorCodes.InternalError && /boom/.test(e.message));
  assert.match(logged.join('\n'), /newsdesk: hover failed: Error: boom/);
});
