// garbled.typo for names: two neighbouring letters swapped ("Bagdhad" for "Baghdad", "Ahamdinejad" for
// "Ahmadinejad"). The lower-case typo rule leaves capitalized words alone, since most unknown capitalized
// words are names the dictionary lacks; a swap of neighbours that gives a name the dictionary has is a
// slip, not another name.
// Only swaps: a letter more or less turns one real name into another ("Jon", "John"), a swap rarely does.
import type { Diagnostic } from '../types';
import { looksLikeAddress, nonSpaceRun } from './context';
import { inForeignText } from './foreign';
import { isWord } from './lexicon/dictionary';
import { knownForm } from './lexicon/forms';
import type { Rule } from './rule';

const CANDIDATE = /^\p{Lu}\p{Ll}{5,23}$/u;

export const swappedLetters: Rule = {
  code: 'garbled.typo',
  description: 'A capitalized word with two neighbouring letters swapped, where the swap gives a known name or word.',
  check(doc) {
    const out: Diagnostic[] = [];
    const seen = new Map<string, number>();
    for (const t of doc.tokens) if (t.kind === 'word') seen.set(t.text, (seen.get(t.text) ?? 0) + 1);
    for (const t of doc.tokens) {
      const w = t.text;
      // Written so more than once, it is how the article spells the name.
      if (t.kind !== 'word' || !CANDIDATE.test(w) || (seen.get(w) ?? 0) > 1) continue;
      if (isWord(w) || isWord(w.toLowerCase()) || knownForm(w.toLowerCase())) continue;
      const block = doc.blockAt(t.start);
      if (!block || block.kind === 'front-matter' || block.kind === 'boilerplate') continue;
      if (looksLikeAddress(nonSpaceRun(doc.text, t.start)) || inForeignText(doc, t)) continue;
      // Only a name the dictionary knows is evidence: a swap can give a common word ("Ratner", "ranter"), and
      // an article may spell a name wrong more often than right ("Amuary" twice, "Amaury" once).
      const fixes = swaps(w).filter((x) => isWord(x) && !isWord(x.toLowerCase()));
      if (fixes.length !== 1) continue;
      const fix = fixes[0];
      out.push({
        start: t.start,
        end: t.end,
        code: 'garbled.typo',
        severity: 'warning',
        message: `"${w}" has two letters swapped; did you mean "${fix}"?`,
        fixes: [{ title: `Change to "${fix}"`, edits: [{ start: t.start, end: t.end, newText: fix }] }],
      });
    }
    return out;
  },
};

/** The word with each pair of neighbouring letters after the first swapped ("Bagdhad" → "Baghdad", …). */
function swaps(w: string): string[] {
  const out = new Set<string>();
  for (let i = 1; i + 1 < w.length; i++) if (w[i] !== w[i + 1]) out.add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
  return [...out];
}
