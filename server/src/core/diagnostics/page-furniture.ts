// Page furniture (share lines, comment forms, tickers) is shown faded, with a fix that removes it.
import type { Rule } from './rule';

export const pageFurniture: Rule = {
  code: 'furniture.page',
  description: 'Text that came with the web page but is not part of the article.',
  check(doc) {
    return doc.boilerplate.map((b) => ({
      start: b.start,
      end: b.end,
      code: 'furniture.page',
      severity: 'hint' as const,
      message: `Page furniture (${b.reason}), not part of the article.`,
      unnecessary: true,
      fixes: [{ title: 'Remove page furniture', edits: [{ start: b.start, end: b.end, newText: '' }] }],
    }));
  },
};
