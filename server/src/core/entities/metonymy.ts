// How a name is used where it stands. A country that acts ("North Korea fired", "South Korea says")
// stands for its state or government: an organization, where "in South Korea" or "to the United States"
// is a place. A name put "in" or "at" is where something is. The article decides once per actor, by
// counting how its mentions are used.
// Verbs that show the country doing or saying something itself. Auxiliaries ("Russia has long held", "Russia
// can be trusted") are left out: they as often describe a country's standing as its acts.
const AGENT_WORDS = new Set(('says said say plans wants warns claims denies accuses threatens insists refuses hopes vows urges '
  + 'rejects agrees announces launches fires sends demands calls').split(' '));
const LOCATIVE_WORDS = new Set('in into to from across throughout within at near inside around of enter entered visit visited visiting leave left'.split(' '));
const PAST_VERB = /^\p{Ll}{3,}ed$/u;

export type Use = 'agent' | 'location';

/** How the name at text[start, end) is used: as the subject of a verb, after a locative preposition, or neither. */
export function useOf(text: string, start: number, end: number): Use | null {
  let i = end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  let j = i;
  while (j < text.length && j - i < 20 && /\p{Ll}/u.test(text[j])) j++;
  const next = text.slice(i, j);
  if (j > i && (j === text.length || !/[\p{L}\-']/u.test(text[j])) && (AGENT_WORDS.has(next) || PAST_VERB.test(next))) return 'agent';
  const before = text.slice(Math.max(0, start - 24), start).match(/(?<!\p{Ll})(\p{Ll}+)\s+(?:the\s+)?$/u)?.[1];
  if (before && LOCATIVE_WORDS.has(before)) return 'location';
  return null;
}

/** A country is an organization in this article when it acts at least twice and more often than it is a location. */
export function actsAsState(uses: ReadonlyArray<Use | null>): boolean {
  let agent = 0;
  let location = 0;
  for (const u of uses) {
    if (u === 'agent') agent++;
    else if (u === 'location') location++;
  }
  return agent >= 2 && agent > location;
}

const PLACING_WORDS = new Set(['in', 'at', 'near', 'within', 'inside', 'outside', 'across', 'throughout', 'into']);

/** Whether the name at text[start] follows a word that places something ("in Portadown", "into Portadown's"). */
export function placedAt(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start).match(/(?<!\p{Ll})(\p{Ll}+)\s+$/u)?.[1];
  return !!before && PLACING_WORDS.has(before);
}
