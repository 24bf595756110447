// Inlay hints: the resolved speaker after a pronoun attribution ("he said" → Zelensky) and the
// calendar date after a relative date ("Sunday" → 2025-08-17). Each switchable in the settings.
import type { InlayHint } from 'vscode-languageserver/node';
import type { Span } from '../core';
import type { Article } from './article';

const VERBS = 'said|says|say|added|adds|told|tells|stated|states|wrote|writes|asked|asks|explained|explains|noted|notes|argued|argues|insisted|insists|continued|continues|replied|warned|warns|declared|declares|claimed|claims|stressed|stresses|emphasi[sz]ed|remarked|recalled|insisted|acknowledged|admitted|announced|suggested|predicted|concluded';
const PRONOUN = 'he|she|they';
/** `…,” he said` / `…,” said she` right after the quote. */
const AFTER = new RegExp(`^[\\s,.;:—–-]{0,4}(?:(${PRONOUN})\\s+(?:${VERBS})\\b|(?:${VERBS})\\s+(${PRONOUN})\\b)`, 'i');
/** `He said: “…` right before the quote. */
const BEFORE = new RegExp(`\\b(${PRONOUN})\\s+(?:later\\s+|also\\s+|then\\s+)?(?:${VERBS})\\b[^\\n\\r"“]{0,20}$`, 'i');

/** A value that names a day, month, year or week of the calendar (not `XXXX-WXX-1` or `PAST_REF`). */
export function isCalendarDate(value: string): boolean {
  return /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2}(?:-\d)?)?(?:T[\d:]+)?$/.test(value);
}

export interface HintSettings {
  speakers: boolean;
  dates: boolean;
}

export function inlayHints(article: Article, range: Span, settings: HintSettings): InlayHint[] {
  const a = article.analysis;
  if (!a) return [];
  const text = article.doc.getText();
  const out: Array<InlayHint & { at: number }> = [];
  const inRange = (at: number) => at >= range.start && at <= range.end;
  if (settings.speakers) {
    for (const q of a.quotes) {
      if (!q.speaker || /^(he|she|they|him|her|them)$/i.test(q.speaker.name.trim())) continue;
      const at = pronounEnd(text, q);
      if (at === null || !inRange(at)) continue;
      out.push({ at, position: article.doc.positionAt(at), label: `→ ${q.speaker.name}`, paddingLeft: true, tooltip: 'Speaker resolved by Newsdesk' });
    }
  }
  if (settings.dates) {
    for (const d of a.dates) {
      if (!d.relative || !d.value || !isCalendarDate(d.value) || !inRange(d.end)) continue;
      out.push({ at: d.end, position: article.doc.positionAt(d.end), label: `→ ${d.value}`, paddingLeft: true, tooltip: 'Calendar date resolved by Newsdesk' });
    }
  }
  out.sort((x, y) => x.at - y.at);
  return out.map(({ at: _at, ...hint }) => hint);
}

/** The end of the pronoun that attributes the quote ("he" in `,” he said`), if the attribution is a pronoun. */
export function pronounEnd(text: string, q: Span): number | null {
  const after = AFTER.exec(text.slice(q.end, q.end + 40));
  if (after) {
    const pronoun = after[1] ?? after[2];
    const index = after.index + after[0].toLowerCase().lastIndexOf(pronoun.toLowerCase());
    return q.end + index + pronoun.length;
  }
  const windowStart = Math.max(0, q.start - 60);
  const before = BEFORE.exec(text.slice(windowStart, q.start));
  if (before) return windowStart + before.index + before[1].length;
  return null;
}
