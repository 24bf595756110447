// garbled.repeated-word: the same word twice in a row ("the the"), a slip that survives spell checks.
import type { Diagnostic } from '../types';
import type { Rule } from './rule';

// Words that may legitimately repeat ("had had", "that that").
const MAY_REPEAT = new Set(['had', 'that', 'is', 'do', 'bye', 'no', 'yes', 'very', 'so', 'ha', 'bla', 'knock', 'well', 'now', 'again', 'more', 'many', 'far', 'long', 'round', 'over', 'on', 'out', 'by', 'go', 'tut', 'chop', 'dum', 'hush', 'there', 'what', 'boo', 'etc', 'blah', 'yeah', 'la', 'ho', 'hey', 'oh']);

export const repeatedWord: Rule = {
  code: 'garbled.repeated-word',
  description: 'A word written twice in a row.',
  check(doc) {
    const out: Diagnostic[] = [];
    const t = doc.tokens;
    for (let i = 1; i < t.length; i++) {
      const a = t[i - 1];
      const b = t[i];
      if (a.kind !== 'word' || b.kind !== 'word') continue;
      if (a.text.toLowerCase() !== b.text.toLowerCase() || MAY_REPEAT.has(b.text.toLowerCase())) continue;
      // "The the" is a slip; "Duran Duran", "Walla Walla" and "first FIRST" are names or emphasis.
      if (a.text !== b.text && !(a.text[0] !== b.text[0] && a.text.slice(1) === b.text.slice(1))) continue;
      if (a.text === b.text && /^\p{Lu}/u.test(a.text)) continue;
      if (!/^[ \t]+$/.test(doc.text.slice(a.end, b.start))) continue;
      if (doc.inBoilerplate(b)) continue;
      out.push({
        start: a.start,
        end: b.end,
        code: 'garbled.repeated-word',
        severity: 'warning',
        message: `"${b.text}" is written twice.`,
        fixes: [{ title: `Remove the repeated "${b.text}"`, edits: [{ start: a.end, end: b.end, newText: '' }] }],
      });
    }
    return out;
  },
};
