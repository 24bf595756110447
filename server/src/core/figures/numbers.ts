// Numbers as news text writes them: digits with thousands separators ("1,700", "4.09"), words
// ("fifteen", "twenty-five", "three-and-a-half", "two hundred"), and scale words ("1.5 million",
// "$90-billion", "€5m"). NUMBER is a regular-expression source; parseNumber turns a match into a value.

const ONES = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, tr: 1e12,
};

const WORD_VALUE = new Map<string, number>();
ONES.forEach((w, i) => WORD_VALUE.set(w, i));
TENS.forEach((w, i) => WORD_VALUE.set(w, 20 + 10 * i));

const SMALL = `(?:${TENS.join('|')})(?:[-\\s](?:${ONES.slice(1, 10).join('|')}))?|${[...ONES].reverse().join('|')}`;
const FRACTION = `(?:(?:-|\\s+)and(?:-|\\s+)a(?:-|\\s+)(?:half|quarter))`;

/** A number in words: "fifteen", "twenty-five", "two hundred and ten", "three-and-a-half". */
export const WORD_NUMBER = `(?:(?:${SMALL})(?:(?:-|\\s+)(?:and\\s+)?(?:hundred|thousand|${SMALL}))*${FRACTION}?|a\\s+dozen)`;

/** Digits: "1,700", "4.09", "100", ".5". */
export const DIGITS = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)`;

/** A scale word after a number: " million", "-billion". */
export const SCALE_WORD = `(?:(?:\\s+|-)(?:hundred|thousand|million|billion|trillion)(?![\\p{L}]))`;

/** A scale abbreviation as money writes it: "5m", "2.5bn", "£3 bn". */
export const SCALE_ABBR = `(?:\\s?(?:bn|mn|mln|tn|m|k|b)(?![\\p{L}\\d]))`;

/** Any number, with an optional scale word. */
export const NUMBER = `(?:${DIGITS}|${WORD_NUMBER})${SCALE_WORD}?`;

/** A number or a range of two ("10 to 15", "10-15", "between 10 and 15"): the value is the low bound. */
export const RANGE = `(?:between\\s+${NUMBER}\\s+and\\s+${NUMBER}|${NUMBER}(?:\\s*(?:-|–|to)\\s*${NUMBER})?)`;

const DIGITS_RE = new RegExp(DIGITS);
const WORD_TOKEN = /[a-z]+/g;

/**
 * The value of the first number in `s` ("$90-billion" → 90000000000, "three-and-a-half" → 3.5,
 * "between 10 and 15" → 10). Null when there is none.
 */
export function parseNumber(s: string): number | null {
  const lower = s.toLowerCase();
  const d = DIGITS_RE.exec(lower);
  const wordStart = firstWordNumber(lower);
  if (d && (wordStart < 0 || d.index < wordStart)) {
    const base = Number(d[0].replace(/,/g, ''));
    return base * scaleAfter(lower.slice(d.index + d[0].length));
  }
  if (wordStart < 0) return null;
  return wordsValue(lower.slice(wordStart));
}

function firstWordNumber(lower: string): number {
  WORD_TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_TOKEN.exec(lower))) {
    if (WORD_VALUE.has(m[0]) || (m[0] === 'a' && /^a\s+dozen/.test(lower.slice(m.index)))) return m.index;
  }
  return -1;
}

/** The scale right after a number: " billion" → 1e9, "m" → 1e6, "-billion" → 1e9. */
function scaleAfter(rest: string): number {
  const m = /^(?:\s*|-)(hundred|thousand|million|billion|trillion|bn|mn|mln|tn|tr|m|k|b)(?![a-z\d])/.exec(rest);
  return m ? SCALES[m[1]] : 1;
}

/** "two hundred and ten thousand" → 210000; "three-and-a-half" → 3.5; stops at the first other word. */
function wordsValue(s: string): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  const parts = s.split(/[\s-]+/);
  for (let i = 0; i < parts.length; i++) {
    const w = parts[i];
    if (WORD_VALUE.has(w)) {
      current += WORD_VALUE.get(w)!;
      seen = true;
    } else if (w === 'a' && parts[i + 1] === 'dozen') {
      continue;
    } else if (w === 'dozen') {
      current = seen ? current * 12 : 12;
      seen = true;
    } else if (w === 'and' && parts[i + 1] === 'a' && (parts[i + 2] === 'half' || parts[i + 2] === 'quarter')) {
      current += parts[i + 2] === 'half' ? 0.5 : 0.25;
      i += 2;
    } else if (w === 'and' && seen) {
      continue;
    } else if (w === 'hundred' && seen) {
      current *= 100;
    } else if ((w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion') && seen) {
      total += current * SCALES[w];
      current = 0;
    } else {
      break;
    }
  }
  return seen ? total + current : null;
}
