// The tagger's view of an article: sentence token runs (abbreviations such as "U.S." kept whole,
// possessive "’s" apart) and the features of each token: word, shape, neighbours, gazetteer hits,
// and what the rest of the article says about the word (written in lower case elsewhere?).
import type { Doc, Token } from '../doc';
import { COMMON_WORDS, DEMONYMS, FIRST_NAMES, KNOWN, ORG_SUFFIXES, PHRASES, TITLES } from './lexicon';

export interface Tok {
  start: number;
  end: number;
  text: string;
  lower: string;
}

/** One sentence's tokens; `block` is the index of its block in doc.blocks. */
export interface Run {
  toks: Tok[];
  block: number;
}

const ABBREV_WORD = /^(?:\p{L}\.)+\p{L}$|^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Col|Lt|Sgt|Capt|Prof|Rev|Inc|Corp|Ltd|Co|Mt|Ft)$|^\p{Lu}$/u;

/** Sentence token runs outside page furniture. */
export function runs(doc: Doc): Run[] {
  const out: Run[] = [];
  const tokens = doc.tokens;
  let ti = 0;
  for (const s of doc.sentences) {
    if (doc.inBoilerplate(s)) continue;
    while (ti < tokens.length && tokens[ti].start < s.start) ti++;
    const toks: Tok[] = [];
    let j = ti;
    while (j < tokens.length && tokens[j].start < s.end) {
      const t: Token = tokens[j];
      let end = t.end;
      const next = tokens[j + 1];
      if (t.kind === 'word' && next && next.text === '.' && next.start === t.end && ABBREV_WORD.test(t.text)) {
        end = next.end;
        j++;
      }
      const text = doc.text.slice(t.start, end);
      toks.push({ start: t.start, end, text, lower: text.toLowerCase() });
      j++;
    }
    ti = j;
    if (toks.length) out.push({ toks, block: s.block });
  }
  return out;
}

export function shape(w: string): string {
  let out = '';
  for (const ch of w) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
    if (out.length >= 2 && out[out.length - 1] === c && out[out.length - 2] === c) continue;
    out += c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

export function isCap(w: string): boolean {
  return /^\p{Lu}/u.test(w);
}

/** Per article: lower-case words seen in lower case, and words seen capitalized mid-sentence. */
export interface DocStats {
  lowerSeen: Set<string>;
  capMid: Set<string>;
}

export function docStats(rs: Run[]): DocStats {
  const lowerSeen = new Set<string>();
  const capMid = new Set<string>();
  for (const r of rs) {
    r.toks.forEach((t, i) => {
      if (/^\p{Ll}/u.test(t.text)) lowerSeen.add(t.lower);
      else if (i > 0 && isCap(t.text) && !/^["“‘'(:]$/.test(r.toks[i - 1].text)) capMid.add(t.lower);
    });
  }
  return { lowerSeen, capMid };
}

/** Gazetteer tags per token: "place-B", "organization-I", ... or "" (longest match first). */
export function gazetteer(toks: Tok[]): string[] {
  const out = new Array<string>(toks.length).fill('');
  for (let i = 0; i < toks.length; i++) {
    const cands = PHRASES.get(toks[i].lower);
    if (!cands || !isCap(toks[i].text)) continue;
    for (const words of cands) {
      if (i + words.length > toks.length) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = toks[i + k].lower === words[k];
      if (!ok) continue;
      const type = KNOWN.get(words.join(' ').replace(/ ,/g, ','))?.type ?? 'place';
      for (let k = 0; k < words.length; k++) out[i + k] = `${type}-${k === 0 ? 'B' : 'I'}`;
      i += words.length - 1;
      break;
    }
  }
  return out;
}

/** Features of token i that do not depend on the previous tag. */
export function features(toks: Tok[], i: number, gaz: string[], stats: DocStats): string[] {
  const t = toks[i];
  const w = t.lower;
  const sh = shape(t.text);
  const p = toks[i - 1];
  const n = toks[i + 1];
  const p2 = toks[i - 2];
  const n2 = toks[i + 2];
  const cap = isCap(t.text);
  const first = i === 0 || /^["“‘'(\-–—:]$/.test(p?.text ?? '');
  const f = [
    'b',
    `w=${w}`,
    `sh=${sh}`,
    `s3=${w.slice(-3)}`,
    `p3=${w.slice(0, 3)}`,
    `pw=${p ? p.lower : '<s>'}`,
    `nw=${n ? n.lower : '</s>'}`,
    `pw2=${p2 ? p2.lower : '<s>'}`,
    `nw2=${n2 ? n2.lower : '</s>'}`,
    `psh=${p ? shape(p.text) : '<s>'}|${sh}`,
    `nsh=${sh}|${n ? shape(n.text) : '</s>'}`,
    `g=${gaz[i]}`,
    `pg=${gaz[i - 1] ?? '<s>'}`,
    `ng=${gaz[i + 1] ?? '</s>'}`,
  ];
  if (first) f.push(`first|${sh}`);
  if (cap) {
    if (COMMON_WORDS.has(w)) f.push(first ? 'common-first' : 'common-mid');
    if (stats.lowerSeen.has(w)) f.push(first ? 'lower-seen-first' : 'lower-seen-mid');
    if (first && stats.capMid.has(w)) f.push('capmid-first');
    if (FIRST_NAMES.has(w)) f.push('firstname');
    if (p && FIRST_NAMES.has(p.lower) && isCap(p.text)) f.push('after-firstname');
    if (ORG_SUFFIXES.has(w)) f.push('orgword');
    if (n && ORG_SUFFIXES.has(n.lower) && isCap(n.text)) f.push('before-orgword');
    if (DEMONYMS.has(w)) f.push('demonym');
    if (p && TITLES.has(p.lower)) f.push(isCap(p.text) ? 'after-Title' : 'after-title');
    if (TITLES.has(w)) f.push('title');
  }
  return f;
}
