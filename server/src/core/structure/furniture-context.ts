// Page furniture that only its neighbours give away: a run of ticker lines, the link titles under a
// "Related" or "Read more" header, a caption the page repeats, a short line wedged between two furniture
// lines. Each function reads the lines and their kinds so far and marks more lines as boilerplate.
import type { BlockKind } from '../doc';
import { LINK_LIST_HEADER, isTickerLine } from './furniture';

export interface Line {
  start: number;
  end: number;
  text: string;
}

export interface LineKind {
  kind: BlockKind;
  reason?: string;
}

/** A run of short lines with prices and percentages ("Bitcoin", "$117,033.76", "BTC 4.09%") is a ticker. */
export function markTickers(lines: Line[], kinds: LineKind[]): void {
  let i = 0;
  while (i < lines.length) {
    if (!isShort(lines[i].text)) {
      i++;
      continue;
    }
    let j = i;
    let prices = 0;
    while (j < lines.length && isShort(lines[j].text)) {
      if (isTickerLine(lines[j].text)) prices++;
      j++;
    }
    if (prices >= 3) for (let k = i; k < j; k++) kinds[k] = { kind: 'boilerplate', reason: 'market ticker' };
    i = j;
  }
}

function isShort(line: string): boolean {
  return line.length <= 40 && line.split(/\s+/).length <= 5 && !/[.!?]["”’]?$/.test(line.replace(/(?<![\d,.$])\$?[\d,.]+%?$/, ''));
}

const MAX_LINKS = 12;

/**
 * Under a header of links to other stories ("Related", "Read more", "More from Sport"), the link titles:
 * short lines that end without a full stop (headlines), list items, and the time stamps between them.
 * The list ends at the first line that reads as prose (ends with a full stop, or is long) or a byline.
 */
export function markLinkLists(lines: Line[], kinds: LineKind[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!LINK_LIST_HEADER.test(lines[i].text)) continue;
    let n = 0;
    for (let j = i + 1; j < lines.length && n < MAX_LINKS; j++, n++) {
      if (kinds[j].kind === 'boilerplate') continue;
      if (!isLinkTitle(lines[j].text)) break;
      kinds[j] = { kind: 'boilerplate', reason: 'related links' };
    }
  }
}

function isLinkTitle(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean).length;
  if (words > 20 || /^by\s+\p{Lu}/u.test(line)) return false;
  if (/^\|/.test(line)) return false;
  // A headline ends without a full stop; a teaser may trail off ("…") or ask ("… for savers?").
  return !/[.!:;,]["”’]?$/.test(line) || /(?:\.\.\.|…)$/.test(line);
}

const MIN_REPEATED_WORDS = 3;

/**
 * A line the page prints twice (a photo caption as alt text and as caption, a pull quote, the standfirst
 * above the lead): every copy after the first is furniture. The first copy stays, so no sentence of the
 * article is lost even when the article itself was pasted twice.
 */
export function markRepeatedLines(lines: Line[], kinds: LineKind[]): void {
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const k = kinds[i].kind;
    if (k === 'boilerplate' || k === 'table-row' || k === 'table-header') continue;
    const key = lines[i].text.replace(/\s+/g, ' ').toLowerCase();
    if (key.length < 12 || key.split(' ').length < MIN_REPEATED_WORDS) continue;
    if (seen.has(key)) kinds[i] = { kind: 'boilerplate', reason: 'repeated line' };
    else seen.add(key);
  }
}

/** Short lines wedged between two furniture lines are furniture too (the "*" of a comment form). */
export function markFurnitureTail(lines: Line[], kinds: LineKind[]): void {
  for (let i = 1; i + 1 < lines.length; i++) {
    if (kinds[i].kind === 'boilerplate') continue;
    if (kinds[i - 1].kind === 'boilerplate' && kinds[i + 1].kind === 'boilerplate' && lines[i].text.length <= 40) {
      kinds[i] = { kind: 'boilerplate', reason: kinds[i - 1].reason };
    }
  }
}
