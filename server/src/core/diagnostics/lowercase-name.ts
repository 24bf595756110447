// garbled.lowercase-name: a proper name written in lower case ("trump", "ukraine", "secretary of state
// rubio", "the united states"). Evidence must be strong: the dictionary knows the word only as a name
// ("Europe"), or the article capitalizes the same word or run of words elsewhere. Words that are also
// common nouns ("trump", "bush", "turkey") need the article to use them as names on their own at least
// twice, and never in lower case elsewhere.
import type { Diagnostic } from '../types';
import type { Token } from '../doc';
import { looksLikeAddress, nonSpaceRun } from './context';
import { capitalize, isNameOnly, isWord } from './lexicon/dictionary';
import { nameEvidence } from './names';
import type { Rule } from './rule';

// Name particles written in lower case on purpose ("al Qaeda", "de Gaulle", "van Gogh", "bin Salman").
const PARTICLES = new Set([
  'al', 'el', 'de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'des', 'van', 'von', 'la', 'le', 'les', 'bin', 'ibn',
  'ben', 'bint', 'abu', 'dos', 'das', 'do', 'ter', 'ten', 'zu', 'af', 'av', 'y', 'e', 'o', 'st', 'mc', 'lo', 'am', 'im',
]);
// Before these a common word is being used as a common word ("a trump card", "the turkey").
const COMMON_BEFORE = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'no', 'any',
  'every', 'each', 'some', 'one', 'another', 'such', 'what', 'which', 'whose', 'of', 'to', 'will', 'would', 'can',
  'could', 'may', 'might', 'must', 'should', 'shall', 'not', 'more', 'most', 'very',
]);
// Titles and offices are written in lower case when they do not stand before a name ("the foreign minister").
const TITLES = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'general', 'senator', 'governor', 'director', 'chief', 'officer',
  'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'commissioner', 'chairman', 'chair', 'leader',
  'king', 'queen', 'prince', 'princess', 'pope', 'mayor', 'judge', 'justice', 'attorney', 'prosecutor', 'commander',
  'prime', 'vice', 'deputy', 'foreign', 'state', 'department', 'ministry', 'committee', 'council', 'party', 'court',
  'university', 'college', 'school', 'company', 'bank', 'agency', 'office', 'army', 'force', 'forces', 'navy', 'police',
  'government', 'administration', 'union', 'association', 'federation', 'board', 'commission', 'parliament', 'congress',
  'senate', 'house', 'street', 'river', 'city', 'county', 'province', 'region', 'airport', 'station', 'hospital', 'center',
  'centre', 'museum', 'church', 'war', 'day', 'act', 'bill', 'law', 'treaty', 'summit', 'conference', 'games', 'cup',
]);
const LOWER_WORD = /^\p{Ll}[\p{Ll}’'-]*\p{Ll}$/u;

export const lowercaseName: Rule = {
  code: 'garbled.lowercase-name',
  description: 'A proper name written in lower case, where the article or the dictionary shows it takes a capital.',
  check(doc) {
    const out: Diagnostic[] = [];
    const ev = nameEvidence(doc);
    const toks = doc.tokens;
    const text = doc.text;
    const maxPhrase = ev.phrases.size ? 4 : 1;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.kind !== 'word' || !LOWER_WORD.test(t.text)) continue;
      // A run of lower-case words that the article writes elsewhere as a capitalized name.
      let matched = 0;
      for (let n = maxPhrase; n >= 2 && !matched; n--) {
        if (i + n > toks.length) continue;
        const run = toks.slice(i, i + n);
        if (!run.every((x, k) => x.kind === 'word' && LOWER_WORD.test(x.text) && (k === 0 || /^[ \t]$/.test(text.slice(run[k - 1].end, x.start))))) continue;
        const phrase = run.map((x) => x.text).join(' ');
        if (!ev.phrases.has(phrase) || run.some((x) => TITLES.has(x.text)) || run.every((x) => PARTICLES.has(x.text) || isFunctionWord(x.text))) continue;
        matched = n;
      }
      if (matched) {
        const run = toks.slice(i, i + matched);
        if (!skip(doc, run[0])) out.push(report(text, run[0].start, run[run.length - 1].end, 'the article writes it with capitals elsewhere'));
        i += matched - 1;
        continue;
      }
      const low = t.text;
      if (low.length < 3 || PARTICLES.has(low) || skip(doc, t)) continue;
      const cap = ev.capitalized.get(low) ?? 0;
      if (!isWord(low)) {
        // Not an English word in lower case: a name if the article or the dictionary capitalizes it.
        if (cap >= 1 || (isNameOnly(low) && !/['’-]/.test(low))) {
          out.push(report(text, t.start, t.end, cap ? 'the article writes it with a capital elsewhere' : 'it is a name'));
        }
        continue;
      }
      // Also a common word: only when the article plainly uses it as a name and never as a common word.
      const standalone = ev.standalone.get(low) ?? 0;
      const prev = toks[i - 1];
      if (standalone >= 2 && (ev.lower.get(low) ?? 0) === 1 && !(prev && COMMON_BEFORE.has(prev.text.toLowerCase())) && !isFunctionWord(low)) {
        out.push(report(text, t.start, t.end, `the article writes "${capitalize(low)}" as a name ${standalone} times`));
      }
    }
    return out;
  },
};

function skip(doc: Parameters<Rule['check']>[0], t: Token): boolean {
  const block = doc.blockAt(t.start);
  if (!block || block.kind === 'front-matter' || block.kind === 'boilerplate') return true;
  return looksLikeAddress(nonSpaceRun(doc.text, t.start)) || /[#@]/.test(doc.text[t.start - 1] ?? '');
}

function report(text: string, start: number, end: number, why: string): Diagnostic {
  const written = text.slice(start, end);
  const fixed = written.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  return {
    start,
    end,
    code: 'garbled.lowercase-name',
    severity: 'warning',
    message: `"${written}" looks like a name written in lower case (${why}).`,
    fixes: [{ title: `Capitalize: "${fixed}"`, edits: [{ start, end, newText: fixed }] }],
  };
}

const FUNCTION_WORDS = new Set([
  'the', 'and', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'as', 'or', 'but', 'not', 'is', 'are', 'was',
  'were', 'be', 'has', 'have', 'had', 'it', 'its', 'this', 'that', 'he', 'she', 'they', 'we', 'you', 'his', 'her', 'their',
  'a', 'an', 'will', 'would', 'said', 'says', 'new', 'all', 'more', 'most', 'some', 'after', 'before', 'over', 'under',
]);

function isFunctionWord(w: string): boolean {
  return FUNCTION_WORDS.has(w);
}
