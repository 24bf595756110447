// Currencies of the world as news writes them, each to its ISO 4217 code: signs before the number
// ("$", "€", "₦", "HK$", "R$"), ISO codes before or after ("USD 5 million", "5 million EUR"), words
// after it ("5 million euros", "2,000 naira", "300 Kenyan shillings"), and the local shorthands of a
// country's own press ("N295 billion" for naira, "R5 million" for rand, "Sh3 billion" for shillings).
// A shorthand or a word shared by several countries (rupees, pesos, dinars, "¥") is read from the
// article: the one country among its users that the text names decides; when the text names none or
// several, the figure keeps no unit, and a letter shorthand ("N", "R", "Sh") is no money at all.

/** What the whole article says about where its money is. Computed once per article. */
export interface CurrencyContext {
  /** Country keys (ISO 3166 alpha-2) named in the text by name, people or capital. */
  countries: ReadonlySet<string>;
  /** "N" before a number is naira: the text writes naira, ₦ or Nigeria, or several N-amounts with a scale. */
  naira: boolean;
  /** "R" before a number is rand: the text writes rand or South Africa. */
  rand: boolean;
  /** CFA francs are named (bare "francs" is then not Swiss). */
  cfa: boolean;
}

// Country names, peoples and capitals, case-sensitive, that decide a shared currency.
const COUNTRY_NAMES: Array<[string, string]> = [
  ['NG', 'Nigeria|Nigerians?|Lagos|Abuja'], ['ZA', 'South Africa|South Africans?|Johannesburg|Cape Town|Pretoria|Durban'],
  ['KE', 'Kenya|Kenyans?|Nairobi|Mombasa'], ['UG', 'Uganda|Ugandans?|Kampala'], ['TZ', 'Tanzania|Tanzanians?|Dodoma|Dar es Salaam'],
  ['SO', 'Somalia|Somalis?|Mogadishu'], ['IN', 'India|Indians?|New Delhi|Mumbai|Bengaluru|Kolkata|Chennai'],
  ['PK', 'Pakistan|Pakistanis?|Islamabad|Karachi|Lahore'], ['LK', 'Sri Lanka|Sri Lankans?|Colombo'],
  ['NP', 'Nepal|Nepalis?|Nepalese|Kathmandu'], ['MU', 'Mauritius|Mauritians?'], ['JP', 'Japan|Japanese|Tokyo'],
  ['CN', 'China|Chinese|Beijing|Shanghai'], ['KR', 'South Korea|South Koreans?|Seoul'], ['KP', 'North Korea|North Koreans?|Pyongyang'],
  ['MX', 'Mexico|Mexicans?'], ['PH', 'Philippines|Filipinos?|Philippine|Manila'], ['AR', 'Argentina|Argentine|Argentinians?|Buenos Aires'],
  ['CO', 'Colombia|Colombians?|Bogotá|Bogota'], ['CL', 'Chile|Chileans?'], ['CU', 'Cuba|Cubans?|Havana'],
  ['DO', 'Dominican Republic|Santo Domingo'], ['UY', 'Uruguay|Uruguayans?|Montevideo'], ['ZM', 'Zambia|Zambians?|Lusaka'],
  ['MW', 'Malawi|Malawians?|Lilongwe'], ['AE', 'United Arab Emirates|UAE|Emirati|Dubai|Abu Dhabi'], ['MA', 'Morocco|Moroccans?|Rabat|Casablanca'],
  ['SA', 'Saudi Arabia|Saudis?|Riyadh'], ['QA', 'Qatar|Qataris?|Doha'], ['OM', 'Oman|Omanis?|Muscat'], ['IR', 'Iran|Iranians?|Tehran'],
  ['YE', 'Yemen|Yemenis?|Sanaa'], ['IQ', 'Iraq|Iraqis?|Baghdad'], ['JO', 'Jordanians?|Amman'], ['KW', 'Kuwait|Kuwaitis?'],
  ['DZ', 'Algeria|Algerians?|Algiers'], ['TN', 'Tunisia|Tunisians?|Tunis'], ['RS', 'Serbia|Serbians?|Belgrade'], ['LY', 'Libya|Libyans?|Tripoli'],
  ['BH', 'Bahrain|Bahrainis?|Manama'], ['NO', 'Norway|Norwegians?|Oslo'], ['DK', 'Denmark|Danish|Danes|Copenhagen'],
  ['SE', 'Sweden|Swedish|Swedes|Stockholm'], ['IS', 'Iceland|Icelandic|Reykjavik'], ['CH', 'Switzerland|Swiss|Geneva|Zurich|Bern'],
  ['RW', 'Rwanda|Rwandans?|Kigali'], ['CD', 'Congolese|Kinshasa|Democratic Republic of (?:the )?Congo'], ['BI', 'Burundi|Burundians?'],
  ['FR', 'France|French|Paris'], ['BE', 'Belgium|Belgian|Brussels'],
];
const COUNTRY_RES = COUNTRY_NAMES.map(([key, names]) => [key, new RegExp(`(?<![\\p{L}])(?:${names})(?![\\p{L}])`, 'u')] as const);

