// Spellings the dictionary knows in another form: British ("organisation"), prefixed ("delisted"),
// inflected ("helmed", "militaries"), written solid ("realestate") or with a dropped g ("leavin").
import { isWord } from './dictionary';

const PREFIXES = ['re', 'de', 'un', 'non', 'pre', 'post', 'mid', 'over', 'under', 'counter', 'anti', 'co', 'sub', 'inter', 'multi', 'semi', 'self', 'super', 'ultra', 'mis', 'out', 'cross', 'micro', 'mega', 'geo', 'bio', 'eco', 'cyber', 'tele', 'euro', 'pro', 'up', 'off', 'in', 'dis'];
// British and Commonwealth spellings and their American forms in the dictionary.
const VARIANTS: Array<[RegExp, string]> = [
  [/our(s?|ed|ing|ite|ites|able|ful)$/, 'or$1'], [/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'], [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/tre(s?)$/, 'ter$1'], [/ogue(s?)$/, 'og$1'], [/ll(ed|ing|er|ers|ation)$/, 'l$1'], [/ence(s?)$/, 'ense$1'],
  [/mme(s?)$/, 'm$1'], [/ae/, 'e'], [/oe/, 'e'], [/eable$/, 'able'], [/ement$/, 'ment'], [/tis(e|es|ed|ing)$/, 'tic$1'],
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
  for (const [re, to] of VARIANTS) if (re.test(w) && isWord(w.replace(re, to))) return true;
  for (const p of PREFIXES) if (w.startsWith(p) && w.length - p.length >= 4 && isWord(w.slice(p.length))) return true;
  if (w.endsWith('in') && isWord(w + 'g')) return true;
  // Compounds written solid ("realestate", "pershare"): two dictionary words.
  for (let i = 3; i <= w.length - 3; i++) if (isWord(w.slice(0, i)) && isWord(w.slice(i))) return true;
  for (const p of PARTICLE_TAILS) if (w.endsWith(p) && w.length - p.length >= 3 && isWord(w.slice(0, -p.length))) return true;
  return false;
}

