// Quarters and halves of a (fiscal) year: "the third quarter of 1998", "Q3", "the quarter", "the 1988
// period", "the first half of next year". A quarter named sets the one later mentions refer to.
import { fmtQuarter, pad, quarterOf, type Ymd } from './calendar';
import type { DateReading } from './context';
import { monthNumber, ordinal } from './lexicon';
import { abs, rel, relFrom } from './resolve';
import { MON, plausibleYear, re, relYear, type Rule } from './rule';

export const QUARTERS_RULES: Rule[] = [
  {
    name: 'quarter',
    trigger: /quarter/i,
    re: re(`\\b(?:the\\s+)?(?:(\\d{4})['’]?s?\\s+|(this|last|next) year['’]s\\s+|(?:comparable\\s+)?(year-ago|year-earlier|prior-year|previous-year|year-before)\\s+)?(?:fiscal\\s+|calendar\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\\b(?:\\s+of\\s+(?:fiscal\\s+|calendar\\s+)?(?:(\\d{4})\\b|(this|last|next) year\\b))?`, 'gi'),
    read: (m, ctx, text) => {
      const q = ordinal(m[4]);
      // A fiscal quarter is no calendar quarter: its year starts when the company's does (issue 16).
      if (isFiscal(m[0], text, m.index, m.index + m[0].length, q)) return { value: null, relative: false, fiscal: true };
      let y: number | null = null;
      let from: string | undefined;
      if (m[1]) y = +m[1];
      else if (m[5]) y = +m[5];
      else if (m[2] || m[6]) y = relYear(ctx, m[2] ?? m[6]);
      // The year of the quarter the report is about, unless that was history ("stopped paying in the third
      // quarter of 1984. ... reported third-quarter net").
      else if (ctx.lastQuarter && (!ctx.anchor || recent(ctx.lastQuarter, ctx.anchor))) {
        y = ctx.lastQuarter.y;
        from = fmtQuarter(ctx.lastQuarter.y, ctx.lastQuarter.q);
      }
      else if (ctx.anchor) y = q > quarterOf(ctx.anchor) && !ctx.future ? ctx.anchor.y - 1 : ctx.anchor.y;
      // "the year-ago third quarter", "the prior-year fourth quarter": that quarter a year before.
      if (m[3] && y !== null && !m[1] && !m[5]) y -= 1;
      const explicit = !!(m[1] || m[5]);
      const r: DateReading = { value: y === null ? `XXXX-Q${q}` : fmtQuarter(y, q), relative: !explicit };
      if (from && !explicit) r.fromText = from;
      // A year-ago quarter is a comparison, never the quarter the report is about.
      if (y !== null && !m[3]) r.quarter = { y, q };
      return r;
    },
  },
  {
    name: 'quarter-q',
    trigger: /Q[1-4]/,
    re: re(`\\b(?:(\\d{4})\\s+)?Q([1-4])(?:\\s+(\\d{4}))?\\b`),
    read: (m, ctx, text) => {
      const q = +m[2];
      if (isFiscal(m[0], text, m.index, m.index + m[0].length, q)) return { value: null, relative: false, fiscal: true };
      const y = m[1] ? +m[1] : m[3] ? +m[3] : ctx.anchor?.y ?? null;
      const r: DateReading = { value: y === null ? `XXXX-Q${q}` : fmtQuarter(y, q), relative: !(m[1] || m[3]) };
      if (y !== null) r.quarter = { y, q };
      return r;
    },
  },
  {
    name: 'the-quarter',
    trigger: /quarter|period/i,
    re: re(`\\b(?:the|this|last|next|that)\\s+(?:(latest|current|last|past|previous|prior|most recent|same|year-ago|year-earlier|comparable|fiscal)\\s+)?(?:(quarter)|(period))\\b(?![- ](?:century|million|billion|to-))`, 'gi'),
    read: (m, ctx, text) => {
      const lead = m[0].split(/\s+/)[0].toLowerCase();
      const mod = (m[1] ?? '').toLowerCase();
      const isPeriod = !!m[3];
      const yearAgo = mod === 'year-ago' || mod === 'year-earlier' || (mod === 'same' && /year|ago|earlier/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20)));
      if (isPeriod && !((ctx.lastQuarter || ctx.fiscalQuarter) && (yearAgo || mod === 'comparable')) && mod !== 'latest') return null;
      // "the quarter ended July 31": a quarter that ends in no calendar quarter's last month is a fiscal one.
      if (!isPeriod && endsOffCalendar(text, m.index + m[0].length, null)) return { value: null, relative: false, fiscal: true };
      // The quarter of a fiscal year spoken of before: no calendar quarter either.
      if (ctx.fiscalQuarter && lead !== 'this' && lead !== 'next' && lead !== 'last' && mod !== 'current') return rel(null);
      const a = ctx.anchor;
      let base = ctx.lastQuarter;
      if (lead === 'this' || mod === 'current') base = a ? { y: a.y, q: quarterOf(a) } : null;
      else if (lead === 'next') base = a ? { y: a.y, q: quarterOf(a) + 1 } : null;
      else if ((lead === 'last' || !base) && a) base = { y: a.y, q: quarterOf(a) - 1 };
      if (!base) return rel(null);
      const value = fmtQuarter(base.y - (yearAgo ? 1 : 0), base.q);
      return base === ctx.lastQuarter ? relFrom(value, fmtQuarter(base.y, base.q)) : rel(value);
    },
  },
  {
    name: 'year-period',
    trigger: /\d\d\d\d (?:quarter|period)/,
    re: re(`\\bthe\\s+(\\d{4})\\s+(?:quarter|period)\\b`),
    read: (m, ctx) => {
      // "the 1988 period" in a quarterly report: that year's quarter of the one being reported.
      const y = +m[1];
      if (!plausibleYear(y)) return null;
      if (ctx.fiscalQuarter) return { value: null, relative: false };
      return ctx.lastQuarter ? abs(fmtQuarter(y, ctx.lastQuarter.q)) : abs(pad(y, 4));
    },
  },
  {
    // Halves of a year: "the first half of 2024", "the last half of 1989", "the latter half of next year", "the
    // first two quarters of 1990" (= H1), "the second half of the year" (the anchor's year). A bare "the second
    // half" is left alone: in a match report it is the game's. A half of a fiscal year has no calendar value.
    name: 'half',
    trigger: /half|two quarters/i,
    re: re(`\\b(?:the\\s+)?(?:(first|second|last|latter|1st|2nd)\\s+half|(first|last|final)\\s+two\\s+quarters)\\s+of\\s+(?:(fiscal\\s+(?:year\\s+)?)?(\\d{4})\\b|(this|last|next) year\\b|the\\s+(?:(fiscal|current)\\s+)?year\\b(?![-’']))`, 'gi'),
    read: (m, ctx) => {
      if (m[3] || (m[6] ?? '').toLowerCase() === 'fiscal') return { value: null, relative: false, fiscal: true };
      const h = /^(?:first|1st)$/i.test(m[1] ?? m[2]) ? 1 : 2;
      const y = m[4] ? +m[4] : m[5] ? relYear(ctx, m[5]) : ctx.anchor?.y ?? null;
      if (y !== null && !plausibleYear(y)) return null;
      return { value: y === null ? null : `${pad(y, 4)}-H${h}`, relative: !m[4] };
    },
  },
  {
    // "H1 2024", "2024 H2", "1H 2024": the half written as a code, with its year; "FY2024 H1" is a fiscal half.
    name: 'half-h',
    trigger: /\b(?:H[12]|[12]H)\b/,
    re: re(`\\b(?:(\\d{4})\\s+)?(?:H([12])|([12])H)(?:\\s+(\\d{4}))?\\b(?![-/])`),
    read: (m, _ctx, text) => {
      const y = m[1] ? +m[1] : m[4] ? +m[4] : null;
      if (y === null || !plausibleYear(y)) return null;
      if (isFiscal(m[0], text, m.index, m.index + m[0].length)) return { value: null, relative: false, fiscal: true };
      return abs(`${pad(y, 4)}-H${m[2] ?? m[3]}`);
    },
  },
];

