// Numbers as news text writes them: digits with thousands separators ("1,700", "4.09", and the South
// Asian grouping "1,50,000"), words ("fifteen", "twenty-five", "three-and-a-half", "two hundred"), and
// scale words ("1.5 million", "$90-billion", "€5m", "Rs 5 crore", "₹1.5 lakh crore"). scanNumber /
// scanRange find where one ends; parseNumber gives its value.

const ONES = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, tr: 1e12, cr: 1e7,
};
const SCALE_WORDS = 'hundred|thousand|million|billion|trillion|lakhs?|crores?';

const WORD_VALUE = new Map<string, number>();
ONES.forEach((w, i) => WORD_VALUE.set(w, i));
TENS.forEach((w, i) => WORD_VALUE.set(w, 20 + 10 * i));

/** Any single number word (for finding where a figure may start). */
export const NUMBER_WORDS = [...TENS, ...[...ONES].reverse()].join('|');

// South Asian grouping first ("12,34,567" = 1,234,567), then thousands groups, then a plain run.
const DIGITS_SOURCE = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?(?!\d)`;
const DIGITS_RE = new RegExp(DIGITS_SOURCE);

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
    const scale = scaleAfter(lower.slice(d.index + d[0].length));
    // 67.1 × 1e9 is 67099999999.99999 in binary; the text means 67100000000.
    return scale === 1 ? base : Number((base * scale).toPrecision(15));
  }
  if (wordStart < 0) return null;
  return wordsValue(lower.slice(wordStart));
}

function firstWordNumber(lower: string): number {
  WORD_TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_TOKEN.exec(lower))) {
    if (WORD_VALUE.has(m[0]) || (m[0] === 'a' && /^a[\s-]+(?:dozen|hundred|thousand|million|billion|trillion)\b/.test(lower.slice(m.index)))) return m.index;
  }
  return -1;
}

const SCALE_AFTER = new RegExp(`^(?:\\s*|-)(${SCALE_WORDS}|bn|mn|mln|tn|tr|cr|m|k|b)(?![a-z\\d])((?:\\s+(?:${SCALE_WORDS})(?![a-z]))*)`);

/** The scale right after a number: " billion" → 1e9, "m" → 1e6, "-billion" → 1e9, " lakh crore" → 1e12. */
export function scaleAfter(rest: string): number {
  const m = SCALE_AFTER.exec(rest);
  if (!m) return 1;
  // Scale words in a row multiply: "lakh crore" (1e5 × 1e7), "thousand crore".
  return m[2].trim().split(/\s+/).filter(Boolean).reduce((x, w) => x * SCALES[w], SCALES[m[1]]);
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
    } else if (w === 'a' && !seen && parts[i + 1] !== 'half' && parts[i + 1] !== 'quarter') {
      current = 1;
      seen = true;
      if (parts[i + 1] === 'dozen') {
        current = 12;
        i++;
      }
    } else if (w === 'dozen') {
      current = seen ? current * 12 : 12;
      seen = true;
    } else if (w === 'and' && parts[i + 1] === 'a' && (parts[i + 2] === 'half' || parts[i + 2] === 'quarter')) {
      current += parts[i + 2] === 'half' ? 0.5 : 0.25;
      i += 2;
    } else if (w === 'and' && seen && /^(?:hundred|thousand|million|billion)$/.test(parts[i - 1])) {
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

// A scanner for the same numbers, used where a figure may begin (cheaper than one large regular
// expression per figure shape, which costs tens of milliseconds to compile).

const DIGITS_Y = new RegExp(DIGITS_SOURCE, 'y');
const WORD_Y = /[a-z]+/iy;
const SEP_Y = /[-\s]+/y;
const SCALE_WORD_Y = new RegExp(`(?:\\s+|-)(?:${SCALE_WORDS})(?:\\s+(?:${SCALE_WORDS}))*(?![\\p{L}])`, 'iuy');
const SCALE_ABBR_Y = /\s?(?:bn|mn|mln|tn|cr|m|k|b)(?![\p{L}\d])/iuy;
const BETWEEN_Y = /between\s+/iy;
const AND_Y = /\s+and\s+/iy;
const TO_Y = /\s*(?:-|–|to(?![\p{L}]))\s*/iuy;

function sticky(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

function wordAt(text: string, at: number): { word: string; end: number } | null {
  WORD_Y.lastIndex = at;
  const m = WORD_Y.exec(text);
  return m ? { word: m[0].toLowerCase(), end: WORD_Y.lastIndex } : null;
}

/** End of the number (digits or words, with a scale word; with `abbr` also "m", "bn") at `at`, or -1. */
export function scanNumber(text: string, at: number, abbr = false): number {
  let end = sticky(DIGITS_Y, text, at);
  if (end < 0) end = scanWords(text, at);
  if (end < 0) return -1;
  const scaled = sticky(SCALE_WORD_Y, text, end);
  if (scaled >= 0) return scaled;
  if (abbr) {
    const short = sticky(SCALE_ABBR_Y, text, end);
    if (short >= 0) return short;
  }
  return end;
}

function scanWords(text: string, at: number): number {
  let i = at;
  let end = -1;
  let count = 0;
  for (;;) {
    const w = wordAt(text, i);
    if (!w) break;
    if (count === 0 && w.word === 'a') {
      // "a dozen", "a hundred", "a thousand"; "a million" is "a" and a scale word.
      const s = sticky(SEP_Y, text, w.end);
      const d = s >= 0 ? wordAt(text, s) : null;
      if (!d) return -1;
      if (d.word === 'dozen') return d.end;
      if (d.word === 'hundred' || d.word === 'thousand') {
        end = d.end;
        count++;
        const s2 = sticky(SEP_Y, text, end);
        if (s2 < 0) break;
        i = s2;
        continue;
      }
      if (d.word === 'million' || d.word === 'billion' || d.word === 'trillion') return w.end;
      return -1;
    }
    if (w.word === 'and' && count > 0) {
      // "three-and-a-half", "two hundred and ten"
      const s1 = sticky(SEP_Y, text, w.end);
      const a = s1 >= 0 ? wordAt(text, s1) : null;
      if (a && a.word === 'a') {
        const s2 = sticky(SEP_Y, text, a.end);
        const h = s2 >= 0 ? wordAt(text, s2) : null;
        if (h && (h.word === 'half' || h.word === 'quarter')) end = h.end;
        break;
      }
      // "and" joins parts of one number only after a scale word ("two hundred and ten"); "five and seven"
      // are two numbers.
      if (a && WORD_VALUE.has(a.word) && /(?:hundred|thousand|million|billion)$/i.test(text.slice(i - 12, i).trim())) {
        i = s1;
        continue;
      }
      break;
    }
    const ok = WORD_VALUE.has(w.word) || (count > 0 && (w.word === 'hundred' || w.word === 'thousand' || w.word === 'dozen'));
    if (!ok) break;
    end = w.end;
    count++;
    const s = sticky(SEP_Y, text, end);
    if (s < 0) break;
    i = s;
  }
  return end;
}

/** End of a number or a range ("10 to 15", "10-15", "between 10 and 15", "$10-$15 billion" with `sign`), or -1. */
export function scanRange(text: string, at: number, abbr = false, sign: RegExp | null = null): number {
  const b = sticky(BETWEEN_Y, text, at);
  if (b >= 0) {
    const e1 = scanNumber(text, b, abbr);
    const and = e1 >= 0 ? sticky(AND_Y, text, e1) : -1;
    return and >= 0 ? scanNumber(text, and, abbr) : -1;
  }
  const e1 = scanNumber(text, at, abbr);
  if (e1 < 0) return -1;
  let q = sticky(TO_Y, text, e1);
  if (q < 0) return e1;
  if (sign) {
    const s = sticky(sign, text, q);
    if (s >= 0) q = s;
  }
  const e2 = scanNumber(text, q, abbr);
  return e2 >= 0 ? e2 : e1;
}
