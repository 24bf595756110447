// Sports clubs and companies (issue #15). A club or a company is never a person because of where it stands
// in a sentence ("Burnley beat Fulham", "Sky Sports reported"): what says it is a club is the sports context
// around its name (a score, "manager", "striker", "at home to", a club ending such as "United" or "FC"), and
// what says it is a company is a company word at the end of its name ("Associates", "Partners", "Media").
import type { Tok } from './features';
import { isWord } from '../diagnostics/lexicon/dictionary';
import { COMMON_WORDS, FIRST_NAMES, LEGAL_ENDINGS, ORG_SUFFIXES, PLACE_SUFFIXES, known } from './lexicon';
import type { Cluster } from './cluster';
import type { OffsetLookup } from './roles';
import type { TaggedSpan } from './tagger';

/** Last words of company names that no person's name ends in ("Bridgewater Associates", "Sky Sports"), lower case. */
export const COMPANY_WORDS = new Set(('associates|partners|capital|sports|media|airways|airlines|management|investments|ventures|'
  + 'securities|advisors|advisers|entertainment|studios|pictures|records|brands|foods|pharmaceuticals|pharma|telecom|'
  + 'communications|insurance|logistics|financial|holdings|group|motors|energy|mining|bancorp|equity|realty|properties|'
  + 'construction|engineering|electronics|software|networks|solutions|consulting|enterprises|industries|partnership').split('|'));

/** Words that end a club's name ("Sheffield United", "Luton Town", "Wolverhampton Wanderers"), as written. */
const CLUB_ENDINGS = new Set(['FC', 'AFC', 'CF', 'SC', 'United', 'City', 'Town', 'County', 'Rovers', 'Wanderers', 'Athletic', 'Albion',
  'Hotspur', 'Rangers', 'Wednesday', 'Argyle', 'Orient', 'Harriers', 'Academicals', 'Alexandra', 'Villa']);
/** Club endings that say "club" wherever they stand; the others ("City", "Town") only in a sports article. */
const CLUB_ONLY_ENDINGS = new Set(['FC', 'AFC', 'CF', 'Rovers', 'Wanderers', 'Hotspur', 'Albion', 'Athletic', 'Argyle', 'Academicals', 'Harriers']);

/** A club ending that ends this name: any in a sports article, else only those no town or person has. */
export function endsInClubWord(last: string, sports: boolean): boolean {
  return sports ? CLUB_ENDINGS.has(last) : CLUB_ONLY_ENDINGS.has(last);
}

/** Words right after a name that make it a club in a sports article: "Burnley manager", "Fulham striker", "Leeds fans". */
const CLUB_CUES_AFTER = new Set(('manager|boss|coach|head-coach|striker|midfielder|defender|goalkeeper|keeper|captain|forward|winger|'
  + 'full-back|centre-back|center-back|fans|supporters|players|squad|side|chairman|owners|academy|loanee|debutant|'
  + 'beat|beat|thrashed|drew|lost|won|edged|held|hosted|host|visit|face|faced|play|played|'
  + 'scored|conceded|equalised|equalized|led|trailed|are|were').split('|'));
/** Cue words after a name that say "club" only together with a score or another cue; verbs people do too. */
const WEAK_AFTER = new Set(['beat', 'drew', 'lost', 'won', 'edged', 'held', 'hosted', 'host', 'visit', 'face', 'faced', 'play', 'played', 'scored', 'conceded', 'equalised', 'equalized', 'led', 'trailed', 'are', 'were']);
/** Words right before a name that make it a club in a sports article: "beat Fulham", "at home to Luton", "joined Everton". */
const CLUB_CUES_BEFORE = new Set(('beat|beating|against|versus|vs|vs.|v|to|over|with|by|host|hosts|hosted|hosting|visit|visits|visited|'
  + 'visiting|face|faces|faced|facing|play|plays|played|playing|joined|join|signed|from|for').split('|'));
/** Of those, the ones a place or a person follows as often as a club: only a club with a score or "home"/"away" near. */
const WEAK_BEFORE = new Set(['to', 'over', 'with', 'by', 'from', 'for', 'join', 'joined', 'signed', 'visit', 'visits', 'visited', 'visiting', 'play', 'plays', 'played', 'playing']);

/** "2-1", "3–0": a score is three tokens, a small number, a dash and a small number written together. */
function scoreMarks(toks: ReadonlyArray<Tok>): Uint8Array {
  const marks = new Uint8Array(toks.length);
  for (let i = 0; i + 2 < toks.length; i++) {
    const [a, d, b] = [toks[i], toks[i + 1], toks[i + 2]];
    if (/^\d{1,2}$/.test(a.text) && /^[-–]$/.test(d.text) && /^\d{1,2},?$/.test(b.text) && d.start === a.end && b.start === d.end) marks[i] = marks[i + 1] = marks[i + 2] = 1;
  }
  return marks;
}
const SPORT_WORDS = /^(?:goal|goals|scored|scorer|striker|midfielder|defender|goalkeeper|keeper|match|fixture|league|cup|penalty|penalties|halftime|half-time|kick-off|stoppage|equaliser|equalizer|stadium|coach|manager|season|relegation|promotion|premiership|championship|tournament|innings|wicket|touchdown|quarterback|pitch|substitute|referee|var|offside|clean|sheet|derby|fifa|uefa)$/;

