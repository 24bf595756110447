// Word lists for dates: month and weekday names, number words, ordinals, parts of the day.

export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Month by any accepted spelling ("Sept", "Aug.", "August"), 1..12, or 0. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w === 'sept') return 9;
  for (let i = 0; i < 12; i++) {
    const name = MONTH_NAMES[i];
    if (w === name || (w.length >= 3 && w === name.slice(0, 3))) return i + 1;
  }
  return 0;
}

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** ISO weekday of a name ("Sunday" = 7), or 0. */
export function weekdayNumber(word: string): number {
  return WEEKDAYS.indexOf(word.toLowerCase().replace(/['’]s$/, '')) + 1;
}

const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, several: NaN, few: NaN, 'a few': NaN, many: NaN, some: NaN,
};

/** A small cardinal written in digits or words ("three", "twenty-one", "a", "3"); NaN when vague ("several"). */
export function cardinal(text: string): number {
  const t = text.toLowerCase().trim();
  if (/^\d+$/.test(t)) return +t;
  if (t in SMALL) return SMALL[t];
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](one|two|three|four|five|six|seven|eight|nine)$/.exec(t);
  if (m) return SMALL[m[1]] + SMALL[m[2]];
  return NaN;
}

export const CARDINAL_WORDS =
  '(?:\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|(?:twenty|thirty|forty)[- ](?:one|two|three|four|five|six|seven|eight|nine)|several|a few|few|many)';

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, final: 4, last: 4,
};

export function ordinal(text: string): number {
  const t = text.toLowerCase();
  const m = /^(\d+)(?:st|nd|rd|th)$/.exec(t);
  if (m) return +m[1];
  return ORDINALS[t] ?? NaN;
}

/** TIMEX3 part-of-day codes. */
export const PART_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI',
};

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

export const DECADE_WORDS: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};
