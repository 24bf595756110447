// Splits a byte stream into lines without ever holding more than one line (up to a cap) in memory:
// the input of `newsdesk analyze --jsonl` may be millions of lines, and one of them may be huge or
// have no newline at all (a binary file piped in by mistake). A line over the cap is not kept: its
// bytes are counted and dropped up to the next newline, and only its first bytes are kept so that
// the caller can still name its id in the error line. Blank lines are skipped (they are no article)
// but counted, so line numbers stay those of the input.

export type RawLine =
  | { lineNo: number; bytes: Buffer }
  | { lineNo: number; oversize: number; head: Buffer };

/** Bytes kept of a line over the cap: enough to read an `"id"` written first. */
const HEAD_BYTES = 1024;

export async function* splitLines(source: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let dropping = false;
  let head: Buffer = Buffer.alloc(0);
  let lineNo = 0;

  const finish = (): RawLine | null => {
    lineNo++;
    if (dropping) {
      const line: RawLine = { lineNo, oversize: length, head };
      dropping = false;
      parts = [];
      length = 0;
      return line;
    }
    let bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, length);
    parts = [];
    length = 0;
    if (bytes.length && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    return isBlank(bytes) ? null : { lineNo, bytes };
  };

  const append = (piece: Buffer) => {
    if (!piece.length) return;
    if (!dropping && length + piece.length > maxBytes) {
      // Over the cap: keep the head for the id, forget the rest.
      const all = Buffer.concat([...parts, piece.subarray(0, HEAD_BYTES)]);
      head = Buffer.from(all.subarray(0, HEAD_BYTES));
      parts = [];
      dropping = true;
    } else if (!dropping) parts.push(piece);
    length += piece.length;
  };

  for await (const chunk of source) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let at = 0;
    for (;;) {
      const nl = buf.indexOf(0x0a, at);
      if (nl < 0) break;
      append(buf.subarray(at, nl));
      const line = finish();
      if (line) yield line;
      at = nl + 1;
    }
    // The rest of the chunk starts a line that goes on in the next chunk: copy it, so the chunk itself is not kept.
    if (at < buf.length) append(dropping ? buf.subarray(at) : Buffer.from(buf.subarray(at)));
  }
  if (length > 0 || dropping) {
    const line = finish();
    if (line) yield line;
  }
}

function isBlank(bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  }
  return true;
}

/** The id of a line over the cap when the line starts with it (`{"id": "a1", ...`), else null. */
export function idFromHead(head: Buffer): string | number | null {
  const m = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\\n]|\\.){0,400}"|-?\d{1,15})\s*[,}]/.exec(head.toString('utf8'));
  if (!m) return null;
  try {
    const id = JSON.parse(m[1]);
    return typeof id === 'string' || typeof id === 'number' ? id : null;
  } catch {
    return null;
  }
}
