// What a count counts, and when a number in words is a count at all. A count's noun is the head of the
// noun phrase after the number, across up to three modifiers: adjectives, nouns used as modifiers and
// proper adjectives ("four Turkish army officers", "six U.S. citizens", "two retired four-star
// generals", "10 French soldiers"). The head is a plural in lower case, an irregular plural ("people",
// "children", "men") or a people's name in the plural ("eight Mexicans", "3.4 million Venezuelans").
// A number in words with no such noun is a count only where the text makes it one: after a qualifier
// ("at least five", "four or more"), as the subject of a casualty ("seven dead", "two were rescued", "twenty had died")
// or as the object of one ("killing three", "wounding six", "the toll reaches eleven"), or as a part of a whole ("two of five submarines").

const MAX_MODIFIERS = 3;
const IRREGULAR_PLURALS = new Set(`people men women children police personnel staff troops cattle sheep fish deer aircraft
  feet teeth geese mice crew`.split(/\s+/));
// Adjectives that name a group of people after a number: "1,700 injured", "200K homeless".
export const NOMINAL_ADJECTIVES = /^(?:dead|injured|wounded|homeless|displaced|missing|unemployed|evacuated|hospitali[sz]ed|infected|jobless)$/i;
// Words that end a noun phrase before its head: function words, and verbs that take a number as subject.
const STOP = /^(?:and|or|nor|to|of|in|on|at|by|for|from|with|into|onto|upon|over|under|about|against|between|through|is|was|are|were|be|been|being|has|had|have|will|would|could|should|may|might|must|can|did|do|does|said|says|she|he|they|it|we|i|you|his|her|their|its|our|my|the|a|an|this|that|these|those|who|whom|whose|which|what|when|where|why|how|than|as|if|but|so|not|also|still|just|only|more|less|per|after|before|during|since|until|ago|later|earlier|each|every|all|both|either|neither|some|any|no|others|there|here|then|now|today|yesterday|tomorrow|while|because|though|although)$/i;
const PLURAL_COMMON = /^\p{Ll}[\p{L}-]*[^su'’]s$/u;
const PLURAL_PEOPLE = /^\p{Lu}\p{Ll}{2,}(?:ans|ens|is)$/u;
const WORD = /^\s+((?:\p{L}\.){2,}|[\p{L}][\p{L}'’-]*)/u;

export interface CountedNoun {
  /** Characters after the number up to the end of the head noun. */
  length: number;
  /** The head noun as written ("officers", "people", "Mexicans"). */
  noun: string;
}

/** The noun phrase after a number and its head, or null when no plural head comes within three modifiers. */
export function countedNoun(after: string): CountedNoun | null {
  let pos = 0;
  for (let i = 0; i <= MAX_MODIFIERS; i++) {
    const m = WORD.exec(after.slice(pos));
    if (!m) return null;
    const w = m[1];
    if (STOP.test(w)) return null;
    pos += m[0].length;
    if (PLURAL_COMMON.test(w) || IRREGULAR_PLURALS.has(w) || PLURAL_PEOPLE.test(w)) {
      // A possessive or a compound goes on ("two soldiers' families" counts soldiers; stop at the head).
      return { length: pos, noun: w };
    }
  }
  return null;
}

// Casualty and rescue words after a number in words that is their subject: "seven dead", "two survive",
// "two were rescued", "twenty had died", "five missing", "seven more were injured".
const CASUALTY_AFTER = /^\s+(?:more\s+)?(?:(?:were|was|are|had|have|has)\s+(?:been\s+)?|are\s+still\s+|remain\s+)?(?:dead|died|die|killed|injured|wounded|hurt|missing|survived?|survive|rescued|drowned|arrested|detained|hospitali[sz]ed|evacuated)(?![\p{L}])/iu;
// Casualty verbs before a number in words that is their object: "killing three", "wounding six".
// A toll that reaches a number: "the death toll reaches eleven", "the tally rose to nine".
const CASUALTY_BEFORE = /(?:^|[^\p{L}])(?:kill(?:ing|ed|s)?|wound(?:ing|ed|s)?|injur(?:ing|ed|es|e)|arrest(?:ing|ed|s)?|rescu(?:ing|ed|es)|detain(?:ing|ed|s)?|(?:toll|tally)\s+(?:has\s+)?(?:reach(?:es|ed)?|r[io]se[sn]?\s+to|climb(?:s|ed)?\s+to|hit|hits|st(?:an|oo)ds?\s+at))\s+$/iu;
// A qualifier right before: "at least five", "more than twenty", "up to a thousand".
const QUALIFIER_BEFORE = /(?:^|[^\p{L}])(?:at\s+least|at\s+most|more\s+than|fewer\s+than|less\s+than|up\s+to|as\s+many\s+as|nearly|almost|about|around|roughly|approximately|some|over|only)\s+$/iu;

const PARTITIVE = /^\s+of\s+(?:the|its|their|his|her|our|those|these|them|us|\p{Lu}\p{L}*['’]s|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a\s+hundred)(?![\p{L}])/u;

/** Whether a number in words with no counted noun after it is still a count, by the words around it. */
export function isBareWordCount(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  const after = text.slice(end, end + 40);
  if (CASUALTY_AFTER.test(after)) return true;
  // The object or the qualified number ends there: a comma, a full stop, "and", "others".
  // "four or more people", "twenty or so": the qualifier comes after.
  if (/^\s+or\s+(?:more|fewer|less|so)(?![\p{L}])/iu.test(after)) return true;
  const closes = /^(?:\s*[,.;:!?)]|\s+(?:and|others|more)(?![\p{L}])|\s*$)/u.test(after);
  if (closes && (CASUALTY_BEFORE.test(before) || QUALIFIER_BEFORE.test(before))) return true;
  // A part of a whole: "two of five submarines", "six of the crew", "three of Bacar's supporters".
  return PARTITIVE.test(after);
}

// The second part of a compound adjective that makes the number a count of something: "a 3,000-strong
// force", "an 18-nation bloc", "a 6,000-page report", "a seven-storey building". Not: "three-way",
// "two-thirds", "five-star", "two-time", "40-odd" and "40-plus" (qualifiers), "5-like".
const NOT_COUNTED_COMPOUND = /^(?:way|ways|like|fold|ish|odd|plus|time|times|thirds?|halves|half|quarters?|fifths?|fourths?|tenths?|star|some|sided|off|on|up|ever|all|nil|love|all)$/i;

/** The counted part after a hyphen ("-strong", "-nation"), or null when the compound is no count. */
export function countedCompound(after: string): { length: number; noun: string | null } | null {
  const m = /^-(\p{L}+)(?![\p{L}\p{N}-])/u.exec(after);
  if (!m || NOT_COUNTED_COMPOUND.test(m[1])) return null;
  return { length: m[0].length, noun: /^strong$/i.test(m[1]) ? null : m[1].toLowerCase() };
}
