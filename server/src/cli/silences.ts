// The silences `newsdesk check` applies, as the editor does: the front-matter key `newsdesk-ignore`
// (applied by the core itself) and the {code, text} pairs of `.newsdesk/silenced.json`. The editor
// reads that file in the first workspace folder; a command line has no workspace, so the nearest
// `.newsdesk/silenced.json` in the article's folder or above it is used (as git finds .gitignore),
// or the file named by `--silenced FILE`. Read once per folder.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SilencedFinding } from '../core/options';

const byFolder = new Map<string, SilencedFinding[]>();
const byFile = new Map<string, SilencedFinding[]>();

export function silencesFor(folder: string, explicitFile?: string): SilencedFinding[] {
  if (explicitFile) return readSilences(explicitFile);
  const start = path.resolve(folder);
  const cached = byFolder.get(start);
  if (cached) return cached;
  let found: SilencedFinding[] = [];
  for (let dir = start; ; dir = path.dirname(dir)) {
    const file = path.join(dir, '.newsdesk', 'silenced.json');
    if (fs.existsSync(file)) {
      found = readSilences(file);
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  byFolder.set(start, found);
  return found;
}

/** The pairs of one silences file (`{"silenced": [{code, text}]}`, as the editor writes it); unreadable: none. */
export function readSilences(file: string): SilencedFinding[] {
  const cached = byFile.get(file);
  if (cached) return cached;
  let list: SilencedFinding[] = [];
  try {
    const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    const items: unknown[] = Array.isArray(raw?.silenced) ? raw.silenced : [];
    list = items
      .filter((f): f is SilencedFinding => !!f && typeof (f as SilencedFinding).code === 'string' && typeof (f as SilencedFinding).text === 'string')
      .map((f) => ({ code: f.code, text: f.text }));
  } catch {
    // No such file or not JSON: nothing silenced (the editor does the same).
  }
  byFile.set(file, list);
  return list;
}
