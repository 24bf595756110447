// The words of a quotation, normalized so that two sources printing the same words compare equal
// whatever their house style: typographic or straight quotation marks and apostrophes, case, white
// space and punctuation are ignored; a contraction counts as its full form ("don't" = "do not": two
// reporters transcribing one speech write either), small numbers as digits ("ten" = "10"), "per cent"
// and "%" as "percent", British and American spellings of a word as one ("labour" = "labor"), and an
// abbreviation written with or without its stops as one word ("D.C." = "DC", "U.N." = "UN": house
// styles differ, the speaker said the same letters), and a number with or without its ordinal suffix
// ("January 20th" = "January 20": how a date is written is the house's, not the speaker's).
//
// What the source marks as its own change is kept apart from the speaker's words: an ellipsis
// ("...", "…", "[...]") and a bracketed insertion ("[the council]") mark a cut, so the next word carries
// `markBefore`. A quotation inside the quotation (single marks inside double ones) is somebody else's
// words: left out, and marked as a cut too.

export interface QuoteWord {
  /** The normalized word, compared across versions. */
  norm: string;
  /** The word as printed, and where (offsets into the article, the part of the text the word came from). */
  surface: string;
  start: number;
  end: number;
  /** The source marks a cut or an insertion just before this word (ellipsis, bracketed words, inner quotation). */
  markBefore: boolean;
  /** A sentence ends (. ! ? ;) just before this word, in the source's text. */
  breakBefore: boolean;
  /** The source marks a cut after this word, the last one (a closing ellipsis). */
  markAfter?: boolean;
}

