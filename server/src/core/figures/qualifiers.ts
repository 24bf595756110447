// Qualifiers: the words that bound or approximate a figure, kept as a field of it, normalized: "about
// 300" and "some 300" are about; "just below 10%" and "almost 10%" nearly; "above 10%", "over 300" and
// "300-plus" more than; "under 5" less than; "at least 5" and "5 or more" at least; "no more than 5"
// at most; "up to 5" and "as many as 5" up to. The text decides: where a word only looks like a
// qualifier ("talked about 3 plans", "a dispute over $5 million", "brought the toll up to 30") the
// figure has none.
import type { FigureKind, FigureQualifier } from '../types';

// Longest phrases first, so that "just below" wins over "below" and "no more than" over "more than".
const BEFORE: Array<[string, FigureQualifier]> = [
  ['a little (?:under|below|less than)', 'nearly'], ['slightly (?:under|below|less than)', 'nearly'],
  ['just (?:under|below|shy of|short of|less than)', 'nearly'], ['not quite', 'nearly'],
  ['a little (?:over|above|more than)', 'more than'], ['slightly (?:over|above|more than)', 'more than'],
  ['just (?:over|above|more than)', 'more than'], ['well (?:over|above)', 'more than'], ['well (?:under|below)', 'less than'],
  ['no (?:fewer|less) than', 'at least'], ['not (?:fewer|less) than', 'at least'], ['a minimum of', 'at least'],
  ['no more than', 'at most'], ['not more than', 'at most'], ['a maximum of', 'at most'], ['at most', 'at most'],
  ['at least', 'at least'], ['as (?:many|much|high|long) as', 'up to'], ['up to', 'up to'],
  ['more than', 'more than'], ['greater than', 'more than'], ['higher than', 'more than'], ['upwards of', 'more than'],
  ['in excess of', 'more than'], ['north of', 'more than'], ['over', 'more than'], ['above', 'more than'], ['exceeding', 'more than'],
  ['less than', 'less than'], ['fewer than', 'less than'], ['lower than', 'less than'], ['under', 'less than'], ['below', 'less than'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'],
  ['in the region of', 'about'], ['on the order of', 'about'], ['an estimated', 'about'], ['estimated', 'about'],
  ['approximately', 'about'], ['approx\\.', 'about'], ['roughly', 'about'], ['around', 'about'], ['about', 'about'],
  ['some', 'about'], ['circa', 'about'], ['ca\\.', 'about'],
];
// The phrase starts where a word starts (a lookbehind, not a character consumed before it); the lead
// before the phrase is found as before (m.index + the phrase's place in m[0]).
const BEFORE_RE = new RegExp(`(?<!\\p{L})(${BEFORE.map(([p]) => p.replace(/ /g, '\\s+')).join('|')})\\s+$`, 'iu');
const BEFORE_NORMAL = BEFORE.map(([p, q]) => [new RegExp(`^(?:${p.replace(/ /g, '\\s+')})$`, 'i'), q] as const);

// Words after which "about" is what something concerns, not an approximation ("talked about 3 plans").
const ABOUT_GOVERNORS = /(?:^|[^\p{L}])(?:talk(?:s|ed|ing)?|spoke|speak(?:s|ing)?|worr(?:y|ied|ies)|concern(?:s|ed)?|care[sd]?|know|knew|known|think(?:s|ing)?|thought|learn(?:s|ed|t)?|hear(?:d|s)?|ask(?:s|ed)?|complain(?:s|ed)?|question(?:s|ed)?|information|data|news|stor(?:y|ies)|report(?:s|ed)?|wr(?:ite|ote|itten)|comment(?:s|ed)?|jok(?:e|ed)|argu(?:e|ed)|debate[sd]?|read|feel|felt|happy|angry|upset|sure|something|nothing|anything|everything|all|what|how|serious|clear|bring|brought|come|came|set|went|go)\s+$/iu;
// Words after which "over" is what a quarrel or a handover concerns ("a dispute over $5 million").
const OVER_GOVERNORS = /(?:^|[^\p{L}])(?:disputes?|row|rows|fights?|fought|fighting|battles?|clash(?:es|ed)?|argu(?:e|ed|ing)|arguments?|concerns?|worr(?:y|ies|ied)|feud|talks|negotiations|lawsuits?|sued|suits?|anger|outrage|protests?|took|take[ns]?|taking|hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|pass(?:es|ed|ing)?|went|go(?:es|ing)?|look(?:s|ed|ing)?|lead|led|leads|victory|win|won|edge|advantage|chose|chosen|prefer(?:red)?|favou?red|spread|stretch(?:es|ed)?|paid|pay(?:s|ing)?)\s+$/iu;
// Words after which "up to" states where a total arrived, not a bound ("brought the toll up to 30").
const UP_TO_GOVERNORS = /(?:^|[^\p{L}])(?:brings?|brought|bringing|takes?|took|taking|push(?:es|ed|ing)?|raise[sd]?|raising|rose|risen|climb(?:s|ed)?|jump(?:s|ed)?|gone|went|go(?:es)?|moved?|toll|total|tally|count|number|figure|it|them|that|this|is|was|are|were|been|be)\s+$/iu;

// After the figure: "300 or more", "300 or so", "300-plus", "300-odd", "300+".
const AFTER: Array<[RegExp, FigureQualifier]> = [
  [/^\s+or\s+(?:more|over|above)(?![\p{L}])/iu, 'at least'], [/^\s+or\s+(?:less|fewer|under)(?![\p{L}])/iu, 'at most'],
  [/^\s+or\s+so(?![\p{L}])/iu, 'about'], [/^-?plus(?![\p{L}])|^\+(?![\p{N}])/iu, 'more than'], [/^-odd(?![\p{L}])/iu, 'about'],
];

/** The qualifier of the figure at [start, end) of this kind, or null when the text puts none on it. */
export function qualifierOf(text: string, start: number, end: number, kind: FigureKind): FigureQualifier | null {
  if (kind === 'ordinal') return null;
  const before = text.slice(Math.max(0, start - 40), start);
  if (/~\s?$/.test(before)) return 'about';
  const m = BEFORE_RE.exec(before);
  if (m) {
    const phrase = m[1].replace(/\s+/g, ' ').toLowerCase();
    const q = BEFORE_NORMAL.find(([re]) => re.test(phrase))?.[1] ?? null;
    const lead = before.slice(0, m.index + m[0].indexOf(m[1]));
    if (q && acceptBefore(phrase, lead, kind)) return q;
  }
  const after = text.slice(end, end + 16);
  for (const [re, q] of AFTER) if (re.test(after)) return q;
  return null;
}

function acceptBefore(phrase: string, lead: string, kind: FigureKind): boolean {
  if (phrase === 'about') return !ABOUT_GOVERNORS.test(lead);
  // "over ten years", "under two years": a period the thing spans, not a bound on its length.
  if ((phrase === 'over' || phrase === 'under' || phrase === 'above' || phrase === 'below') && kind === 'duration') return false;
  if (phrase === 'over') return !OVER_GOVERNORS.test(lead);
  if (phrase === 'up to') return !UP_TO_GOVERNORS.test(lead);
  return true;
}
