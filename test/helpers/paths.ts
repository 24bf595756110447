import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root (scripts/test.mjs sets NEWSDESK_ROOT; tests also run from the root). */
export const ROOT = process.env.NEWSDESK_ROOT ?? process.cwd();
export const SAMPLES_DIR = path.join(ROOT, 'samples');
export const SERVER_JS = path.join(ROOT, 'dist', 'server.js');
export const CLI_JS = path.join(ROOT, 'dist', 'cli.js');

export function samplePaths(): string[] {
  return fs.readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(SAMPLES_DIR, f));
}

export function readSample(name: string): string {
  const file = samplePaths().find((p) => path.basename(p).startsWith(name));
  if (!file) throw new Error(`no sample article ${name}`);
  return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
}
