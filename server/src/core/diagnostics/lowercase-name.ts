// garbled.lowercase-name: a proper name written in lower case ("trump", "ukraine", "secretary of state
// rubio", "the united states"). Evidence must be strong: the dictionary knows the word only as a name
// ("Europe"), or the article capitalizes the same word or run of words elsewhere. Words that are also
// common nouns ("trump", "bush", "turkey") need the article to use them as names on their own at least
// twice, and never in lower case elsewhere.
import type { Diagnostic } from '../types';
import type { Token } from '../doc';
import { looksLikeAddress, nonSpaceRun } from './context';
import { capitalize, isNameOnly, isWord } from './lexicon/dictionary';
import { derived, knownForm } from './lexicon/forms';
import { MULTIWORD_NAMES } from './lexicon/places';
import { inForeignText } from './foreign';
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
  'every', 'each', 'some', 'one', 'another', 'such', 'what', 'which', 'whose', 'will', 'would', 'can',
  'could', 'may', 'might', 'must', 'should', 'shall', 'not', 'more', 'most', 'very',
]);
// Before these a run of words is a common noun phrase, not a name ("the next grand prix", "a world cup").
const NOUN_BEFORE = new Set(['a', 'an', 'every', 'each', 'another', 'next', 'last', 'previous', 'such', 'any', 'this', 'these', 'those']);
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
  'sheriff', 'gallery', 'library', 'institute', 'foundation', 'society', 'group', 'team', 'club', 'hall', 'park', 'square',
  'bridge', 'building', 'tower', 'lake', 'mountain', 'island', 'sea', 'ocean', 'valley', 'coast', 'festival', 'award',
  'prize', 'program', 'project', 'network', 'system', 'service', 'department', 'market', 'exchange', 'index', 'fund',
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
    const starts = new Set<string>();
    for (const p of ev.phrases.keys()) starts.add(p.slice(0, p.indexOf(' ')));
    for (const p of MULTIWORD_NAMES) starts.add(p.slice(0, p.indexOf(' ')));
    const found: Array<{ key: string; d: Diagnostic; strong?: boolean }> = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.kind !== 'word' || !LOWER_WORD.test(t.text)) continue;
      // A run of lower-case words that the article writes elsewhere as a capitalized name.
      let matched = 0;
      let commonNoun = false;
      if (starts.has(t.text)) {
        const words = [t.text];
        for (let j = i + 1; j < toks.length && words.length < 4; j++) {
          const x = toks[j];
          if (x.kind !== 'word' || !LOWER_WORD.test(x.text) || x.start - toks[j - 1].end !== 1 || !/[ \t]/.test(text[x.start - 1])) break;
          words.push(x.text);
        }
        // After "a", "the next", "every" the words are a common noun, though a name holds them ("the next grand
        // prix" beside "the Monaco Grand Prix", "a world cup" beside "the World Cup").
        const before = toks[i - 1];
        commonNoun = !!before && NOUN_BEFORE.has(before.text.toLowerCase());
        for (let n = words.length; n >= 2 && !matched; n--) {
          const run = words.slice(0, n);
          const phrase = run.join(' ');
          const known = MULTIWORD_NAMES.has(phrase);
          const capCount = known ? 2 : Math.max(ev.phrases.get(phrase) ?? 0, ev.entityPhrases.has(phrase) ? 1 : 0);
          if (!capCount || (!known && run.some((x) => TITLES.has(x) || TITLES.has(x.replace(/s$/, '')))) || run.every((x) => PARTICLES.has(x) || isFunctionWord(x))) continue;
          // A run of common words ("high noon") needs the article to capitalize it twice, or a title before it
          // or a speech verb after it ("Prime Minister john key said").
          // A run of common words ("black women", "mostly true") also needs the entities stage to know it as a name.
          if (run.every((x) => isWord(x)) && !known && !(titleBefore(toks, i) || speechAfter(toks, i + n - 1)) && (capCount < 2 || !ev.entityPhrases.has(phrase))) continue;
          matched = n;
        }
      }
      if (matched) {
        const run = toks.slice(i, i + matched);
        if (!commonNoun && !skip(doc, toks[i])) found.push({ key: run.map((x) => x.text).join(' '), d: report(text, run[0].start, run[run.length - 1].end, 'the article writes it with capitals elsewhere') });
        i += matched - 1;
        continue;
      }
      const low = t.text;
      const prevTok = toks[i - 1];
      // After "Mr", "Mrs", "Ms" or "Dr" comes a name ("Mr key").
      if (prevTok && prevTok.text.length <= 6 && /^(?:Mr|Mrs|Ms|Dr|Mme|Messrs)$/.test(prevTok.text) && !isFunctionWord(low) && !skip(doc, t)) {
        found.push({ key: low, d: report(text, t.start, t.end, `it follows "${prevTok.text}"`) });
        continue;
      }
      if (low.length < 3 || PARTICLES.has(low)) continue;
      const cap = ev.capitalized.get(low) ?? 0;
      // A British or otherwise variant spelling of a common word ("defence", "organisation") is a common
      // word, though the article capitalizes it inside a name ("Ministry of Defence").
      // (Only spellings and inflections: "washington" is no compound of "washing" and "ton".)
      if (!isWord(low) && !derived(low)) {
        if (skip(doc, t)) continue;
        // Not an English word in lower case: a name if the dictionary or the article capitalizes it, or if
        // it stands where names stand (after a title, before "said").
        // Known to the dictionary only as a name ("Europe", "Taipei"): wrong in lower case however often.
        if (isNameOnly(low) && !/['’-]/.test(low)) out.push(report(text, t.start, t.end, 'it is a name'));
        else if (cap >= 1) found.push({ key: low, d: report(text, t.start, t.end, 'the article writes it with a capital elsewhere'), strong: true });
        else if (pairOfUnknowns(toks, i)) found.push({ key: low, d: report(text, t.start, t.end, 'with the word beside it, it reads as a name') });
        else if (/[aeiouy]/.test(low) && (titleBefore(toks, i) || speechAfter(toks, i))) found.push({ key: low, d: report(text, t.start, t.end, 'it stands where a name stands') });
        continue;
      }
      // Also a common word ("trump", "bush", "mecca"): only when it names someone or somewhere the entities
      // stage found, the article capitalizes it twice in mid-sentence, and never writes it in lower case elsewhere.
      const standalone = ev.standalone.get(low) ?? 0;
      const prev = toks[i - 1];
      const asName = ev.entityWords.has(low) && standalone >= 1 ? cap : 0;
      if (asName >= 2 && (ev.lower.get(low) ?? 0) === 1 && !(prev && COMMON_BEFORE.has(prev.text.toLowerCase())) && !isFunctionWord(low) && !TITLES.has(low) && !skip(doc, t)) {
        found.push({ key: low, d: report(text, t.start, t.end, `the article writes "${capitalize(low)}" as a name ${asName} times`) });
      }
    }
    // A spelling in lower case that the writer uses twice or more is a choice ("iodine deficiency"), not a slip.
    const times = new Map<string, number>();
    for (const f of found) times.set(f.key, (times.get(f.key) ?? 0) + 1);
    // ... unless the article capitalizes the word more often than not (a run of words keeps to the choice:
    // "Warhol's Photographic Legacy" the exhibition, "his photographic legacy" the thing).
    for (const f of found) {
      const n = times.get(f.key) ?? 0;
      if (n < 2 || f.strong || (!f.key.includes(' ') && (ev.capitalized.get(f.key) ?? 0) > n)) out.push(f.d);
    }
    return mergeAdjacent(text, out);
  },
};

