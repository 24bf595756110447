// garbled.sentence-case: a sentence that starts in lower case ("… in Ukraine. while details of the talks
// remain limited …", or a paragraph opening "while details …"). Not list items, URLs or brand names
// ("iPhone"), not a line that continues the one before (old wire copy breaks lines inside paragraphs),
// not after an abbreviation ("the U.S. embassy") or an ellipsis, and not a quotation that goes on.
import type { Diagnostic } from '../types';
import { looksLikeAddress, nonSpaceRun } from './context';
import type { Rule } from './rule';

// Interjections of spoken transcripts ("um So it's …").
const FILLERS = new Set(['um', 'uh', 'er', 'erm', 'ah', 'oh', 'hmm', 'mm', 'uh-huh']);
// Before the full stop: initials ("U.S."), a short capitalized word or acronym ("Cos.", "Fla.", "FBI."),
// or a known abbreviation ("Bancorp.", "Calif.", "etc.").
// Each alternative starts only where a word starts (a lookbehind, not \b, which is ASCII-only and let
// every letter of a long run try to reach the end: quadratic).
const SHORT_CAPITAL = /(?<![\p{L}\p{N}_.])(?:\p{L}\.)+$|(?<![\p{L}\p{N}_])\p{Lu}[\p{L}&]{0,3}\.$|(?<![\p{L}\p{N}_])\p{Lu}{2,}\.$/u;
const LISTED = /\b(?:bancorp|calif|conn|mass|mich|minn|penn|tenn|wash|wis|colo|okla|ariz|nev|neb|kan|ill|ind|miss|mont|wyo|assn|intl|natl|govt|univ|dept|mfg|sens|reps|gens)\.$|\b(?:mr|mrs|ms|dr|prof|sr|jr|st|gen|gov|sen|rep|col|lt|sgt|capt|maj|adm|rev|hon|vs|etc|inc|ltd|co|corp|no|nos|vol|approx|dept|est|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mt|ft|fig|al|bros|cf|ca|pp|p|op|cit|ibid|min|max|avg|ave|blvd|rd|hwy|mi|km|kg|lb|lbs|oz|pt|qt|sq|yr|yrs|mo|mos|wk|hr|hrs|sec|tel|ext|dlrs|cts)\.$/i;
const ABBREVIATION = { test: (s: string) => SHORT_CAPITAL.test(s) || LISTED.test(s) };
const LOWER_START = /^\p{Ll}[\p{Ll}’'-]*(?=[\s,;:])/u;

export const sentenceCase: Rule = {
  code: 'garbled.sentence-case',
  description: 'A sentence that starts with a lower-case letter.',
  check(doc) {
    const out: Diagnostic[] = [];
    const text = doc.text;
    for (let b = 0; b < doc.blocks.length; b++) {
      const block = doc.blocks[b];
      if (block.kind !== 'paragraph' && block.kind !== 'question') continue;
      // The paragraph's first word, unless the line before runs on into this one.
      const prev = doc.blocks[b - 1];
      const prevLine = prev ? text.slice(prev.start, prev.end) : '';
      // Old wire copy breaks lines inside a paragraph; such a line may even look like a heading.
      const cut = !!prev && !/[.!?:"”’')\]]$/.test(prevLine) && (prev.kind === 'paragraph' || (/[\p{Ll},]$/u.test(prevLine) && prevLine.split(/\s+/).length >= 6));
      const runsOn = cut || (!!prev && ABBREVIATION.test(prevLine.slice(-24)));
      if (!runsOn) check(text, block.start, block.end, out);
      // Inside the paragraph: a full stop, a space, then a lower-case word.
      const line = text.slice(block.start, block.end);
      for (const m of line.matchAll(/([.!?])([ \t]+)(?=\p{Ll})/gu)) {
        const at = m.index! + m[0].length;
        const before = line.slice(Math.max(0, m.index! - 24), m.index! + 1);
        if (m[1] === '.' && (ABBREVIATION.test(before) || /\.\.\.?$|…$/.test(before) || /\d\.$/.test(before))) continue;
        if (insideQuote(line.slice(0, m.index! + 1))) continue;
        // A title or name that ends in "?" or "!" goes on in lower case ("the single Is This Love? was
        // released", "Yahoo! said"): the word before the mark is capitalized in mid-sentence, as titles are.
        if (m[1] !== '.' && titleBefore(line.slice(Math.max(0, m.index! - 80), m.index!))) continue;
        check(text, block.start + at, block.end, out);
      }
    }
    return out;
  },
};

function check(text: string, at: number, end: number, out: Diagnostic[]): void {
  const m = LOWER_START.exec(text.slice(at, Math.min(end, at + 40)));
  if (!m) return;
  const word = m[0];
  if (FILLERS.has(word)) return;
  if (looksLikeAddress(nonSpaceRun(text, at))) return;
  const fixed = word[0].toUpperCase() + word.slice(1);
  out.push({
    start: at,
    end: at + word.length,
    code: 'garbled.sentence-case',
    severity: 'warning',
    message: `The sentence starts in lower case ("${word}").`,
    fixes: [{ title: `Capitalize: "${fixed}"`, edits: [{ start: at, end: at + 1, newText: fixed[0] }] }],
  });
}

/** True when an opening quotation mark before this point is still open (the sentence goes on inside it). */
function insideQuote(before: string): boolean {
  const curly = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length % 2;
  const wire = (before.match(/``/g) ?? []).length - (before.match(/''/g) ?? []).length;
  return curly > 0 || straight === 1 || wire > 0;
}

/**
 * True when the word before a "?" or "!" is capitalized in mid-sentence, as the last word of a title or
 * a name is ("Do They Know It's Christmas?", "Yahoo!"); not a question of one word ("Why? because").
 */
function titleBefore(before: string): boolean {
  const m = /(\S*)\s+\p{Lu}[\p{L}\d’'-]*$/u.exec(before);
  return !!m && !/[.!?]$/.test(m[1]) && m[1] !== '';
}
