// claim.unattributed-figure: a statistic about the world ("Tens of thousands are dead", "40 percent of
// voters") in a sentence with no attribution in it or in the sentences on either side, outside quotes.
// Figures come from the figures stage; when it found none, a light pattern finds counts and percentages.
import type { Diagnostic } from '../../types';
import type { Rule } from '../rule';
import { ATTRIBUTION, inQuote, proseSentences } from './sources';

const COUNT_WORDS = String.raw`(?:tens of thousands|hundreds of thousands|tens of millions|hundreds of millions|thousands|hundreds|millions|billions|dozens|scores)`;
const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+(?:million|billion|thousand))?)`;
// What a statistic of the world counts: people and their fates, homes, cases.
const COUNTED = String.raw`(?:people|persons|dead|killed|deaths|died|injured|wounded|displaced|refugees|civilians|soldiers|troops|casualties|homeless|unemployed|jobs|cases|infected|victims|children|residents|migrants|arrested|detained|missing|evacuated|homes|houses|buildings|families|households|voters|citizens|workers|patients|lives|\p{Lu}\p{Ll}+(?:ans|ians|ese|is))`;
const FIGURE = new RegExp(
  String.raw`\b${COUNT_WORDS}(?:\s+of)?(?:\s+[\p{L}-]+){0,3}?\s+(?:(?:are|were|have been|had been|remain|lie)\s+)?${COUNTED}\b|\b${COUNT_WORDS}\s+(?:are|were|have been|remain)\s+(?:dead|killed|missing|displaced|injured|wounded|homeless)\b|\b${NUMBER}\s*(?:%|percent|per cent)\s+of\s+(?:all\s+|the\s+)?${COUNTED}\b|\b${NUMBER}(?:\s+[\p{L}-]+){0,2}?\s+${COUNTED}\s+(?:(?:have|had)\s+been\s+|were\s+|are\s+)?(?:killed|dead|died|injured|wounded|displaced|arrested|detained|missing|evacuated|infected|lost)\b`,
  'iu',
);

export const unattributedFigure: Rule = {
  code: 'claim.unattributed-figure',
  description: 'A statistic about the world stated with no source in or around its sentence.',
  check(doc) {
    const out: Diagnostic[] = [];
    const sentences = proseSentences(doc);
    for (let k = 0; k < sentences.length; k++) {
      const { sentence, text } = sentences[k];
      const m = FIGURE.exec(text);
      if (!m) continue;
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (inQuote(doc, { start, end })) continue;
      // Attribution in the sentence or a neighbour in the same paragraph.
      const near = [sentences[k - 1], sentences[k], sentences[k + 1]].filter((s) => s && s.sentence.block === sentence.block);
      if (near.some((s) => ATTRIBUTION.test(s.text))) continue;
      out.push({
        start,
        end,
        code: 'claim.unattributed-figure',
        severity: 'information',
        message: `"${m[0]}": a figure with no source; nothing in or around the sentence says who counted or estimated it.`,
      });
    }
    return out;
  },
};
