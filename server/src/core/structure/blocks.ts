// Splits the article into lines and says what each one is: headline, kicker, section heading,
// paragraph, table row, list item, question, source line, or page furniture (boilerplate).
import type { Component } from '../component';
import type { Block, Doc } from '../doc';
import { lineEnd, nextLine } from './front-matter';
import { findDateline } from './dateline';
import { furnitureReason } from './furniture';
import { type Line, type LineKind, markCaptionsAboveCredits, markFurnitureTail, markLinkLists, markPullQuotes, markRepeatedLines, markShareColumns, markTickers } from './furniture-context';

export const blocks: Component = {
  name: 'blocks',
  run(doc: Doc) {
    const lines = splitLines(doc.text, doc.frontMatter?.end ?? 0);
    const kinds = lines.map((l) => lineKind(l.text));
    markTickers(lines, kinds);
    markLinkLists(lines, kinds);
    markShareColumns(lines, kinds);
    markCaptionsAboveCredits(lines, kinds);
    markPullQuotes(lines, kinds);
    markRepeatedLines(lines, kinds);
    markFurnitureTail(lines, kinds);
    markHeadings(lines, kinds);
    const out: Block[] = [];
    if (doc.frontMatter) out.push({ start: doc.frontMatter.start, end: doc.frontMatter.end, kind: 'front-matter' });
    lines.forEach((l, i) => {
      const block: Block = { start: l.start, end: l.end, kind: kinds[i].kind };
      if (kinds[i].reason) block.reason = kinds[i].reason;
      out.push(block);
    });
    doc.blocks = out;

    doc.boilerplate = mergeAdjacent(out.filter((b) => b.kind === 'boilerplate'), doc.text).map((b) => ({
      start: b.start,
      end: b.end,
      reason: b.reason ?? 'page furniture',
    }));
    doc.dateline = findDateline(doc);
    const headline = out.find((b) => b.kind === 'headline');
    doc.headline = headline ? { start: headline.start, end: headline.end, text: doc.slice(headline) } : null;
    doc.sections = out
      .filter((b) => b.kind === 'section')
      .map((b, i, all) => ({
        title: doc.slice(b),
        start: b.start,
        end: sectionEnd(out, b, all[i + 1]),
      }));
  },
};

function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let pos = from;
  while (pos < text.length) {
    const end = lineEnd(text, pos);
    let s = pos;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) lines.push({ start: s, end: e, text: text.slice(s, e) });
    pos = nextLine(text, end);
    if (end === text.length) break;
  }
  return lines;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}

function lineKind(line: string): LineKind {
  const reason = furnitureReason(line);
  if (reason) return { kind: 'boilerplate', reason };
  if (/^\|.*\|$/.test(line)) return { kind: /^\|[\s:|-]+\|$/.test(line) ? 'table-header' : 'table-row' };
  if (/^[{(\[]?\s*source\s*:/i.test(line)) return { kind: 'source' };
  if (/^(?:[-*•‣▪]|\d{1,2}[.)])\s+\S/.test(line)) return { kind: 'list-item' };
  if (/\?\s*$/.test(line) && !/[.!]\s/.test(line)) return { kind: 'question' };
  return { kind: 'paragraph' };
}

/** Headline, kicker and section headings: short lines without closing punctuation. */
function markHeadings(lines: Line[], kinds: LineKind[]): void {
  const content = lines.map((_, i) => i).filter((i) => kinds[i].kind !== 'boilerplate');
  let first = true;
  for (let n = 0; n < content.length; n++) {
    const i = content[n];
    if (kinds[i].kind !== 'paragraph' || !isTitleLike(lines[i].text)) {
      if (kinds[i].kind === 'paragraph') first = false;
      continue;
    }
    const next = content[n + 1];
    if (first) {
      const nextIsTitle = next !== undefined && kinds[next].kind === 'paragraph' && isTitleLike(lines[next].text);
      if (nextIsTitle && wordCount(lines[i].text) <= 4) {
        kinds[i] = { kind: 'kicker' };
        kinds[next] = { kind: 'headline' };
        n++;
      } else {
        kinds[i] = { kind: 'headline' };
      }
      first = false;
      continue;
    }
    kinds[i] = { kind: 'section' };
  }
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

function isTitleLike(line: string): boolean {
  if (/[.!?:;,"”’)]$/.test(line) && !/\.\.\.$/.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length > 16) return false;
  return /^[\p{Lu}\d"“‘']/u.test(line);
}

function sectionEnd(blocks: Block[], heading: Block, next: Block | undefined): number {
  let end = heading.end;
  for (const b of blocks) {
    if (b.start < heading.start) continue;
    if (next && b.start >= next.start) break;
    if (b.kind !== 'boilerplate') end = b.end;
  }
  return end;
}

/** Joins furniture blocks separated only by white space into one range. */
function mergeAdjacent(spans: Block[], text: string): Block[] {
  const out: Block[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && /^\s*$/.test(text.slice(last.end, s.start))) {
      out[out.length - 1] = { ...last, end: s.end };
    } else {
      out.push({ ...s });
    }
  }
  return out;
}