/** A sports article: sports words, or a score, seen several times. */
export function isSportsArticle(toks: ReadonlyArray<Tok>): boolean {
  let n = 0;
  let scores = 0;
  const marks = scoreMarks(toks);
  toks.forEach((t, i) => {
    if (SPORT_WORDS.test(t.lower)) n++;
    else if (marks[i] && !marks[i - 1]) scores++;
  });
  return n + 2 * scores >= 5 && n >= 2;
}

/**
 * "Sheffield" + "United", "Luton" + "Town": a name followed by a club ending is one club (in a sports article, or
 * with an ending that only clubs have), whatever the tagger cut off; a known place of several words ("Mexico City",
 * "Cape Town") stays the place.
 */
export function withClubNames(toks: Tok[], spans: TaggedSpan[], sports: boolean): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = { ...spans[k] };
    const next = toks[s.to];
    const ending = next && CLUB_ENDINGS.has(next.text) && next.start <= toks[s.to - 1].end + 1 ? next.text : null;
    const lastInside = toks[s.to - 1].text;
    if (ending && (sports || CLUB_ONLY_ENDINGS.has(ending)) && !known(joinText(toks, s.from, s.to + 1))) {
      s.to++;
      s.type = 'organization';
      if (spans[k + 1] && spans[k + 1].from < s.to) k++;
    } else if (s.to - s.from >= 2 && CLUB_ENDINGS.has(lastInside) && (sports || CLUB_ONLY_ENDINGS.has(lastInside)) && !known(joinText(toks, s.from, s.to))) {
      s.type = 'organization';
    }
    out.push(s);
  }
  return out;
}

function joinText(toks: Tok[], from: number, to: number): string {
  return toks.slice(from, to).map((t) => t.text).join(' ');
}

