// Splits each block into sentences. A sentence ends at . ! ? (and closing quotes or brackets after
// them) followed by white space and a capital, digit or opening quote, unless the full stop ends an
// abbreviation or an initial ("U.S. officials", "Mr. Smith", "J. R. R. Tolkien").
import type { Component } from '../component';
import type { Doc, Sentence } from '../doc';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'gov', 'sen', 'rep', 'col', 'lt', 'sgt', 'capt',
  'maj', 'adm', 'rev', 'hon', 'pres', 'del', 'supt', 'cmdr', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'no', 'vol', 'approx', 'dept', 'est',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'fig', 'al', 'e.g',
  'i.e', 'a.m', 'p.m',
]);

export const sentences: Component = {
  name: 'sentences',
  run(doc: Doc) {
    const out: Sentence[] = [];
    doc.blocks.forEach((block, index) => {
      if (block.kind === 'front-matter') return;
      for (const s of splitSentences(doc.text, block.start, block.end)) out.push({ ...s, block: index });
    });
    doc.sentences = out;
  },
};

export function splitSentences(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    const c = text[i];
    if (c === '.' || c === '!' || c === '?') {
      let j = i + 1;
      while (j < end && /[.!?"”’')\]]/.test(text[j])) j++;
      if (j < end && /\s/.test(text[j])) {
        let k = j;
        while (k < end && /\s/.test(text[k])) k++;
        if (k < end && startsSentence(text[k]) && !(c === '.' && j === i + 1 && isAbbreviation(text, sentenceStart, i))) {
          out.push({ start: sentenceStart, end: j });
          sentenceStart = k;
          i = k;
          continue;
        }
      }
      i = j;
      continue;
    }
    i++;
  }
  if (sentenceStart < end) out.push({ start: sentenceStart, end });
  return out;
}

function startsSentence(c: string): boolean {
  return /[\p{Lu}\d"“‘'(\[]/u.test(c);
}

/** True when the full stop at `dot` ends an abbreviation or a single-letter initial. */
function isAbbreviation(text: string, from: number, dot: number): boolean {
  let s = dot;
  while (s > from && /[\p{L}.]/u.test(text[s - 1])) s--;
  const word = text.slice(s, dot);
  if (word.length === 0) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "e.g"
  return ABBREVIATIONS.has(word.toLowerCase());
}
