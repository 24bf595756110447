// claim.anonymous-source: sourced, but not by name ("according to American officials", "a senior
// official said", "analysts note"). The reader cannot weigh a source they cannot identify.
import type { Diagnostic } from '../../types';
import type { Rule } from '../rule';
import { isWord } from '../lexicon/dictionary';
import { accordingPhrase, inQuote, isNamed, proseSentences } from './sources';

// Who speaks without a name, in lower case mid-sentence ("…, experts say") or capitalized at the start
// of one ("Experts say …", "Critics said …"): the same claim in either position gets the same finding.
const WHO_WORDS = ['officials?', 'sources?', 'analysts?', 'experts?', 'diplomats?', 'observers?', 'insiders?', 'aides?', 'advisers?', 'advisors?', 'people familiar with[\\p{L} ]{1,40}?', 'a person familiar with[\\p{L} ]{1,40}?', 'commentators?', 'strategists?', 'economists?', 'critics', 'opponents', 'skeptics', 'sceptics', 'authorities'];
// Not "spokesman": a spokesperson speaks on the record for a body ("a Kremlin spokesperson", "the government
// spokesman said"), which is the source.
const WHO = `(?:${WHO_WORDS.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})`;
const ADJ = String.raw`(?:(?:a|an|one|two|three|several|some|many|most|other|international|senior|top|high-ranking|western|military|political|government|administration|intelligence|security|local|foreign|independent|industry|defen[cs]e|diplomatic|\p{Lu}[\p{L}.]*)\s+){0,3}`;
const SPEAKS = String.raw`(?:said|say|says|note[sd]?|told|tell|believe[sd]?|warn(?:s|ed)?|caution(?:s|ed)?|suggest(?:s|ed)?|argue[sd]?|point(?:s|ed)? out|claim(?:s|ed)?|estimate[sd]?|expect(?:s|ed)?|stress(?:es|ed)?|confirm(?:s|ed)?|indicate[sd]?|speculate[sd]?|predict(?:s|ed)?|view(?:s|ed)?|see|sees|saw|stated|critici[sz](?:e|es|ed))`;
// "analysts note", "a senior official said", "officials, who asked not to be named, said".
const SPEAKING = new RegExp(String.raw`\b${ADJ}${WHO}(?:,?\s+who\s+(?:asked|spoke|requested|declined|was not|were not)[^,.;]{0,80},?)?\s+(?:have\s+|had\s+|also\s+)?${SPEAKS}\b`, 'gu');
const ACCORDING = /\baccording to\s+/giu;

/**
 * True when the unnamed-sounding source is a body the reader can identify: "Russian authorities" and "Ohio
 * authorities" are a state's or a place's government speaking as one (unlike "medical authorities");
 * "the officials" points back to officials the article has introduced (and flagged) before.
 */
function namesBody(text: string, at: number, who: string): boolean {
  const words = who.replace(/^according to\s+/i, '').split(/\s+/);
  const head = words.findIndex((w) => /^(?:authorities|officials?|sources?|experts?|analysts?|critics|observers?|diplomats?)$/i.test(w));
  if (head < 0) return false;
  const before = head > 0 ? words[head - 1] : wordBeforeSpace(text.slice(Math.max(0, at - 30), at));
  if (/^the$/i.test(before)) return true;
  return /^authorities$/i.test(words[head]) && /^\p{Lu}/u.test(before) && !isWord(before.toLowerCase());
}

/**
 * The last run of non-spaces of a text that ends in spaces ('' when it does not), as /(\S+)\s+$/ finds it;
 * read from the end in code, as that pattern tried again from every run of non-spaces (trimEnd removes
 * exactly what \s matches).
 */
function wordBeforeSpace(s: string): string {
  const t = s.trimEnd();
  if (t.length === s.length) return '';
  let i = t.length;
  while (i > 0 && t[i - 1].trim() !== '') i--;
  return t.slice(i);
}

export const anonymousSource: Rule = {
  code: 'claim.anonymous-source',
  description: 'A claim sourced to unnamed people ("according to officials", "analysts note").',
  check(doc) {
    const out: Diagnostic[] = [];
    for (const { sentence, text } of proseSentences(doc)) {
      let found: { at: number; len: number; who: string } | null = null;
      for (const m of text.matchAll(ACCORDING)) {
        const phrase = accordingPhrase(text, m.index! + m[0].length);
        const lastWord = phrase.split(/\s+/).pop() ?? '';
        if (!phrase || isNamed(phrase) || !new RegExp(`^${WHO}$`, 'u').test(lastWord)) continue;
        found = { at: m.index!, len: m[0].length + phrase.length, who: phrase };
        break;
      }
      if (!found) {
        SPEAKING.lastIndex = 0;
        const m = SPEAKING.exec(text);
        // "Analyst Jane Roe said" names the analyst; "officials at the Pentagon" is left alone too.
        if (m && !/\b(?:at|from|of|with)\s+\p{Lu}/u.test(m[0])) found = { at: m.index, len: m[0].length, who: m[0] };
      }
      if (!found || namesBody(text, found.at, found.who)) continue;
      const start = sentence.start + found.at;
      const end = start + found.len;
      if (inQuote(doc, { start, end })) continue;
      out.push({
        start,
        end,
        code: 'claim.anonymous-source',
        severity: 'information',
        message: `"${doc.text.slice(start, end)}": the source is not named, so the reader cannot judge it.`,
      });
    }
    return out;
  },
};