// Several amounts written "N" + number + scale ("N4.5 billion ... N300m") are naira even where the text
// never says so: no other currency is written that way.
const N_AMOUNTS = /(?<![\p{L}\p{N}])N\d[\d,.]*\s?(?:billion|million|trillion|bn|mn|tn|m)(?![\p{L}])/gu;

export function currencyContext(text: string): CurrencyContext {
  const countries = new Set<string>();
  for (const [key, re] of COUNTRY_RES) if (re.test(text)) countries.add(key);
  const naira = /\bnaira\b|₦/i.test(text) || countries.has('NG') || (text.match(N_AMOUNTS)?.length ?? 0) >= 2;
  const rand = /\brands?\b/.test(text) || countries.has('ZA');
  return { countries, naira, rand, cfa: /\bCFA\b/.test(text) };
}

type Resolve = string | null | ((ctx: CurrencyContext) => string | null);

/** The one key of `options` among the countries the text names; else `fallback`. */
const byCountry = (options: Record<string, string>, fallback: string | null = null) => (ctx: CurrencyContext): string | null => {
  const named = Object.keys(options).filter((k) => ctx.countries.has(k));
  return named.length === 1 ? options[named[0]] : named.length === 0 ? fallback : null;
};
const RUPEES = byCountry({ IN: 'INR', PK: 'PKR', LK: 'LKR', NP: 'NPR', MU: 'MUR' }, 'INR');
const SHILLINGS = byCountry({ KE: 'KES', UG: 'UGX', TZ: 'TZS', SO: 'SOS' });
const YEN_OR_YUAN = byCountry({ JP: 'JPY', CN: 'CNY' }, 'JPY');

/** Signs written before the number, case-sensitive; longest first where one ends another ("HK$", "$"). */
export const CURRENCY_SIGNS: Array<[string, Resolve]> = [
  ['US$', 'USD'], ['AU$', 'AUD'], ['A$', 'AUD'], ['CA$', 'CAD'], ['C$', 'CAD'], ['NZ$', 'NZD'], ['HK$', 'HKD'],
  ['S$', 'SGD'], ['NT$', 'TWD'], ['R$', 'BRL'], ['Mex$', 'MXN'], ['$', 'USD'], ['€', 'EUR'], ['E£', 'EGP'], ['£', 'GBP'],
  ['CN¥', 'CNY'], ['JP¥', 'JPY'], ['¥', YEN_OR_YUAN], ['₽', 'RUB'], ['₴', 'UAH'], ['₹', 'INR'], ['₦', 'NGN'], ['₩', 'KRW'],
  ['₱', 'PHP'], ['₺', 'TRY'], ['₪', 'ILS'], ['₫', 'VND'], ['฿', 'THB'], ['GH₵', 'GHS'], ['GH¢', 'GHS'], ['₵', 'GHS'],
  ['₨', RUPEES], ['₡', 'CRC'], ['₸', 'KZT'],
];

