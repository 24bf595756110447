// Turns a file's bytes into the text VS Code shows, or says clearly why it cannot.
// UTF-8 (BOM removed) and UTF-16 with a BOM are read; anything with NUL bytes or that is not
// valid UTF-8 is decoded as Windows-1252 only if it looks like text, and refused otherwise.

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; error: string };

export const DEFAULT_MAX_FILE_SIZE_KB = 5120;

/** Why a file of this many bytes is refused, or null when it is within the limit (adapters may check a file's size before reading it). */
export function sizeRefusal(byteLength: number, maxSizeKB = DEFAULT_MAX_FILE_SIZE_KB): string | null {
  if (byteLength <= maxSizeKB * 1024) return null;
  return `file is ${Math.ceil(byteLength / 1024)} KB, over the limit of ${maxSizeKB} KB (newsdesk.maxFileSizeKB)`;
}

export function decodeArticle(bytes: Uint8Array, maxSizeKB = DEFAULT_MAX_FILE_SIZE_KB): Decoded {
  const refusal = sizeRefusal(bytes.length, maxSizeKB);
  if (refusal) return { ok: false, error: refusal };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(bytes)) return { ok: false, error: 'not a text file (binary content)' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** NUL bytes, or many control characters, mean the bytes are not an article. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.1;
}
