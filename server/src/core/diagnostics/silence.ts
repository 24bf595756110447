// Silencing findings a user has checked. Two ways, both plain text:
// - for the whole file, a front-matter key: `newsdesk-ignore: garbled.typo, claim.generalization`
//   (a family name such as `claim` silences all its codes);
// - for one finding, AnalyzeOptions.silenced: [{code, text}] (the editor stores the pairs the user
//   dismissed); a finding is silenced when its code matches and its text equals `text`, so the choice
//   survives edits elsewhere in the file.
import type { Doc } from '../doc';
import type { Diagnostic } from '../types';

export function silencedCodes(doc: Doc): Set<string> {
  const raw = doc.frontMatter?.fields['newsdesk-ignore'] ?? '';
  return new Set(raw.split(/[\s,;]+/).map((s) => s.trim().toLowerCase()).filter(Boolean));
}

export function isSilenced(doc: Doc, d: Diagnostic, codes: Set<string>): boolean {
  if (codes.size && (codes.has(d.code.toLowerCase()) || codes.has(d.code.split('.')[0].toLowerCase()))) return true;
  const list = doc.options.silenced;
  if (!list?.length) return false;
  const text = doc.text.slice(d.start, d.end);
  return list.some((s) => s.code === d.code && s.text === text);
}
