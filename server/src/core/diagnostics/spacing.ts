// garbled.spacing: a space before a comma or full stop ("Twitter , TikTok") and a doubled space inside a
// sentence ("the  talks"). Spaces after a sentence's full stop, in tables and in page layout are left alone,
// and so are doubled spaces all through an article (the source's layout, not a slip).
import type { Diagnostic } from '../types';
import type { Rule } from './rule';

const BEFORE_PUNCT = /(?<=[\p{L}\d)”’])[ \t]+([,;:.])(?=[ \t]+[\p{L}\d“"‘(]|$)/gu;
const DOUBLED = /(?<=[\p{L},;])[ \t]{2,}(?=\p{L})/gu;

export const spacing: Rule = {
  code: 'garbled.spacing',
  description: 'A stray space before punctuation, or doubled spaces inside a sentence.',
  check(doc) {
    const out: Diagnostic[] = [];
    const doubled: Diagnostic[] = [];
    const text = doc.text;
    for (const block of doc.blocks) {
      if (block.kind === 'front-matter' || block.kind === 'table-row' || block.kind === 'table-header') continue;
      const line = text.slice(block.start, block.end);
      // A line laid out in columns (several runs of spaces) is a layout, not a sentence.
      if ((line.match(/ {2,}/g) ?? []).length >= 3) continue;
      BEFORE_PUNCT.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = BEFORE_PUNCT.exec(line))) {
        const start = block.start + m.index;
        const end = start + m[0].length;
        const punct = m[1];
        if (punct === '.' && /\.\s*$/.test(line.slice(0, m.index)) ) continue;
        // The label of an interview answer at the start of a line ("Ana Ruiz : Yes."), set off as the
        // writer's layout (French typography puts a space before a colon), not a slip inside a sentence.
        if (punct === ':' && /^(?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,3}\p{Lu}[\p{L}.'’-]*$/u.test(line.slice(0, m.index))) continue;
        const name = punct === ',' ? 'comma' : punct === '.' ? 'full stop' : punct === ';' ? 'semicolon' : 'colon';
        const wordStart = wordBefore(text, start, block.start);
        out.push({
          start: wordStart,
          end: end + nextWordLength(text, end, block.end),
          code: 'garbled.spacing',
          severity: 'warning',
          message: `A stray space before the ${name}.`,
          fixes: [{ title: `Remove the space before the ${name}`, edits: [{ start, end: end - punct.length, newText: '' }] }],
        });
      }
      DOUBLED.lastIndex = 0;
      while ((m = DOUBLED.exec(line))) {
        const start = block.start + m.index;
        const end = start + m[0].length;
        doubled.push({
          start,
          end,
          code: 'garbled.spacing',
          severity: 'warning',
          message: `${m[0].length} spaces in a row inside a sentence.`,
          fixes: [{ title: 'Use a single space', edits: [{ start, end, newText: ' ' }] }],
        });
      }
    }
    // One stray double space is a slip; many are the source's layout (links removed by a copy), not worth a
    // finding each.
    if (doubled.length === 1) out.push(doubled[0]);
    return out;
  },
};

function wordBefore(text: string, at: number, min: number): number {
  let s = at;
  while (s > min && /[\p{L}\d]/u.test(text[s - 1])) s--;
  return s;
}

function nextWordLength(text: string, at: number, max: number): number {
  let e = at;
  while (e < max && /[ \t]/.test(text[e])) e++;
  while (e < max && /[\p{L}\d]/u.test(text[e])) e++;
  return e - at;
}
