// garbled.punctuation: a comma that cuts an adverb off from the word it qualifies after a linking verb
// ("are at least verbally, open to talks"). Commas around a whole aside ("is, frankly, open") are fine.
import type { Diagnostic } from '../types';
import type { Rule } from './rule';

const STRAY_COMMA =
  /\b(?:is|are|was|were|be|been|being|am|seems?|seemed|remains?|remained|appears?|appeared|becomes?|became)\s+(?:(?:at least|still|now|also|not|only|even|already|apparently|so far)\s+)?(\p{Ll}{3,}ly)(,)\s+(\p{Ll}{3,})\s+(?:to|about|for|with|of|on|that)\b/gu;
// Words in -ly that are not adverbs of manner, or that start an aside ("likely, according to").
const NOT_ADVERBS = new Set(['likely', 'unlikely', 'only', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'family', 'elderly', 'friendly', 'costly', 'holy', 'ugly', 'silly', 'lonely', 'lovely', 'deadly', 'timely', 'orderly', 'italy', 'rally', 'supply', 'reply', 'apply', 'ally', 'fly']);
const ASIDE = new Set(['according', 'however', 'though', 'perhaps', 'maybe', 'say', 'including', 'especially', 'particularly', 'notably', 'mostly', 'mainly', 'due', 'thanks', 'as', 'in', 'and', 'but', 'or']);

export const punctuation: Rule = {
  code: 'garbled.punctuation',
  description: 'A stray comma between an adverb and the word it qualifies ("verbally, open to").',
  check(doc) {
    const out: Diagnostic[] = [];
    for (const block of doc.blocks) {
      if (block.kind === 'front-matter' || block.kind === 'boilerplate') continue;
      const line = doc.text.slice(block.start, block.end);
      STRAY_COMMA.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = STRAY_COMMA.exec(line))) {
        const adverb = m[1];
        if (NOT_ADVERBS.has(adverb) || ASIDE.has(m[3])) continue;
        const advAt = block.start + m.index + m[0].indexOf(adverb + ',');
        const comma = advAt + adverb.length;
        const end = comma + 1 + (line.slice(comma - block.start + 1).match(/^\s+\p{Ll}+/u)?.[0].length ?? 0);
        out.push({
          start: advAt,
          end,
          code: 'garbled.punctuation',
          severity: 'warning',
          message: `A stray comma after "${adverb}" cuts it off from the word it qualifies.`,
          fixes: [{ title: 'Remove the comma', edits: [{ start: comma, end: comma + 1, newText: '' }] }],
        });
      }
    }
    return out;
  },
};
