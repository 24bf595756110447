// Markdown escaping for article text placed into exported Markdown (inline positions only).

/** Escapes inline Markdown and HTML syntax so that article text stays text on one line. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_\[\]|~]/g, (c) => `\\${c}`)
    .replace(/^[#+\-](?=\s|$)/, (m) => `\\${m}`)
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}