/** Whether the mention at toks[i..j) stands where a club stands: next to a score, a club word or a match verb. */
function clubCue(toks: ReadonlyArray<Tok>, score: Uint8Array, i: number, j: number): boolean {
  let after = toks[j];
  if (after && /^[’']s$/.test(after.text)) after = toks[j + 1];
  const before = toks[i - 1];
  // "Crystal Palace beat Brentford 2-1": a score a few words on still belongs to the match.
  const scoreNear = [j, j + 1, j + 2, j + 3, i - 1, i - 2].some((k) => k >= 0 && score[k] === 1);
  const homeAway = [toks[i - 2], toks[i - 3], toks[j], toks[j + 1]].some((t) => t && /^(?:home|away)$/.test(t.lower));
  if (after && CLUB_CUES_AFTER.has(after.lower) && (!WEAK_AFTER.has(after.lower) || scoreNear)) return true;
  if (before && CLUB_CUES_BEFORE.has(before.lower) && (!WEAK_BEFORE.has(before.lower) || scoreNear || homeAway)) return true;
  return score[j] === 1 || score[i - 1] === 1;
}

/**
 * In a sports article, a name that stands where clubs stand is a club (an organization), not a person and not
 * its city: "Burnley manager", "beat Fulham 2-1", "at home to Leeds". A person named in full with a given name
 * ("Scott Parker") needs more: most of its mentions in club positions.
 */
export function retypeClubs(clusters: Cluster[], toks: ReadonlyArray<Tok>, at: OffsetLookup): void {
  const score = scoreMarks(toks);
  for (const c of clusters) {
    if (c.fixedType === 'person' || c.type === 'organization') continue;
    if (c.canonical && c.fixedType === 'place' && c.mentions.some((m) => /\s/.test(m.text))) continue;
    let cues = 0;
    for (const m of c.mentions) {
      const i = at.get(m.start);
      if (i === undefined) continue;
      let j = i;
      while (j < toks.length && toks[j].end <= m.end) j++;
      if (clubCue(toks, score, i, j)) cues++;
    }
    if (!cues) continue;
    const personal = c.mentions.some((m) => { const ws = m.text.split(/\s+/); const last = ws[ws.length - 1];
      return ws.length > 1 && FIRST_NAMES.has(ws[0].toLowerCase()) && !CLUB_ENDINGS.has(last) && !PLACE_SUFFIXES.has(last.toLowerCase()) && !ORG_SUFFIXES.has(last.toLowerCase());
    });
    if (personal && (cues < 2 || cues * 2 < c.mentions.length)) continue;
    // A place the article mostly puts "in" stays the place ("a rally in Leeds"), unless it plays more often.
    const placed = c.mentions.filter((m) => m.placed).length;
    if (c.fixedType === 'place' && placed > cues) continue;
    c.type = 'organization';
  }
}

/**
 * Words that may follow a club's or a company's short name in its full name: "West Ham" + "United", "Bridgewater" +
 * "Associates". Not the words of institutions ("Police Department", "School District"): a town's name is no short
 * form of its police.
 */
function isNameEnding(w: string): boolean {
  return CLUB_ENDINGS.has(w) || COMPANY_WORDS.has(w.toLowerCase()) || LEGAL_ENDINGS.has(w.toLowerCase().replace(/\.$/, ''));
}

/**
 * Short forms join their long form in one article: "West Ham" joins "West Ham United" (the long name without its club
 * or company ending), "Wolves" joins "Wolverhampton Wanderers" and "Spurs" "Tottenham Hotspur" in a sports article (a
 * nickname made of a word of the club's name and -s/-es), and a one-word person "Wang" joins "Wang Yi" (the family name
 * written first, or a given name used alone). A short form that fits two long
 * forms ("Manchester" of United and City) joins neither.
 */
export function mergeShortForms(clusters: Cluster[], sports: boolean): Cluster[] {
  const longForms = new Map<string, Cluster | null>();
  const offer = (key: string, c: Cluster) => longForms.set(key, longForms.has(key) && longForms.get(key) !== c ? null : c);
  const clubs: Cluster[] = [];
  for (const c of clusters) {
    for (const m of c.mentions) {
      const ws = m.text.split(/\s+/);
      if (ws.length < 2) continue;
      if (c.type === 'organization') {
        let k = ws.length;
        while (k > 1 && isNameEnding(ws[k - 1])) k--;
        if (k < ws.length) offer(ws.slice(0, k).join(' ').toLowerCase(), c);
        if (CLUB_ENDINGS.has(ws[ws.length - 1]) && !clubs.includes(c)) clubs.push(c);
      } else if (c.type === 'person' && ws.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(ws[0])) {
        offer(`person:${ws[0].toLowerCase()}`, c);
      }
    }
  }
  const merged = new Set<Cluster>();
  for (const s of clusters) {
    if (s.fixedType === 'person' || s.mentions.some((m) => m.text.toLowerCase() !== s.mentions[0].text.toLowerCase())) continue;
    const text = s.mentions[0].text;
    const lower = text.toLowerCase();
    let target: Cluster | null | undefined = longForms.get(lower);
    if (target && (s.fixedType === 'place' || s.type === 'place') && !(sports && clubs.includes(target))) target = undefined;
    if (!target && s.type === 'person' && !/\s/.test(text) && !known(text)) target = longForms.get(`person:${lower}`);
    if (!target && sports && /^\p{Lu}\p{Ll}{2,}s$/u.test(text) && !known(text)) {
      const stems = [lower.slice(0, -1), ...(lower.endsWith('es') ? [lower.slice(0, -2)] : [])].filter((x) => x.length >= 3);
      const fits = clubs.filter((c) => c.mentions.some((m) => m.text.split(/\s+/).some((w) => stems.some((st) => w.toLowerCase() !== lower && (w.toLowerCase().startsWith(st) || w.toLowerCase().endsWith(st))))));
      if (fits.length === 1) target = fits[0];
    }
    if (!target || target === s || merged.has(target)) continue;
    target.mentions.push(...s.mentions);
    target.mentions.sort((a, b) => a.start - b.start);
    merged.add(s);
  }
  return merged.size ? clusters.filter((c) => !merged.has(c)) : clusters;
}

/** Club words after a name that only a club takes ("Wolves striker", "Leeds fans"); no verbs. */
const STRONG_AFTER = new Set(['manager', 'boss', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'fans', 'supporters', 'captain', 'squad']);

/**
 * In a sports article, a capitalized word that the tagger passed over, right before a word only clubs take ("Wolves
 * striker", "Burnley fans"), is a club. A given name, a common word or a known place or person is left alone.
 */
export function withClubsBeforeCues(toks: Tok[], spans: TaggedSpan[], sports: boolean): TaggedSpan[] {
  if (!sports) return spans;
  const covered = new Uint8Array(toks.length);
  for (const s of spans) for (let i = s.from; i < s.to; i++) covered[i] = 1;
  const out = spans.slice();
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (covered[i] || !/^\p{Lu}\p{Ll}{2,}$/u.test(t.text) || !STRONG_AFTER.has(toks[i + 1].text)) continue;
    if (FIRST_NAMES.has(t.lower) || COMMON_WORDS.has(t.lower) || known(t.text) || isWord(t.lower) && !/s$/.test(t.lower)) continue;
    if (i > 0 && /^\p{Lu}/u.test(toks[i - 1].text)) continue;
    out.push({ from: i, to: i + 1, type: 'organization' });
  }
  return out.sort((a, b) => a.from - b.from);
}
