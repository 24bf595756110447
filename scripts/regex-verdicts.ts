// Refreshes test/fixtures/regex-verdicts.json (see test/regex-safety.test.ts): collects every pattern of
// the core, checks those the cache lacks with recheck (--retry-unknown: also those it has as unknown), all of them with --all, drops
// verdicts of patterns that are gone, and prints what is not safe. Run by scripts/regex-verdicts.mjs
// (`node scripts/regex-verdicts.mjs [--all] [--retry-unknown] [--timeout SECONDS]`; seconds to minutes
// for a few new patterns, about 15 minutes for all ~900 on a loaded machine).
import * as fs from 'node:fs';
import { check } from 'recheck';
import { checkedPattern, patternKey } from '../test/helpers/core-regexes';
import type { Verdict, VerdictFile } from '../test/helpers/regex-verdicts';
import { VERDICTS_FILE, corePatterns } from '../test/helpers/regex-verdicts';

const ROOT = process.env.NEWSDESK_ROOT ?? process.cwd();

// recheck decides with the automaton checker where it can (exact); where the pattern has lookarounds or
// back-references, or its automaton is too large, it searches for an attack string (fuzz). The time-out
// per pattern (--timeout SECONDS, default 60) is generous so a loaded machine still reaches a verdict;
// one that times out is recorded "unknown" (it fails the test); --retry-unknown checks those again.
const PARAMS = { checker: 'auto' } as const;
const argAfter = (flag: string) => (process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined);
const TIMEOUT_MS = Number(argAfter('--timeout') ?? 60) * 1000;

/** A pattern known to backtrack exponentially (the issue's run of " to the"), checked on every refresh. */
const CANARY = { source: '^(?:\\s*(?:to|the)\\s*)+$', flags: '', where: 'canary (test/regex-safety.test.ts)' };

async function main(): Promise<void> {
  const all = process.argv.includes('--all');
  const retryUnknown = process.argv.includes('--retry-unknown');
  const file = VERDICTS_FILE(ROOT);
  const old: VerdictFile | null = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
  const sameParams = old && JSON.stringify(old.params) === JSON.stringify(PARAMS);
  const patterns = [...corePatterns(ROOT), CANARY];
  const verdicts: Record<string, Verdict> = {};
  let checked = 0;
  const started = Date.now();
  for (const p of patterns) {
    const key = patternKey(p);
    const cached = !all && sameParams ? old?.verdicts[key] : undefined;
    if (cached && (cached.status !== 'unknown' || !retryUnknown)) {
      verdicts[key] = { ...cached, where: p.where };
      continue;
    }
    const c = checkedPattern(p);
    const d = await check(c.source, c.flags, { ...PARAMS, timeout: TIMEOUT_MS });
    checked++;
    const v: Verdict = { status: d.status, where: p.where };
    if (d.checker) v.checker = d.checker;
    if (d.status === 'safe' || d.status === 'vulnerable') v.complexity = d.complexity.type;
    if (d.status === 'vulnerable') v.attack = d.attack.pattern;
    if (d.status === 'unknown') v.error = d.error.kind;
    verdicts[key] = v;
    if (d.status !== 'safe') process.stdout.write(`${d.status}: ${p.where}  ${key}${v.attack ? `\n    attack ${v.attack}` : ''}\n`);
  }
  const sorted = Object.fromEntries(Object.entries(verdicts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const recheckVersion = (JSON.parse(fs.readFileSync(require.resolve('recheck/package.json'), 'utf8')) as { version: string }).version;
  const out: VerdictFile = {
    about: 'recheck verdicts on every regular expression of server/src/core, keyed by /source/flags (g, y, d dropped). Written by node scripts/regex-verdicts.mjs; read by test/regex-safety.test.ts.',
    recheck: recheckVersion,
    params: { ...PARAMS },
    verdicts: sorted,
  };
  fs.writeFileSync(file, JSON.stringify(out, null, 1) + '\n');
  const count = (s: string) => Object.values(sorted).filter((v) => v.status === s).length;
  process.stdout.write(`regex-verdicts: ${patterns.length} patterns, ${checked} checked now in ${((Date.now() - started) / 1000).toFixed(0)} s; `
    + `${count('safe')} safe, ${count('vulnerable')} vulnerable (the canary among them), ${count('unknown')} unknown -> ${file}\n`);
  process.exit(0);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
  process.exit(1);
});