const ELLIPSIS = /(?:\[\s*(?:\.\s*){3,}\]|\(\s*(?:\.\s*){3,}\)|\[\s*…\s*\]|\(\s*…\s*\)|(?:\.\s?){2}\.|…)/y;
const BRACKETED = /\[[^\]\n]{0,80}\]/y;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*%?|%/uy;
/** Single letters each followed by a stop ("D.C.", "a.m."): one word, its letters joined. */
const ABBREVIATION = /(?:\p{L}\.){2,}(?!\p{L})/uy;
const OUTER_MARKS = /["“”„‟«»‹›'‘’`]/u;

const NUMBERS: Record<string, string> = {
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
};

/** Pronouns and the like whose "'s" is "is" (or "has"): "it's" = "it is". Elsewhere "'s" is a possessive and stays. */
const S_IS = new Set(['it', 'that', 'he', 'she', 'there', 'here', 'what', 'who', 'where', 'how', 'everything', 'nothing', 'this']);

const IRREGULAR: Record<string, string[]> = {
  "won't": ['will', 'not'], "can't": ['can', 'not'], "shan't": ['shall', 'not'], "ain't": ['is', 'not'], cannot: ['can', 'not'],
  "let's": ['let', 'us'],
};

/** One printed word as one or more normalized words. */
export function normalizeWord(raw: string): string[] {
  let w = raw.normalize('NFKC').toLowerCase().replace(/’/g, "'");
  if (w === '%') return ['percent'];
  const out: string[] = [];
  if (w.endsWith('%') && w.length > 1) {
    w = w.slice(0, -1);
    out.push('percent');
  }
  const expanded = contraction(w).map(spelling);
  return [...expanded, ...out];
}

function contraction(w: string): string[] {
  if (IRREGULAR[w]) return IRREGULAR[w];
  let m = /^(.+)n't$/.exec(w);
  if (m) return [m[1], 'not'];
  m = /^(.+)'(re|ve|ll|m|d)$/.exec(w);
  if (m) return [m[1], { re: 'are', ve: 'have', ll: 'will', m: 'am', d: 'would' }[m[2]]!];
  m = /^(.+)'s$/.exec(w);
  if (m && S_IS.has(m[1])) return [m[1], 'is'];
  return [w];
}

/** British and American spellings and spelled-out small numbers as one form (applied to both versions alike). */
function spelling(w: string): string {
  if (NUMBERS[w]) return NUMBERS[w];
  const ordinal = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  if (ordinal) return ordinal[1];
  if (/^[a-z]{3,}our(?:s|ed|ing|ite|ites|able)?$/.test(w)) w = w.replace(/our(?=(?:s|ed|ing|ite|ites|able)?$)/, 'or');
  if (/^[a-z]{3,}is(?:e|es|ed|ing|ation|ations)$/.test(w)) w = w.replace(/is(?=(?:e|es|ed|ing|ation|ations)$)/, 'iz');
  if (/^[a-z]{3,}ys(?:e|es|ed|ing)$/.test(w)) w = w.replace(/ys(?=(?:e|es|ed|ing)$)/, 'yz');
  if (/^[a-z]{2,}tre(?:s)?$/.test(w)) w = w.replace(/tre(?=s?$)/, 'ter');
  return w;
}

/**
 * The normalized words of a quotation printed as `text` at `base` in its article. The outer quotation
 * marks, if present, are part of `text` and ignored like all punctuation.
 */
export function quoteWords(text: string, base = 0): QuoteWord[] {
  const out: QuoteWord[] = [];
  const inner = innerQuotations(text);
  let mark = false;
  let brk = false;
  let perCent = -1;
  for (let i = 0; i < text.length; ) {
    const inside = inner.find((r) => i >= r.start && i < r.end);
    if (inside) {
      mark = true;
      i = inside.end;
      continue;
    }
    ELLIPSIS.lastIndex = i;
    const e = ELLIPSIS.exec(text);
    if (e) {
      mark = true;
      i += e[0].length;
      continue;
    }
    BRACKETED.lastIndex = i;
    const b = BRACKETED.exec(text);
    if (b) {
      mark = true;
      i += b[0].length;
      continue;
    }
    ABBREVIATION.lastIndex = i;
    const a = ABBREVIATION.exec(text);
    if (a) {
      const norm = a[0].replace(/\./g, '').normalize('NFKC').toLowerCase();
      out.push({ norm, surface: a[0], start: base + i, end: base + i + a[0].length, markBefore: mark, breakBefore: brk && out.length > 0 });
      mark = false;
      brk = false;
      i += a[0].length;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m) {
      const surface = m[0];
      const norms = normalizeWord(surface);
      // "per cent" is one word, "percent".
      if (norms.length === 1 && norms[0] === 'cent' && perCent === out.length - 1 && out.length && out[out.length - 1].norm === 'per' && !mark) {
        const prev = out[out.length - 1];
        prev.norm = 'percent';
        prev.surface = text.slice(prev.start - base, i + surface.length);
        prev.end = base + i + surface.length;
      } else {
        for (const norm of norms) {
          out.push({ norm, surface, start: base + i, end: base + i + surface.length, markBefore: mark, breakBefore: brk && out.length > 0 });
          mark = false;
          brk = false;
        }
        if (norms.length === 1 && norms[0] === 'per') perCent = out.length - 1;
      }
      i += surface.length;
      continue;
    }
    if (/[.!?;]/.test(text[i])) brk = true;
    i++;
  }
  if (mark && out.length) out[out.length - 1].markAfter = true;
  return out;
}

/**
 * Spans of quotations inside the quotation: single marks (‘…’ or '…') opened after a space or an opening
 * mark and closed before a space or punctuation, or double marks inside a text whose outer marks are
 * double ones are not taken (a continued paragraph reopens with a double mark).
 */
function innerQuotations(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const opener = /(^|[\s(“"—–-])(['‘])(?=[\p{L}\p{N}])/gu;
  for (const m of text.matchAll(opener)) {
    const at = m.index! + m[1].length;
    if (at === 0 && OUTER_MARKS.test(text[0])) continue; // the outer mark itself
    const open = m[2];
    const close = open === '‘' ? /’(?=$|[\s.,;:!?)"”—–-])/gu : /'(?=$|[\s.,;:!?)"”—–-])/gu;
    close.lastIndex = at + 1;
    const c = close.exec(text);
    if (!c) continue;
    // A closing mark at the very end is the outer quotation's own ('...' quotations of a single-mark house style).
    if (c.index >= text.length - 1 && at === 0) continue;
    if (c.index - at > 400) continue;
    if (out.some((r) => at < r.end)) continue;
    out.push({ start: at, end: c.index + 1 });
  }
  return out;
}

/** The normalized words as one string, for equality. */
export function normKey(words: readonly QuoteWord[]): string {
  return words.map((w) => w.norm).join(' ');
}
