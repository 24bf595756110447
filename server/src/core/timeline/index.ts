// Dated events of one article (issue #10). An event is
//  - a clause with a date expression and an action ("Russia annexed Crimea in 2014");
//  - a row of a table of dates and events ("| August 16, 2025 | Trump-Putin summit held in Alaska. |");
//  - a sentence whose named actor does something newsworthy ("Zelensky met with Trump in Washington")
//    without a date of its own: it takes the date the narrative last set (within a few sentences), or
//    none ("undated").
// Vague references (now, the future) make no events; "recently" does, without a date.
import type { Component } from '../component';
import { lowerBound, type Block, type Doc, type Sentence } from '../doc';
import type { DateMention, Entity, TimelineEvent } from '../types';
import { isFuture } from '../dates/scan';
import { summarize, withoutTrailingDots } from './clause';
import { eventVerbAt } from './verbs';
import { calendarDate, shiftByRelation } from './values';

const INHERIT_WITHIN = 8; // sentences
const MAX_SENTENCE = 2000; // characters

export const timeline: Component = {
  name: 'timeline',
  run(doc: Doc) {
    doc.timeline = articleEvents(doc);
  },
};

interface Narrative {
  date: string | null;
  dateText: string;
  sentence: number;
}

export function articleEvents(doc: Doc): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  const dates = doc.dates; // the dates stage reads no page furniture
  const mentions = mentionIndex(doc.entities);
  let di = 0;
  let narrative: Narrative | null = null;
  doc.sentences.forEach((s, si) => {
    const block = doc.blocks[s.block];
    if (!block || block.kind === 'boilerplate' || block.kind === 'front-matter') return;
    while (di < dates.length && dates[di].start < s.start) di++;
    const inSentence: DateMention[] = [];
    for (let k = di; k < dates.length && dates[k].start < s.end; k++) inSentence.push(dates[k]);
    // Long unpunctuated lines are cut to a window so that the work stays linear.
    // Tags left in the text ('<span class="dateline">…</span>') are blanked, offsets kept: markup is no event.
    const text = blankMarkup(doc.text.slice(s.start, Math.min(s.end, s.start + MAX_SENTENCE)));
    if (block.kind === 'table-row') {
      const ev = tableRowEvent(doc, block, inSentence, mentions);
      if (ev) {
        out.push(ev);
        narrative = { date: ev.date, dateText: ev.dateText, sentence: si };
      }
      return;
    }
    if (block.kind === 'headline' || block.kind === 'section' || block.kind === 'kicker' || block.kind === 'table-header') return;
    const names = nameSpans(mentions, s);
    const person = previousPerson(mentions, s.start);
    let dated = false;
    for (const d of inSentence) {
      if (d.value === 'PRESENT_REF' || d.value === 'FUTURE_REF') continue;
      if (d.value === 'PAST_REF' && !eventVerbAt(text, 0)) continue;
      if (d.end - s.start > text.length) break;
      const focus = { start: d.start - s.start, end: d.end - s.start };
      const relation = /\b(?:after|before)$/iu.test(d.text);
      // "a day after Macron announced ...": the event is what follows; its date counts back from the narrative.
      const event = relation
        ? summarize(text, { start: focus.end, end: focus.end }, false, names, person)
        : summarize(text, focus, true, names, person);
      if (words(event) < 2 || namesOnly(event)) continue;
      let date = calendarDate(d.value);
      if (!date && relation && narrative?.date) date = shiftByRelation(narrative.date, d.text);
      out.push(makeEvent(s, date, d.text, event, mentions));
      dated = true;
      // A plan ("will meet Monday") does not date what the article tells next.
      if (relation || isFuture(text, focus.start)) continue;
      if (calendarDate(d.value)) narrative = { date: calendarDate(d.value), dateText: d.text, sentence: si };
      else if (d.value !== 'PAST_REF') narrative = { date: null, dateText: d.text, sentence: si };
    }
    if (dated) return;
    const verb = eventVerbAt(text, 0);
    if (!verb) return;
    const event = summarize(text, { start: verb.start, end: verb.end }, false, names, person);
    if (words(event) < 3) return;
    const inherit = narrative && si - narrative.sentence <= INHERIT_WITHIN ? narrative : null;
    out.push(makeEvent(s, inherit?.date ?? null, inherit?.dateText ?? '', event, mentions));
  });
  return out;
}

