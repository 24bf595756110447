// Verbs of newsworthy actions, past tense and present (headline style), for events without a date of
// their own. Reporting verbs (said, told, added, warned) are left out: a statement is a quote, not an event.
const VERBS = [
  'met', 'meets', 'hosted', 'hosts', 'held', 'holds', 'signed', 'signs', 'announced', 'announces', 'revealed',
  'phoned', 'called for', 'visited', 'visits', 'invaded', 'invades', 'annexed', 'attacked', 'attacks', 'launched',
  'launches', 'agreed', 'agrees', 'approved', 'approves', 'rejected', 'rejects', 'proposed', 'proposes', 'offered',
  'pledged', 'pledges', 'ratified', 'elected', 'resigned', 'resigns', 'arrested', 'killed', 'died', 'won', 'voted',
  'struck', 'seized', 'withdrew', 'declared', 'imposed', 'unveiled', 'began', 'ended', 'extended', 'invited',
  'appointed', 'fired', 'sanctioned', 'captured', 'released', 'deployed', 'banned', 'passed', 'vetoed', 'sued',
  'suspended', 'collapsed', 'crashed', 'exploded', 'erupted', 'opened', 'closed', 'acquired', 'merged', 'filed',
  'summoned', 'expelled', 'hosted', 'convened', 'postponed', 'cancelled', 'canceled', 'scheduled',
];

const VERB_RE = new RegExp(`\\b(?:${[...new Set(VERBS)].join('|')})\\b`, 'g');
const AUX = /^(?:has|have|had|was|were|will|would|also|later|already|recently|then|first|reportedly|formally|officially|\p{L}+ly)$/iu;
const NOT_ACTOR = /^(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|Such|Any|Some|Each|Every)$/u;
const ACTOR = /^(?:\p{Lu}[\p{L}.’'-]*|he|she|they)$/u;

/** The first event verb in `text` from `from` with a named actor (a capitalized word) or a pronoun before it. */
export function eventVerbAt(text: string, from: number): { start: number; end: number } | null {
  VERB_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = VERB_RE.exec(text)) !== null) {
    // Walk back over auxiliaries and adverbs to the word that acts.
    const before = text.slice(Math.max(0, m.index - 80), m.index).split(/\s+/u).filter(Boolean);
    let k = before.length - 1;
    while (k >= 0 && AUX.test(before[k])) k--;
    const actor = k >= 0 ? before[k] : '';
    if (ACTOR.test(actor) && !NOT_ACTOR.test(actor)) return { start: m.index, end: m.index + m[0].length };
  }
  return null;
}
