// Spellings the dictionary knows in another form: British ("organisation"), prefixed ("delisted"),
// inflected ("helmed", "militaries"), written solid ("realestate") or with a dropped g ("leavin").
import { isWord } from './dictionary';

const PREFIXES = ['re', 'de', 'un', 'non', 'pre', 'post', 'mid', 'over', 'under', 'counter', 'anti', 'co', 'sub', 'inter', 'multi', 'semi', 'self', 'super', 'ultra', 'mis', 'out', 'cross', 'micro', 'mega', 'geo', 'bio', 'eco', 'cyber', 'tele', 'euro', 'pro', 'up', 'off', 'in', 'dis'];
// British and Commonwealth spellings and their American forms in the dictionary.
const VARIANTS: Array<[RegExp, string]> = [
  [/our(s?|ed|ing|ite|ites|able|ful)$/, 'or$1'], [/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'], [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/tre(s?)$/, 'ter$1'], [/ogue(s?)$/, 'og$1'], [/ll(ed|ing|er|ers|ation)$/, 'l$1'], [/ence(s?)$/, 'ense$1'],
  [/mme(s?)$/, 'm$1'], [/ae/, 'e'], [/oe/, 'e'], [/eable$/, 'able'], [/ement$/, 'ment'], [/tis(e|es|ed|ing)$/, 'tic$1'],
  // Agent nouns in -or beside -er ("protestor", "convenor"); the old "-st" prepositions ("amidst", "amongst").
  [/or(s?)$/, 'er$1'], [/^(amid|among)st$/, '$1'],
  // A doubled s in British inflections ("focussed", "biasses").
  [/ss(ed|ing|es)$/, 's$1'],
  // Plurals the dictionary lacks of nouns it has ("militaries", "designees", "pricings").
  [/ies$/, 'y'], [/es$/, 'e'], [/es$/, ''], [/s$/, ''],
  // Inflections the dictionary lacks of words it has ("helmed", "impermissibly", "tased").
  [/ed$/, ''], [/ed$/, 'e'], [/ing$/, ''], [/ing$/, 'e'], [/ibly$/, 'ible'], [/ably$/, 'able'], [/ily$/, 'y'], [/ly$/, ''],
  [/ers?$/, ''], [/ers?$/, 'e'],
];
const PARTICLE_TAILS = ['up', 'in', 'on', 'off', 'out', 'down', 'over', 'back'];

/** A spelling the dictionary knows in another form: British, prefixed, or a dropped g ("leavin"). */
export function knownForm(w: string): boolean {
  if (PREFIXES.includes(w)) return true; // "cyber" on its own
  if (iesPlural(w)) return false; // "companys" is "company" + s, but a slip for "companies"
  if (doubledForm(w)) return false; // "commited" is "commit" + ed, but a slip for "committed"
  if (derived(w)) return true;
  // A prefix on a word the dictionary has, or on one of its derived forms ("un" + "tradeable").
  for (const p of PREFIXES) if (w.startsWith(p) && w.length - p.length >= 4 && (isWord(w.slice(p.length)) || derived(w.slice(p.length)))) return true;
  if (w.endsWith('in') && isWord(w + 'g')) return true;
  // Compounds written solid ("realestate", "pershare"): two dictionary words.
  for (let i = 3; i <= w.length - 3; i++) if (isWord(w.slice(0, i)) && isWord(w.slice(i))) return true;
  for (const p of PARTICLE_TAILS) if (w.endsWith(p) && w.length - p.length >= 3 && isWord(w.slice(0, -p.length))) return true;
  return false;
}


/**
 * A word formed from a dictionary word by a productive suffix, or in another spelling of one:
 * "tradeable" (trade + able, British "-eable"), "shippable" (ship, doubled p), "reliable" (rely),
 * "unreadiness" after its prefix (ready + ness). Such a word is English even when the dictionary lacks
 * it, so a one-letter neighbour ("untraceable" for "untradeable") must never be offered: it changes the meaning.
 * "-ment", "-less" and "-ful" are left out on purpose: "managment" and "arguement" are common slips.
 */
export function derived(w: string): boolean {
  for (const [re, to] of VARIANTS) if (re.test(w) && isWord(w.replace(re, to))) return true;
  for (const stem of suffixStems(w)) if (stem.length >= 3 && isWord(stem)) return true;
  return false;
}

const SUFFIX = /^(.{3,}?)(able|ably|ability|abilities|ness|nesses)$/;

/** The words "w" may be built from: "tradeable" → trade; "shippable" → shipp, ship; "reliable" → reli, rely, relie. */
function suffixStems(w: string): string[] {
  const m = SUFFIX.exec(w);
  if (!m) return [];
  const stem = m[1];
  const out = [stem];
  if (/able|ably|abilit/.test(m[2])) out.push(stem + 'e'); // trade + able → tradable
  if (/([b-df-hj-np-tv-z])\1$/.test(stem)) out.push(stem.slice(0, -1)); // ship → shippable
  if (stem.endsWith('i')) out.push(stem.slice(0, -1) + 'y'); // rely → reliable, ready → readiness
  return out;
}

/**
 * The plural the writer meant when a noun in -y is given "-ys" after a consonant ("companys" for
 * "companies", "citys"): the dictionary has the noun and its "-ies" plural but not this spelling. Null
 * for a word that is not such a slip; "standbys" (no "standbies") and "days" (a vowel before y) are not.
 */
export function iesPlural(w: string): string | null {
  const m = /^(.+[b-df-hj-np-tv-z])ys$/.exec(w);
  if (!m || isWord(w) || !isWord(m[1] + 'y')) return null;
  const plural = m[1] + 'ies';
  return isWord(plural) ? plural : null;
}

/**
 * The inflection the writer meant when the final consonant of a stem was not doubled ("commited" for
 * "committed", "occured", "refering"): the dictionary has the doubled form but not this one. Null when
 * the word is no such slip ("visited", "opened" have no doubled form).
 */
export function doubledForm(w: string): string | null {
  const m = /^(.*[aeiou])([bdgklmnprtz])(ed|ing|er|ers)$/.exec(w);
  if (!m || isWord(w)) return null;
  const doubled = m[1] + m[2] + m[2] + m[3];
  return isWord(doubled) ? doubled : null;
}