const TITLE_BEFORE = /^(?:President|Minister|Secretary|Senator|Governor|Chancellor|Ambassador|Envoy|Mayor|Judge|General|Spokesperson|Spokesman|Spokeswoman|Director|Chairman|Commissioner|Professor|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Prof)$/;
const SPEECH_AFTER = /^(?:said|says|told|added|explained|noted|wrote|argued|warned|stated)$/;

const UNKNOWN_NAME_WORD = /^\p{Ll}{3,}$/u;

/** Two lower-case words side by side that the dictionary knows in no form ("amneh jafari", "ferjani sassi"). */
function pairOfUnknowns(toks: readonly Token[], i: number): boolean {
  const unknown = (x: Token | undefined) => !!x && x.kind === 'word' && UNKNOWN_NAME_WORD.test(x.text) && /[aeiouy]/.test(x.text) && !isWord(x.text) && !isWord(capitalize(x.text)) && !knownForm(x.text);
  const t = toks[i];
  const gap = (a: Token, b: Token) => b.start - a.end === 1;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  return (!!next && gap(t, next) && unknown(t) && unknown(next)) || (!!prev && gap(prev, t) && unknown(prev) && unknown(t));
}

function titleBefore(toks: readonly Token[], i: number): boolean {
  const p = toks[i - 1];
  return !!p && TITLE_BEFORE.test(p.text);
}

function speechAfter(toks: readonly Token[], i: number): boolean {
  const n = toks[i + 1];
  return !!n && SPEECH_AFTER.test(n.text);
}

function skip(doc: Parameters<Rule['check']>[0], t: Token): boolean {
  const block = doc.blockAt(t.start);
  if (!block || block.kind === 'front-matter' || block.kind === 'boilerplate') return true;
  // A word of another language ("que", "victoria" in a Spanish sentence) is no English name in lower case.
  if (inForeignText(doc, t)) return true;
  // Glued to a digit or letter ("4chan") or a handle, or a word between two parts of a name ("Daniel arap Moi").
  return looksLikeAddress(nonSpaceRun(doc.text, t.start)) || /[#@\p{L}\d]/u.test(doc.text[t.start - 1] ?? '') || betweenNames(doc, t);
}

/** True for a lower-case word between two capitalized words, as name particles stand ("Daniel arap Moi"). */
export function betweenNames(doc: Parameters<Rule['check']>[0], t: Token): boolean {
  // Particles are short and are no names themselves ("arap", "de", "bin"; not "The malaysia Tourism").
  if (t.text.length > 4 || isNameOnly(t.text)) return false;
  const before = /(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(doc.text.slice(Math.max(0, t.start - 30), t.start));
  if (before && /^(?:The|A|An|This|That|These|Those|In|On|At|Of|For|And|But|Or)$/.test(before[1])) return false;
  const after = /^[ \t]+\p{Lu}\p{Ll}/u.test(doc.text.slice(t.end, t.end + 4));
  return !!before && after;
}

/** "pierre" and "thomas" side by side are one finding: "pierre thomas". */
function mergeAdjacent(text: string, ds: Diagnostic[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of ds.sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && /^[ \t]$/.test(text.slice(last.end, d.start))) out[out.length - 1] = report(text, last.start, d.end, 'each word is a name');
    else out.push(d);
  }
  return out;
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
