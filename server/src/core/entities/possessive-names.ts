// Names whose possessive is part of the name (issue #15): "Moody's", "McDonald's", "Sainsbury's", "Macy's". Such a
// name stays whole and keeps its type; the tokenizer splits "’s" off every word, and the cleaning of mentions drops
// a possessive, so both are undone here for these names only.
import type { Tok } from './features';
import { known } from './lexicon';
import type { TaggedSpan } from './tagger';

/** Companies named in the possessive, beyond those in organizations.json (facts, compiled for Newsdesk). */
const POSSESSIVE_COMPANIES = new Set(["sainsbury's", "macy's", "kellogg's", "domino's", "wendy's", "lloyd's", "christie's", "sotheby's",
  "kohl's", "dillard's", "denny's", "applebee's", "hardee's", "trader joe's", "ben & jerry's", "carl's jr", "friendly's", "claire's",
  "mcdonald's", "moody's", "dunkin'", "levi's", "harrod's", "hamley's", "boots'", "sam's club", "lowe's", "arby's", "chili's"]);

const POSSESSIVE = /^[’']s$/;

/** Whether "stem's" (any apostrophe) is a name written with its possessive: "Moody’s", "McDonald's". */
export function isPossessiveName(text: string): boolean {
  const n = text.replace(/’/g, "'").toLowerCase();
  return /'s$/.test(n) && (POSSESSIVE_COMPANIES.has(n) || known(n)?.type === 'organization');
}

/**
 * "Moody’s cut its rating", "at Sainsbury’s": a name known to be written in the possessive is one organization span,
 * the possessive included, whatever the tagger made of the word before it. (An unknown word's possessive is left
 * alone: "Smith’s." is as often a person's as a shop's.)
 */
export function withPossessiveNames(toks: Tok[], spans: TaggedSpan[]): TaggedSpan[] {
  let out = spans;
  for (let i = 1; i < toks.length; i++) {
    if (!POSSESSIVE.test(toks[i].text) || toks[i].start !== toks[i - 1].end) continue;
    let from = -1;
    for (let f = i - 1; f >= 0 && i - f <= 3; f--) {
      if (isPossessiveName(toks.slice(f, i).map((t) => t.text).join(' ') + toks[i].text)) from = f;
    }
    if (from < 0) continue;
    out = out.filter((s) => s.to <= from || s.from > i);
    out.push({ from, to: i + 1, type: 'organization' });
    out.sort((a, b) => a.from - b.from);
  }
  return out;
}
