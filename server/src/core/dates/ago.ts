// Counted distances from the article's date or from an event: "three years ago", "two weeks later", "a day
// after the summit", "within 10 days", "year-ago".
import { fmtQuarter, pad } from './calendar';
import { longerPeriod } from './comparison';
import { cardinal } from './lexicon';
import { narrativeDate, shiftFrom } from './narrative';
import { rel, relFrom, shifted, unitOf } from './resolve';
import { CARD, re, type Rule } from './rule';

const EVENT_TAIL = /^\s+(?:the\s+|[\p{Lu}][\p{L}.-]*['’]s\s+)(?:[\p{Ll}-]+\s+)?(?:invasion|war|attack|election|summit|meeting|talks|annexation|start|end|collapse|deal|agreement|ceasefire|vote|crash|revolution|independence|death|launch)\b/u;

// A comparison before "a year earlier": "higher than", "up from $4 million", "compared with 40%".
const COMPARISON_BEFORE = /\b(?:than|from|compared\s+(?:with|to)|versus|vs\.?|against)\b(?:[^.;!?]|\.\d){0,100}$/i;

// Words that make a distance approximate or a bound: "about", "nearly", "more than", "some".
const APPROXIMATE_BEFORE = /(?:^|[^\p{L}])(?:about|nearly|almost|around|roughly|approximately|some|more\s+than|over|less\s+than|under|at\s+least|close\s+to|just\s+over|just\s+under|upwards\s+of)\s+$/iu;

function sentenceBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 160), at);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  return stop >= 0 ? before.slice(stop + 1) : before;
}

export const AGO_RULES: Rule[] = [
  {
    name: 'ago',
    trigger: /\b(?:ago|earlier|before|later|after|from now|from today|hence|previously)\b/i,
    re: re(`\\b(?:(${CARD})\\s+)?(days?|weeks?|months?|years?|decades?)\\s+(ago|earlier|before|later|after|from now|from today|hence|previously)\\b`, 'gi'),
    read: (m, ctx, text) => {
      // "Years ago", "decades ago": some time ago.
      if (!m[1]) return /s$/i.test(m[2]) && m[3].toLowerCase() === 'ago' ? rel('PAST_REF') : null;
      const nRaw = m[1].toLowerCase();
      const half = /and[- ]a[- ]half$/.test(nRaw);
      const n = cardinal(nRaw.replace(/[- ]and[- ]a[- ]half$/, ''));
      const unit = unitOf(m[2])!;
      const dir = m[3].toLowerCase();
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
      // "a day after Macron announced ...", "years after the invasion": relative to an event, not to the article.
      if ((dir === 'after' || dir === 'before') && /^\s+\S/.test(after)) {
        // Keep the event it counts from when it is short: "three and a half years after Russia’s invasion".
        const tail = EVENT_TAIL.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
        const r = rel(null);
        if (tail) r.extendBy = tail[0].length;
        return r;
      }
      // "about a decade ago", "nearly 20 years ago": an approximate distance fixes no calendar date.
      if (APPROXIMATE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) && dir === 'ago') return rel(null);
      if (!Number.isFinite(n) || half) return rel(dir === 'ago' || dir === 'earlier' || dir === 'previously' ? 'PAST_REF' : dir === 'from now' || dir === 'from today' || dir === 'hence' ? 'FUTURE_REF' : null);
      const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'previously' ? -1 : 1;
      // "a year ago" in a report on a quarter: the same quarter a year before (when that quarter is recent),
      // unless the sentence compares a longer period ("For the nine months, ... a year earlier").
      const q = ctx.lastQuarter;
      if (unit === 'year' && n === 1 && sign < 0 && q && (!ctx.anchor || Math.abs(q.y - ctx.anchor.y) <= 1) && !longerPeriod(text, m.index)) return relFrom(fmtQuarter(q.y - 1, q.q), fmtQuarter(q.y, q.q));
      // The same fiscal quarter a year before: no calendar value.
      if (unit === 'year' && n === 1 && sign < 0 && ctx.fiscalQuarter && !longerPeriod(text, m.index)) return rel(null);
      if (dir !== 'ago' && dir !== 'from now' && dir !== 'from today' && dir !== 'hence') {
        // "up 4% from a year earlier": a comparison with the same time a year before the report.
        if (unit === 'year' && n === 1 && sign < 0 && COMPARISON_BEFORE.test(sentenceBefore(text, m.index))) return rel(shifted(ctx.anchor, 'year', -1));
        // "Three days later he died", "Ten years earlier, her mother …": counted from the time the story last
        // set, not from the article's day; unresolved when the text gives that time no date (narrative.ts).
        const from = narrativeDate(ctx);
        return relFrom(from ? shiftFrom(from, unit, sign * n) : null, from);
      }
      if (unit === 'decade') return rel(ctx.anchor ? pad(ctx.anchor.y + sign * 10 * n, 4) : null);
      return rel(shifted(ctx.anchor, unit, sign * n));
    },
  },
  {
    name: 'within',
    trigger: /within/i,
    re: re(`\\bwithin\\s+(?:the\\s+next\\s+)?(${CARD})\\s+(days?|weeks?|months?|years?)\\b`, 'gi'),
    read: () => rel(null),
  },
  {
    name: 'year-ago-adjective',
    trigger: /year-(?:ago|earlier)/i,
    re: re(`\\byear-(?:ago|earlier)\\b(?!\\s+(?:quarter|period))`, 'gi'),
    read: (m, ctx, text) => {
      if (ctx.fiscalQuarter && !longerPeriod(text, m.index)) return rel(null);
      const q = ctx.lastQuarter;
      return q && !longerPeriod(text, m.index) ? relFrom(fmtQuarter(q.y - 1, q.q), fmtQuarter(q.y, q.q)) : rel(shifted(ctx.anchor, 'year', -1));
    },
  },
];
