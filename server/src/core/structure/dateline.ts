// The dateline that opens a wire story: "WASHINGTON –", "KYIV, Ukraine (Reuters) —",
// "LONDON, Aug. 17 (AP) -". Its place is where the story was filed; its date, when written, dates it.
import type { Doc, Dateline } from '../doc';

// PLACE in capitals, then optional ", Region" / ", Mon. D[, YYYY]", optional "(Agency)", then a dash.
// Each part after a comma ends where it ended when written ',\s*[^,–—()\n]{1,30}?' (its spaces, then 1-30
// characters that may be spaces too), tried in the same order, but each end once: first its spaces then a
// character that is none, then ends within the spaces, from the last back. The spaces before and after the
// agency split one way only. As written, 'A, ' and runs of spaces and a comma made one 120-character head
// take 270 ms (issue 21).
const DATELINE =
  /^(\p{Lu}[\p{Lu}.'’-]*(?:[ -]\p{Lu}[\p{Lu}.'’-]*){0,3})((?:,(?:\s*[^\s,–—()\n][^,–—()\n]{0,29}?|\s*[^\S\n])){0,2})\s*(?:(\([^)\n]{1,30}\))\s*)?(?:[–—]|--?)\s+(?=[\p{Lu}"“‘'\d])/u;
const DATE_PART = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?$/i;

/** The dateline at the start of one of the first paragraphs, or null. */
export function findDateline(doc: Doc): Dateline | null {
  let seen = 0;
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'dateline') continue;
    if (++seen > 3) break;
    const head = doc.text.slice(b.start, Math.min(b.end, b.start + 120));
    const m = DATELINE.exec(head);
    if (!m || m[1].replace(/[^\p{Lu}]/gu, '').length < 2) continue;
    const place = { start: b.start, end: b.start + m[1].length, text: m[1] };
    let date: Dateline['date'] = null;
    let at = b.start + m[1].length;
    for (const part of m[2].split(',').slice(1)) {
      const idx = doc.text.indexOf(part, at);
      const trimmed = part.trim();
      if (idx >= 0 && DATE_PART.test(trimmed)) {
        const s = idx + part.indexOf(trimmed);
        date = { start: s, end: s + trimmed.length, text: trimmed };
      }
      if (idx >= 0) at = idx + part.length;
    }
    return { start: b.start, end: b.start + m[0].trimEnd().length, place, date };
  }
  return null;
}
