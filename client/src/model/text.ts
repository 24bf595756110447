// Line lookups and short previews of article text, for tree items and exports (no VS Code).

/** Start offsets of every line of `text` (after \n, \r\n or \r). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Lines of one text, looked up by offset in O(log n). */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    this.starts = lineStarts(text);
  }

  /** Zero-based line of an offset (clamped into the text). */
  lineOf(offset: number): number {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The text of a line, without its line break. */
  lineText(line: number): string {
    const start = this.starts[line] ?? this.text.length;
    const next = this.starts[line + 1];
    return this.text.slice(start, next === undefined ? this.text.length : next).replace(/\r?\n$|\r$/, '');
  }

  /** A one-line preview around [start, end): at most `width` characters, ellipses where cut. */
  preview(start: number, end: number, width = 80): string {
    const line = this.lineOf(start);
    const lineStart = this.starts[line];
    const next = this.starts[line + 1];
    let lineEnd = next === undefined ? this.text.length : next;
    while (lineEnd > lineStart && /[\r\n]/.test(this.text[lineEnd - 1])) lineEnd--;
    // Only a window around the mention is looked at, so a megabyte-long line costs no more than a short one.
    const from = Math.max(lineStart, start - 2 * width);
    const to = Math.min(lineEnd, Math.max(start, end) + 2 * width);
    const window = this.text.slice(from, to);
    const s = Math.max(0, start - from);
    const e = Math.min(window.length, Math.max(s, end - from));
    const clipped = clip(window, s, e, width);
    const left = from > lineStart && !clipped.startsWith('…') ? '…' : '';
    const right = to < lineEnd && !clipped.endsWith('…') ? '…' : '';
    return `${left}${clipped}${right}`;
  }
}

/** Cuts `line` to about `width` characters keeping [s, e) visible, collapsing whitespace. */
export function clip(line: string, s: number, e: number, width: number): string {
  if (line.length <= width) return squash(line);
  const room = Math.max(0, width - (e - s));
  // Little context before the mention: tree rows are narrow and cut at the right.
  let from = Math.max(0, s - Math.min(24, Math.floor(room / 3)));
  let to = Math.min(line.length, from + Math.max(width, e - s));
  // Do not cut a word in half when a space is near.
  if (from > 0) {
    const sp = line.indexOf(' ', from);
    if (sp !== -1 && sp < s && sp - from < 12) from = sp + 1;
  }
  if (to < line.length) {
    const sp = line.lastIndexOf(' ', to);
    if (sp > e && to - sp < 12) to = sp;
  }
  return `${from > 0 ? '…' : ''}${squash(line.slice(from, to))}${to < line.length ? '…' : ''}`;
}

/** Collapses runs of whitespace (and control characters) into single spaces. */
export function squash(s: string): string {
  return s.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
}

/** Shortens a label to `max` characters with an ellipsis. */
export function shorten(s: string, max = 90): string {
  const t = squash(s);
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** The last path segment of a file name or URI, decoded when it is a URI. */
export function baseName(file: string): string {
  const seg = file.replace(/[?#].*$/, '').split(/[\\/]/).filter(Boolean).pop() ?? file;
  try {
    return decodeURIComponent(seg);
  } catch {
    return seg;
  }
}
