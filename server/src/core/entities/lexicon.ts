// Built-in knowledge, built once at module load from the data files in ./data (see data/README.md):
// gazetteers of places, organizations and well-known people, first names, common words, and the
// small closed lists (titles, demonyms, organization words) that the rules use.
import type { EntityType } from '../types';
import places from './data/places.json';
import orgs from './data/organizations.json';
import people from './data/people.json';
import names from './data/names.json';
import common from './data/common.json';

export interface KnownName {
  /** Canonical name of the group ("United States" for "U.S."). */
  canonical: string;
  type: EntityType;
}

const split = (s: string): string[] => s.split('|').filter(Boolean);

/** Lower-cased known name -> canonical form and type. */
export const KNOWN = new Map<string, KnownName>();
/** Lower-cased known names only ever written in capitals ("who" of WHO, "it" of IT): "Who" and "It" are words. */
export const CAPITALS_ONLY = new Set<string>();
const writtenOtherwise = new Set<string>();
function add(group: string[], type: EntityType): void {
  const canonical = group[0];
  for (const n of group) {
    const lower = n.toLowerCase();
    if (/\p{Ll}/u.test(n)) {
      writtenOtherwise.add(lower);
      CAPITALS_ONLY.delete(lower);
    } else if (!writtenOtherwise.has(lower)) CAPITALS_ONLY.add(lower);
    if (!KNOWN.has(lower)) KNOWN.set(lower, { canonical, type });
  }
}
for (const p of orgs.aliases) add(split(p), 'organization');
for (const p of people.people) add(split(p), 'person');
add(['United States', 'United States of America', 'US', 'U.S.', 'USA', 'U.S.A.', 'America'], 'place');
add(['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'], 'place');
add(['Russia', 'Russian Federation'], 'place');
add(['Washington', 'Washington D.C.', 'Washington, D.C.'], 'place');
add(['Kyiv', 'Kiev'], 'place');
// AP-style abbreviations of US states that no English word or name shares ("LANSING, Mich.").
for (const [state, abbr] of [['Alabama', 'Ala.'], ['Arizona', 'Ariz.'], ['California', 'Calif.'], ['Colorado', 'Colo.'], ['Connecticut', 'Conn.'],
  ['Florida', 'Fla.'], ['Michigan', 'Mich.'], ['Minnesota', 'Minn.'], ['Nebraska', 'Neb.'], ['Nevada', 'Nev.'], ['Oklahoma', 'Okla.'],
  ['Tennessee', 'Tenn.'], ['Wisconsin', 'Wis.'], ['Wyoming', 'Wyo.']]) add([state, abbr, abbr.slice(0, -1)], 'place');
for (const key of ['countries', 'regions', 'subdivisions', 'states', 'cities'] as const) for (const n of split(places[key])) add([n], 'place');

/** Company legal forms and company words that end a company's name ("Corp.", "Holdings"), lower case. */
export const LEGAL_ENDINGS = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'ag', 'sa', 'nv', 'gmbh', 'group', 'holdings', 'corporation', 'company']);

/** Names of US states. */
export const STATES = new Set(split(places.states));

/** Canonical names of countries. */
export const COUNTRIES = new Set(split(places.countries).map((n) => KNOWN.get(n.toLowerCase())?.canonical ?? n));

/** Surname (last word) of a well-known person -> full canonical name. */
export const KNOWN_SURNAMES = new Map<string, string>();
for (const p of people.people) {
  for (const n of split(p)) {
    const last = n.split(' ').pop()!.toLowerCase();
    if (!KNOWN_SURNAMES.has(last)) KNOWN_SURNAMES.set(last, split(p)[0]);
  }
}

/** Gazetteer phrases by first word (lower case), longest first, for token matching. */
export const PHRASES = new Map<string, string[][]>();
for (const key of KNOWN.keys()) {
  const words = key.replace(/,/g, ' ,').split(' ');
  const list = PHRASES.get(words[0]) ?? [];
  list.push(words);
  PHRASES.set(words[0], list);
}
for (const list of PHRASES.values()) list.sort((a, b) => b.length - a.length);

