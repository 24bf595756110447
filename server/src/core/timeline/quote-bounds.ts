// Where the quotations of one sentence are, so that an event summary never opens or closes inside one
// ('Ahmed said: “', '“As at Tuesday'): a summary either stays outside quotation marks or holds a quote whole.

export interface QuoteSpan {
  /** Offset of the opening mark (0 when the quote began in an earlier sentence). */
  start: number;
  /** Offset just after the closing mark (the sentence's length when the quote goes on into the next one). */
  end: number;
}

const OPEN = '“«„';
const CLOSE = '”»';

/** The quotations of a sentence: curly and guillemet pairs, and straight double quotes paired in order. */
export function quoteSpansIn(s: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  let straight = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (OPEN.includes(c) && !(c === '„' && open >= 0)) {
      if (open < 0) open = i;
    } else if (CLOSE.includes(c)) {
      // A closing mark with no opening one: the quote began in an earlier sentence.
      out.push({ start: open < 0 ? 0 : open, end: i + 1 });
      open = -1;
    } else if (c === '"') {
      if (straight < 0 && (i === 0 || /[\s(\[—–-]/u.test(s[i - 1]) || !/\s/u.test(s[i + 1] ?? ' '))) straight = i;
      else if (straight >= 0) {
        out.push({ start: straight, end: i + 1 });
        straight = -1;
      } else out.push({ start: 0, end: i + 1 });
    }
  }
  // A quote that goes on past the sentence's end.
  if (open >= 0) out.push({ start: open, end: s.length });
  if (straight >= 0) out.push({ start: straight, end: s.length });
  return out.sort((a, b) => a.start - b.start);
}

/** The quote that holds the focus, if any. */
export function quoteAround(quotes: QuoteSpan[], focus: { start: number; end: number }): QuoteSpan | undefined {
  return quotes.find((q) => q.start < focus.start && focus.end <= q.end);
}

/**
 * [l, r) moved so that no quote is cut: an end that falls inside a quote moves out to hold the quote
 * whole, unless `maxEnd` forbids; then it moves back before the quote's opening mark.
 */
export function snapToQuotes(quotes: QuoteSpan[], l: number, r: number, maxWords: number, text: string): { l: number; r: number } {
  for (const q of quotes) {
    if (q.start < l && l < q.end) l = q.start;
  }
  for (const q of quotes) {
    if (q.start < r && r < q.end) {
      const whole = text.slice(l, q.end).split(/\s+/u).filter(Boolean).length;
      const before = text.slice(l, q.start).split(/\s+/u).filter(Boolean).length;
      // Hold the quote whole when it fits, or when cutting before it leaves too little to say anything.
      r = whole <= maxWords + 6 || before < 3 ? q.end : q.start;
    }
  }
  return { l, r };
}

/**
 * A summary whose quote runs on into the next sentence, or began in the one before, is marked as an
 * editor marks an omission: '“Yesterday, there were two polls…”', '“…was to be a bully.”'.
 */
export function closeQuotes(s: string): string {
  // A mark that opens nothing ('… sales that are "'): dropped.
  // (One run of spaces and one mark, read once: two alternatives that each read the run backtracked.)
  const open = /(?<!\s)\s*([“«„"])$/u.exec(s);
  let out = open && (open[1] !== '"' || open[0].length > 1) ? s.slice(0, open.index) : s;
  const straight = [...out].filter((c) => c === '"').length;
  if (straight % 2 === 1) {
    // The odd straight mark: a closing one follows a word ('goodbye,"'), an opening one precedes it.
    const at = out.lastIndexOf('"');
    return /\S/u.test(out[at - 1] ?? ' ') && !/\S/u.test(out[at + 1] ?? ' ') ? '"…' + out : out.replace(/(?<![\s,;:.])[\s,;:.]+$/u, '') + '…"';
  }
  if (opensQuote(out)) out = out.replace(/(?<![\s,;:.])[\s,;:.]+$/u, '') + (out.includes('«') ? '…»' : '…”');
  if (closesQuote(out)) out = (out.includes('»') ? '«…' : '“…') + out;
  return out;
}

function closesQuote(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c) && --depth < 0) return true;
  }
  return false;
}

/** True when a summary shows an opening quotation mark and no closing one. */
export function opensQuote(s: string): boolean {
  const opens = [...s].filter((c) => OPEN.includes(c)).length;
  const closes = [...s].filter((c) => CLOSE.includes(c)).length;
  const straight = [...s].filter((c) => c === '"').length;
  return opens > closes || straight % 2 === 1;
}
