// garbled.html: HTML left in plain text: character entities ("&amp;", "&nbsp;", "&rarr;", "&#8217;") and
// stray tags ("<p>", "<br/>", "</a>"). The fix decodes the entity or removes the tag. Named entities are
// decoded by the `entities` package (all 2,231 names of the HTML5 list, kept by the maintainers of
// htmlparser2), not by a table of our own, which knew some 90 of them.
// The decoder alone: the package's index also builds its encoding tables when loaded, which start-up would pay for nothing (issue 17).
import { decodeHTMLStrict } from 'entities/lib/decode.js';
import type { Diagnostic } from '../types';
import type { Rule } from './rule';
import { MARKUP_REASON } from '../structure/furniture';

// The longest HTML5 name, "CounterClockwiseContourIntegral", has 31 letters.
const INVISIBLE = /^[\p{Cf}\p{Zs}]+$/u;
const ENTITY = /&(?:([A-Za-z][A-Za-z0-9]{1,31})|#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6}));/g;
const TAG =
  /<\/?(?:p|br|div|span|a|b|i|u|em|strong|img|ul|ol|li|h[1-6]|table|tbody|thead|tr|td|th|script|style|iframe|figure|figcaption|blockquote|sup|sub|font|center|hr|section|article|header|footer|nav|meta|link|small|cite|abbr|noscript)(?:\s[^<>\n]{0,300})?\/?>|<!--[^<\n]{0,500}?-->/gi;

export const html: Rule = {
  code: 'garbled.html',
  description: 'HTML character entities or tags left in the plain text.',
  check(doc) {
    const out: Diagnostic[] = [];
    const text = doc.text;
    const from = doc.frontMatter?.end ?? 0;
    ENTITY.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = ENTITY.exec(text))) {
      const ch = decodeEntity(m[1], m[2], m[3]);
      if (ch === null || doc.blockAt(m.index)?.reason === MARKUP_REASON) continue;
      const start = m.index;
      const end = start + m[0].length;
      const shown = ch === '\u00a0' ? 'a non-breaking space' : INVISIBLE.test(ch) ? `an invisible character (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})` : `"${ch}"`;
      out.push({
        start, end, code: 'garbled.html', severity: 'warning',
        message: `The HTML entity "${m[0]}" was left in the text; it stands for ${shown}.`,
        fixes: [{ title: `Replace with ${shown}`, edits: [{ start, end, newText: ch === '\u00a0' ? ' ' : ch }] }],
      });
    }
    TAG.lastIndex = from;
    while ((m = TAG.exec(text))) {
      const start = m.index;
      // A line of markup is page furniture; its furniture.page finding removes the whole line.
      if (doc.blockAt(start)?.reason === MARKUP_REASON) continue;
      const end = start + m[0].length;
      const br = /^<br\b/i.test(m[0]);
      out.push({
        start, end, code: 'garbled.html', severity: 'warning',
        message: `The HTML tag "${m[0].length > 40 ? m[0].slice(0, 37) + '…' : m[0]}" was left in the text.`,
        fixes: [{ title: 'Remove the tag', edits: [{ start, end, newText: br ? ' ' : '' }] }],
      });
    }
    return out;
  },
};

function decodeEntity(name?: string, dec?: string, hex?: string): string | null {
  if (name) return decodeName(name) ?? decodeName(name.toLowerCase());
  const cp = dec ? parseInt(dec, 10) : parseInt(hex!, 16);
  if (!(cp >= 0x20 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff) || (cp >= 0x7f && cp < 0xa0)) return null;
  return String.fromCodePoint(cp);
}

/** The characters an HTML5 entity name stands for ("rarr" → "→"), or null for a name HTML does not have. */
function decodeName(name: string): string | null {
  const ref = `&${name};`;
  const out = decodeHTMLStrict(ref);
  return out === ref ? null : out;
}
