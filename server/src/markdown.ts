// Article text is untrusted: everything taken from it is escaped before it goes into hover Markdown,
// so that links, images, HTML and `command:` URIs in an article show as text and run nothing.

const MARKDOWN_SPECIAL = /[\\`*_{}\[\]()#+\-.!|<>~&:"']/g;

export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/\r\n?|\n/g, ' ')
    .replace(MARKDOWN_SPECIAL, (c) => `&#${c.charCodeAt(0)};`);
}
