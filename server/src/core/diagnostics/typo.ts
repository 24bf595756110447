// garbled.typo: a misspelled word ("ofen"), checked against the Hunspell en_US dictionary with the
// article's own capitalized names as known words. Conservative on purpose: only lower-case words of four
// letters or more, unknown to the dictionary in every accepted form (British spellings, prefixed words
// such as "delisted", derived words such as "untradeable", dropped g's such as "leavin"), seen once in the
// article, and one typing slip away from a dictionary word, which is offered as the fix. A plural in "-ys"
// of a noun in "-y" ("companys") is offered its "-ies" plural and the possessive; an inflection that
// does not double the stem's last consonant ("commited", "occured") its doubled form.
import type { Diagnostic } from '../types';
import type { Doc, Token } from '../doc';
import { looksLikeAddress, nonSpaceRun, quoteSpans } from './context';
import { betweenNames } from './lowercase-name';
import { capitalize, isWord, oneEditAway } from './lexicon/dictionary';
import { doubledForm, iesPlural, knownForm } from './lexicon/forms';
import { inForeignText } from './foreign';
import { nameEvidence } from './names';
import type { Rule } from './rule';

const CANDIDATE = /^\p{Ll}{4,24}$/u;
const MAX_UNKNOWN = 25;
const MAX_SEARCHES = 12;
export const typo: Rule = {
  code: 'garbled.typo',
  description: 'A word that is not in the English dictionary and is one typing slip away from one that is.',
  check(doc) {
    const out: Diagnostic[] = [];
    const ev = nameEvidence(doc);
    const toks = doc.tokens;
    let words = 0;
    let unknown = 0;
    let searched = 0;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.kind === 'word') words++;
      if (t.kind !== 'word' || !CANDIDATE.test(t.text)) continue;
      const w = t.text;
      if (!/[aeiouy]/.test(w) || (ev.lower.get(w) ?? 0) > 1 || ev.capitalized.has(w)) continue;
      if (isWord(w) || isWord(capitalize(w))) continue;
      // Text full of unknown words is not English prose (code, another language, noise): say nothing.
      if (++unknown > MAX_UNKNOWN && unknown > words * 0.03) return [];
      if (knownForm(w) || skip(doc, t)) continue;
      // Next to another unknown word it is more likely code, jargon or a foreign phrase ("4th graf pvs").
      if (unknownNeighbour(toks[i - 1]) || unknownNeighbour(toks[i + 1])) continue;
      // Each search tries a few hundred spellings; an article with many candidates is not clean prose.
      if (++searched > MAX_SEARCHES) break;
      const plural = iesPlural(w);
      const doubled = doubledForm(w);
      const suggestions = plural ? [plural, `${w.slice(0, -1)}'s`] : doubled ? [doubled] : rank(w, oneEditAway(w)).slice(0, 3);
      if (suggestions.length === 0) continue;
      out.push({
        start: t.start,
        end: t.end,
        code: 'garbled.typo',
        severity: 'warning',
        message: `"${w}" is not an English word; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?`,
        fixes: suggestions.map((s) => ({ title: `Change to "${s}"`, edits: [{ start: t.start, end: t.end, newText: s }] })),
      });
    }
    return out;
  },
};

function unknownNeighbour(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && /^\p{Ll}+$/u.test(t.text) && !isWord(t.text);
}

function skip(doc: Doc, t: Token): boolean {
  const block = doc.blockAt(t.start);
  if (!block || block.kind === 'front-matter' || block.kind === 'boilerplate') return true;
  const run = nonSpaceRun(doc.text, t.start);
  // "&rarr;": the word of an HTML entity is garbled.html's finding, not a typo.
  if (looksLikeAddress(run) || /[#@_\d&-]/.test(run) || betweenNames(doc, t)) return true;
  // A word of another language, in a stretch of it or with letters English does not use ("visión").
  if (/[^\p{ASCII}]/u.test(t.text) || inForeignText(doc, t)) return true;
  // A foreign word or two in quotation marks ("chanting ``Cuba libre''") is quoted on purpose.
  return quoteSpans(doc).some((q) => q.start <= t.start && t.end <= q.end && doc.text.slice(q.start, q.end).split(/\s+/).length <= 3);
}

/** Suggestions in order: a swap of neighbours or a doubled/dropped letter first, same first letter before others. */
function rank(w: string, cands: string[]): string[] {
  const score = (c: string) => (c[0] === w[0] ? 0 : 4) + (c.length === w.length + 1 ? 0 : c.length === w.length ? 1 : 2);
  return cands.sort((a, b) => score(a) - score(b) || a.localeCompare(b));
}
