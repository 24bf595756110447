// A tiny test harness for the extension host: test files register cases with `test`, the index runs
// them in order. The registry lives on globalThis because every *.e2e.ts is bundled on its own.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Case {
  name: string;
  file: string;
  fn: () => Promise<void> | void;
  timeoutMs: number;
}

interface Registry {
  cases: Case[];
  currentFile: string;
}

const KEY = '__newsdeskE2E';
export function registry(): Registry {
  const g = globalThis as unknown as Record<string, Registry | undefined>;
  return (g[KEY] ??= { cases: [], currentFile: '' });
}

/** Registers one end-to-end test case; cases run in registration order, one at a time. */
export function test(name: string, fn: () => Promise<void> | void, timeoutMs = 90_000): void {
  const r = registry();
  r.cases.push({ name, file: r.currentFile, fn, timeoutMs });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns a truthy value; throws with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 45_000, everyMs = 100): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v as NonNullable<T>;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${last})` : ''}`);
    await sleep(everyMs);
  }
}

/**
 * Asks the runner (test/e2e/run.mjs) for a screenshot of the workbench as it is now, saved as NAME.png
 * in the runner's screenshot folder, and waits until it is taken. A no-op outside the runner.
 */
export async function screenshot(name: string, timeoutMs = 60_000): Promise<void> {
  const dir = process.env.NEWSDESK_E2E_SHOTS;
  if (!dir || !/^[a-z0-9-]+$/.test(name)) return;
  fs.mkdirSync(dir, { recursive: true });
  const done = path.join(dir, `${name}.done`);
  fs.rmSync(done, { force: true });
  fs.writeFileSync(path.join(dir, `${name}.request`), name);
  await waitFor(`screenshot ${name}`, () => fs.existsSync(done), timeoutMs, 100);
}
