// Quotes and speakers on PolNeAR (../shared/data/quotes/dev.jsonl, data/README.md section 3): US election
// news with annotated attributions. Gold `direct` fragments are quotation-mark quotes; `mixed` ones are
// paraphrase with a quoted part (our partial or scare quotes); `indirect` ones have no quotation marks and
// are out of scope (reported speech is not a quote).
//
// Rows (matching is by overlap; a quote of ours that covers two gold fragments, e.g. a quote continued
// over two paragraphs, matches both, so tp counts gold fragments and fp counts our unmatched quotes):
// - "direct quotes": gold `direct` fragments found by one of our `direct` quotes (tp) or not (fn); our
//   `direct` quotes that overlap no gold direct or mixed fragment (fp: a quote PolNeAR has no attribution for).
// - "quoted (direct+mixed)": gold fragments with a quotation mark vs all our quotes except scare quotes.
// - "speakers": gold direct/mixed fragments whose speaker is a name (capitalised words, not a pronoun or a
//   description such as "a source"); tp when our overlapping quote's speaker has the gold's last word as
//   its last name, fp when it names someone else, fn when it is wrong, missing or the quote was not found.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core';
import type { Quote } from '../../server/src/core';
import type { Counts, EvalResult, EvalSet } from '../types';
import { SHARED, missing } from '../paths';

const FILE = path.join(SHARED, 'data', 'quotes', 'dev.jsonl');

interface GoldQuote {
  start: number;
  end: number;
  text: string;
  kind: 'direct' | 'mixed' | 'indirect';
  speaker: string | null;
}

interface GoldDoc {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

const PRONOUN = /^(?:he|she|they|it|we|i|you|his|her|their|its|him|them|who|which|that)$/i;
const LOWER_OK = /^(?:of|and|de|von|van|der|la|le|du|al|bin|for|the|&)$/;

/** A speaker written as a name: every word capitalised (particles aside), not a pronoun. */
export function isName(s: string | null): s is string {
  if (!s) return false;
  const words = s.trim().split(/\s+/);
  if (words.length === 1 && PRONOUN.test(words[0])) return false;
  if (!/^\p{Lu}/u.test(words[0])) return false;
  return words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && LOWER_OK.test(w)));
}

const TITLE_END = /(?:secretary|state|president|governor|minister|general|chairman|director|leader|speaker|mayor|attorney)$/;

/**
 * Last word of the name, without what PolNeAR's source spans add after it ("Mr. King, 82,", "Mr. Morgan of
 * the Sierra Club", "Gov. Earl Ray Tomblin of West Virginia"), keeping "Secretary of State John F. Kerry" whole.
 */
const lastName = (s: string): string => {
  const parts = s.toLowerCase().split(/,|\s+of\s+/).map((p) => p.trim()).filter(Boolean);
  const name = parts.find((p) => !TITLE_END.test(p)) ?? parts[0] ?? '';
  return name.replace(/[’']s$/, '').replace(/[^\p{L}\s-]/gu, '').split(/\s+/).filter(Boolean).pop() ?? '';
};

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export const quotesSet: EvalSet = {
  name: 'quotes',
  unavailable: () => missing(FILE),
  run(): EvalResult {
    const docs = fs.readFileSync(FILE, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldDoc);
    const direct: Counts = { tp: 0, fp: 0, fn: 0 };
    const quoted: Counts = { tp: 0, fp: 0, fn: 0 };
    const speakers: Counts = { tp: 0, fp: 0, fn: 0 };
    const misses: string[] = [];
    let matchedNamed = 0;
    for (const doc of docs) {
      const ours = analyze(doc.text, { file: doc.id }).quotes;
      const golds = doc.quotes.filter((g) => g.kind !== 'indirect');
      const show = (q: { start: number; end: number }) => JSON.stringify(doc.text.slice(q.start, q.end).slice(0, 70));
      // direct
      const ourDirect = ours.filter((q) => q.kind === 'direct');
      for (const g of golds.filter((x) => x.kind === 'direct')) {
        if (ourDirect.some((q) => overlaps(q, g))) direct.tp++;
        else {
          direct.fn++;
          const other = ours.find((q) => overlaps(q, g));
          misses.push(`${doc.id}: direct missed ${show(g)}${other ? ` (ours: ${other.kind})` : ''}`);
        }
      }
      for (const q of ourDirect) {
        if (!golds.some((g) => overlaps(q, g))) {
          direct.fp++;
          misses.push(`${doc.id}: direct false alarm ${show(q)}`);
        }
      }
      // any quoted
      const ourQuoted = ours.filter((q) => q.kind !== 'scare');
      for (const g of golds) {
        if (ours.some((q) => overlaps(q, g))) quoted.tp++;
        else {
          quoted.fn++;
          if (g.kind === 'mixed') misses.push(`${doc.id}: mixed missed ${show(g)}`);
        }
      }
      for (const q of ourQuoted) if (!golds.some((g) => overlaps(q, g))) quoted.fp++;
      // speakers
      for (const g of golds) {
        if (!isName(g.speaker)) continue;
        const hit: Quote | undefined = ours.find((q) => overlaps(q, g));
        const got = hit?.speaker?.name ?? null;
        if (hit) matchedNamed++;
        if (got && lastName(got) === lastName(g.speaker)) speakers.tp++;
        else {
          speakers.fn++;
          if (got) speakers.fp++;
          if (hit) misses.push(`${doc.id}: speaker ${g.speaker} got ${got} for ${show(g)}`);
        }
      }
    }
    return {
      rows: [
        { set: 'quotes/dev', area: 'direct quotes', counts: direct },
        { set: 'quotes/dev', area: 'quoted (direct+mixed)', counts: quoted },
        {
          set: 'quotes/dev',
          area: 'speakers',
          counts: speakers,
          note: `accuracy on found quotes ${(speakers.tp / Math.max(1, matchedNamed)).toFixed(2)} (${speakers.tp}/${matchedNamed})`,
        },
      ],
      misses,
    };
  },
};

export default quotesSet;
