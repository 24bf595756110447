// Institutional names built the way such names are built in any country's news: capitalized words around an
// institution word, with a complement after "of", "for", "to" or "on" ("International Organization for Migration",
// "Human Rights Commission of Pakistan", "Committee to Protect Journalists", "Center for Strategic and International
// Studies"). The tagger learnt names from a few thousand sentences and often stops at the connector or misses such
// a name whole; the shape of the name decides it instead.
import type { Tok } from './features';
import { COMMON_WORDS, OFFICE_WORDS, ORG_SUFFIXES, TITLES, known } from './lexicon';
import { isWord } from '../diagnostics/lexicon/dictionary';
import type { TaggedSpan } from './tagger';

// Patterns tested per token, made once (a literal in a loop is a new RegExp object at each test; issue 17).
/** Starts with a capital letter. */
const UPPER_START = /^\p{Lu}/u;
/** An apostrophe as a token. */
const APOSTROPHE = /^[’']$/;
/** Ends in "s". */
const ENDS_IN_S = /s$/;

/** Words that head an institution's name: bodies of government, associations, parties, funds. Never a place or event. */
const INSTITUTION_HEADS = new Set(('ministry|department|institute|agency|council|commission|committee|association|federation|'
  + 'foundation|organization|organisation|society|bureau|authority|administration|board|league|coalition|alliance|'
  + 'movement|party|parliament|assembly|fund|trust|secretariat|directorate|inspectorate|tribunal|corporation|company|'
  + 'union|office|centre|center|institution|consortium|syndicate|cooperative|network').split('|'));
/** Heads that may be a building or a site as well: they only lengthen a name the tagger already found. */
const SITE_HEADS = new Set(['centre', 'center', 'office', 'network', 'company', 'union']);
const CONNECTORS = new Set(['of', 'for', 'to', 'on']);
/** An adjective ending: a name does not end on one, so "Strategic and International Studies" goes on past "and". */
const ADJECTIVE_ENDING = /(?:ic|al|ive|ous|ary|ern|ian|ish)$/;

const upper = (t: Tok | undefined) => !!t && UPPER_START.test(t.text);

/** The end (exclusive) of the capitalized complement that starts at token k, lists of single words included. */
function complementEnd(toks: Tok[], k: number): number {
  let e = k;
  while (e < toks.length && upper(toks[e])) e++;
  if (e === k) return k;
  for (;;) {
    const joiner = toks[e]?.text;
    // "Strategic and International Studies": the name cannot stop on an adjective before "and".
    if ((joiner === 'and' || joiner === '&') && upper(toks[e + 1]) && ADJECTIVE_ENDING.test(toks[e - 1].lower)) {
      e += 1;
      while (e < toks.length && upper(toks[e])) e++;
      continue;
    }
    // "Bureau of Population, Refugees and Migration": a portfolio list of single words, closed by "and".
    if (joiner === ',' && e - k >= 1) {
      let j = e;
      const singles: number[] = [];
      while (toks[j]?.text === ',' && upper(toks[j + 1]) && !upper(toks[j + 2])) { singles.push(j + 1); j += 2; }
      if (singles.length && (toks[j]?.text === 'and' || toks[j]?.text === '&') && upper(toks[j + 1]) && !upper(toks[j + 2])
        && toks[j + 2]?.text !== ',') {
        e = j + 2;
      }
    }
    return e;
  }
}

function isNameWord(t: Tok): boolean {
  return upper(t) && !OFFICE_WORDS.has(t.lower) && !(TITLES.has(t.lower) && !INSTITUTION_HEADS.has(t.lower));
}

/** Organizations from institution words and their complements; they replace the pieces the tagger made inside them. */
export function withInstitutionNames(toks: Tok[], spans: TaggedSpan[]): TaggedSpan[] {
  let out = spans;
  for (let h = 0; h < toks.length; h++) {
    const head = toks[h];
    if (!upper(head) || !INSTITUTION_HEADS.has(head.lower)) continue;
    let from = h;
    for (;;) {
      const prev = toks[from - 1];
      if (!prev) break;
      // A plural possessive inside the name: "Workers' Party of Korea", "Teachers’ Union".
      if (APOSTROPHE.test(prev.text) && prev.start === toks[from - 2]?.end && ENDS_IN_S.test(toks[from - 2].text) && upper(toks[from - 2])) { from -= 2; continue; }
      // Capitalized words before the head, not a title ("Prime Minister") nor a sentence's opening word ("The").
      if (!isNameWord(prev) || prev.text === 'The' || (from - 1 === 0 && COMMON_WORDS.has(prev.lower))) break;
      from--;
    }
    let to = h + 1;
    const c = toks[to];
    // "to" opens a purpose ("Committee to Protect Journalists"): a verb, never a place ("Coalition to Manama").
    const purpose = c?.text === 'to' && upper(toks[to + 1]) && isWord(toks[to + 1].lower) && !known(toks[to + 1].text);
    if (c && CONNECTORS.has(c.text) && (c.text !== 'to' || purpose)) {
      const definite = toks[to + 1]?.text === 'the';
      const start = to + 1 + (definite ? 1 : 0);
      const e = complementEnd(toks, start);
      // "Monetary Policy Committee of the Bank of England": a definite complement that is itself an institution is
      // another organization, not part of this name.
      let another = false;
      for (let k = start; k < e; k++) if (definite && ORG_SUFFIXES.has(toks[k].lower)) another = true;
      if (e > start && !another) to = e;
    }
    if (to - from < 2) continue;
    const tagged = out.find((s) => s.type === 'organization' && s.from <= h && s.to > h);
    if (SITE_HEADS.has(head.lower) && !tagged) continue;
    // A person inside is no part of an institution's name unless the tagger made it one ("Ford Foundation" stays).
    const inside = out.filter((s) => s.to > from && s.from < to);
    if (inside.some((s) => s.from < from || s.to > to)) continue;
    if (inside.length === 1 && inside[0].from === from && inside[0].to === to) continue;
    out = out.filter((s) => s.to <= from || s.from >= to);
    out.push({ from, to, type: 'organization' });
    out.sort((a, b) => a.from - b.from);
    h = to - 1;
  }
  return out;
}
