// Where the evaluation finds the repository and the team's shared data (absent for users).
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root: NEWSDESK_ROOT when set (the test runner sets it), else the working directory. */
export const ROOT = process.env.NEWSDESK_ROOT ?? process.cwd();
/** ../shared beside the repository. */
export const SHARED = path.resolve(ROOT, '..', 'shared');

/** Null when the file exists, else a reason in the runner's words ("../shared/data/ner/dev.jsonl not present"). */
export function missing(file: string): string | null {
  return fs.existsSync(file) ? null : `${path.relative(ROOT, file)} not present`;
}
