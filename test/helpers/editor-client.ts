// What the headless-editor tests (Neovim, Emacs) share: a sample article copied into a scratch folder,
// the position of a hover on one of its names, and the checks on what the editor's LSP client received.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { samplePaths } from './paths';

export interface EditorFixture {
  dir: string;
  article: string;
  /** Where the editor writes what its client received (JSON: diagnostics, hover, error). */
  out: string;
  /** "line,character" of the "Putin" in "progress made with Putin" (0-based), for NEWSDESK_HOVER. */
  hover: string;
}

/** Sample 001 as `article<ext>` in a new scratch folder; remove `dir` when done. */
export function editorFixture(editor: string, ext: string): EditorFixture {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `newsdesk-${editor}-`));
  const article = path.join(dir, `article${ext}`);
  fs.copyFileSync(samplePaths().find((p) => path.basename(p).startsWith('001'))!, article);
  const lines = fs.readFileSync(article, 'utf8').split(/\r?\n/);
  const line = lines.findIndex((l) => l.includes('progress made with Putin'));
  const character = lines[line].indexOf('progress made with Putin') + 'progress made with '.length + 2;
  return { dir, article, out: path.join(dir, 'result.json'), hover: `${line},${character}` };
}

/** The result an editor wrote: the furniture diagnostic of sample 001 and the hover on "Putin". */
export function assertSampleResult(result: { diagnostics: Array<{ code: string; source: string; line: number; col: number }>; hover: unknown }): void {
  const furniture = result.diagnostics.filter((d) => d.code === 'furniture.page');
  assert.ok(furniture.length >= 1, JSON.stringify(result.diagnostics));
  assert.ok(furniture.every((d) => d.source === 'newsdesk'));
  assert.ok(furniture.some((d) => d.line === 4 && d.col === 0), 'the "Download IPFS" line');
  assert.match(String(result.hover), /^\*\*Vladimir Putin\*\* · person/);
  assert.match(String(result.hover), /Role: Russian President/);
}