/** Letter shorthands of a country's press, before the number; null from the context = not money. */
export const LOCAL_SHORTHANDS: Array<[string, Resolve]> = [
  ['KShs', 'KES'], ['Kshs', 'KES'], ['KSh', 'KES'], ['Ksh', 'KES'], ['UShs', 'UGX'], ['USh', 'UGX'], ['TShs', 'TZS'], ['TSh', 'TZS'],
  ['Rs.', RUPEES], ['Rs', RUPEES], ['Sh', SHILLINGS],
  ['N', (ctx) => (ctx.naira ? 'NGN' : null)], ['R', (ctx) => (ctx.rand ? 'ZAR' : null)],
];
/** Shorthands that are a single capital letter: written against the digits ("N295", never "N 295"). */
export const SINGLE_LETTER_SHORTHANDS = new Set(['N', 'R']);

/** ISO 4217 codes news uses, before ("USD 5 million") or after ("5 million EUR") the number; upper case only. */
export const CURRENCY_CODES = `USD EUR GBP JPY CNY CHF CAD AUD NZD HKD SGD TWD INR PKR LKR NPR BDT NGN GHS KES UGX TZS ZAR EGP MAD
  ETB XOF XAF RUB UAH TRY ILS SAR AED QAR KWD BRL MXN ARS COP CLP PEN KRW IDR MYR THB PHP VND SEK NOK DKK PLN CZK HUF RON ZMW
  MWK RWF`.split(/\s+/);
const CODE_ALIASES: Record<string, string> = { RMB: 'CNY' };

/** Currency words after a number, lower case, each with what decides its code. */
const CURRENCY_WORDS: Array<[string, Resolve]> = [
  ['dollars?', 'USD'], ['euros?', 'EUR'], ['pounds?', 'GBP'], ['sterling', 'GBP'], ['naira', 'NGN'], ['rands?', 'ZAR'],
  ['shillings?', SHILLINGS], ['rupees?', RUPEES], ['yuan', 'CNY'], ['renminbi', 'CNY'], ['yen', 'JPY'],
  ['won', byCountry({ KR: 'KRW', KP: 'KPW' }, 'KRW')], ['pesos?', byCountry({ MX: 'MXN', PH: 'PHP', AR: 'ARS', CO: 'COP', CL: 'CLP', CU: 'CUP', DO: 'DOP', UY: 'UYU' })],
  ['reais', 'BRL'], ['r[o]?ubles?', 'RUB'], ['hryvnias?', 'UAH'], ['lira|liras|lire', 'TRY'], ['cedis?', 'GHS'],
  // Bare francs: Swiss today, French or Belgian before the euro, CFA in West and Central Africa.
  ['francs?', (ctx) => (ctx.cfa ? null : byCountry({ CH: 'CHF', FR: 'FRF', BE: 'BEF', RW: 'RWF', CD: 'CDF', BI: 'BIF' })(ctx))],
  ['kwacha', byCountry({ ZM: 'ZMW', MW: 'MWK' })], ['dirhams?', byCountry({ AE: 'AED', MA: 'MAD' })],
  ['riyals?|rials?', byCountry({ SA: 'SAR', QA: 'QAR', OM: 'OMR', IR: 'IRR', YE: 'YER' })],
  ['dinars?', byCountry({ IQ: 'IQD', JO: 'JOD', KW: 'KWD', DZ: 'DZD', TN: 'TND', RS: 'RSD', LY: 'LYD', BH: 'BHD' })],
  ['rupiah', 'IDR'], ['ringgit', 'MYR'], ['baht', 'THB'], ['taka', 'BDT'], ['birr', 'ETB'], ['kronor', 'SEK'],
  ['kroner|krone', byCountry({ NO: 'NOK', DK: 'DKK' })], ['kronur|krona', byCountry({ SE: 'SEK', IS: 'ISK' }, 'SEK')],
  ['zlotys?|zloty', 'PLN'], ['forints?', 'HUF'], ['lei', 'RON'], ['tenge', 'KZT'],
];

