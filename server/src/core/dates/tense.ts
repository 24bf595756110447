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
const CLAUSE_BREAK = /[,;:()“”"—–]|\b(?:when|after|before|since|while|because|but|and)\b/g;
// After the mention, a reported or relative clause is another clause ("issued a statement Friday saying
// the entry will ..."): its tense is not the mention's.
const CLAUSE_AFTER = /\b(?:that|saying|which|who)\b/g;
// Names joined by "and" ("between Australia and India") do not end a clause.
// (A date's own name is no such name: "resigned Monday and Smith will ...".)
const NAME_BEFORE = /(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b)\p{Lu}[\p{L}.]*\s+$/u;
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
  let from = 0;
  let to = sentence.length;
  let fronted = false;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(sentence)) !== null) {
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
