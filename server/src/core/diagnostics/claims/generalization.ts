// claim.generalization: a sweeping statement about a whole group with no source ("Many Ukrainians
// question …", "Veterans and civilians alike express doubts", "Everyone knows …"). A poll, a survey or a
// named speaker in the sentence is a source.
import type { Diagnostic } from '../../types';
import type { Rule } from '../rule';
import { inQuote, namesSource, proseSentences } from './sources';

const OPINION = String.raw`(?:believe|question|think|feel|fear|doubt|say|worry|argue|agree|expect|see|view|remain|express|want|hope|distrust|mistrust|support|oppose|reject|suspect|consider|trust|accept|blame|dismiss|insist|know|are (?:skeptical|sceptical|wary|convinced|tired|angry|frustrated|divided|united|afraid|worried|unconvinced|suspicious|opposed|hopeful)|have (?:lost|little|no)|see)`;
const GROUP = String.raw`(?:\p{Lu}\p{Ll}+(?:ans|ians|ese|is|ers|ites)|people|citizens|residents|voters|observers|experts|critics|workers|families|civilians|veterans|soldiers|students|parents|women|men|locals|officials|politicians|leaders|investors|economists|scientists|doctors|farmers|Muslims|Christians|Jews|Europeans|Westerners)`;
const PATTERNS = new RegExp(
  [
    String.raw`\b(?:Many|Most|Countless|Numerous|Some|A (?:lot|majority|growing number) of|Large numbers of|Plenty of)\s+(?:(?:ordinary|young|older|everyday|average|local)\s+)?${GROUP}\s+(?:now\s+|still\s+|also\s+|openly\s+|increasingly\s+)?${OPINION}`,
    // Starts where a word starts, not at \b: \b is ASCII-only, so in a run of letters mixing ASCII and other
    // letters it let a match begin at every switch, and each start rescanned the run (quadratic).
    String.raw`(?<![\p{L}\p{N}_])[\p{L}]+\s+and\s+[\p{L}]+\s+alike\s+(?:now\s+|still\s+)?${OPINION}`,
    String.raw`\b(?:Everyone|Everybody|No one|Nobody)\s+(?:knows|agrees|believes|thinks|wants|expects|doubts)\b`,
    String.raw`^(?:But\s+|Yet\s+|And\s+)?(?:Ordinary\s+)?\p{Lu}\p{Ll}+(?:ans|ians|ese)\s+(?:now\s+|still\s+|increasingly\s+)?${OPINION}\b`,
  ].join('|'),
  'u',
);
const EVIDENCE = /\b(?:poll|polls|survey|surveys|study|studies|census|percent|per cent|%|according to)\b/i;

export const generalization: Rule = {
  code: 'claim.generalization',
  description: 'A sweeping statement about a whole group ("Many Ukrainians question …") with no source.',
  check(doc) {
    const out: Diagnostic[] = [];
    for (const { sentence, text } of proseSentences(doc)) {
      const m = PATTERNS.exec(text);
      if (!m) continue;
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (inQuote(doc, { start, end }) || EVIDENCE.test(text) || namesSource(text)) continue;
      out.push({
        start,
        end,
        code: 'claim.generalization',
        severity: 'information',
        message: `"${m[0]}": a claim about a whole group, with no poll, survey or named source behind it.`,
      });
    }
    return out;
  },
};
