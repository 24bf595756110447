// What the article itself says about names: which words it writes with a capital in mid-sentence, on
// their own or in runs ("Rubio", "United States"). Title-case lines (headlines, section heads) and the
// first word of a sentence or quotation prove nothing and are skipped.
import type { Doc, Token } from '../doc';

export interface NameEvidence {
  /** Lower-cased word → how often it is capitalized in mid-sentence. */
  capitalized: Map<string, number>;
  /** Lower-cased word → how often it is capitalized in mid-sentence with no capitalized neighbour ("Trump said"). */
  standalone: Map<string, number>;
  /** Lower-cased word → how often it is written in lower case anywhere. */
  lower: Map<string, number>;
  /** Lower-cased runs of two to four capitalized words and their ends ("united states", "marco rubio"), with counts. */
  phrases: Map<string, number>;
  /** Lower-cased words and whole mentions of the names the entities stage found ("trump", "marco rubio"). */
  entityWords: Set<string>;
  entityPhrases: Set<string>;
}

const cache = new WeakMap<Doc, NameEvidence>();
// The first lower-case letter is matched by the middle \p{Ll}, not by a star before it (that split was quadratic).
const TITLE = /^\p{Lu}[\p{M}’'-]*\p{Ll}[\p{Ll}\p{M}’'-]*$/u;
const PROSE = new Set(['paragraph', 'question', 'list-item', 'source']);

/** "Rubio", "McCain", "O’Brien": a word with a capital first and lower case after it. */
export function isTitleWord(t: Token): boolean {
  return t.kind === 'word' && (TITLE.test(t.text) || /^(?:Mc|Mac|O’|O')\p{Lu}\p{Ll}+$/u.test(t.text));
}

export function nameEvidence(doc: Doc): NameEvidence {
  let ev = cache.get(doc);
  if (ev) return ev;
  ev = { capitalized: new Map(), standalone: new Map(), lower: new Map(), phrases: new Map(), entityWords: new Set(), entityPhrases: new Set() };
  const toks = doc.tokens;
  const text = doc.text;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'word') continue;
    const low = t.text.toLowerCase();
    if (/^\p{Ll}/u.test(t.text)) {
      bump(ev.lower, low);
      continue;
    }
    if (!isTitleWord(t) || !midSentence(doc, toks, i)) continue;
    bump(ev.capitalized, low);
    const prev = toks[i - 1];
    const next = toks[i + 1];
    const glued = (a: Token | undefined, b: Token | undefined) => !!a && !!b && /^[ \t]$/.test(text.slice(a.end, b.start));
    const prevCap = prev && isTitleWord(prev) && glued(prev, t);
    const nextCap = next && (isTitleWord(next) || /^\p{Lu}+$/u.test(next.text)) && glued(t, next);
    // On its own and not after an article ("Trump said", not "the Church"): used as a name.
    if (!prevCap && !nextCap && !/^(?:the|a|an|this|that|its|their|his|her|our)$/i.test(prev?.text ?? '')) bump(ev.standalone, low);
    // Runs of capitalized words, joined by single spaces.
    if (!prevCap) {
      const run = [low];
      let j = i + 1;
      while (j < toks.length && run.length < 4 && isTitleWord(toks[j]) && glued(toks[j - 1], toks[j])) run.push(toks[j++].text.toLowerCase());
      // The run and its ends ("president donald trump", "donald trump"), not its beginnings ("iodine deficiency" of "Iodine Deficiency Disorders").
      for (let k = 0; k + 2 <= run.length; k++) bump(ev.phrases, run.slice(k).join(' '));
    }
  }
  for (const e of doc.entities) for (const m of e.mentions) {
    if (!/^\p{Lu}/u.test(m.text)) continue;
    const words = m.text.split(/\s+/);
    // A one-word mention ("Trump", "Mecca") or a person's last name ("Marco Rubio"), not the words of
    // "United States" or "Department of Education".
    const last = words[words.length - 1];
    if ((words.length === 1 || e.type === 'person') && /^\p{Lu}\p{Ll}/u.test(last)) ev.entityWords.add(last.replace(/[’']s$/, '').toLowerCase());
    if (words.length >= 2 && words.length <= 4) ev.entityPhrases.add(m.text.toLowerCase());
  }
  cache.set(doc, ev);
  return ev;
}

/** True when the token is neither the first word of its sentence or line nor the first after a quote, colon or dash. */
export function midSentence(doc: Doc, toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  const block = doc.blockAt(t.start);
  if (!block || !PROSE.has(block.kind)) return false;
  const prev = toks[i - 1];
  if (!prev || prev.end <= block.start) return false;
  const sentence = doc.sentenceAt(t.start);
  if (sentence && sentence.start === t.start) return false;
  if (prev.kind === 'punct' && /[.!?:;"“‘(\[—–_`'-]/.test(prev.text)) return false;
  if (prev.kind === 'number') return false;
  return true;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
