// Entry point loaded by VS Code's extension host (extensionTestsPath): runs every *.e2e.js bundled
// beside it with the harness, logs each result to the console (the runner forwards it) and writes
// {passed, failed} to the file named by NEWSDESK_E2E_RESULT, since the exit code does not come back.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { registry, screenshot } from './harness';

function withTimeout<T>(p: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`test "${name}" timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

export async function run(): Promise<void> {
  const reg = registry();
  const grep = process.env.NEWSDESK_E2E_GREP;
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.e2e.js')).sort();
  let passed = 0;
  let failed = 0;
  const failures: string[] = [];
  try {
    for (const f of files) {
      reg.currentFile = f;
      require(path.join(__dirname, f));
    }
    for (const c of reg.cases) {
      if (grep && !c.name.includes(grep) && !c.file.includes(grep)) continue;
      const t0 = Date.now();
      try {
        await withTimeout(Promise.resolve().then(c.fn), c.timeoutMs, c.name);
        passed++;
        console.log(`e2e ✔ ${c.name} (${Date.now() - t0} ms)`);
      } catch (e) {
        failed++;
        const msg = (e as Error)?.stack ?? String(e);
        failures.push(`${c.name}: ${msg}`);
        console.error(`e2e ✖ ${c.name} (${Date.now() - t0} ms)\n${msg}`);
      }
    }
    // A --grep that selects nothing is a mistake to report, not a green run of nothing.
    if (passed + failed === 0) {
      failed++;
      failures.push(`no end-to-end case matches ${JSON.stringify(grep ?? '')}`);
      console.error(`e2e ✖ ${failures[failures.length - 1]}`);
    }
    await screenshot('workbench').catch((e) => console.error(`e2e: screenshot failed: ${e}`));
  } catch (e) {
    failed++;
    console.error(`e2e ✖ loading the tests: ${(e as Error)?.stack ?? e}`);
  }
  const out = process.env.NEWSDESK_E2E_RESULT;
  if (out) fs.writeFileSync(out, JSON.stringify({ passed, failed, failures }));
  console.log(`e2e suite done: ${passed} passed, ${failed} failed`);
  // Under @vscode/test-electron a rejected run() is the exit code; run.mjs reads the file instead.
  if (failed > 0) throw new Error(`${failed} end-to-end test(s) failed`);
}
