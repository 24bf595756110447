// Page furniture that only its neighbours give away: a run of ticker lines, the link titles under a
// "Related" or "Read more" header, a caption the page repeats, a short line wedged between two furniture
// lines, a column of share buttons, a caption above its credit, a pull quote above its speaker. Each function reads the lines and their kinds so far and marks more lines as boilerplate.
import type { BlockKind } from '../doc';
import { DATE_IN_LINE, LINK_LIST_HEADER, SOCIAL, isTickerLine } from './furniture';

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

/**
 * Short lines wedged between two furniture lines are furniture too (the "*" of a comment form), except a
 * date line: the page's date sits between its navigation and its first picture.
 */
export function markFurnitureTail(lines: Line[], kinds: LineKind[]): void {
  for (let i = 1; i + 1 < lines.length; i++) {
    if (kinds[i].kind === 'boilerplate' || DATE_IN_LINE.test(lines[i].text)) continue;
    if (kinds[i - 1].kind === 'boilerplate' && kinds[i + 1].kind === 'boilerplate' && lines[i].text.length <= 40) {
      kinds[i] = { kind: 'boilerplate', reason: kinds[i - 1].reason };
    }
  }
}

// One share button per line, as a share bar copies when it is laid out as a column: "Facebook", "Email".
const SHARE_BUTTON = new RegExp(String.raw`^(?:share|tweet|e-?mail|print|copy link|${SOCIAL})$`, 'i');

/**
 * A column of share buttons ("Share this:" / "Facebook" / "Twitter" / "Reddit"): a line that is one
 * button name is furniture when it follows a share line or stands in a run of two or more such lines.
 * One such word alone among paragraphs (a section called "Facebook") stays.
 */
export function markShareColumns(lines: Line[], kinds: LineKind[]): void {
  const button = lines.map((l) => SHARE_BUTTON.test(l.text));
  for (let i = 0; i < lines.length; i++) {
    if (!button[i] || kinds[i].kind === 'boilerplate') continue;
    const afterShare = i > 0 && kinds[i - 1].kind === 'boilerplate' && /share|follow/.test(kinds[i - 1].reason ?? '');
    if (afterShare || (i > 0 && button[i - 1]) || (i + 1 < lines.length && button[i + 1])) {
      kinds[i] = { kind: 'boilerplate', reason: 'share line' };
    }
  }
}

// A picture credit alone on a line, short: "Image: Jane Doe.", "Photo: Reuters", "Credit: City Archive".
// Up to ten words, each a whole run of non-spaces: a word that could be split in two would be tried every way.
const BARE_CREDIT = /^(?:image|photo|picture|photograph|credit)s?\s*:\s*\S+(?:\s+\S+){0,9}\s*$/i;
// What marks a line as the article's prose rather than a caption: a reporting verb, a quotation, a dateline.
// (The dateline's run of capitals takes the spaces before the dash itself; a second run of spaces beside it
// would split every run of spaces both ways.)
const PROSE_MARK = /\b(?:said|says|told|tells|according to|reported|announced|added|stated)\b|["“”]|^\p{Lu}[\p{Lu}\s.,'-]{2,}[—–-]\s/u;
const MAX_CAPTION_WORDS = 20;

/**
 * The caption of a picture printed above its credit line ("Divers at the old bridge." / "Image: J. Doe."):
 * a short line of at most two sentences right before a bare credit is the caption, unless it reads as
 * the article's prose (it reports speech, quotes or opens with a dateline) or is the first line of the
 * text (the headline).
 */
export function markCaptionsAboveCredits(lines: Line[], kinds: LineKind[]): void {
  const firstContent = kinds.findIndex((k) => k.kind !== 'boilerplate');
  for (let i = 1; i < lines.length; i++) {
    if (kinds[i].kind !== 'boilerplate' || !BARE_CREDIT.test(lines[i].text)) continue;
    const c = i - 1;
    if (c <= firstContent || kinds[c].kind === 'boilerplate') continue;
    const caption = lines[c].text;
    const words = caption.split(/\s+/).length;
    const sentences = caption.split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length;
    if (words > MAX_CAPTION_WORDS || sentences > 2 || PROSE_MARK.test(caption)) continue;
    kinds[c] = { kind: 'boilerplate', reason: 'picture caption or credit' };
  }
}

// The attribution line of a pull quote: a dash, then a name and perhaps a role, no sentence ("— Jane Doe, mayor").
const PULL_QUOTE_ATTRIBUTION = /^(?:[—―–]|--)\s*\p{Lu}[^.!?:]{0,100}$/u;
const MAX_PULL_QUOTE_WORDS = 60;

/**
 * A pull quote: a short passage set apart on its own line, with the next line giving its speaker after
 * a dash ("— Jane Doe, harbour master"). The page repeats it from the article, so both lines are furniture.
 */
export function markPullQuotes(lines: Line[], kinds: LineKind[]): void {
  const firstContent = kinds.findIndex((k) => k.kind !== 'boilerplate');
  for (let i = 1; i < lines.length; i++) {
    if (kinds[i].kind === 'boilerplate' || !PULL_QUOTE_ATTRIBUTION.test(lines[i].text) || lines[i].text.split(/\s+/).length > 16) continue;
    const q = i - 1;
    if (q <= firstContent || kinds[q].kind === 'boilerplate' || lines[q].text.split(/\s+/).length > MAX_PULL_QUOTE_WORDS) continue;
    kinds[q] = { kind: 'boilerplate', reason: 'pull quote' };
    kinds[i] = { kind: 'boilerplate', reason: 'pull quote' };
  }
}
