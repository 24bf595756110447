// Words that point from the article's date: "yesterday", "Friday", "last week", "this year", "the
// weekend", "earlier this month".
import { dayNumber, fmtQuarter, parseDay, weekday, type Ymd } from './calendar';
import { yearAgoComparison } from './comparison';
import { PART_OF_DAY, weekdayNumber } from './lexicon';
import { rel, relFrom, shifted, unitOf, weekdayDate } from './resolve';
import { PART, WD, re, type Rule } from './rule';
import { futureAfter } from './tense';

// A capitalized word right before, in the middle of a sentence ("USA Today"; not "Earlier Today" opening one).
/**
 * Whether a capitalised word (or 'the') ends the text, followed by spaces, in the middle of a sentence:
 * after a character that does not end one, or inside a word after a letter ("USA", "McDonald": an
 * acronym or a name with an inner capital). Read from the last word rather than by one pattern, which
 * could start at every capital of a word and read the rest of it from each (quadratic).
 */
function nameBefore(s: string): boolean {
  const m = /(?<![\p{L}.&-])([\p{L}.&-]+)\s+$/u.exec(s);
  if (!m) return false;
  const word = m[1];
  if (/[^.](?:\p{Lu}|the$)/u.test(word)) return true;
  if (!/^(?:\p{Lu}|the$)/u.test(word)) return false;
  const before = s.slice(0, m.index).trimEnd();
  return before.length > 0 && !/[.!?"“”'‘’]$/u.test(before);
}

// A verb of a scheduled event in the simple present right before the day ("opens", "resume", "goes on trial"),
// with at most an adverb and "on" between; not after "did", "could", "would" or "not", which tell another tense.
const SCHEDULED_BEFORE = /(?<!\b(?:did|didn['’]t|could|couldn['’]t|would|wouldn['’]t|not|to)\s)\b(?:begins?|starts?|opens?|closes?|ends?|resumes?|meets?|convenes?|arrives?|leaves?|departs?|returns?|visits?|travels?|heads?|votes?|expires?|kicks? off|takes? effect|goes on trial|go on trial|faces?|plays?|hosts?|launch(?:es)?|debates?|testif(?:y|ies))(?:\s+(?:again|formally|officially|separately|jointly|together|here|there|early|late))?\s+(?:on\s+)?$/i;

const GENERIC_TOMORROW = /\b(?:a|an|the|our|their|of)\s+(?:[a-z]+er\s+)?$/i;

// "today's youth", "today's world", "today's best-selling artists", "today's personal computers": "today's"
// before the people, things or world of the present era names the present, not the article's day (unlike
// "today's vote", "today's editions"). The class: nouns of society and its generations, of people by their
// trade (any -ists, -ians; the -er nouns listed, since a generic -ers also takes the day's "papers" and
// "winners"), and of everyday products, after at most two describing words. The nouns are listed because the
// shape does not decide: "today's computers" and "today's results" are both a plural after "today's".
const ERA_NOUN = /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?(?:world|society|societies|youth|young|generations?|children|kids|teenagers|teens|adults|parents|families|people|consumers|voters|workers|players|athletes|[\p{Ll}]+(?:ists|ians)|economy|culture|technology|standards|era|age|times|computers|cars|phones|smartphones|homes|schools|classrooms|media|music|films|movies|fashion|politics|politicians|leaders|businesses|companies)\b/u;

export const DEICTIC_RULES: Rule[] = [
  {
    name: 'day-word',
    trigger: /today|tonight|yesterday|tomorrow|the day|night|this (?:morning|afternoon|evening)/i,
    re: re(`\\b(?:(early|late|mid)[- ]?)?(?:(today|tonight|yesterday|tomorrow)(?:['’]s)?(?:\\s+(morning|afternoon|evening|night))?|the day (before yesterday|after tomorrow)|last (night)|this (morning|afternoon|evening))\\b`, 'gi'),
    read: (m, ctx, text) => {
      // "USA Today", "VOA Today", "the Today show": a title, not a day.
      if (m[2] && /^T/.test(m[2]) && /^\w+$/.test(m[0].replace(/['’]s$/, '')) && (nameBefore(text.slice(Math.max(0, m.index - 30), m.index)) || /^\s+(?:show|program|programme)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)))) return null;
      const w = (m[2] ?? '').toLowerCase();
      if (w === 'today' && !m[1] && !m[3] && ERA_NOUN.test(text.slice(m.index + 5, m.index + 80))) return rel('PRESENT_REF');
      // "a brighter tomorrow", "the people of tomorrow": the future in general, not a day.
      if (w === 'tomorrow' && !m[3] && GENERIC_TOMORROW.test(text.slice(Math.max(0, m.index - 20), m.index))) return null;
      const n = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : m[4] ? (m[4].startsWith('before') ? -2 : 2) : m[5] ? -1 : 0;
      const part = w === 'tonight' ? 'NI' : m[5] ? 'NI' : PART_OF_DAY[(m[3] ?? m[6] ?? '').toLowerCase()];
      const d = shifted(ctx.anchor, 'day', n);
      return rel(d && part ? `${d}T${part}` : d);
    },
  },
  {
    name: 'weekday',
    trigger: /day\b/,
    re: re(`\\b(?:(last|this|next|this past|this coming|early|late|earlier|later)\\s+)?(${WD})(?:['’]s)?\\b${PART}`),
    read: (m, ctx, text) => {
      const w = (m[1] ?? '').toLowerCase();
      const which = w === 'last' || w === 'this past' ? 'last' : w === 'next' || w === 'this coming' ? 'next' : w === 'this' ? 'this' : null;
      // "Wednesday's ruling" names an event: the verb it is the object of ("would appeal Wednesday's ruling",
      // "expect her to win Monday's debate") does not tell which side it lies on; the nearer day does.
      const possessive = /['’]s\b/.test(m[0]);
      const wd = weekdayNumber(m[2]);
      // "since Saturday" looks back: on a Saturday it is the Saturday a week before (today would be "since
      // this morning"), and a future cue in its clause ("will stay closed since Monday") cannot move it ahead.
      const since = !which && /\bsince\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index));
      // "The summit opens Monday", "Talks resume Tuesday", "They meet separately Monday": a scheduled event in
      // the simple present lies ahead.
      const scheduled = !which && !since && !ctx.future && SCHEDULED_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index));
      // "last Monday" written on a Tuesday: yesterday would be "yesterday" or "Monday"; the writer may mean the
      // Monday a week before. The text does not decide (unlike "this past Monday", the one just gone).
      if (w === 'last' && ctx.anchor && weekday(ctx.anchor) === (wd % 7) + 1) return rel(null);
      let d = since ? weekdayDate(ctx, wd, 'last') : weekdayDate(scheduled ? { ...ctx, future: true } : ctx, wd, which);
      if (possessive && ctx.future && !which && ctx.anchor && !futureAfter(text, m.index + m[0].length)) {
        const past = weekdayDate({ ...ctx, future: false }, wd, null);
        if (daysBetween(ctx.anchor, past) <= daysBetween(ctx.anchor, d)) d = past;
      }
      // TimeML writes the part of day ("Thursday evening" = 1998-02-12TEV); TimeBank's annotators do so
      // for the evening but mostly write the day alone for "Friday morning" and "Friday night".
      const part = PART_OF_DAY[(m[3] ?? '').toLowerCase()];
      return rel(part === 'EV' && !d.startsWith('X') ? `${d}T${part}` : d);
    },
  },
  {
    name: 'relative-unit',
    trigger: /\b(?:last|this|next|current|previous|following|same) (?:week|weekend|month|year|decade)/i,
    re: re(`\\b(?:(earlier|later|early|late)\\s+)?(?:(?:the\\s+)?(end|beginning|start|middle)\\s+of\\s+)?(last|this|next|the current|the previous|the following|the same)\\s+(week|weekend|month|year|decade)\\b`, 'gi'),
    read: (m, ctx, text) => {
      const w = m[3].toLowerCase();
      // "This Week With David Brinkley": a title, not a date.
      if (/^\p{Lu}/u.test(m[4]) && /^\p{Lu}/u.test(m[3]) && m.index > 0 && !/[.!?]\s*$/u.test(text.slice(0, m.index))) return null;
      const unit = unitOf(m[4])!;
      if ((w === 'the same' || w === 'the following' || w === 'the previous') && unit !== 'weekend') return unit === 'week' || unit === 'decade' ? rel(null) : null; // anaphora.ts
      const n = w === 'last' || w === 'the previous' ? -1 : w === 'next' || w === 'the following' ? 1 : 0;
      // "compared with $1.8 million last year" in a report on a quarter: that quarter a year before.
      const q = ctx.lastQuarter;
      if (w === 'last' && unit === 'year' && ctx.fiscalQuarter && !m[1] && !m[2] && yearAgoComparison(text, m.index, m.index + m[0].length)) return rel(null);
      if (w === 'last' && unit === 'year' && q && ctx.anchor && ctx.anchor.y - q.y <= 1 && !m[1] && !m[2] && yearAgoComparison(text, m.index, m.index + m[0].length)) {
        return relFrom(fmtQuarter(q.y - 1, q.q), fmtQuarter(q.y, q.q));
      }
      return rel(shifted(ctx.anchor, unit, n));
    },
  },
  {
    name: 'the-weekend',
    trigger: /weekend/i,
    re: re(`\\b(?:over\\s+)?the\\s+(past\\s+)?weekend\\b`, 'gi'),
    read: (m, ctx) => {
      const r = rel(shifted(ctx.anchor, 'weekend', ctx.future && !m[1] ? 1 : -1));
      if (/^over\s/i.test(m[0])) r.trimStart = m[0].indexOf('the');
      return r;
    },
  },
  {
    // "by the end of the month", "earlier in the week": the anchor's month or week ("the month" alone is too often
    // a month already named).
    name: 'end-of-unit',
    trigger: /(?:of|in) the (?:month|week)/i,
    re: re(`\\b(?:the\\s+(?:end|beginning|start|middle)\\s+of|(?:earlier|later)\\s+in)\\s+the\\s+(month|week)\\b(?![-’'])`, 'gi'),
    read: (m, ctx) => rel(shifted(ctx.anchor, unitOf(m[1])!, 0)),
  },
  {
    name: 'the-year',
    trigger: /the (?:current |full |fiscal |past )?year/i,
    re: re(`\\b(?:(?:earlier|later)\\s+in\\s+)?the\\s+(?:(current|full|fiscal|past)\\s+)?year\\b(?![-’'])`, 'gi'),
    read: (m, ctx, text) => {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (/^\s+(?:ago|earlier|before|later|after|to|in|when|that|or)\b/i.test(after)) return null;
      // "the fiscal year" runs across two calendar years: no calendar value (issue 16).
      if ((m[1] ?? '').toLowerCase() === 'fiscal') return rel(null);
      // "over the past year": TimeBank dates it as the year before the article's.
      return rel(shifted(ctx.anchor, 'year', (m[1] ?? '').toLowerCase() === 'past' ? -1 : 0));
    },
  },
  {
    name: 'earlier-this',
    trigger: /(?:earlier|later) th/i,
    re: re(`\\b(earlier|later)\\s+(this|that)\\s+(week|month|year)\\b`, 'gi'),
    read: (m, ctx) => (m[2].toLowerCase() === 'this' ? rel(shifted(ctx.anchor, unitOf(m[3])!, 0)) : m[3].toLowerCase() === 'week' ? rel(null) : null),
  },
];

function daysBetween(a: Ymd, iso: string): number {
  const t = parseDay(iso);
  return t ? Math.abs(dayNumber(t) - dayNumber(a)) : Infinity;
}
