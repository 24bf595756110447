// Numbers that are never figures of the article, whatever follows them: numbers inside web addresses,
// e-mail addresses, HTML tags and entities and key=value parameters ("cb=854237002"), telephone numbers
// ("850-433-1141", "+234 803 123 4567"), reference markers ("[6]"), clock times ("10 a.m.", "1400 GMT"),
// long digit runs with no grouping (an account, a tracking or an ID number), numbers that name a
// section, a route or a step ("section 5", "stage 4", "§ 6"), and results of contests ("4-0", "a 5-4
// ruling", "split 4 to 1"), which read like ranges but are not.

// Each pattern with the text it cannot match without (a character, or its own tail): most articles have no
// "@", "<", "=" or file name, and testing for one is a fraction of a whole-text scan with a lookbehind at each
// position (issue 17). A gate only skips a scan that would find nothing, so the mask is the same.
export const MARKUP: Array<[gate: (text: string) => boolean, re: RegExp]> = [
  [(t) => t.includes('://') || /www\./i.test(t), /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"')\]]+/giu], // web addresses
  // Each pattern starts only where its first run starts (a lookbehind), so a long word is not rescanned
  // from each of its letters.
  [(t) => t.includes('@'), /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu], // e-mail addresses
  [(t) => t.includes('<'), /<\/?[a-zA-Z!][^<>]{0,2000}>/gu], // HTML tags, with their attributes
  [(t) => t.includes('&'), /&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/giu], // HTML entities
  [(t) => t.includes('='), /(?<![\p{L}\p{N}_.-])[\p{L}_][\p{L}\p{N}_.-]*=[^\s&"'<>]+(?:&[\p{L}_][\p{L}\p{N}_.-]*=[^\s&"'<>]*)*/gu], // key=value parameters
  [(t) => FILE_EXTENSION.test(t), /(?<![\p{L}\p{N}_-])[\p{L}\p{N}_-]+\.(?:jpe?g|png|gif|webp|svg|pdf|html?|php|aspx?|js|css|mp[34])\b/giu], // file names
  [(t) => t.includes('/'), /(?<![\p{L}\p{N}_-])[\p{L}\p{N}_-]+\/[\p{L}\p{N}_-]+\/(?:[\p{L}\p{N}_-]+\/)*[\p{L}\p{N}_.-]*/gu], // paths: a/b/c (two segments, then any more)
];
/** The tail of a file name as the file-name pattern has it (same flags, so \b means the same). */
const FILE_EXTENSION = /\.(?:jpe?g|png|gif|webp|svg|pdf|html?|php|aspx?|js|css|mp[34])\b/iu;

/** Marks every character inside markup or an address; a figure may not touch a marked character. */
export function markupMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length + 1);
  for (const [gate, re] of MARKUP) {
    if (!gate(text)) continue;
    for (const m of text.matchAll(re)) mask.fill(1, m.index!, m.index! + m[0].length);
  }
  return mask;
}

export function touchesMask(mask: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (mask[i]) return true;
  return false;
}

/**
 * A telephone number: three digit groups joined by dashes, dots or spaces ("850-433-1141", "0803 123
 * 4567"), an area code in brackets ("(850) 433-1141"), or a "+" country code ("+44 20 7946 0958").
 */
export function isPhoneLike(text: string, start: number, end: number): boolean {
  let s = start;
  let e = end;
  // The run of digits and phone punctuation around the number, single spaces only.
  while (s > 0 && /[\d().+\-–]/.test(text[s - 1]) || (s > 1 && text[s - 1] === ' ' && /[\d)]/.test(text[s - 2]))) s--;
  while (e < text.length && /[\d().\-–]/.test(text[e]) || (e + 1 < text.length && text[e] === ' ' && /\d/.test(text[e + 1]))) e++;
  const run = text.slice(s, e).trim();
  if (/^\+\d{1,3}[\s.-]?\(?\d/.test(run) && (run.match(/\d/g)?.length ?? 0) >= 7) return true;
  if (/\(\d{2,5}\)\s?\d{3,4}[\s.-]?\d{3,4}/.test(run)) return true;
  return /(?:^|[^\d,])\d{2,5}[\s.\-–]\d{2,5}[\s.\-–]\d{3,5}(?![\d,])/.test(run) && (run.match(/\d/g)?.length ?? 0) >= 7 && !/^\d{1,3}(?:\s\d{3})+$/.test(run);
}

/** "[6]", "[17]": a reference marker of an encyclopedia or a paper. */
export function isReferenceMarker(text: string, start: number, end: number): boolean {
  return text[start - 1] === '[' && text[end] === ']';
}

/** "10 a.m.", "3pm", "1400 GMT", "ten o'clock": a time of day. */
export function isClockTime(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 12);
  if (/^\s?(?:[ap]\.m\.|[ap]m(?![\p{L}])|[ap]\.m(?![\p{L}])|o['’]clock|(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|PST|PDT|WAT|EAT|IST|JST|AEST|local time)(?![\p{L}]))/u.test(after)) return true;
  // "1400 hrs", "0600h": a 24-hour time ("2 hr walk" is a duration).
  return /^\d{4}$/.test(text.slice(start, end)) && /^\s?(?:hrs?|h)(?![\p{L}])/u.test(after);
}

/** Seven digits or more with no grouping and no currency before them: an account, tracking or ID number. */
export function isDigitRunCode(match: string): boolean {
  return /^\d{7,}$/.test(match.trim());
}

// Lower-case words that name the thing a number identifies ("section 5", "stage 4 cancer", "gate 3");
// capitalised ones ("Article 5", "Flight 17") are caught as names. "number" and "no." too.
const NAMING_WORDS = new Set(`section sections paragraph paragraphs chapter chapters clause clauses article articles rule rules
  schedule annex appendix page pages pp p exhibit figure fig table item items step steps number no vol volume issue part
  verse psalm type category stage phase level grade size version model channel line route road highway interstate exit
  gate platform room suite apartment flat block plot lot district ward zone sector row seat bus train flight episode
  season day week round game match leg lap race heat hole lane terminal pier berth track order`.split(/\s+/));

/** A number that names something by the word before it: "section 5", "stage 4 cancer", "§ 6", "pp. 12". */
export function isNamedByWordBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (/[§¶]\s*$/u.test(before)) return true;
  const m = /(?:^|[^\p{L}])(\p{Ll}+)\.?\s+$/u.exec(before);
  return !!m && NAMING_WORDS.has(m[1]);
}

// Words of a contest or a vote in the sentence make a pair of small integers a result, not a range.
const CONTEST = /\b(?:w[oi]n|wins|winning|winners?|victory|victories|beat|beats|beaten|defeat(?:s|ed)?|lost|lose|loses|losing|loss|draw|drew|drawn|tie[ds]?|tying|lead|led|leads|leading|score[ds]?|scoreline|half|match|game|games|fixture|final|semi-final|ruling|decision|verdict|vote[ds]?|voting|split|margin|majority|set|sets|series|tally|goals?|points?|runs?|wickets?)\b/i;

/**
 * A contest result written like a range (a pair of bare counts): two whole numbers joined by a dash, an en dash or "to", where
 * the first is not below the second ("4-0", "1 – 1", "split 4 to 1"), or any such pair of small numbers
 * with contest words around it ("a 0-3 defeat", "won 2-3"). A range goes up.
 */
export function isContestResult(text: string, start: number, low: number, high: number): boolean {
  if (!Number.isInteger(low) || !Number.isInteger(high)) return false;
  if (low >= high) return true;
  if (high > 200) return false;
  const around = text.slice(Math.max(0, start - 80), start + 80);
  return CONTEST.test(around);
}
