// Findings on the versions of statements (issue #20), each pointing at the other versions:
//  - disagreement.quote on a version whose words are changed against the fullest one;
//  - disagreement.speaker on the same words given to another speaker than most sources name;
//  - disagreement.quote-cut (information) on a version cut without an ellipsis that leaves out a
//    negation or a qualifier of its sentence ("not", "only", "unless"): the cut may turn the meaning.
// Shortened and unchanged versions get nothing: cutting a quotation is the ordinary work of quoting.
import type { Severity } from '../../types';
import type { DiffPart } from './classify';
import type { QuoteStatement, QuoteVersion } from './statements';

export type QuoteFindingCode = 'disagreement.quote' | 'disagreement.speaker' | 'disagreement.quote-cut';

export interface QuoteFindingRelated {
  file: string;
  start: number;
  end: number;
  message: string;
}

export interface QuoteFinding {
  file: string;
  start: number;
  end: number;
  code: QuoteFindingCode;
  severity: Severity;
  message: string;
  related: QuoteFindingRelated[];
  /** The statement and the version the finding is on (for the hover's word difference). */
  statement: QuoteStatement;
  version: QuoteVersion;
}

const MAX_RELATED = 20;
const MAX_NAMED = 3;
const CLIP = 80;

export function quoteFindings(statements: readonly QuoteStatement[], name: (file: string) => string): QuoteFinding[] {
  const out: QuoteFinding[] = [];
  for (const s of statements) {
    const fullest = s.versions[0];
    for (const v of s.versions) {
      const where = (o: QuoteVersion) => (o.file === v.file ? 'elsewhere in this article' : `in ${name(o.file)}`);
      const related = s.versions.filter((o) => o !== v).slice(0, MAX_RELATED).map((o) => ({
        file: o.file, start: o.start, end: o.end,
        message: `${name(o.file)} ${describe(o)}${o.speaker ? `, said by ${o.speaker}` : ''}: “${clip(o.text)}”`,
      }));
      if (v.class === 'altered') {
        const changes = changeList(v.diff);
        out.push({
          file: v.file, start: v.start, end: v.end, code: 'disagreement.quote', severity: 'information', statement: s, version: v, related,
          message: `Other sources quote ${s.speaker ?? 'the speaker'} differently: “${clip(fullest.text)}” ${where(fullest)}; here ${changes}.`,
        });
      } else if (v.class === 'attributed-elsewhere') {
        const others = s.versions.filter((o) => o.class !== 'attributed-elsewhere' && o.speaker);
        const places = [...new Set(others.map(where))];
        const more = places.length > MAX_NAMED ? ` and ${places.length - MAX_NAMED} more` : '';
        out.push({
          file: v.file, start: v.start, end: v.end, code: 'disagreement.speaker', severity: 'information', statement: s, version: v, related,
          message: `These words are ${s.speaker}’s ${places.slice(0, MAX_NAMED).join(', ')}${more}; this article gives them to ${v.speaker}.`,
        });
      } else if (v.class === 'shortened' && v.droppedQualifiers.length) {
        const words = v.droppedQualifiers.map((w) => `“${w}”`).join(', ');
        out.push({
          file: v.file, start: v.start, end: v.end, code: 'disagreement.quote-cut', severity: 'information', statement: s, version: v, related,
          message: `This quotation is cut without an ellipsis and leaves out ${words} of the same sentence, quoted ${where(fullest)}: “${clip(fullest.text)}”.`,
        });
      }
    }
  }
  return out;
}

function describe(v: QuoteVersion): string {
  switch (v.class) {
    case 'fullest': return 'quotes it in full';
    case 'same': return 'quotes the same words';
    case 'shortened': return 'quotes part of it';
    case 'altered': return 'quotes it with words changed';
    default: return 'gives the words to another speaker';
  }
}

/** "“a” is left out, “b” is added" from a word difference. */
export function changeList(diff: readonly DiffPart[]): string {
  const parts: string[] = [];
  for (let k = 0; k < diff.length; k++) {
    const d = diff[k];
    const next = diff[k + 1];
    if (d.op === 'removed' && next?.op === 'added') {
      parts.push(`“${clip(next.text)}” instead of “${clip(d.text)}”`);
      k++;
    } else if (d.op === 'removed') parts.push(`“${clip(d.text)}” is left out`);
    else if (d.op === 'added') parts.push(`“${clip(d.text)}” is added`);
  }
  return parts.length ? `it has ${parts.join(', ')}` : 'the words differ';
}

function clip(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > CLIP ? `${t.slice(0, CLIP - 1)}…` : t;
}
