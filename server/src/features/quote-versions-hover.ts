// The hover part for a quotation other sources print differently (disagreement.quote, .speaker,
// .quote-cut): the fullest version and where it is, then the word difference from it, words left out
// struck through, words added in bold, words cut at the ends or at a mark in italics. Every word comes
// from an article and is escaped (../markdown.ts); only the marks around them are ours.
import type { DiffPart, QuoteStatement, QuoteVersion } from '../core/quotes/versions';
import { escapeMarkdown as esc } from '../markdown';

const MAX_WORDS_SHOWN = 120;

export function quoteVersionsMarkdown(statement: QuoteStatement, version: QuoteVersion, name: (file: string) => string): string {
  const fullest = statement.versions[0];
  const lines: string[] = [];
  const where = fullest.file === version.file ? 'elsewhere in this article' : `in ${esc(name(fullest.file))}`;
  const who = fullest.speaker ? `, said by ${esc(fullest.speaker)}` : '';
  lines.push(`**Other versions of this statement** (${statement.versions.length} in all). The fullest, ${where}${who}:`);
  lines.push(`> ${esc(clip(fullest.text))}`);
  if (version.class === 'attributed-elsewhere') lines.push(`Here the words are given to ${esc(version.speaker ?? 'another speaker')}.`);
  if (version.diff.some((d) => d.op !== 'same')) {
    lines.push(`Difference (~~left out~~, **added**, *cut*): ${diffMarkdown(version.diff)}`);
  }
  return lines.join('\n\n');
}

/** The word difference as Markdown; the article's words escaped, the marks ours. */
export function diffMarkdown(diff: readonly DiffPart[]): string {
  let budget = MAX_WORDS_SHOWN;
  const out: string[] = [];
  for (const d of diff) {
    if (budget <= 0) {
      out.push('…');
      break;
    }
    const words = d.text.split(/\s+/).filter(Boolean);
    const shown = words.slice(0, budget).join(' ') + (words.length > budget ? ' …' : '');
    budget -= words.length;
    const text = esc(shown);
    if (d.op === 'removed') out.push(`~~${text}~~`);
    else if (d.op === 'added') out.push(`**${text}**`);
    else if (d.op === 'cut') out.push(`*${text}*`);
    else out.push(text);
  }
  return out.join(' ');
}

function clip(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 300 ? `${t.slice(0, 299)}…` : t;
}