/** A people or country word before a currency word fixes the country: "Kenyan shillings", "Hong Kong dollars". */
const ADJECTIVE_CODES: Array<[string, string, string]> = [
  ['US|U\\.S\\.|American', 'dollars?', 'USD'], ['Australian', 'dollars?', 'AUD'], ['Canadian', 'dollars?', 'CAD'],
  ['New Zealand', 'dollars?', 'NZD'], ['Hong Kong', 'dollars?', 'HKD'], ['Singapore(?:an)?', 'dollars?', 'SGD'],
  ['(?:New )?Taiwan(?:ese)?', 'dollars?', 'TWD'], ['Zimbabwe(?:an)?', 'dollars?', 'ZWL'], ['Namibian', 'dollars?', 'NAD'],
  ['Jamaican', 'dollars?', 'JMD'], ['Liberian', 'dollars?', 'LRD'], ['Egyptian', 'pounds?', 'EGP'], ['Lebanese', 'pounds?', 'LBP'],
  ['Sudanese', 'pounds?', 'SDG'], ['Syrian', 'pounds?', 'SYP'], ['British', 'pounds?', 'GBP'], ['Mexican', 'pesos?', 'MXN'],
  ['Philippine', 'pesos?', 'PHP'], ['Argentine', 'pesos?', 'ARS'], ['Colombian', 'pesos?', 'COP'], ['Chilean', 'pesos?', 'CLP'],
  ['Kenyan', 'shillings?', 'KES'], ['Ugandan', 'shillings?', 'UGX'], ['Tanzanian', 'shillings?', 'TZS'], ['Somali', 'shillings?', 'SOS'],
  ['Indian', 'rupees?', 'INR'], ['Pakistani', 'rupees?', 'PKR'], ['Sri Lankan', 'rupees?', 'LKR'], ['Nepal(?:i|ese)', 'rupees?', 'NPR'],
  ['Mauritian', 'rupees?', 'MUR'], ['Swiss', 'francs?', 'CHF'], ['French', 'francs?', 'FRF'], ['Belgian', 'francs?', 'BEF'], ['Rwandan', 'francs?', 'RWF'], ['Congolese', 'francs?', 'CDF'],
  ['Iraqi', 'dinars?', 'IQD'], ['Jordanian', 'dinars?', 'JOD'], ['Kuwaiti', 'dinars?', 'KWD'], ['Algerian', 'dinars?', 'DZD'],
  ['Tunisian', 'dinars?', 'TND'], ['Serbian', 'dinars?', 'RSD'], ['Libyan', 'dinars?', 'LYD'], ['Saudi', 'riyals?', 'SAR'],
  ['Qatari', 'riyals?', 'QAR'], ['Omani', 'rials?', 'OMR'], ['Iranian', 'rials?', 'IRR'], ['UAE|Emirati', 'dirhams?', 'AED'],
  ['Moroccan', 'dirhams?', 'MAD'], ['Zambian', 'kwacha', 'ZMW'], ['Malawian', 'kwacha', 'MWK'], ['Norwegian', 'kroner|krone', 'NOK'],
  ['Danish', 'kroner|krone', 'DKK'], ['Swedish', 'kronor|krona', 'SEK'], ['Icelandic', 'kronur|krona', 'ISK'],
  ['South Korean|Korean', 'won', 'KRW'], ['North Korean', 'won', 'KPW'], ['Chinese', 'yuan', 'CNY'], ['Japanese', 'yen', 'JPY'],
  ['Brazilian', 'reais|real', 'BRL'], ['South African', 'rands?', 'ZAR'], ['Nigerian', 'naira', 'NGN'], ['Ghanaian', 'cedis?', 'GHS'],
  ['Turkish', 'lira|liras', 'TRY'], ['CFA', 'francs?', ''],
];
const ADJECTIVE_RES = ADJECTIVE_CODES.map(([adj, word, code]) => [new RegExp(`(?:${adj})\\s+(?:${word})$`, 'i'), code] as const);
const WORD_RES = CURRENCY_WORDS.map(([word, code]) => [new RegExp(`(?<![\\p{L}])(?:${word})$`, 'iu'), code] as const);

