// garbled.a-an: "a" before a word that starts with a vowel sound ("a identification card", "A anonymous
// source"), a slip that survives spell checks, often left by an edit that changed the noun. Only the
// clear cases: a lower-case word starting with a, e, i or o, or with "u" where it sounds "uh" ("a
// unconfirmed report"). Words whose vowel letter sounds like a consonant are left alone ("a one-day
// strike", "a once-great club", "a European", "a unit", "a user"), and so are capital letters used as
// labels ("Plan A is"), acronyms ("a FIFA official") and stretches of another language ("a una").
import type { Diagnostic } from '../types';
import { inForeignText } from './foreign';
import { isWord } from './lexicon/dictionary';
import type { Rule } from './rule';

// "a" (or "A" starting a sentence), then a word in lower case whose first sound is a vowel.
const A_VOWEL = /(?<![\p{L}\p{N}'’-])(a|A)[ \t]+([aeio]\p{Ll}*|u[bcdfghjklmnpqrstvwxz]\p{Ll}*)(?![\p{L}’'-])/gu;
// Vowel letters sounded as consonants: one/once (w-), eu-/ew- (y-), "un" + vowel (yoo-: unit, unique, union),
// "u" + consonant + vowel (yoo-: usual, utility, uranium, ubiquitous).
const CONSONANT_SOUND = /^(?:one|once|eu|ew|uni|una|uno|unu|ur[aeiou]|us[aeiou]|ut[aeiou]|ub[aeiou]|uk|ul[aeiou]|um[aeiou]|uv|uz|ouija)/;

export const articleAn: Rule = {
  code: 'garbled.a-an',
  description: 'The article "a" before a word that starts with a vowel sound ("a identification card").',
  check(doc) {
    const out: Diagnostic[] = [];
    for (const block of doc.blocks) {
      if (block.kind !== 'paragraph' && block.kind !== 'question' && block.kind !== 'list-item') continue;
      const line = doc.text.slice(block.start, block.end);
      for (const m of line.matchAll(A_VOWEL)) {
        const word = m[2];
        // The word must be English: "a ir" in a Spanish phrase is no slip of ours to judge.
        if (CONSONANT_SOUND.test(word) || !isWord(word)) continue;
        const start = block.start + m.index!;
        // A capital "A" is the article only where a sentence starts; elsewhere it is a label ("Plan A is").
        if (m[1] === 'A' && !/(?:^|[.!?]["”’']?\s+)$/.test(line.slice(0, m.index!))) continue;
        const end = start + m[0].length;
        if (inForeignText(doc, { start, end })) continue;
        const an = m[1] === 'A' ? 'An' : 'an';
        out.push({
          start,
          end,
          code: 'garbled.a-an',
          severity: 'warning',
          message: `"${m[1]} ${word}": before a vowel sound the article is "${an}".`,
          fixes: [{ title: `Change to "${an} ${word}"`, edits: [{ start, end: start + 1, newText: an }] }],
        });
      }
    }
    return out;
  },
};
