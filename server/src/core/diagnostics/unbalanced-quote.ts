// garbled.unbalanced-quote: a quotation mark with no partner ("She said “we are leaving."), found by the
// quotes stage (Doc.unbalancedQuotes). Where the quote should end cannot be known, so there is no fix.
import type { Diagnostic } from '../types';
import type { Rule } from './rule';
import { lowerBound } from '../doc';

export const unbalancedQuote: Rule = {
  code: 'garbled.unbalanced-quote',
  description: 'A quotation mark that opens or closes a quote with no partner.',
  check(doc) {
    const out: Diagnostic[] = [];
    // Whether a paragraph's marks of one kind balance, counted once per paragraph and kind (not once per
    // unbalanced mark: 100,000 marks on one line made that quadratic).
    const balance = new Map<string, boolean>();
    // One message string per mark and direction, shared by its findings: a text of unpartnered marks has
    // hundreds of thousands of them (a 5 MB one, 700,000), and a string each was over 100 MB.
    const messages = new Map<string, string>();
    for (const q of doc.unbalancedQuotes ?? []) {
      if (doc.inBoilerplate(q)) continue;
      const mark = doc.text.slice(q.start, q.end);
      // An inch mark, not a quote: 6'3" tall, a 12" screen.
      if (mark === '"' && /\d['’]?$/.test(doc.text.slice(Math.max(0, q.start - 2), q.start))) continue;
      const opening = /^(?:“|‘|``|«|„)$/.test(mark);
      // Only when the paragraph's own count of marks is off: a pairing the stage could not settle
      // ('said," [Warhol] liked …".') is not the text's fault.
      const block = doc.blockAt(q.start);
      if (block) {
        const key = `${block.start}:${mark}`;
        let ok = balance.get(key);
        if (ok === undefined) balance.set(key, (ok = balanced(doc.text.slice(block.start, block.end), mark)));
        if (ok) continue;
      }
      // A quote that runs on over paragraphs reopens each one; with the paragraph breaks lost, the
      // reopening follows a sentence's end on the same line ("truth. ``We believe …''").
      if (opening && block && reopens(doc.text, q.end, block.end, mark)) continue;
      // The newspaper convention: a quote running on into the next paragraph opens it again ("WALLACE: …).
      if ((opening || mark === '"') && block && nextBlockReopens(doc, block, mark)) continue;
      out.push({
        start: q.start,
        end: q.end,
        code: 'garbled.unbalanced-quote',
        severity: 'warning',
        message: messageFor(messages, mark, opening),
      });
    }
    return out;
  },
};

function messageFor(messages: Map<string, string>, mark: string, opening: boolean): string {
  const key = `${opening ? 'o' : 'c'}${mark}`;
  let message = messages.get(key);
  if (message === undefined) {
    message = opening
      ? `This quotation mark (${mark}) opens a quote that never closes; check where the quote ends.`
      : `This quotation mark (${mark}) closes a quote that never opened; check where the quote starts.`;
    messages.set(key, message);
  }
  return message;
}

function nextBlockReopens(doc: Parameters<Rule['check']>[0], block: { start: number; end: number }, mark: string): boolean {
  // Found by binary search, not a scan: a text of many unpartnered marks over many paragraphs made
  // the scan quadratic (marks x blocks).
  const i = lowerBound(doc.blocks, block.start);
  const next = doc.blocks[i]?.start === block.start ? doc.blocks[i + 1] : undefined;
  return !!next && doc.text.startsWith(mark, next.start);
}

function reopens(text: string, from: number, to: number, mark: string): boolean {
  const at = text.indexOf(mark, from);
  if (at <= from || at >= to) return false;
  let i = at;
  while (i > from && /\s/.test(text[i - 1])) i--;
  return i < at && i > from && /[.!?]/.test(text[i - 1]);
}

function count(s: string, re: RegExp): number {
  return (s.match(re) ?? []).length;
}

function balanced(line: string, mark: string): boolean {
  if (mark === '"') return count(line, /"/g) % 2 === 0;
  if (mark === '“' || mark === '”') return count(line, /“/g) === count(line, /”/g);
  if (mark === '``' || mark === "''") return count(line, /``/g) === count(line, /''/g);
  if (mark === '«' || mark === '»') return count(line, /«/g) === count(line, /»/g);
  return false;
}
