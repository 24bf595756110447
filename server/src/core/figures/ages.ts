// Ages written as a bare number beside a person: "Maria Ortiz, 59, of Dayton", "the driver, 32, was",
// "a man, 45, from Leeds", "Jorge Ortiz, 49." at the end of a sentence, and "John Smith (45)" as
// British and Nigerian papers write it; and the age at an event of a life: "dies at 83", "died at 76",
// "when he was 29", "when she turned ten". ("aged 45", "age 45", "45-year-old" and "45 years of age" are
// patterns of their own.) Anything else stays a count.

// Nouns for a person that news puts an age after ("the victim, 19,"). The noun starts where a word starts
// (a lookbehind rather than a character consumed before it).
const PERSON_NOUNS = /(?<!\p{L})(?:man|woman|men|women|boy|girl|teenager|teen|child|baby|toddler|infant|victim|suspect|driver|passenger|pedestrian|rider|cyclist|motorist|resident|student|pupil|mother|father|son|daughter|wife|husband|brother|sister|grandmother|grandfather|uncle|aunt|nephew|niece|cousin|widow|widower|friend|neighbou?r|owner|worker|officer|soldier|nurse|doctor|teacher|farmer|trader|pensioner|retiree|defendant|accused|killer|gunman|attacker|survivor|patient|player|striker|midfielder|defender|goalkeeper|winger|forward|actor|actress|singer|rapper|author|artist|founder|leader|veteran|mum|dad|partner|fiancée?|girlfriend|boyfriend|youth|youngster|lad|pilot)\s*,\s*$/iu;
// A name: capitalised words, at least two ("Jorge Ortiz", "Mary-Ann O'Neil"), right before.
// Read word by word rather than by one pattern: a pattern that could start after every apostrophe of a
// word, or at every capitalised word of a long run, read to the end of the text from each (quadratic).
const NAME_WORD = /^\p{Lu}[\p{L}’'.-]*$/u;
const WORD_END = /(?<![\p{L}’'.-])[\p{L}’'.-]+$/u;
const NAME_START = /(?:^|[^\p{L}])\p{Lu}[\p{L}’'.-]/u;

/** Whether the text ends with two or more capitalised words, the first of two letters or more (spaces after them allowed). */
function endsWithFullName(s: string): boolean {
  const words = s.split(/\s+/);
  if (words[words.length - 1] === '') words.pop();
  let first = words.length;
  while (first > 0 && NAME_WORD.test(words[first - 1])) first--;
  // The name's first word is one of these capitalised words but the last, or the word before them when
  // it ends in one ('(Jorge' in '(Jorge Ortiz', "d'Estaing"-like endings).
  for (let w = Math.max(first - 1, 0); w <= words.length - 2; w++) {
    const end = WORD_END.exec(words[w])?.[0];
    if (end && NAME_START.test(end)) return true;
  }
  return false;
}

/** Whether the text ends with a capitalised word and a comma ("Ortiz, "). */
function endsWithNameAndComma(s: string): boolean {
  const word = /(?<![\p{L}.’'-])([\p{L}.’'-]+),\s*$/u.exec(s)?.[1];
  return !!word && /\p{Lu}/u.test(word);
}
// Words of play in the sentence make "(45)" a minute of a match, not an age.
const MATCH_WORDS = /\b(?:goal|goals|scored?|scoring|minute|penalty|header|equali[sz]er|strike|assist|booked|substituted)\b/i;

/** Whether the bare whole number at [start, end) is the age of the person named or described right before it. */
export function isAgeAfterPerson(text: string, start: number, end: number, value: number): boolean {
  if (!Number.isInteger(value) || value <= 0 || value > 120) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 30);
  // "John Smith (45)"
  if (text[start - 1] === '(' && text[end] === ')') {
    const name = before.slice(0, -1);
    const sentence = text.slice(Math.max(0, start - 200), end + 200);
    return endsWithFullName(name) && !MATCH_WORDS.test(sentence);
  }
  if (!/,\s*$/.test(before)) return false;
  // "…, 45, of Chicago", "…, 45, from Leeds": an age whatever names the person.
  if (/^,\s*(?:of|from)\s+\p{Lu}/u.test(after)) return true;
  if (/^,/.test(after) && (endsWithNameAndComma(before) || PERSON_NOUNS.test(before))) return true;
  // "Jorge Ortiz, 49." closing a sentence: only after a full name (a list "Smith, 45; Jones, 40" is a tally).
  return /^\.(?:\s|$)/.test(after) && endsWithFullName(before.replace(/,\s*$/, ''));
}

// "dies at 83", "died at the age of 76", "retired at 60": the age at which a life's event happened.
const LIFE_EVENT_AT = /(?:^|[^\p{L}])(?:dies|died|dead|death|passed\s+away|retire[sd]?|retiring|married|emigrated|debuted)\s+at\s+(?:the\s+age\s+of\s+)?$/iu;
// "when he was 29", "when she turned ten": a person's age when something happened.
const WHEN_AGED = /(?:^|[^\p{L}])when\s+(?:he|she|i|we|they|you)\s+(?:was|were|turned)\s+$/iu;

/** Whether the bare number at [start, end) is someone's age at an event of their life. */
export function isAgeAtEvent(text: string, start: number, end: number, value: number): boolean {
  if (!Number.isInteger(value) || value <= 0 || value > 120) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  // Nothing that the number counts or measures follows ("when he was 29 points behind" is no age).
  if (!/^(?:\s*[,.;:!?)"”]|\s+(?:and|or|but|in|on|after|when|from|of|years?\s+old)(?![\p{L}])|[ \t]*(?:\n|$))/iu.test(text.slice(end, end + 20))) return false;
  return LIFE_EVENT_AT.test(before) || WHEN_AGED.test(before);
}
