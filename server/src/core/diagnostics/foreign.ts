// Stretches of another language inside an English article: a quotation given in the original ("Que no
// haya violencia ni odio"), a translated interview question, a motto. Their words are not English, so
// the spelling and name rules must not read them as typos ("libre", "amor") or as names in lower case
// ("como", "victoria"). A clause or a sentence is foreign when most of its words are unknown to the
// English dictionary in any case, or carry letters English does not use; two such words are enough when
// one of them is a common function word of a European language ("que", "y", "und", "les"). Capitalized
// words are names as often as not, so only a function word among them counts.
import type { Doc, Token } from '../doc';
import type { Span } from '../types';
import { capitalize, isWord } from './lexicon/dictionary';

// Articles, conjunctions, prepositions and pronouns of Spanish, Portuguese, French, Italian and German
// that English does not have as words of its own (so "die", "son", "pour", "per" are left out).
const FUNCTION_WORDS = new Set([
  'que', 'como', 'una', 'unos', 'unas', 'del', 'los', 'las', 'por', 'sino', 'ni', 'y', 'el', 'la', 'lo', 'su', 'sus', 'muy',
  'pero', 'se', 'al', 'e', 'um', 'uma', 'não', 'dos', 'das', 'da', 'na', 'em', 'les', 'des', 'une', 'dans', 'avec', 'et',
  'ou', 'au', 'sur', 'mais', 'qui', 'il', 'che', 'della', 'di', 'und', 'der', 'ist', 'nicht', 'mit', 'ein', 'eine', 'auf',
  'dem', 'zu', 'sie', 'wir', 'ich', 'tu',
]);
// Letters with a mark that English words do not carry (a name may, and a foreign word does).
const MARKED = /[à-öø-ÿāăąćčďđēėęěğīįıłńňōőœřśşšţťūůűųźżžß]/iu;
// Clause breaks: the words between them are weighed together.
const BREAK = /^[,;:()“”"«»¿?¡!.…—–]+$/u;

const cache = new WeakMap<Doc, Span[]>();

/** The foreign stretches of the article, sorted by start. */
export function foreignSpans(doc: Doc): Span[] {
  let spans = cache.get(doc);
  if (spans) return spans;
  spans = [];
  for (const s of doc.sentences) {
    const toks = doc.tokensIn(s);
    // Each word judged once: the sentence and then each of its clauses weigh the same words.
    const foreignWords = new Set<Token>();
    for (const t of toks) if (t.kind === 'word' && isForeignWord(t)) foreignWords.add(t);
    const judged = (t: Token) => foreignWords.has(t);
    if (mostlyForeign(toks, judged)) {
      spans.push({ start: s.start, end: s.end });
      continue;
    }
    // Clauses one by one; a short clause of foreign words next to a foreign clause goes with it ("…, dijo").
    const clauses: Token[][] = [[]];
    for (const t of toks) {
      if (t.kind === 'punct' && BREAK.test(t.text)) clauses.push([]);
      else clauses[clauses.length - 1].push(t);
    }
    const words = clauses.map((c) => c.filter((t) => t.kind === 'word'));
    const foreign = words.map((w) => mostlyForeign(w, judged));
    words.forEach((w, k) => {
      const besideForeign = foreign[k - 1] || foreign[k + 1];
      if (!foreign[k] && besideForeign && w.length > 0 && w.length <= 2 && w.every(judged)) foreign[k] = true;
    });
    words.forEach((w, k) => {
      if (foreign[k] && w.length) spans!.push({ start: w[0].start, end: w[w.length - 1].end });
    });
  }
  cache.set(doc, spans);
  return spans;
}

/** True when the token lies in a stretch of another language. */
export function inForeignText(doc: Doc, t: Span): boolean {
  return foreignSpans(doc).some((s) => s.start <= t.start && t.end <= s.end);
}

function mostlyForeign(toks: readonly Token[], isForeignWord: (w: Token) => boolean): boolean {
  const words = toks.filter((t) => t.kind === 'word');
  if (words.length < 2) return false;
  const foreign = words.filter(isForeignWord).length;
  const functionWord = words.some((w) => FUNCTION_WORDS.has(w.text.toLowerCase()));
  return foreign * 2 >= words.length && (foreign >= 3 || (functionWord && foreign >= 2 && foreign * 5 >= words.length * 3));
}

/** A function word of another language, or a lower-case word English does not know or could not spell. */
function isForeignWord(w: Token): boolean {
  const low = w.text.toLowerCase();
  if (FUNCTION_WORDS.has(low)) return true;
  return /^\p{Ll}/u.test(w.text) && (MARKED.test(low) || (!isWord(low) && !isWord(capitalize(low))));
}
