// claim.vague-attribution: a claim hung on nobody in particular ("reports suggest", "reportedly",
// "it is believed", "sources say", "some say") in a sentence that names no source. A named speaker or a
// parenthetical citation ("(New York Times)") in the same sentence is a source.
import type { Diagnostic } from '../../types';
import type { Rule } from '../rule';
import { inQuote, namesSource, proseSentences } from './sources';

const VAGUE = new RegExp(
  [
    // "Reports suggest", "a new report says"; not "the report says" (one named before).
    String.raw`(?:^|[,;:(—–-]\s*|\b(?:media|news|press|unconfirmed|some|other|several|recent|new|earlier|latest|local|but|and|yet|a)\s+)(?:reports?|rumou?rs?)\s+(?:have\s+|had\s+)?(?:suggest(?:s|ed|ing)?|say|said|says|saying|indicate[sd]?|claim(?:s|ed)?|show(?:s|ed)?|point(?:s|ed)? to|hint(?:s|ed)?)\b`,
    String.raw`\b(?:reportedly|purportedly|supposedly|rumou?redly)\b`,
    String.raw`\bit\s+(?:is|was|has been|had been)\s+(?:widely\s+|generally\s+|also\s+|initially\s+|first\s+|now\s+)?(?:believed|reported|said|claimed|thought|rumou?red|understood|alleged|suggested|estimated|revealed)\b`,
    String.raw`\b(?:sources|insiders)\s+(?:close to [\p{L} ]{1,40}?\s+)?(?:say|said|says|suggest(?:ed)?|claim(?:ed)?|indicate[sd]?|believe[sd]?)\b`,
    String.raw`\baccording to (?:media |news |some |unconfirmed |various |several |multiple |unnamed |anonymous )?(?:reports|sources|rumou?rs)\b`,
    String.raw`\b(?:some|others|many)\s+(?:say|said|saying|believe|argue|claim|suggest|contend|insist)\b`,
    // A source kept anonymous on purpose ("who asked not to be named", "on condition of anonymity").
    String.raw`\b(?:who|which)\s+(?:asked|wished|requested|declined)\s+not\s+to\s+be\s+(?:named|identified)\b|\bon\s+(?:the\s+|a\s+)?condition\s+of\s+anonymity\b|\bspeaking\s+anonymously\b`,
    String.raw`\b(?:is|are|was|were)\s+(?:widely\s+)?(?:said|rumou?red|believed|thought|reported)\s+to\b`,
  ].join('|'),
  'giu',
);

export const vagueAttribution: Rule = {
  code: 'claim.vague-attribution',
  description: 'A claim attributed to nobody in particular ("reports suggest", "reportedly", "sources say").',
  check(doc) {
    const out: Diagnostic[] = [];
    for (const { sentence, text } of proseSentences(doc)) {
      // Every marker in the sentence: "X is believed to …, and it is reported that …" are two claims.
      for (const m of text.matchAll(VAGUE)) {
        const start = sentence.start + m.index!;
        const end = start + m[0].length;
        if (inQuote(doc, { start, end }) || namesSource(text)) continue;
        out.push({
          start,
          end,
          code: 'claim.vague-attribution',
          severity: 'information',
          message: `"${m[0]}": the sentence does not say who reported or believes this. No source is named.`,
        });
      }
    }
    return out;
  },
};
