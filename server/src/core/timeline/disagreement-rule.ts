// An information diagnostic for figures within one article that disagree about the same thing
// ("up to $100 billion in U.S. weapons" ... "Zelensky later cited a $90-billion figure"). The same test
// across articles feeds the workspace timeline's disagreements. Shaped as a diagnostics rule
// (diagnostics/rule.ts) for the diagnostics registry to list.
import type { Doc } from '../doc';
import type { Diagnostic } from '../types';
import type { Rule } from '../diagnostics/rule';
import { figureDisagreements } from './figures';

export const figureDisagreement: Rule = {
  code: 'disagreement.figure',
  description: 'Two figures for the same thing in one article differ ($100 billion vs a $90-billion figure).',
  check(doc: Doc): Diagnostic[] {
    const file = doc.options.file ?? '';
    const out: Diagnostic[] = [];
    for (const d of figureDisagreements([{ file, figures: doc.figures }], new Map([[file, doc.text]]))) {
      for (const v of d.values) {
        const others = d.values.filter((o) => o !== v).map((o) => `“${o.text}”`).join(', ');
        out.push({ start: v.start, end: v.end, code: 'disagreement.figure', severity: 'information', message: `The article also gives ${others} for what looks like the same thing.` });
      }
    }
    return out;
  },
};
