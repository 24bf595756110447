// garbled.mojibake: UTF-8 text that was read as Windows-1252 or Latin-1 ("donâ€™t", "cafÃ©", "â€œHiâ€").
// The fix turns the characters back into the bytes they stood for and decodes those as UTF-8.
import type { Diagnostic } from '../types';
import { cp1252Byte } from './cp1252';
import type { Rule } from './rule';

// Characters that can start a mojibake sequence: UTF-8 lead bytes 0xC2–0xF4 read as Latin-1.
const LEAD = /[\u00c2-\u00f4]/g;

export const mojibake: Rule = {
  code: 'garbled.mojibake',
  description: 'UTF-8 text that was decoded as Windows-1252, leaving letter salad such as "â€™" or "Ã©".',
  check(doc) {
    const out: Diagnostic[] = [];
    const text = doc.text;
    LEAD.lastIndex = doc.frontMatter?.end ?? 0;
    let m: RegExpExecArray | null;
    while ((m = LEAD.exec(text))) {
      const start = m.index;
      let end = start;
      let fixed = '';
      for (;;) {
        const seq = sequenceAt(text, end);
        if (!seq) break;
        fixed += seq.char;
        end = seq.end;
      }
      if (end === start) {
        // "â€" with its last byte lost: 0x9D, the end of a closing double quote, has no Windows-1252
        // character and is often dropped on the way.
        if (text.startsWith('â€', start) && !/[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/.test(text[start + 2] ?? '')) {
          out.push({
            start,
            end: start + 2,
            code: 'garbled.mojibake',
            severity: 'warning',
            message: '"â€" is garbled: UTF-8 text read with the wrong encoding, with a byte lost; it was most likely a closing quotation mark (”).',
            fixes: [{ title: 'Replace with ” (most likely)', edits: [{ start, end: start + 2, newText: '”' }] }],
          });
          LEAD.lastIndex = start + 2;
        }
        continue;
      }
      fixed = repairAgain(fixed);
      LEAD.lastIndex = end;
      out.push({
        start,
        end,
        code: 'garbled.mojibake',
        severity: 'warning',
        message: `"${text.slice(start, end)}" is garbled: UTF-8 text read with the wrong encoding. It should read "${fixed}".`,
        fixes: [{ title: `Replace with "${fixed}"`, edits: [{ start, end, newText: fixed }] }],
      });
    }
    return out;
  },
};

/** The original text of a string of mojibake, or null when it is not one ("Ãs" in real Latin-1 text). */
export function repair(s: string): string | null {
  let at = 0;
  let fixed = '';
  while (at < s.length) {
    const seq = sequenceAt(s, at);
    if (seq) {
      fixed += seq.char;
      at = seq.end;
    } else {
      fixed += s[at];
      at++;
    }
  }
  return fixed === s ? null : repairAgain(fixed);
}

/** Text garbled twice ("Ã¢â‚¬â„¢") is mojibake again after one repair. */
function repairAgain(s: string): string {
  for (let pass = 0; pass < 2; pass++) {
    const again = /[\u00c2-\u00f4]/.test(s) ? repairOnce(s) : null;
    if (!again) break;
    s = again;
  }
  return s;
}

function repairOnce(s: string): string | null {
  let at = 0;
  let fixed = '';
  let changed = false;
  while (at < s.length) {
    const seq = sequenceAt(s, at);
    if (seq) {
      fixed += seq.char;
      at = seq.end;
      changed = true;
    } else {
      fixed += s[at];
      at++;
    }
  }
  return changed ? fixed : null;
}

/** A valid UTF-8 sequence spelled in Windows-1252 characters at `at`: the character it encodes. */
function sequenceAt(text: string, at: number): { char: string; end: number } | null {
  const lead = cp1252Byte(text.charCodeAt(at));
  if (lead < 0xc2 || lead > 0xf4) return null;
  const need = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1;
  if (at + need >= text.length) return null;
  let cp = lead & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
  for (let k = 1; k <= need; k++) {
    const c = cp1252Byte(text.charCodeAt(at + k));
    if (c < 0x80 || c > 0xbf) return null;
    cp = (cp << 6) | (c & 0x3f);
  }
  // Overlong forms, surrogates and code points past Unicode are not what a writer typed.
  if ((need === 2 && cp < 0x800) || (need === 3 && (cp < 0x10000 || cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  return { char: String.fromCodePoint(cp), end: at + need + 1 };
}
