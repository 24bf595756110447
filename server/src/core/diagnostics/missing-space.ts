// garbled.missing-space: two sentences run together ("disputes.Reports", "stability.However",
// "The U.S.is"). Abbreviations, initials ("J.R.R. Tolkien", "Ph.D."), decimals, times, URLs and domain
// names ("joburgetc.com") do not match: the letters on both sides must look like words.
import type { Diagnostic } from '../types';
import { looksLikeAddress, nonSpaceRun } from './context';
import type { Rule } from './rule';

const isLower = (c: string | undefined) => !!c && c !== c.toUpperCase() && c === c.toLowerCase();
const isUpper = (c: string | undefined) => !!c && c !== c.toLowerCase() && c === c.toUpperCase();
const isDigit = (c: string | undefined) => !!c && c >= '0' && c <= '9';
const isLetter = (c: string | undefined) => isLower(c) || isUpper(c);

/**
 * Where a space is missing after the stop at `i` (the offset to insert it), or -1. Three shapes:
 * a word of two or more lower-case letters (or a run of capitals, or two digits), a full stop, ! or ?,
 * maybe a closing quote, then a capitalized word ("disputes.Reports", "NATO.The", "desk.A list");
 * a full stop then an opening quote and a capital ("said.``It"); initials glued to a word ("U.S.is").
 */
export function gluedAt(s: string, i: number): number {
  const a = s[i - 2];
  const b = s[i - 1];
  const wordBefore =
    (isLower(a) && isLower(b)) || (isUpper(a) && isUpper(b) && !(s[i - 3] === '.')) || (isDigit(a) && isDigit(b)) ||
    // a closing bracket or quote after a word: "(NATO).The", "“a deal”.The"
    (/[)”’"]/.test(b ?? '') && (isLetter(a) || isDigit(a)));
  let j = i + 1;
  if (wordBefore && /[”’"')]/.test(s[j] ?? '')) j++;
  if (wordBefore && isUpper(s[j]) && (isLower(s[j + 1]) || (/[AI]/.test(s[j]) && s[j + 1] === ' '))) {
    // "Ph.D" and "J.R.R" are not words before: a lone capital before a lower-case run is fine.
    return j;
  }
  if (wordBefore && s[i] === '.' && (s.startsWith('``', i + 1) || s[i + 1] === '“' || s[i + 1] === '‘') && isUpper(s[i + (s[i + 1] === '`' ? 3 : 2)])) return i + 1;
  // Initials: "U.S.is" (two or more capital-and-stop pairs, not preceded by a letter or stop).
  if (s[i] === '.' && isLetter(s[i + 1]) && isLetter(s[i + 2])) {
    let k = i;
    let pairs = 0;
    while (k >= 1 && s[k] === '.' && isUpper(s[k - 1])) {
      pairs++;
      k -= 2;
    }
    if (pairs >= 2 && !(k >= 0 && (isLetter(s[k]) || s[k] === '.'))) return i + 1;
  }
  return -1;
}

const TLD = /\.(?:com|org|net|gov|edu|info|io|co|uk|nz|au|ca|de|fr|za|in|ie|us)$/;

/** "www.standfor.co.nz.Names": a domain name, then a sentence that starts right after its last dot. */
function addressThenSentence(text: string, dot: number, next: number): boolean {
  const run = nonSpaceRun(text, dot);
  if (/[\/@]/.test(run)) return false;
  let s = dot;
  while (s > 0 && !/\s/.test(text[s - 1])) s--;
  return TLD.test(text.slice(s, dot)) && /^\p{Lu}\p{Ll}{2,}\b/u.test(text.slice(next, next + 30));
}

export const missingSpace: Rule = {
  code: 'garbled.missing-space',
  description: 'Two sentences run together with no space after the full stop.',
  check(doc) {
    const out: Diagnostic[] = [];
    const text = doc.text;
    for (const block of doc.blocks) {
      if (block.kind === 'front-matter' || block.kind === 'table-row' || block.kind === 'table-header') continue;
      for (let i = block.start; i < block.end; i++) {
        const c = text.charCodeAt(i);
        if (c !== 46 && c !== 33 && c !== 63) continue; // . ! ?
        const g = gluedAt(text, i);
        if (g < 0 || g > block.end) continue;
        const at = g; // where the space belongs
        const run = nonSpaceRun(text, i);
        if (looksLikeAddress(run) && !addressThenSentence(text, i, g)) continue;
        // A name in brackets on its own, as news credits its source ("(STL.News)", "(Yahoo!Finance)"): no
        // sentence ends inside one word in brackets.
        if (/^\([^()\s]+\)[.,;:]?$/.test(run)) continue;
        // Show the glued stretch: the word before and the word after.
        let s = i;
        while (s > block.start && /[\p{L}\d.)”’"]/u.test(text[s - 1])) s--;
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
