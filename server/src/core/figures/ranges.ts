// A range is one figure with a low and a high end: "5-8 years", "30-39", "between 20 and 30", "10 to
// 15 percent", "$5m-$7m", "$10-15 billion" (the scale of the high end is the low end's when the low end
// has none). "from 5 to 7 percent" after a verb of change is a change, two figures, not a range.
import { parseNumber, scanNumber, scaleAfter } from './numbers';

export interface RangeParts {
  low: number;
  high: number;
  /** Offsets in the match: the low end's text ends at lowEnd, the high end's starts at highStart. */
  lowEnd: number;
  highStart: number;
  /** The ends are joined by "to" (not a dash or "between ... and"). */
  byTo: boolean;
  /** The high end carries its own currency sign ("$5m-$7m"); its text, sign included, starts at highSignStart. */
  highSigned: boolean;
  highSignStart: number;
}

// What may open a range's text before its low end: "between", "aged (between)", "ages".
const BETWEEN = /^(?:(?:aged|ages?)\s+(?:of\s+)?)?(?:between\s+)?/i;
const JOIN_Y = /\s*(?:-|–|—|to(?![\p{L}])|and(?![\p{L}]))\s*/iuy;

/** The two ends of a range in a figure's text, after `signLength` characters of currency sign; null for one number. */
export function rangeParts(match: string, sign: RegExp | null): RangeParts | null {
  let i = BETWEEN.exec(match)?.[0].length ?? 0;
  const skipSign = (at: number) => {
    if (!sign) return at;
    sign.lastIndex = at;
    return sign.test(match) ? sign.lastIndex : at;
  };
  i = skipSign(i);
  const e1 = scanNumber(match, i, true);
  if (e1 < 0) return null;
  JOIN_Y.lastIndex = e1;
  const joint = JOIN_Y.exec(match);
  if (!joint) return null;
  const j = skipSign(JOIN_Y.lastIndex);
  const highSignStart = JOIN_Y.lastIndex;
  const highSigned = j > highSignStart;
  const e2 = scanNumber(match, j, true);
  if (e2 < 0) return null;
  let low = parseNumber(match.slice(i, e1));
  const high = parseNumber(match.slice(j, e2) + match.slice(e2));
  if (low === null || high === null) return null;
  // "$10-15 billion", "five to seven million": the low end shares the high end's scale.
  // In capitals too ("FIFTY to ONE HUNDRED MILLION DOLLARS"); where the high end's own scale is two words
  // ("one hundred million"), the low end shares the last of them (fifty million, not fifty hundred million).
  const lowScale = scaleAfter(lowTail(match.slice(i, e1)).toLowerCase());
  const highTail = lowTail(match.slice(j)).toLowerCase();
  for (const highScale of [scaleAfter(highTail), lastScale(highTail)]) {
    if (lowScale === 1 && highScale > 1 && low * highScale <= high) {
      low = Number((low * highScale).toPrecision(15));
      break;
    }
  }
  return { low, high, lowEnd: e1, highStart: j, byTo: /to/i.test(joint[0]), highSigned, highSignStart };
}

/** The scale of the last scale word of a number's tail (" hundred million dollars" → 1e6), or 1. */
function lastScale(tail: string): number {
  const words = /^((?:\s*(?:hundred|thousand|million|billion|trillion|lakhs?|crores?)(?![a-z]))+)/.exec(tail);
  if (!words) return 1;
  return scaleAfter(` ${words[1].trim().split(/\s+/).pop()}`);
}

/** The text after the digits or number words of a number ("15 billion" → " billion"). */
function lowTail(s: string): string {
  const d = /^[\d,.]+/.exec(s);
  if (d) return s.slice(d[0].length);
  const w = /^(?:[a-z]+[\s-]+)*?(?=(?:hundred|thousand|million|billion|trillion|lakhs?|crores?)\b)/i.exec(s);
  return w ? s.slice(w[0].length).replace(/^/, ' ') : '';
}

// A verb of change before "from X to Y" makes it a change from one figure to another. Found word by word
// and the distance to the end measured in code: a pattern ending in "[^.;]{0,60}$" or "\s+$" read up to
// the end of the text again from every verb of a run of them.
const CHANGE_VERB = /\b(?:rose|rise[ns]?|rising|fell|fall(?:s|en|ing)?|increased?|increases|increasing|decreased?|decreases|decreasing|grew|grow(?:s|n|ing)?|dropped|drops?|dropping|climbed|climbs?|jumped|jumps?|surged|soared|plunged|slipped|declined?|declines|cut|cuts|raised?|raises|raising|lowered|lowers|reduced?|reduces|boosted|doubled|tripled|halved|shrank|shrunk|swelled|widened|narrowed|changed?|moved?|went|gone|up|down|revised|adjusted|upgraded|downgraded|expanded|slashed|hiked|extended)\b/gi;

/** Whether a verb of change ends at one of the offsets `ok` accepts, looking from `from` on. */
function changeVerbEnding(s: string, from: number, ok: (end: number) => boolean): boolean {
  CHANGE_VERB.lastIndex = from;
  for (let m; (m = CHANGE_VERB.exec(s)); ) if (ok(m.index + m[0].length)) return true;
  return false;
}

/** A verb of change at most 60 characters before the end, with no full stop or semicolon after it. */
function changeVerbBefore(s: string): boolean {
  return changeVerbEnding(s, Math.max(s.lastIndexOf('.'), s.lastIndexOf(';')) + 1, (end) => s.length - end <= 60);
}

/** A verb of change right before the end, with only spaces (at least one) after it. */
function changeVerbRightBefore(s: string): boolean {
  const words = s.trimEnd().length;
  return words < s.length && changeVerbEnding(s, 0, (end) => end === words);
}

/**
 * "rose from 5 to 7 percent", "fell $1.125 to $13.625": a change from one figure to another, not a
 * range. Without "from", only when both ends carry their currency sign and a verb of change is right
 * before ("expected to rise 5 to 7 percent" stays a range).
 */
export function isChangeFromTo(text: string, start: number, parts: RangeParts): boolean {
  if (!parts.byTo) return false;
  const before = text.slice(Math.max(0, start - 80), start);
  if (parts.highSigned && changeVerbRightBefore(before)) return true;
  if (!/\bfrom\s+$/i.test(before)) return false;
  if (/\b(?:rang(?:e|es|ed|ing)|vary|varies|varied|varying|anywhere|spann?(?:s|ed|ing)?)\s+from\s+$/i.test(before)) return false;
  return changeVerbBefore(before.replace(/(?<!\s)\s*\bfrom\s+$/i, ''));
}