// "fiscal first quarter", "fiscal-first quarter", "first fiscal quarter", "Q1 FY2024", "FY24 Q1", "the first
// quarter of fiscal 2024", "the first quarter of its fiscal year", "fiscal 2024 third quarter".
const FISCAL_BEFORE = /\b(?:fiscal|FY\s*'?\d{2,4})[-\s]+(?:\d{4}\s+)?$/i;
const FISCAL_AFTER = /^(?:\s+|-)?(?:(?:of\s+)?(?:the\s+|its\s+|their\s+|the\s+company['’]s\s+)?(?:fiscal|financial)\b|FY\s*'?\d{2,4}\b)/i;

function isFiscal(match: string, text: string, start: number, end: number, q?: number): boolean {
  if (/\bfiscal\b/i.test(match) && !/\bcalendar\b/i.test(match)) return true;
  return FISCAL_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || FISCAL_AFTER.test(text.slice(end, end + 30)) || (q !== undefined && endsOffCalendar(text, end, q));
}

// "the fourth quarter ended Sept. 30", "the quarter ending July 31": the month the quarter ends in.
const ENDED_AFTER = new RegExp(`^\\s*(?:,\\s*)?(?:which\\s+|that\\s+)?(?:ended|ending|ends|to)\\s+(?:(${MON})\\s+\\d{1,2}\\b|\\d{1,2}\\s+(${MON}))`, 'i');

/**
 * A quarter said to end in a month where its calendar quarter does not end (the fourth quarter ends in
 * December, any calendar quarter in March, June, September or December): a company's fiscal quarter,
 * whose calendar value the text does not give. `q` is its ordinal, or null for "the quarter".
 */
function endsOffCalendar(text: string, end: number, q: number | null): boolean {
  const m = ENDED_AFTER.exec(text.slice(end, end + 40));
  if (!m) return false;
  const month = monthNumber(m[1] ?? m[2]);
  if (!month) return false;
  return q === null ? month % 3 !== 0 : month !== q * 3;
}

/** A quarter within the four before the anchor's own (or later). */
function recent(q: { y: number; q: number }, anchor: Ymd): boolean {
  return anchor.y * 4 + quarterOf(anchor) - (q.y * 4 + q.q) <= 4;
}
