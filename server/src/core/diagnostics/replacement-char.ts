// garbled.replacement-char: U+FFFD "�", left where a decoder met bytes it could not read. The lost
// character cannot be known, so there is no automatic fix.
import type { Diagnostic } from '../types';
import type { Rule } from './rule';

const RUN = /\uFFFD+/g;

export const replacementChar: Rule = {
  code: 'garbled.replacement-char',
  description: 'The replacement character "�", which marks characters lost when the text was decoded.',
  check(doc) {
    const out: Diagnostic[] = [];
    RUN.lastIndex = doc.frontMatter?.end ?? 0;
    let m: RegExpExecArray | null;
    while ((m = RUN.exec(doc.text))) {
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        code: 'garbled.replacement-char',
        severity: 'warning',
        message: 'Characters were lost here when the text was decoded ("�"); check the original for what was there.',
      });
    }
    return out;
  },
};
