// The tagger's view of an article: sentence token runs (abbreviations such as "U.S." kept whole,
// possessive "’s" apart) and the features of each token: word, shape, neighbours, gazetteer hits,
// and what the rest of the article says about the word (written in lower case elsewhere?).
import type { Doc, Token } from '../doc';
import { isCap } from '../tokens';
import { CAPITALS_ONLY, COMMON_WORDS, DEMONYMS, FIRST_NAMES, KNOWN, KNOWN_SURNAMES, ORG_SUFFIXES, PHRASES, PLACE_SUFFIXES, TITLES } from './lexicon';

export interface Tok {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Word shape ("Xx", "X.X.", "d"), computed when first asked for (see shapeOf). */
  shape?: string;
  /** Starts with a capital letter. */
  cap: boolean;
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
  // Sentences and furniture ranges are both in text order: walk them together (not a scan per sentence).
  const furniture = doc.boilerplate;
  let bi = 0;
  for (const s of doc.sentences) {
    while (bi < furniture.length && furniture[bi].end <= s.start) bi++;
    if (bi < furniture.length && furniture[bi].start < s.end) continue;
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
      // The token itself when it is the whole of it: it has lower and cap (a second object per token was
      // over 300 MB on 5 MB of brackets). An abbreviation joined with its full stop is a new one.
      if (end === t.end) toks.push(t);
      else {
        const text = end === t.end ? t.text : doc.text.slice(t.start, end);
        toks.push({ start: t.start, end, text, lower: text.toLowerCase(), cap: isCap(text) });
      }
      j++;
    }
    ti = j;
    if (toks.length) out.push({ toks, block: s.block });
  }
  return out;
}

export function shape(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    const code = w.charCodeAt(i);
    let c: string;
    if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 48 && code <= 57) c = 'd';
    else if (code < 128) c = ch;
    else c = ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    if (out.length >= 2 && out[out.length - 1] === c && out[out.length - 2] === c) continue;
    out += c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

export function shapeOf(t: Tok): string {
  return (t.shape ??= shape(t.text));
}

export { isCap };

/**
 * Arabic names written with the article or a kinship word joined by a hyphen open in lower case ("al-Maliki",
 * "el-Sisi", "bin-Laden"): the tagger leaves them out (a name opens on a capital); the mention passes put them back
 * after a given name ("Nouri al-Maliki") and wherever the article writes a name it found (entities/index.ts).
 */
export const ARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|at|az|an|ul|ud|bin|ibn|abu|abd)-\p{Lu}/u;

/** Per article: lower-case words seen in lower case, and words seen capitalized mid-sentence. */
export interface DocStats {
  lowerSeen: Set<string>;
  capMid: Set<string>;
  /** The article mentions sport (a tagger feature). */
  sports: boolean;
  /** The article is a match report: countries there stand for national teams (organizations). */
  sportsReport: boolean;
}

const SPORTS = /^(?:goal|goals|scored|striker|midfielder|defender|goalkeeper|match|matches|tournament|league|cup|penalty|kick|halftime|half-time|stadium|coach|fifa|uefa|olympics|championship|semi-final|quarter-final|final|innings|wicket|touchdown)$/;
const STRONG_SPORTS = /^(?:goal|goals|scored|striker|midfielder|goalkeeper|penalty|halftime|half-time|fifa|uefa|innings|wicket|touchdown)$/;