export const FIRST_NAMES = new Set([...split(names.first), ...split(names.moby)].map((n) => n.toLowerCase()));
export const COMMON_WORDS = new Set([
  ...common.words.split(' '),
  // Words that open sentences in news and are never names by themselves.
  ...('inside|outside|despite|among|amid|amidst|although|though|yet|however|meanwhile|still|instead|indeed|moreover|furthermore|'
  + 'nevertheless|nonetheless|besides|beyond|within|without|across|along|around|behind|below|beneath|between|throughout|toward|'
  + 'towards|upon|unlike|like|via|hopes|claims|counterclaims|reports|sources|officials|critics|analysts|experts|such|whether|'
  + 'while|whilst|after|before|during|since|until|unless|once|when|where|why|how|what|which|who|whose|this|that|these|those|'
  + 'there|here|then|now|today|tonight|yesterday|tomorrow|earlier|later|also|even|only|just|already|perhaps|maybe|overall|'
  + 'finally|first|second|third|next|last|both|each|every|many|most|some|several|few|all|any|no|not|neither|either|nor|so|thus|'
  + 'therefore|hence|accordingly|regardless|notably|similarly|likewise|separately|elsewhere|speaking|asked|according|given|'
  + 'following|including|amongst|per|key|breaking|update|exclusive|analysis|opinion|commentary|editorial|frequently|asked|questions').split('|'),
]);
/** Last words of facility and geographic names ("Fisht Stadium", "Hudson River"): place in GUM's sense. */
export const PLACE_SUFFIXES = new Set(('stadium|arena|station|airport|hall|tower|towers|bridge|square|street|st.|avenue|ave.|road|boulevard|'
  + 'park|palace|castle|cathedral|mosque|temple|church|hotel|base|building|plaza|mall|port|harbor|harbour|island|islands|mountain|'
  + 'mountains|mount|river|lake|valley|bay|beach|county|province|district|city|town|village|state|region|coast|peninsula|desert|'
  + 'canal|sea|ocean|gulf|strait|prison|camp|gardens|garden|field|center|centre|zoo|theatre|theater|house|tunnel|highway|dam').split('|'));
export const ORG_SUFFIXES = new Set(split(orgs.suffixes).map((w) => w.toLowerCase()));
/** First words of organization names that go on with "of" or "on" ("Ministry of", "Commission on"), lower case. */
export const ORG_PREFIXES = new Set(split(orgs.prefixes).map((w) => w.toLowerCase()));

/** Titles and offices that precede a name; they are a role, never part of the name. */
export const TITLES = new Set(
  ('president|vice|prime|minister|chancellor|secretary|envoy|ambassador|senator|sen.|representative|rep.|congressman|congresswoman|'
  + 'governor|gov.|mayor|king|queen|prince|princess|pope|sheikh|emir|general|gen.|colonel|col.|lieutenant|lt.|major|captain|capt.|'
  + 'sergeant|admiral|commander|chief|director|chairman|chairwoman|chair|ceo|spokesman|spokeswoman|spokesperson|judge|justice|'
  + 'attorney|prosecutor|officer|detective|inspector|professor|prof.|dr.|dr|mr.|mr|mrs.|mrs|ms.|ms|sir|dame|lord|lady|saint|st.|rev.|'
  + 'reverend|father|bishop|archbishop|cardinal|rabbi|imam|ayatollah|leader|head|deputy|foreign|defence|defense|interior|finance|'
  + 'special|state|commissioner|coach|manager|founder|co-founder|premier|dictator|sultan|crown|emeritus|assistant|associate|'
  + 'spy|chef|actor|actress|singer|author|writer|journalist|reporter|analyst|adviser|advisor|aide|diplomat|official|negotiator|'
  + 'general-secretary|secretary-general|first|lady|speaker|whip|treasurer|auditor|councillor|councilman|councilwoman|delegate|'
  + 'consul|envoys|marshal|sheriff|cabinet|national|security|adviser|economy|trade|health|education|justice|energy|'
  + 'agriculture|transport|culture|affairs|homeland|intelligence|army|navy|air|force|staff|joint|chiefs').split('|'),
);
/** Title words that by themselves name an office (the head of a role phrase). */
export const OFFICE_WORDS = new Set(
  ('president|minister|chancellor|secretary|envoy|ambassador|senator|congressman|congresswoman|governor|mayor|king|queen|prince|'
  + 'princess|pope|sheikh|emir|general|colonel|lieutenant|major|captain|sergeant|admiral|commander|chief|director|chairman|'
  + 'chairwoman|chair|ceo|spokesman|spokeswoman|spokesperson|judge|justice|attorney|prosecutor|officer|detective|inspector|'
  + 'professor|premier|leader|head|commissioner|coach|manager|founder|co-founder|dictator|sultan|adviser|advisor|aide|diplomat|'
  + 'official|negotiator|secretary-general|speaker|sheriff|representative|deputy|analyst|reporter|journalist|author|actor|singer|'
  + 'spy|consul|delegate|treasurer|whip|marshal|rabbi|imam|ayatollah|bishop|archbishop|cardinal|reverend|economist|lawyer|'
  + 'mr.|mrs.|ms.|dr.|mr|mrs|ms|dr|prof.|sir|dame|lord|lady').split('|'),
);

