// claim.unattributed-figure: a toll or a share that someone must have counted or polled, stated with no
// source in its sentence or the sentences on either side, outside quotes. Two classes, both a reader
// cannot check:
// - a rough toll of a whole conflict or regime: a magnitude ("tens of thousands", "thousands more", "more
//   than 3,000") whose verb is a fate ("are dead", "were tortured", "disappeared");
// - a share of a group holding an opinion ("40 percent of voters are undecided", "most … support").
// Not the count a reporter gives of one event ("Twelve civilians were killed in the incident", "with
// hundreds more wounded"), a crowd ("Tens of thousands of people spilled out"), a population ("displaced
// millions") or a group's make-up ("70 percent of Bahrainis are Shia"): those are reporting, not claims.
// Figures come from the figures stage; where it found none in a sentence, a light pattern finds them.
import { lowerBound } from '../../doc';
import type { Diagnostic } from '../../types';
import type { Rule } from '../rule';
import { hasAttribution, inQuote, proseSentences } from './sources';

const COUNT_WORDS = String.raw`(?:tens of thousands|hundreds of thousands|tens of millions|hundreds of millions|thousands|millions|billions)`;
// Fates of a conflict or a regime; not arrests or evacuations, which the authorities that made them report.
const FATE = String.raw`(?:dead|killed|missing|displaced|injured|wounded|homeless|tortured|executed|jailed|imprisoned|disappeared|raped|murdered)`;
// The fate as the clause's verb: "are dead", "were killed or forced to flee", "either disappeared".
const FATE_VERB = String.raw`(?:(?:are|were|have been|had been|remain|lie)\s+(?:either\s+)?${FATE}|(?:either\s+)?(?:died|disappeared|perished|fled))`;
// What lies between the figure and its verb: "more", "of them", "people, mostly leftists,".
const BETWEEN = String.raw`(?:\s+more)?(?:\s+of(?:\s+the)?(?:\s+[\p{L}-]+){1,3}?|(?:\s+[\p{L}-]+){1,2}?)?(?:,[^,.;]{1,40},)?`;
const AFTER_TOLL = new RegExp(String.raw`^${BETWEEN}\s+${FATE_VERB}\b`, 'iu');
// A share of a group that holds an opinion, as a poll finds it.
const GROUP = String.raw`(?:people|voters|citizens|residents|\p{Lu}\p{Ll}+(?:ans|ians|ese|is)|adults|respondents|workers|parents|students|members|women|men|youth|young people)`;
const OPINION = String.raw`(?:support|supports|oppose|opposes|favou?r|back|approve|disapprove|believe|think|say|want|trust|distrust|expect|fear|would vote|plan to vote|are (?:undecided|opposed|in favou?r|unhappy|satisfied|dissatisfied|worried|optimistic|pessimistic))`;
const AFTER_SHARE = new RegExp(String.raw`^\s+of\s+(?:all\s+|the\s+)?(?:[\p{L}-]+\s+)?${GROUP}\s+(?:now\s+|still\s+)?${OPINION}\b`, 'u');
// With no figure from the stage: a magnitude, or a large number with a bound ("more than three-thousand").
const ROUGH = new RegExp(String.raw`\b(?:(?:more than|over|some|nearly|almost|about|at least)\s+)?(?:${COUNT_WORDS}|\d{1,3}(?:,\d{3})+|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|several)[- ]thousand|\d+\s+(?:thousand|million))`, 'giu');
// A toll small enough to be counted at the scene is the report of one event, not a claim.
const LARGE = 1000;

/** The first statistic in a sentence: a toll or an opinion share, from the figures stage or the light pattern. */
function statisticIn(doc: Parameters<Rule['check']>[0], start: number, end: number, text: string): { at: number; len: number } | null {
  // The figures are in text order and do not overlap (figures stage): only those from the sentence's start
  // on are read, to its end, by binary search (a scan of every figure per sentence was quadratic on a page
  // of sentences with figures: 15,000 of each in 1 MB of news took 1.9 s here).
  const figures = doc.figures;
  for (let i = lowerBound(figures, start); i < figures.length && figures[i].start < end; i++) {
    const f = figures[i];
    if (f.end > end || (f.kind !== 'count' && f.kind !== 'percent')) continue;
    if (f.kind === 'percent') {
      const m = AFTER_SHARE.exec(doc.text.slice(f.end, Math.min(end, f.end + 80)));
      if (m) return { at: f.start - start, len: f.end - f.start + m[0].length };
      continue;
    }
    if (f.value !== null && f.value < LARGE) continue;
    // The figure's text may already hold what it counts ("3,000 people"); look from its number on.
    const num = f.value === null ? f.text : (/^[^\p{L}]*(?:\p{L}+(?:\s+of\s+\p{L}+)?)?/u.exec(f.text)?.[0] ?? f.text);
    const from = f.start + num.length;
    const m = AFTER_TOLL.exec(doc.text.slice(from, Math.min(end, from + 80)));
    if (m) return { at: f.start - start, len: from - f.start + m[0].length };
  }
  for (const r of text.matchAll(ROUGH)) {
    const m = AFTER_TOLL.exec(text.slice(r.index! + r[0].length, r.index! + r[0].length + 80));
    if (m) return { at: r.index!, len: r[0].length + m[0].length };
  }
  return null;
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
      if (near.some((s) => hasAttribution(s.text))) continue;
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
