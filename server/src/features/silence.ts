// "Silence this finding", the two ways the core defines (server/src/core/diagnostics/silence.ts):
// - one finding: {code, text} pairs in AnalyzeOptions.silenced. The server keeps the pairs the user
//   silences in `.newsdesk/silenced.json` of the article's workspace folder (see folder-data.ts) (plain JSON, can be shared),
//   merged with the `newsdesk.silenced` setting;
// - a whole code in one file: the front-matter key `newsdesk-ignore: code, code`, as a text edit.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SilencedFinding } from '../core/options';

export const SILENCE_COMMAND = 'newsdesk.silenceFinding';

export class SilencedStore {
  private findings: SilencedFinding[] = [];
  private file: string | null = null;

  constructor(private readonly log: (message: string) => void) {}

  /** Reads the stored findings of a workspace folder (absolute path), if any. */
  load(folder: string | undefined): void {
    this.file = folder ? path.join(folder, '.newsdesk', 'silenced.json') : null;
    this.findings = [];
    if (!this.file) return;
    try {
      const raw = JSON.parse(fs.readFileSync(this.file, 'utf8'));
      const list = Array.isArray(raw?.silenced) ? raw.silenced : [];
      this.findings = list.filter((f: SilencedFinding) => typeof f?.code === 'string' && typeof f?.text === 'string');
    } catch {
      // No file yet, or not readable: nothing silenced.
    }
  }

  list(): readonly SilencedFinding[] {
    return this.findings;
  }

  add(finding: SilencedFinding): void {
    if (this.findings.some((f) => f.code === finding.code && f.text === finding.text)) return;
    this.findings.push({ code: finding.code, text: finding.text });
    if (!this.file) return;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(this.file, `${JSON.stringify({ silenced: this.findings }, null, 2)}\n`);
    } catch (e) {
      this.log(`newsdesk: could not save silenced findings to ${this.file}: ${e}`);
    }
  }
}

const FENCE = /^---[ \t]*$/;

/** The edit that adds `code` to the article's `newsdesk-ignore` front-matter key (making front matter if needed). */
export function ignoreInFileEdit(doc: TextDocument, code: string): TextEdit {
  const text = doc.getText();
  const lines = text.split(/\r\n|\r|\n/);
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  if (FENCE.test(lines[0] ?? '')) {
    for (let i = 1; i < lines.length && i < 200; i++) {
      const m = /^(newsdesk-ignore[ \t]*:[ \t]*)(.*)$/i.exec(lines[i]);
      if (m) {
        const end = { line: i, character: lines[i].length };
        const joined = m[2].trim() ? `${m[2].trim()}, ${code}` : code;
        return { range: { start: { line: i, character: 0 }, end }, newText: `${m[1]}${joined}` };
      }
      if (FENCE.test(lines[i])) {
        return { range: { start: { line: i, character: 0 }, end: { line: i, character: 0 } }, newText: `newsdesk-ignore: ${code}${eol}` };
      }
    }
  }
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `---${eol}newsdesk-ignore: ${code}${eol}---${eol}` };
}
