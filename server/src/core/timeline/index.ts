// Dated events of one article (issue #10). An event is
//  - a clause with a date expression and an action ("Russia annexed Crimea in 2014");
//  - a row of a table of dates and events ("| August 16, 2025 | Trump-Putin summit held in Alaska. |");
//  - a sentence whose named actor does something newsworthy ("Zelensky met with Trump in Washington")
//    without a date of its own: it takes the date the narrative last set (within a few sentences), or
//    none ("undated").
// Vague references (now, the future) make no events; "recently" does, without a date.
import type { Component } from '../component';
import type { Block, Doc, Sentence } from '../doc';
import type { DateMention, Entity, TimelineEvent } from '../types';
import { summarize } from './clause';
import { eventVerbAt } from './verbs';
import { calendarDate, shiftByRelation } from './values';

const INHERIT_WITHIN = 8; // sentences

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
  const dates = doc.dates.filter((d) => !doc.inBoilerplate(d));
  let di = 0;
  let narrative: Narrative | null = null;
  doc.sentences.forEach((s, si) => {
    const block = doc.blocks[s.block];
    if (!block || block.kind === 'boilerplate' || block.kind === 'front-matter' || doc.inBoilerplate(s)) return;
    while (di < dates.length && dates[di].start < s.start) di++;
    const inSentence: DateMention[] = [];
    for (let k = di; k < dates.length && dates[k].start < s.end; k++) inSentence.push(dates[k]);
    const text = doc.text.slice(s.start, s.end);
    if (block.kind === 'table-row') {
      const ev = tableRowEvent(doc, block, inSentence);
      if (ev) {
        out.push(ev);
        narrative = { date: ev.date, dateText: ev.dateText, sentence: si };
      }
      return;
    }
    if (block.kind === 'headline' || block.kind === 'section' || block.kind === 'kicker' || block.kind === 'table-header') return;
    const names = nameSpans(doc.entities, s);
    let dated = false;
    for (const d of inSentence) {
      if (d.value === 'PRESENT_REF' || d.value === 'FUTURE_REF') continue;
      if (d.value === 'PAST_REF' && !eventVerbAt(text, 0)) continue;
      const focus = { start: d.start - s.start, end: d.end - s.start };
      const relation = /\b(?:after|before)$/iu.test(d.text);
      // "a day after Macron announced ...": the event is what follows; its date counts back from the narrative.
      const event = relation
        ? summarize(text, { start: focus.end, end: focus.end }, false, names)
        : summarize(text, focus, true, names);
      if (words(event) < 2) continue;
      let date = calendarDate(d.value);
      if (!date && relation && narrative?.date) date = shiftByRelation(narrative.date, d.text);
      out.push(makeEvent(doc, s, date, d.text, event));
      dated = true;
      if (calendarDate(d.value) && !relation) narrative = { date: calendarDate(d.value), dateText: d.text, sentence: si };
      else if (!relation && d.value !== 'PAST_REF') narrative = { date: null, dateText: d.text, sentence: si };
    }
    if (dated) return;
    const verb = eventVerbAt(text, 0);
    if (!verb) return;
    const event = summarize(text, { start: verb.start, end: verb.end }, false, names);
    if (words(event) < 3) return;
    const inherit = narrative && si - narrative.sentence <= INHERIT_WITHIN ? narrative : null;
    out.push(makeEvent(doc, s, inherit?.date ?? null, inherit?.dateText ?? '', event));
  });
  return out;
}

function words(s: string): number {
  return s.split(/\s+/u).filter(Boolean).length;
}

function makeEvent(doc: Doc, s: Sentence, date: string | null, dateText: string, event: string): TimelineEvent {
  return { start: s.start, end: s.end, date, dateText, event, entityIds: entityIdsIn(doc.entities, s) };
}

function tableRowEvent(doc: Doc, block: Block, inRow: DateMention[]): TimelineEvent | null {
  const d = inRow.find((x) => calendarDate(x.value)) ?? inRow[0];
  if (!d) return null;
  const row = doc.text.slice(block.start, block.end);
  const cells = row.split('|').map((c) => c.trim()).filter(Boolean);
  const rest = cells.filter((c) => !c.includes(d.text)).join(' — ').replace(/[.\s]+$/u, '');
  if (!rest) return null;
  return {
    start: block.start,
    end: block.end,
    date: calendarDate(d.value),
    dateText: d.text,
    event: rest,
    entityIds: entityIdsIn(doc.entities, block),
  };
}

function entityIdsIn(entities: Entity[], span: { start: number; end: number }): string[] {
  const ids: string[] = [];
  for (const e of entities) {
    if (e.mentions.some((m) => m.start < span.end && span.start < m.end) && !ids.includes(e.id)) ids.push(e.id);
  }
  return ids;
}

function nameSpans(entities: Entity[], s: Sentence): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  for (const e of entities) {
    for (const m of e.mentions) if (m.start >= s.start && m.end <= s.end) out.push({ start: m.start - s.start, text: m.text });
  }
  return out;
}
