// Reads a `---` block of `key: value` lines at the top of a file (title, source, published, url).
import type { Component } from '../component';
import type { Doc } from '../doc';
import { isoDateFrom } from './iso-date';

const FENCE = /^---[ \t]*$/;
const FIELD = /^([A-Za-z][\w-]*)[ \t]*:(.*)$/;

export const frontMatter: Component = {
  name: 'front-matter',
  run(doc: Doc) {
    const text = doc.text;
    const firstEnd = lineEnd(text, 0);
    if (!FENCE.test(text.slice(0, firstEnd))) return;
    const fields: Record<string, string> = {};
    let pos = nextLine(text, firstEnd);
    while (pos < text.length) {
      const end = lineEnd(text, pos);
      const line = text.slice(pos, end);
      if (FENCE.test(line)) {
        doc.frontMatter = { start: 0, end: nextLine(text, end), fields };
        const published = fields.published ?? fields.date;
        if (published) doc.publishedDate = isoDateFrom(published);
        return;
      }
      const m = FIELD.exec(line);
      if (m) fields[m[1].toLowerCase()] = unquote(m[2].trim());
      else if (line.trim() !== '') return; // not front matter after all
      pos = nextLine(text, end);
    }
  },
};

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return m ? m[2] : value;
}

export function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/** Offset just past the line break at `end` (CRLF, LF or a lone CR). */
export function nextLine(text: string, end: number): number {
  if (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) return end + 2;
  return Math.min(text.length, end + 1);
}
