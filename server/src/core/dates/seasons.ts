// Named days and seasons of the year: "Christmas", "Thanksgiving 1998", "last summer", "the fall of 1997".
import { addDays, dayNumber, fmtDay, pad, weekday, type Ymd } from './calendar';
import { SEASONS } from './lexicon';
import { inUndatedTime } from './narrative';
import { abs, rel } from './resolve';
import { re, type Rule } from './rule';

const SURNAME_BEFORE = /[^.!?"“”'‘’\s]\s+\p{Lu}\p{Ll}+\s+$/u;

export const SEASONS_RULES: Rule[] = [
  {
    name: 'holiday',
    trigger: /Christmas|New Year|Thanksgiving|Independence|Halloween|Valentine|Labor Day|Memorial Day|Election Day/,
    re: re(`\\b(?:(last|this|next)\\s+)?(Christmas(?: Day| Eve)?|New Year['’]s (?:Day|Eve)|Thanksgiving(?: Day)?|Independence Day|Halloween|Valentine['’]s Day|Labor Day|Memorial Day|Election Day)\\b(?:\\s+(\\d{4})\\b)?(?!\\s+(?:trees?|cards?|carols?|lights|ornaments|decorations|gifts?|presents?|music|songs?|movies?|films?|Island|Islands)\\b)`, 'g'),
    read: (m, ctx, text) => {
      const which = m[1]?.toLowerCase();
      const name = m[2].toLowerCase();
      // "illustrator Johnnie Christmas": a surname.
      if (!which && !m[3] && /^\w+$/.test(m[2]) && SURNAME_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) return null;
      const dateIn = (y: number): Ymd => {
        if (name.startsWith('christmas')) return { y, m: 12, d: name.endsWith('eve') ? 24 : 25 };
        if (name.startsWith('new year')) return name.endsWith('eve') ? { y, m: 12, d: 31 } : { y, m: 1, d: 1 };
        if (name.startsWith('independence')) return { y, m: 7, d: 4 };
        if (name === 'halloween') return { y, m: 10, d: 31 };
        if (name.startsWith('valentine')) return { y, m: 2, d: 14 };
        if (name.startsWith('thanksgiving')) return nthWeekday(y, 11, 4, 4);
        if (name.startsWith('labor')) return nthWeekday(y, 9, 1, 1);
        // US Election Day: the Tuesday after the first Monday of November.
        if (name.startsWith('election')) return addDays(nthWeekday(y, 11, 1, 1), 1);
        return lastWeekday(y, 5, 1);
      };
      if (m[3]) return abs(fmtDay(dateIn(+m[3])));
      const a = ctx.anchor;
      if (!a) return rel(null);
      let d = dateIn(a.y);
      const cmp = fmtDay(d).localeCompare(fmtDay(a));
      // Like a month named alone, a holiday up to two months ahead is this year's even without a future cue
      // ("as Election Day grows near").
      const soon = dayNumber(d) - dayNumber(a) <= 61;
      if ((which === 'last' || (!which && !ctx.future && !soon)) && cmp > 0) d = dateIn(a.y - 1);
      if ((which === 'next' || (!which && ctx.future)) && cmp < 0) d = dateIn(a.y + 1);
      return rel(fmtDay(d));
    },
  },
  {
    // "by year-end", "since year end", "by the year's end": the end of the article's year (of the one before
    // after "since"); TIMEX3 writes the year. Not the adjective ("year-end results").
    name: 'year-end',
    trigger: /year['’]?s?[- ]end/i,
    re: re(`\\b(?:(since|from)\\s+)?(?:the\\s+)?year(?:-|\\s+|['’]s\\s+)end\\b(?![-’']|\\s+\\p{Ll})`, 'giu'),
    read: (m, ctx) => {
      const r = rel(ctx.anchor ? pad(ctx.anchor.y - (m[1] ? 1 : 0), 4) : null);
      if (m[1]) r.trimStart = m[0].length - m[0].replace(/^\S+\s+/, '').length;
      return r;
    },
  },
  {
    // "the 9/11 attacks": the day of the attacks on the United States.
    name: 'nine-eleven',
    trigger: /9\/11/,
    re: re(`(?<![\\d/])9/11(?![\\d/])`),
    read: () => abs('2001-09-11'),
  },
  {
    name: 'season',
    trigger: /spring|summer|fall|autumn|winter/i,
    re: re(`(?:\\b(?:in|into|during|since|over|until|till|by|through|throughout|for|from|before|after|of)\\s+the\\s+(?=(?:(?:early|late|mid)[- ]?)?(?:spring|summer|fall|autumn|winter)\\b))?\\b(?:(?:early|late|mid)[- ]?)?(?:(last|this|next|this past|this coming)\\s+)?(spring|summer|fall|autumn|winter)\\b(?:\\s+(?:of\\s+)?(\\d{4})\\b)?`, 'gi'),
    read: (m, ctx) => {
      const s = SEASONS[m[2].toLowerCase()];
      if (m[3]) return abs(`${m[3]}-${s}`);
      const a = ctx.anchor;
      const the = /^\S+\s+the\s/iu.exec(m[0]);
      if (!m[1] && the) {
        // "in the summer": this year's, or last year's when it lies ahead of a past-tense sentence.
        // Inside an anecdote the text gives no date for ("when he was a student … in the summer"), no value.
        if (!a || (!ctx.future && inUndatedTime(ctx))) {
          const none = rel(null);
          if (a) none.trimStart = the[0].length - 4;
          return none;
        }
        const start = { SP: 3, SU: 6, FA: 9, WI: 12 }[s] ?? 1;
        const r = rel(`${pad(!ctx.future && start > a.m + 1 ? a.y - 1 : a.y, 4)}-${s}`);
        r.trimStart = the[0].length - 4;
        return r;
      }
      if (!m[1]) return null;
      const w = m[1].toLowerCase();
      if (!a) return rel(null);
      let y = a.y;
      if (w === 'last') y = a.y - 1;
      if (w === 'next' && s !== 'WI') y = a.y + 1;
      return rel(`${pad(y, 4)}-${s}`);
    },
  },
];

/** The n-th given weekday (ISO, Monday = 1) of a month. */
function nthWeekday(y: number, month: number, wd: number, n: number): Ymd {
  const first = weekday({ y, m: month, d: 1 });
  return { y, m: month, d: 1 + ((wd - first + 7) % 7) + 7 * (n - 1) };
}

function lastWeekday(y: number, month: number, wd: number): Ymd {
  const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
  const w = weekday({ y, m: month, d: last });
  return { y, m: month, d: last - ((w - wd + 7) % 7) };
}
