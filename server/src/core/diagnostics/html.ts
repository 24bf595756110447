// garbled.html: HTML left in plain text: character entities ("&amp;", "&nbsp;", "&#8217;") and stray
// tags ("<p>", "<br/>", "</a>"). The fix decodes the entity or removes the tag.
import type { Diagnostic } from '../types';
import type { Rule } from './rule';
import { MARKUP_REASON } from '../structure/furniture';

// Entities a news page actually leaves behind, with the characters they stand for.
const NAMED: Record<string, string> = {
  amp: '&', nbsp: '\u00a0', quot: '"', apos: "'", lt: '<', gt: '>', mdash: '—', ndash: '–', hellip: '…',
  rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', sbquo: '‚', bdquo: '„', laquo: '«', raquo: '»',
  middot: '·', bull: '•', deg: '°', copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥',
  cent: '¢', sect: '§', para: '¶', times: '×', divide: '÷', plusmn: '±', frac12: '½', frac14: '¼',
  frac34: '¾', shy: '\u00ad', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', zwj: '\u200d', zwnj: '\u200c',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', atilde: 'ã',
  aring: 'å', iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï', oacute: 'ó', ograve: 'ò', ocirc: 'ô', ouml: 'ö',
  otilde: 'õ', oslash: 'ø', uacute: 'ú', ugrave: 'ù', ucirc: 'û', uuml: 'ü', ntilde: 'ñ', ccedil: 'ç',
  szlig: 'ß', Eacute: 'É', Aacute: 'Á', Oacute: 'Ó', Uacute: 'Ú', Ntilde: 'Ñ', Ccedil: 'Ç', Ouml: 'Ö',
  Uuml: 'Ü', Auml: 'Ä', Scaron: 'Š', scaron: 'š', Zcaron: 'Ž', zcaron: 'ž',
};

const ENTITY = /&(?:([A-Za-z][A-Za-z0-9]{1,7})|#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6}));/g;
const TAG =
  /<\/?(?:p|br|div|span|a|b|i|u|em|strong|img|ul|ol|li|h[1-6]|table|tbody|thead|tr|td|th|script|style|iframe|figure|figcaption|blockquote|sup|sub|font|center|hr|section|article|header|footer|nav|meta|link|small|cite|abbr|noscript)(?:\s[^<>\n]{0,300})?\s*\/?>|<!--[^\n]{0,500}?-->/gi;

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
      const shown = ch === '\u00a0' ? 'a non-breaking space' : `"${ch}"`;
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
  if (name) return NAMED[name] ?? NAMED[name.toLowerCase()] ?? null;
  const cp = dec ? parseInt(dec, 10) : parseInt(hex!, 16);
  if (!(cp >= 0x20 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff) || (cp >= 0x7f && cp < 0xa0)) return null;
  return String.fromCodePoint(cp);
}