export function docStats(rs: Run[]): DocStats {
  const lowerSeen = new Set<string>();
  const capMid = new Set<string>();
  let sport = 0;
  const strong = new Set<string>();
  for (const r of rs) {
    r.toks.forEach((t, i) => {
      if (SPORTS.test(t.lower)) {
        sport++;
        if (STRONG_SPORTS.test(t.lower)) strong.add(t.lower);
      }
      if (t.text[0] !== t.text[0].toUpperCase()) lowerSeen.add(t.lower);
      // "WHO" mid-sentence says nothing about "Who" opening one: only words written like a name count.
      else if (i > 0 && t.cap && !/^["“‘'(:|]$/.test(r.toks[i - 1].text) && (t.text.length < 2 || /\p{Ll}/u.test(t.text))) capMid.add(t.lower);
    });
  }
  return { lowerSeen, capMid, sports: sport >= 4, sportsReport: sport >= 6 && strong.size >= 2 };
}

/** Gazetteer tags per token: "place-B", "organization-I", ... or "" (longest match first). */
export function gazetteer(toks: Tok[]): string[] {
  const out = new Array<string>(toks.length).fill('');
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i].cap) continue;
    const cands = PHRASES.get(toks[i].lower);
    if (!cands) continue;
    for (const words of cands) {
      if (i + words.length > toks.length) continue;
      if (words.length === 1 && CAPITALS_ONLY.has(words[0]) && /\p{Ll}/u.test(toks[i].text)) continue;
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

const CONNECT = new Set(['of', 'for', 'de', 'von', 'der', 'van', 'la', 'le', 'du', 'da', 'al', 'bin', '&', 'and', 'the']);

/** Per token: its place in a run of capitalized words ("B1" alone, "B" first, "I" inside, "E" last, "" none). */
export interface CapRuns {
  tag: string[];
  /** Index of the last token of the run each token is in. */
  end: Int32Array;
  /** Index of the first token of the run each token is in (the token itself outside runs). */
  start: Int32Array;
}

export function capRuns(toks: Tok[]): CapRuns {
  const out = new Array<string>(toks.length).fill('');
  const ends = new Int32Array(toks.length);
  const starts = new Int32Array(toks.length);
  for (let k = 0; k < toks.length; k++) { starts[k] = k; ends[k] = k; }
  let i = 0;
  while (i < toks.length) {
    if (!isCap(toks[i].text)) { i++; continue; }
    let j = i + 1;
    while (j < toks.length && (isCap(toks[j].text) || (CONNECT.has(toks[j].lower) && j + 1 < toks.length && isCap(toks[j + 1].text)))) j++;
    if (j - i === 1) out[i] = 'B1';
    else for (let k = i; k < j; k++) out[k] = k === i ? 'B' : k === j - 1 ? 'E' : 'I';
    for (let k = i; k < j; k++) { ends[k] = j - 1; starts[k] = i; }
    i = j;
  }
  return { tag: out, end: ends, start: starts };
}

/**
 * Role words of sport, business and public life that stand before a name in lower case and are not
 * titles of the name ("striker Harry Kane", "chief executive Mary Barra", "spokesperson ..." is in TITLES).
 */
const ROLE_WORDS = new Set(['striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'forward', 'captain', 'boss',
  'executive', 'analyst', 'economist', 'lawyer', 'spokesman', 'spokeswoman', 'chairman', 'minister', 'secretary', 'player',
  'batsman', 'bowler', 'driver', 'rider', 'author', 'reporter', 'correspondent', 'actor', 'actress', 'singer', 'star', 'veteran', 'teammate', 'rival']);

/** A token the tagger need not score after an O: it starts with no capital (entities start with one). */
export function plainlyOutside(t: Tok): boolean {
  return !t.cap;
}

/**
 * Where features go. A feature is a string ("w=<name>", "psh=Xx|x", "surname"); `one` and `two` give the
 * templated ones in parts ("w=" with "<name>"; "psh=" with "Xx" and "x", the string being the parts joined
 * by "|"), so the tagger can look their weights up without building the string (tagger.ts, FeatureScorer).
 * `push` takes a whole feature string; every way of writing a feature gives the same weight.
 */
export interface FeatureSink {
  push(feature: string): void;
  one(template: string, value: string): void;
  two(template: string, a: string, b: string): void;
}

/** A sink that makes the feature strings (training, Viterbi decoding, tests). */
export class FeatureStrings implements FeatureSink {
  readonly list: string[] = [];
  push(feature: string): void { this.list.push(feature); }
  one(template: string, value: string): void { this.list.push(template + value); }
  two(template: string, a: string, b: string): void { this.list.push(`${template}${a}|${b}`); }
}

/** Features of token i that do not depend on the previous tag. */
export function features(toks: Tok[], i: number, gaz: string[], stats: DocStats, runs: CapRuns): string[] {
  return featuresInto(toks, i, gaz, stats, runs, new FeatureStrings()).list;
}

/** The features of token i, in order, into a sink (the order is the order in which the tagger adds their weights). */
export function featuresInto<S extends FeatureSink>(toks: Tok[], i: number, gaz: string[], stats: DocStats, runs: CapRuns, f: S): S {
  const runsOf = runs.tag;
  const t = toks[i];
  const w = t.lower;
  const sh = shapeOf(t);
  const p = toks[i - 1];
  const n = toks[i + 1];
  const p2 = toks[i - 2];
  const n2 = toks[i + 2];
  const cap = t.cap;
  const first = i === 0 || /^["“‘'(\-–—:]$/.test(p?.text ?? '');
  // The identity of a rare capitalized word is memorized, not learned: leave it out so that context,
  // shape and gazetteers carry the decision (the tagger then generalizes to names it never saw).
  const lex = !cap || COMMON_WORDS.has(w) || TITLES.has(w) || ORG_SUFFIXES.has(w) || DEMONYMS.has(w) ? w : '<name>';
  f.push('b');
  f.one('w=', lex);
  f.one('sh=', sh);
  f.one('s3=', w.slice(-3));
  f.one('p3=', w.slice(0, 3));
  f.one('s4=', w.slice(-4));
  f.one('pw=', p ? p.lower : '<s>');
  f.one('nw=', n ? n.lower : '</s>');
  f.one('pw2=', p2 ? p2.lower : '<s>');
  f.one('nw2=', n2 ? n2.lower : '</s>');
  f.two('psh=', p ? shapeOf(p) : '<s>', sh);
  f.two('nsh=', sh, n ? shapeOf(n) : '</s>');
  f.one('g=', gaz[i]);
  f.one('pg=', gaz[i - 1] ?? '<s>');
  f.one('ng=', gaz[i + 1] ?? '</s>');
  if (first) f.one('first|', sh);
  const cr = runsOf[i];
  f.one('cr=', cr);
  f.push(`cr=${cr}|${runsOf[i - 1] ?? '<s>'}|${runsOf[i + 1] ?? '</s>'}`);
  f.two('w|nsh=', lex, n ? shapeOf(n) : '</s>');
  f.two('pw|w=', p ? p.lower : '<s>', lex);
  if (stats.sports) { f.one('sport|g=', gaz[i]); f.one('sport|cr=', cr); }
  if (KNOWN_SURNAMES.has(w) && cap) f.push('surname');
  if (cap) {
    if (COMMON_WORDS.has(w)) f.push(first ? 'common-first' : 'common-mid');
    if (stats.lowerSeen.has(w)) f.push(first ? 'lower-seen-first' : 'lower-seen-mid');
    if (first && stats.capMid.has(w)) f.push('capmid-first');
    if (FIRST_NAMES.has(w)) f.push('firstname');
    if (p && FIRST_NAMES.has(p.lower) && isCap(p.text)) f.push('after-firstname');
    if (ORG_SUFFIXES.has(w)) f.push('orgword');
    if (n && ORG_SUFFIXES.has(n.lower) && isCap(n.text)) f.push('before-orgword');
    if (DEMONYMS.has(w)) f.push('demonym');
    if (PLACE_SUFFIXES.has(w)) f.push('placeword');
    // The last word of the capitalized run often says what the whole name is ("... Stadium", "... Party").
    const e = runs.end[i];
    if (e > i) {
      const last = toks[e].lower;
      if (ORG_SUFFIXES.has(last)) f.push('run-ends-org');
      if (PLACE_SUFFIXES.has(last)) f.push('run-ends-place');
    }
    if (p && TITLES.has(p.lower)) f.push(isCap(p.text) ? 'after-Title' : 'after-title');
    if (TITLES.has(w)) f.push('title');
    // Role cues around a name, on any desk: a capitalized run opened by a title ("President Muhammadu
    // Buhari", "Finance Minister Zainab Ahmed"), a role word just before the run ("striker Harry Kane",
    // "chief executive Mary Barra"), or an apposition after it ("Timipre Sylva, Minister of State").
    const s0 = runs.start[i];
    if (s0 < i && TITLES.has(toks[s0].lower)) f.push('run-opens-with-title');
    const before = toks[s0 - 1];
    if (before && (TITLES.has(before.lower) || ROLE_WORDS.has(before.lower))) f.push('run-after-role');
    const after = toks[runs.end[i] + 1];
    const after2 = toks[runs.end[i] + 2];
    if (after && after.text === ',' && after2 && (TITLES.has(after2.lower) || ROLE_WORDS.has(after2.lower))) f.push('run-before-comma-role');
    if (stats.sports && before) f.push(`sport|before=${before.lower}`);
  }
  return f;
}
