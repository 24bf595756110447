// Article text is untrusted: everything taken from it is escaped before it goes into hover Markdown,
// so that links, images, HTML and `command:` URIs in an article show as text and run nothing
// (hovers are never marked isTrusted, either). Backslash escapes (CommonMark: any ASCII punctuation)
// keep ordinary text such as "2025-08-17" readable in clients that show Markdown as plain text (Neovim).

/** Characters that can open inline Markdown or HTML. */
const MARKUP = /[\\`*_{}\[\]()<>|~&$!]/;
/** Text that would start a block (list, heading, quote) if it began a line. */
const BLOCK_START = /^\s*(?:[-+=#>]|\d+[.)])/;
const ASCII_PUNCTUATION = /[!-\/:-@\[-`{-~]/g;
/** A bare URL or www. address, which Markdown renderers turn into a live link (GFM autolinks) unless escaped. */
const BARE_LINK = /[a-z][a-z0-9+.-]*:\/\/|\bwww\./i;

export function escapeMarkdown(text: string): string {
  const flat = text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\r\n?|\n|\u2028|\u2029/g, ' ');
  if (!MARKUP.test(flat) && !BLOCK_START.test(flat) && !BARE_LINK.test(flat)) return flat;
  return flat.replace(ASCII_PUNCTUATION, '\\$&');
}