/** The currency word part of a money suffix: an optional people word, then the word. */
const ADJECTIVES = ADJECTIVE_CODES.map(([adj]) => adj).join('|');
// Bare "pounds" is a weight ("weighs 150 pounds"); money only as "pounds sterling", after a scale word
// ("40 million pounds") or with a people word ("Egyptian pounds"). "won" is a verb ("they won 3") unless
// a scale word or a people word comes before it.
export const MONEY_WORD_SOURCE = `(?:(?:${ADJECTIVES})\\s+(?:${[...new Set(ADJECTIVE_CODES.map(([, w]) => w))].join('|')})|pounds?\\s+sterling|(?<=(?:illion|thousand|lakh|crore)\\s+)(?:pounds|won)|${CURRENCY_WORDS.filter(([w]) => !/^(?:pounds|won)/.test(w)).map(([w]) => w).join('|')})`;

function resolve(r: Resolve, ctx: CurrencyContext): string | null {
  return typeof r === 'function' ? r(ctx) : r;
}

/** The ISO code of the currency in a money figure's text; null when the text and the article do not fix it. */
export function currencyOf(match: string, ctx: CurrencyContext): string | null {
  const head = match.trimStart();
  for (const [sign, code] of CURRENCY_SIGNS) if (head.startsWith(sign) || match.includes(sign)) return resolve(code, ctx);
  for (const [sign, code] of LOCAL_SHORTHANDS) if (head.startsWith(sign)) return resolve(code, ctx);
  const codes = /(?<![\p{L}])([A-Z]{3})(?![\p{L}])/u.exec(match);
  if (codes && (CURRENCY_CODES.includes(codes[1]) || CODE_ALIASES[codes[1]])) return CODE_ALIASES[codes[1]] ?? codes[1];
  const words = match.replace(/\s+/g, ' ').trim();
  for (const [re, code] of ADJECTIVE_RES) if (re.test(words)) return code || null;
  for (const [re, code] of WORD_RES) if (re.test(words)) return resolve(code, ctx);
  return null;
}

/** Whether a local letter shorthand at the head of a match is money in this article ("N295" with naira in it). */
export function shorthandIsMoney(match: string, ctx: CurrencyContext): boolean {
  for (const [sign, code] of LOCAL_SHORTHANDS) if (match.startsWith(sign)) return resolve(code, ctx) !== null;
  return true;
}

/** Sub-units of a currency ("20 cents", "16 pence", "50 kobo"): a hundredth of it. */
export const SUBUNIT_SOURCE = '(?:cents?|pence|kobo)';
const SUBUNIT_ADJECTIVES: Array<[RegExp, string]> = [
  [/Canadian/i, 'CAD'], [/Australian/i, 'AUD'], [/U\.S\.|US|American/, 'USD'], [/euro/i, 'EUR'], [/New Zealand/i, 'NZD'],
  [/Hong Kong/i, 'HKD'], [/Singapore/i, 'SGD'],
];
export function subunitCurrency(match: string): string | null {
  if (/pence$/i.test(match)) return 'GBP';
  if (/kobo$/i.test(match)) return 'NGN';
  for (const [re, code] of SUBUNIT_ADJECTIVES) if (re.test(match)) return code;
  return null; // cents: the currency of the money figure before it, else US dollars
}
