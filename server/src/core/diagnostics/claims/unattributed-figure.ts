// claim.unattributed-figure: a statistic about the world ("Tens of thousands are dead", "40 percent of
// voters") in a sentence with no attribution in it or in the sentences on either side, outside quotes.
// Figures come from the figures stage (counts and percentages followed by what they count); when it found
// none, a light pattern finds them.
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

// After a figure from the figures stage: what it counts ("Tens of thousands| are dead", "26 countries| …").
const AFTER_FIGURE = new RegExp(
  String.raw`^(?:\s+of)?(?:\s+(?:all|the))?(?:\s+[\p{L}-]+){0,3}?\s+(?:(?:are|were|have been|had been|remain|lie)\s+)?${COUNTED}\b|^\s+(?:are|were|have been|remain)\s+(?:dead|killed|missing|displaced|injured|wounded|homeless)\b`,
  'iu',
);
// An exact number needs an outcome ("5,500 people were injured") or a share of a group ("40 percent of voters").
const AFTER_NUMBER = new RegExp(
  String.raw`^(?:\s+[\p{L}-]+){0,2}?\s+${COUNTED}\s+(?:(?:have|had)\s+been\s+|were\s+|are\s+)?(?:killed|dead|died|injured|wounded|displaced|arrested|detained|missing|evacuated|infected|lost)\b|^\s+of\s+(?:all\s+|the\s+)?${COUNTED}\b`,
  'iu',
);

/** The first statistic in a sentence: from the figures stage when it ran, else from the light pattern. */
function statisticIn(doc: Parameters<Rule['check']>[0], start: number, end: number, text: string): { at: number; len: number } | null {
  if (doc.figures.length) {
    for (const f of doc.figures) {
      if (f.start < start || f.end > end || (f.kind !== 'count' && f.kind !== 'percent')) continue;
      // The figure's text may already hold what it counts ("26 countries"); look from its number on.
      const num = /^[^\p{L}]*(?:\p{L}+(?:\s+of\s+\p{L}+)?)?/u.exec(f.text)?.[0] ?? f.text;
      const from = f.start + (f.value === null || f.kind === 'percent' ? f.text.length : num.length);
      const after = doc.text.slice(from, Math.min(end, from + 80));
      const m = (f.value === null ? AFTER_FIGURE : AFTER_NUMBER).exec(after) ?? (f.kind === 'percent' ? AFTER_NUMBER.exec(after) : null);
      if (m) return { at: f.start - start, len: from - f.start + m[0].length };
    }
    return null;
  }
  const m = FIGURE.exec(text);
  return m ? { at: m.index, len: m[0].length } : null;
}

export const unattributedFigure: Rule = {
  code: 'claim.unattributed-figure',
  description: 'A statistic about the world stated with no source in or around its sentence.',
  check(doc) {
    const out: Diagnostic[] = [];
    const sentences = proseSentences(doc);
    for (let k = 0; k < sentences.length; k++) {
      const { sentence, text } = sentences[k];
      const m = statisticIn(doc, sentence.start, sentence.end, text);
      if (!m) continue;
      const start = sentence.start + m.at;
      const end = start + m.len;
      if (inQuote(doc, { start, end })) continue;
      // Attribution in the sentence or a neighbour in the same paragraph.
      const near = [sentences[k - 1], sentences[k], sentences[k + 1]].filter((s) => s && s.sentence.block === sentence.block);
      if (near.some((s) => ATTRIBUTION.test(s.text))) continue;
      out.push({
        start,
        end,
        code: 'claim.unattributed-figure',
        severity: 'information',
        message: `"${doc.text.slice(start, end)}": a figure with no source; nothing in or around the sentence says who counted or estimated it.`,
      });
    }
    return out;
  },
};