/** Nationality adjectives and demonyms ("Russian", "Americans"): not names by themselves. */
export const DEMONYMS = new Set(
  ('american|americans|russian|russians|ukrainian|ukrainians|french|german|germans|british|english|european|europeans|chinese|'
  + 'japanese|korean|koreans|indian|indians|pakistani|afghan|afghans|iranian|iranians|iraqi|iraqis|syrian|syrians|israeli|israelis|'
  + 'palestinian|palestinians|turkish|turks|italian|italians|spanish|polish|poles|dutch|belgian|belgians|swiss|swedish|swedes|'
  + 'norwegian|danish|finnish|greek|greeks|hungarian|romanian|bulgarian|serbian|serbs|croatian|czech|slovak|austrian|irish|scottish|'
  + 'welsh|canadian|canadians|mexican|mexicans|brazilian|argentine|argentinian|chilean|colombian|venezuelan|cuban|australian|'
  + 'australians|egyptian|egyptians|saudi|saudis|emirati|qatari|yemeni|lebanese|jordanian|libyan|tunisian|moroccan|algerian|'
  + 'nigerian|kenyan|ethiopian|somali|sudanese|south|north|african|africans|asian|asians|arab|arabs|western|eastern|northern|'
  + 'southern|soviet|belarusian|georgian|armenian|azerbaijani|kazakh|uzbek|vietnamese|thai|filipino|indonesian|malaysian|'
  + 'taiwanese|portuguese|estonian|latvian|lithuanian|moldovan|slovenian|icelandic|kurdish|kurds|persian|muslim|muslims|christian|'
  + 'christians|jewish|jews|hindu|hindus|buddhist|catholic|catholics|protestant|sunni|shia|shiite|latin|nordic|baltic|balkan|'
  + 'transatlantic|pro-russian|pro-ukrainian|russian-speaking|kremlin-backed|us-led|european-led|nato-style').split('|'),
);

/** Countries and regions that a garbled source may write in lower case ("ukraine", "europe"); not English words. */
export const LOWERCASE_PLACES = new Set(
  [...split(places.countries), ...split(places.regions)]
    .map((n) => n.toLowerCase())
    .filter((n) => /^\p{L}{5,}$/u.test(n) && !COMMON_WORDS.has(n) && !/^(?:china|turkey|jordan|georgia|guinea|niger|congo|wales|victoria|amazon|java|pacific|atlantic|arctic|mississippi)$/.test(n)),
);

/** Lookup of a known name, or undefined. */
export function known(name: string): KnownName | undefined {
  // A curly apostrophe is the same letter as a straight one ("Moody’s" is "Moody's").
  const lower = name.replace(/’/g, "'").toLowerCase();
  if (CAPITALS_ONLY.has(lower) && /\p{Ll}/u.test(name)) return undefined;
  return KNOWN.get(lower);
}
