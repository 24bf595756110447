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

const AUX = "(?:(?:has|have|had|was|were|will|would|also|later|already|recently|then|first|reportedly|formally|officially|\\w+ly)\\s+)*";
const VERB_RE = new RegExp(`(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|Such|Any|Some|Each|Every)\\b)(\\p{Lu}[\\p{L}.’'-]*|\\b(?:he|she|they))\\s+${AUX}\\b(${[...new Set(VERBS)].join('|')})\\b`, 'gu');

/** The first event verb in `text` from `from` with a named actor (a capitalized word) or a pronoun before it. */
export function eventVerbAt(text: string, from: number): { start: number; end: number } | null {
  VERB_RE.lastIndex = from;
  const m = VERB_RE.exec(text);
  if (!m) return null;
  const start = m.index + m[0].length - m[2].length;
  return { start, end: start + m[2].length };
}