const TAG_Y = /<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>/uy;
const LINE_END = /[\n\r\u2028\u2029]/g;

/**
 * HTML tags and comments (`<!-- ... -->` on one line) pasted into the text, blanked to spaces of the same
 * length. A scan, not one regex: a comment that never closes, repeated along a line ('<!--<!--<!--'),
 * made the regex look for its end to the end of the line each time (quadratic). Here the end of the
 * line and the next '-->' are each searched once and reused while they lie ahead.
 */
function blankMarkup(s: string): string {
  if (!s.includes('<')) return s;
  let out = '';
  let copied = 0;
  let lineEnd = -1;
  let close = -2; // the first '-->' at or after some earlier point; -1: none to the end; -2: not searched yet
  for (let at = s.indexOf('<'); at >= 0; at = s.indexOf('<', at)) {
    TAG_Y.lastIndex = at;
    let end = TAG_Y.test(s) ? TAG_Y.lastIndex : -1;
    if (end < 0 && s.startsWith('<!--', at)) {
      if (at >= lineEnd) {
        LINE_END.lastIndex = at;
        lineEnd = LINE_END.exec(s)?.index ?? s.length;
      }
      if (close === -2 || (close >= 0 && close < at + 4)) close = s.indexOf('-->', at + 4);
      if (close >= 0 && close + 3 <= lineEnd) end = close + 3;
    }
    if (end < 0) {
      at++;
      continue;
    }
    out += s.slice(copied, at) + ' '.repeat(end - at);
    copied = at = end;
  }
  return out + s.slice(copied);
}

/** "KELSO BAY", "Lagos, Nigeria": a place or a name alone (a dateline) says nothing happened. */
function namesOnly(s: string): boolean {
  return !/(?:^|[\s“"(])\p{Ll}{2,}/u.test(s);
}

function words(s: string): number {
  return s.split(/\s+/u).filter(Boolean).length;
}

function makeEvent(s: Sentence, date: string | null, dateText: string, event: string, mentions: Mention[]): TimelineEvent {
  return { start: s.start, end: s.end, date, dateText, event, entityIds: entityIdsIn(mentions, s) };
}

function tableRowEvent(doc: Doc, block: Block, inRow: DateMention[], mentions: Mention[]): TimelineEvent | null {
  const d = inRow.find((x) => calendarDate(x.value)) ?? inRow[0];
  if (!d) return null;
  const row = doc.text.slice(block.start, block.end);
  const cells = row.split('|').map((c) => c.trim()).filter(Boolean);
  const rest = withoutTrailingDots(cells.filter((c) => !c.includes(d.text)).join(' — '));
  if (!rest) return null;
  return {
    start: block.start,
    end: block.end,
    date: calendarDate(d.value),
    dateText: d.text,
    event: rest,
    entityIds: entityIdsIn(mentions, block),
  };
}

interface Mention {
  start: number;
  end: number;
  text: string;
  id: string;
  person: boolean;
}

/** The person named last before `offset` (within the 40 mentions before it). */
function previousPerson(mentions: Mention[], offset: number): string | null {
  for (let i = lowerBound(mentions, offset) - 1, n = 0; i >= 0 && n < 40; i--, n++) if (mentions[i].person) return mentions[i].text.replace(/[’']s$/u, '');
  return null;
}

/** All entity mentions in text order, for lookups by span. */
function mentionIndex(entities: Entity[]): Mention[] {
  const out: Mention[] = [];
  for (const e of entities) for (const m of e.mentions) out.push({ start: m.start, end: m.end, text: m.text, id: e.id, person: e.type === 'person' });
  return out.sort((a, b) => a.start - b.start);
}

function mentionsIn(mentions: Mention[], span: { start: number; end: number }): Mention[] {
  const out: Mention[] = [];
  for (let i = lowerBound(mentions, span.start); i < mentions.length && mentions[i].start < span.end; i++) out.push(mentions[i]);
  return out;
}

function entityIdsIn(mentions: Mention[], span: { start: number; end: number }): string[] {
  const ids: string[] = [];
  for (const m of mentionsIn(mentions, span)) if (!ids.includes(m.id)) ids.push(m.id);
  return ids;
}

function nameSpans(mentions: Mention[], s: Sentence): Array<{ start: number; text: string }> {
  return mentionsIn(mentions, s).filter((m) => m.end <= s.end).map((m) => ({ start: m.start - s.start, text: m.text }));
}
