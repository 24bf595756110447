// Sports clubs and companies (issue #15). A club or a company is never a person because of where it stands
// in a sentence ("Burnley beat Fulham", "Sky Sports reported"): what says it is a club is the sports context
// around its name (a score, "manager", "striker", "at home to", a club ending such as "United" or "FC"), and
// what says it is a company is a company word at the end of its name ("Associates", "Partners", "Media").
import type { Tok } from './features';
import { FIRST_NAMES, ORG_SUFFIXES, PLACE_SUFFIXES, known } from './lexicon';
import type { Cluster } from './cluster';
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
export function retypeClubs(clusters: Cluster[], toks: ReadonlyArray<Tok>, at: Map<number, number>): void {
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
