// The dateline that opens a wire story: "WASHINGTON –", "KYIV, Ukraine (Reuters) —",
// "LONDON, Aug. 17 (AP) -". Its place is where the story was filed; its date, when written, dates it.
import type { Doc, Dateline } from '../doc';

// PLACE in capitals, then optional ", Region" / ", Mon. D[, YYYY]", optional "(Agency)", then a dash.
const DATELINE =
  /^(\p{Lu}[\p{Lu}.'’-]*(?:[ -]\p{Lu}[\p{Lu}.'’-]*){0,3})((?:,\s*[^,–—()\n]{1,30}?){0,2})\s*(\([^)\n]{1,30}\))?\s*(?:[–—]|--?)\s+(?=[\p{Lu}"“‘'\d])/u;
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
