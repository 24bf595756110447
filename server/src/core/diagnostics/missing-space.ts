// garbled.missing-space: two sentences run together ("disputes.Reports", "stability.However",
// "The U.S.is"). Abbreviations, initials ("J.R.R. Tolkien", "Ph.D."), decimals, times, URLs and domain
// names ("joburgetc.com") do not match: the letters on both sides must look like words.
import type { Diagnostic } from '../types';
import { looksLikeAddress, nonSpaceRun } from './context';
import type { Rule } from './rule';

// 1: a word of two or more lower-case letters (or a run of capitals or a number of two digits or more),
//    a full stop, ! or ?, maybe a closing quote, then a capitalized word ("disputes.Reports", "NATO.The").
// 2: full stop, then an opening quote and a capital ("said.``It", "said.“It").
// 3: an abbreviation of initials glued to the next word ("U.S.is", "U.N.Security").
const GLUED =
  /(?<=(?:\p{Ll}{2}|\p{Lu}{2}|\d{2}))([.!?][”’"')]?)(?=\p{Lu}\p{Ll}|(?:A|I)\s)|(?<=\p{L}{2}|\d{2})([.!?])(?=(?:``|“|‘)\p{Lu})|(?<![\p{L}.])(?:\p{Lu}\.){2,}(?=\p{L}{2})/gu;

export const missingSpace: Rule = {
  code: 'garbled.missing-space',
  description: 'Two sentences run together with no space after the full stop.',
  check(doc) {
    const out: Diagnostic[] = [];
    const text = doc.text;
    for (const block of doc.blocks) {
      if (block.kind === 'front-matter' || block.kind === 'table-row' || block.kind === 'table-header') continue;
      const line = text.slice(block.start, block.end);
      GLUED.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = GLUED.exec(line))) {
        const at = block.start + m.index + m[0].length; // where the space belongs
        if (looksLikeAddress(nonSpaceRun(text, at - 1))) continue;
        // Show the glued stretch: the word before and the word after.
        let s = at - m[0].length;
        while (s > block.start && /[\p{L}\d]/u.test(text[s - 1])) s--;
        let e = at;
        while (e < block.end && /[`“‘]/.test(text[e])) e++;
        while (e < block.end && /[\p{L}\d]/u.test(text[e])) e++;
        out.push({
          start: s,
          end: e,
          code: 'garbled.missing-space',
          severity: 'warning',
          message: `A space is missing after "${text.slice(s, at)}": two sentences or words run together.`,
          fixes: [{ title: 'Insert a space', edits: [{ start: at, end: at, newText: ' ' }] }],
        });
      }
    }
    return out;
  },
};
