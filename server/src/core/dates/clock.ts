// Clock times: "2:30 p.m. Friday", "at 9 a.m.", "noon Tuesday", "midnight".
import { fmtDay, pad } from './calendar';
import { weekdayNumber } from './lexicon';
import { rel, shifted, weekdayDate } from './resolve';
import { TIME_ZONE, WD, re, type Rule } from './rule';

export const CLOCK_RULES: Rule[] = [
  {
    name: 'clock',
    trigger: /\d\s*(?:a\.m|p\.m|am\b|pm\b|AM\b|PM\b|o['’]clock|in the (?:morning|afternoon|evening))/,
    re: re(`\\b(?:(?:at|around|about|until|by|before|after)\\s+)?(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b|AM\\b|PM\\b|o['’]clock\\b|in the (?:morning|afternoon|evening)\\b)${TIME_ZONE}(?:,?\\s+(${WD}|today|yesterday|tomorrow))?`, 'g'),
    read: (m, ctx) => {
      let h = +m[1];
      const min = m[2] ? +m[2] : 0;
      // "4 in the morning" = 4 a.m.; "3 in the afternoon" = 3 p.m.
      const ap = m[3].toLowerCase().replace(/^in the morning$/, 'am').replace(/^in the (?:afternoon|evening)$/, 'pm');
      if (m[3].startsWith('in') && !/^(?:at|around|about|until|by|before|after)\s/i.test(m[0])) return null; // "3 in the morning session"
      if (h > 12 || min > 59 || (h === 0 && ap.startsWith('a') && false)) return null;
      if (ap.startsWith('p') && h < 12) h += 12;
      if (ap.startsWith('a') && h === 12) h = 0;
      let d: string | null = null;
      const tail = (m[4] ?? '').toLowerCase();
      // "until 9 a.m. Tuesday": a deadline lies ahead ("by 9 a.m. Sunday" is left to the tense test: "By 9 a.m.
      // Sunday, he had begun ...").
      const ahead = /^until\s/i.test(m[0]) ? { ...ctx, future: true } : ctx;
      if (tail && weekdayNumber(tail)) d = weekdayDate(ahead, weekdayNumber(tail), null);
      else if (tail) d = shifted(ctx.anchor, 'day', tail === 'yesterday' ? -1 : tail === 'tomorrow' ? 1 : 0);
      else d = ctx.anchor ? fmtDay(ctx.anchor) : null;
      const r = rel(d && !d.startsWith('X') ? `${d}T${pad(h)}:${pad(min)}` : null);
      if (!tail) r.timeOnly = true;
      const lead = /^(?:at|around|about|until|by|before|after)\s+/i.exec(m[0]);
      if (lead) r.trimStart = lead[0].length;
      return r;
    },
  },
  {
    // A 24-hour clock after "at": "at 14:30", "until 09:00 GMT" (an hour that cannot be read on a 12-hour clock).
    name: 'clock-24',
    trigger: /\d:\d\d/,
    re: re(`\\b(?:at|around|about|until|by|before|after|from)\\s+([01]\\d|2[0-3]):([0-5]\\d)\\b(?![:.,]?\\d|\\s*(?:a\\.m|p\\.m|am\\b|pm\\b|AM\\b|PM\\b))${TIME_ZONE}`, 'g'),
    read: (m, ctx) => {
      const h = +m[1];
      if (h < 13 && !m[1].startsWith('0')) return null;
      const r = rel(ctx.anchor ? `${fmtDay(ctx.anchor)}T${m[1]}:${m[2]}` : null);
      r.timeOnly = true;
      r.trimStart = m[0].search(/\d/);
      return r;
    },
  },
  {
    name: 'noon',
    trigger: /noon|midnight|midday/i,
    re: re(`\\b(?<!\\bhigh\\s)(noon|midnight|midday)(?:\\s+(${WD}|today|yesterday|tomorrow))?\\b`, 'gi'),
    read: (m, ctx) => {
      const t = m[1].toLowerCase() === 'midnight' ? '24:00' : '12:00';
      const tail = (m[2] ?? '').toLowerCase();
      let d: string | null = ctx.anchor ? fmtDay(ctx.anchor) : null;
      if (tail && weekdayNumber(tail)) d = weekdayDate(ctx, weekdayNumber(tail), null);
      else if (tail) d = shifted(ctx.anchor, 'day', tail === 'yesterday' ? -1 : tail === 'tomorrow' ? 1 : 0);
      return rel(d && !d.startsWith('X') ? `${d}T${t}` : null);
    },
  },
];
