// Which side of the article's date a mention falls on: whether the clause around it speaks of the future
// ("will meet Monday", "is expected to close by Dec. 15") or of the past ("said Monday", "had been due Friday").
const FUTURE = /\b(?:will|won['’]t|shall|going to|is to|are to|scheduled|expected to|plans? to|planned to|planned for|planning to|supposed to|as early as|as soon as|set to|upcoming|intends? to|agreed to|agrees? to|is due|are due|expects?|would)\b|\w['’]ll\b/i;
// A present-tense modal ("may visit Friday", "should end Sunday", "can return Monday") speaks of what is yet to
// come; its perfect ("may have died Sunday") does not, nor does past "could" ("could not be reached Monday").
// Case-sensitive, so that the month May is no modal.
const MODAL = /\b(?:may|might|must|should|can|Might|Must|Should|Can)\b(?!['’]?t?\s+(?:not\s+|also\s+|still\s+|well\s+)?(?:have|has)\b)/;

function futureCue(clause: string): RegExpExecArray | null {
  return FUTURE.exec(clause) ?? MODAL.exec(clause);
}

// Past perfect ("had been due to expire Friday"): a plan that lay ahead then, not now.
const PAST_PERFECT = /\bhad\s+(?:not\s+|previously\s+|already\s+)?(?:been\s+)?\w+/i;
// A past reporting verb right before the date ("said Monday that it intends to ...") dates the saying.
const SAID_BEFORE = /(?:^|[^\w'’])(?!(?:will|would|to|be|been)\s)(?:\w+\s+)?(?:said|told|announced|reported|confirmed|denied|added|warned|stated|declared|predicted|disclosed|revealed|acknowledged|indicated|noted|agreed|approved|signed|met|held)\s+(?:on\s+)?$/i;
const REPORTED = /\b(?:said|told|announced|reported|confirmed|denied|added|warned|stated|declared|predicted|disclosed|revealed|acknowledged|indicated|noted|agreed|approved|decided|ruled|voted|promised|vowed|pledged)\b/i;
// A plain past verb: "was", "were", "did", "-ed" (lower case: not "United"; not "need", "speed").
const PLAIN_PAST = /\b(?:was|were|did|agreed|[a-z]*[a-df-z]ed)\s/;
const FORWARD = /\b(?:by|until|till|payable|effective|through|starting|beginning|due|expires?|as soon as|as early as|next)\s+(?:on\s+)?$/i;
const ONE_WORD_ASIDE = /\([^()\s]{1,16}\)/g;
const CLAUSE_BREAK = /[,;:()“”"—–]|\b(?:when|after|before|since|while|because|but|and)\b/g;
// After the mention, a reported or relative clause is another clause ("issued a statement Friday saying
// the entry will ..."): its tense is not the mention's.
const CLAUSE_AFTER = /\b(?:that|saying|which|who)\b/g;
// Names joined by "and" ("between Australia and India") do not end a clause.
// (A date's own name is no such name: "resigned Monday and Smith will ...".)
// A name before the spaces that end the text: a capital, not a date's own name, in its last word. Read as
// the trailing spaces cut off, then the last run of letters and points (a run matched only from where it
// starts), then a capital in it: one pattern ending in [\p{L}.]*\s+$ was tried again from every capital.
const NAME_BEFORE = {
  test(text: string): boolean {
    const trimmed = text.trimEnd();
    return trimmed.length < text.length && CAPITAL_NOT_DATE.test(LAST_RUN.exec(trimmed)![0]);
  },
};
const LAST_RUN = /(?<![\p{L}.])[\p{L}.]*$/u;
const CAPITAL_NOT_DATE = /(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b)\p{Lu}/u;
const NAME_AFTER = /^\s+\p{Lu}/u;
// A date set before its clause: "On Tuesday, the league will ...", "Late Friday, ...".
const FRONTED = /^\s*(?:(?:on|late|early|also|by|earlier|later|and|but|then)\s+)*$/i;

/**
 * True when the mention at `at` in `sentence` reads as future: a future cue in its clause ("will meet
 * Monday", "is expected to dominate talks Monday") or a forward-looking word just before it ("payable Dec. 7").
 */
export function isFuture(sentence: string, at = -1): boolean {
  if (at < 0) return futureCue(sentence) !== null;
  const before = sentence.slice(Math.max(0, at - 40), at);
  if (SAID_BEFORE.test(before) && !/\b(?:will|would|to|be|been)\s+\w+\s+(?:on\s+)?$/i.test(before)) return false;
  const forward = FORWARD.exec(before.slice(-24));
  // "by Thursday night" after a plain past ("was used ... by Thursday night") is no deadline ahead, nor is a
  // fronted "By Sunday, ..." (its clause tells).
  const by = forward !== null && /^by\b/i.test(forward[0]);
  if (forward && !(by && (PLAIN_PAST.test(sentence.slice(Math.max(0, at - 100), at)) || FRONTED.test(sentence.slice(0, at - forward[0].length))))) {
    return !PAST_PERFECT.test(sentence.slice(Math.max(0, at - 80), at + 80));
  }
  const { from, to, fronted } = clauseAround(sentence, at);
  const clause = sentence.slice(from, to);
  const cue = futureCue(clause);
  if (!cue || PAST_PERFECT.test(clause)) return false;
  // "On Tuesday, Smith said he would resign": the date is the saying's.
  if (fronted && REPORTED.test(clause.slice(0, cue.index))) return false;
  // "Bush on Tuesday said the US may extend ...", "'It must not stop!' said a message read Wednesday": a
  // saying between the date and the cue puts them in different clauses (not "will be announced Friday").
  const mention = at - from;
  const between = cue.index < mention ? clause.slice(cue.index + cue[0].length, mention) : clause.slice(mention, cue.index);
  return !saying(between);
}

// A finished event in the clause: a simple past ("was", "closed", "fell"), a past or present perfect ("had
// left", "have gathered"). A month after the article's month in such a clause lies in the year before.
// Irregular simple pasts are listed (English has about 150; these are the ones news uses for events), only
// forms that are no present tense too ("hit", "set", "put", "read" are left out).
const PAST_VERB = /\b(?:was|were|did|had|(?:has|have)\s+(?:\w+ly\s+|not\s+|already\s+|also\s+)?(?:been|\w+ed|\w+en|made|got|had|held|won|lost|left|met|paid|sold|brought|found|told|said|led|fought|sought|built|sent|spent|kept|struck|taken)|said|told|took|began|became|came|went|fell|rose|won|lost|met|held|made|left|got|gave|saw|found|sold|bought|paid|brought|struck|ran|led|shot|broke|spoke|wrote|built|sent|spent|kept|knew|thought|felt|fought|caught|drove|flew|grew|threw|chose|stood|sank|swore|wore|ate|rode|sought|stole|tore|woke|withdrew|overtook|undertook|arose|forgave|froze|hid|lay|slid|spun|fled|bore|drew|dug|fed|hung|meant|heard|sang|sat|slept)\b|\b[a-z]*[a-df-z]ed\b/g;
// "-ed" after an article or possessive is an adjective ("the proposed merger in December", "its revised plan").
const ADJECTIVE_BEFORE = /\b(?:a|an|the|its|his|her|their|our|this|that|these|those|newly|recently)\s+$/i;

// Not the event's own tense: a saying dates the saying ("said the offer runs to Nov. 20"), and a plan or an
// expectation in "-ed" looks ahead ("which is expected in December").
const NOT_EVENT_PAST = /^(?:said|told|asked|announced|reported|added|noted|stated|expected|scheduled|planned|proposed|extended|postponed|delayed|set)$/i;
// A date the clause looks ahead to: a deadline or a range's end ("extended to Nov. 16", "respond by Oct. 31",
// "from August 6"), or what an infinitive before it names ("asked it to hold the vote in May").
const AHEAD_BEFORE = /\b(?:to|from|by|until|till|through|effective|starting|beginning|due|payable)\s+(?:on\s+|the\s+)?$/i;
const INFINITIVE = /\bto\s+(?!(?:a|an|the|his|her|its|their|our|my|your|this|that|these|those)\b)[a-z]+\b/;
// A participle after a present "is" is a present passive ("when the case is heard in May").
const PRESENT_AUX = /\b(?:is|are|am|be|being)\s+(?:\w+ly\s+|not\s+)?$/i;

/**
 * True when the clause around the mention at `at` in `sentence` speaks plainly of a past event: a past verb
 * of its own in it ("the plant closed in November", "have gathered evidence in the October killing"), no
 * future cue, no infinitive, and the date no deadline ("deadline", "by", "until").
 */
export function isPast(sentence: string, at: number): boolean {
  if (AHEAD_BEFORE.test(sentence.slice(Math.max(0, at - 20), at))) return false;
  const { from, to } = clauseAround(sentence, at);
  const clause = sentence.slice(from, to);
  if (futureCue(clause) || INFINITIVE.test(clause.slice(0, at - from)) || /\bdeadline/i.test(clause)) return false;
  PAST_VERB.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PAST_VERB.exec(clause)) !== null) {
    if (NOT_EVENT_PAST.test(m[0]) || PRESENT_AUX.test(clause.slice(Math.max(0, m.index - 20), m.index))) continue;
    if (!m[0].endsWith('ed') || !ADJECTIVE_BEFORE.test(clause.slice(Math.max(0, m.index - 12), m.index))) return true;
  }
  return false;
}

/** The clause around the mention at `at`: between the clause breaks on either side, a fronted date ("On Tuesday, the league will ...") taking the clause after its comma. */
function clauseAround(sentence: string, at: number): { from: number; to: number; fronted: boolean } {
  let from = 0;
  let to = sentence.length;
  let fronted = false;
  // A one-word aside in parentheses ("the Asia Oceania Zone (AOZ) Championships", "today (Thursday)") is
  // no clause break: its marks are blanked for the scan, offsets kept.
  const scan = sentence.replace(ONE_WORD_ASIDE, (p) => ' '.repeat(p.length));
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(scan)) !== null) {
    if (m[0] === 'and' && NAME_BEFORE.test(sentence.slice(Math.max(0, m.index - 30), m.index)) && NAME_AFTER.test(sentence.slice(m.index + 3, m.index + 6))) continue;
    if (m.index < at - 1) from = m.index + m[0].length;
    else if (m.index > at) {
      // "On Tuesday, the league will ...": the date belongs to the clause after its comma.
      if (!fronted && m[0] === ',' && FRONTED.test(sentence.slice(from, at)) && /^[\p{L}\d.’' ]*$/u.test(sentence.slice(at, m.index))) {
        fronted = true;
        continue;
      }
      to = m.index;
      break;
    }
  }
  CLAUSE_AFTER.lastIndex = at + 1;
  const sub = CLAUSE_AFTER.exec(sentence);
  if (sub && sub.index < to && !fronted) to = sub.index;
  return { from, to, fronted };
}

const REPORTED_ALL = new RegExp(REPORTED.source, 'gi');
const AUXILIARY_END = /\b(?:be|been|being|is|are|was|were|to|have|has|had)$/i;

/** A reporting verb in `text` that is no passive or infinitive ("be announced", "to say"): read word by word, not by one lookbehind pattern (polynomial on runs of spaces). */
function saying(text: string): boolean {
  REPORTED_ALL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REPORTED_ALL.exec(text)) !== null) {
    if (!AUXILIARY_END.test(text.slice(Math.max(0, m.index - 12), m.index).trimEnd())) return true;
  }
  return false;
}

const CLAUSE_END = /[,;:.!?()“”"—–]|\b(?:when|after|before|since|while|because|but|and|that|which|who)\b/;

/**
 * A future cue after `end` in the rest of its clause: "Sunday's vote will decide", not "they would appeal
 * Wednesday's ruling". For a date that names an event ("Wednesday's ruling") only the event's own verb tells its tense.
 */
export function futureAfter(text: string, end: number): boolean {
  const rest = text.slice(end, end + 80);
  const stop = CLAUSE_END.exec(rest);
  return futureCue(stop ? rest.slice(0, stop.index) : rest) !== null;
}
