// Interview and transcript layouts (issue 16): every turn goes to the speaker its label or the
// introduction names. Texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../index';

const found = (text: string) => annotate(text).quotes.map((q) => `${q.kind} ${q.speaker?.name ?? '-'}: ${q.text}`);

test('"Q: … / A: …": answers go to the interviewee the introduction names, questions to the interviewer', () => {
  const text = 'A river pilot looks back\n\nThe Valley Courier spoke with river pilot Jane Roe about thirty years on the water.\n\nQ: How did you start?\n\nA: My father was a pilot. He always said "never trust the tide".\n\nQ: What changed?\n\nA: The ships got bigger.\n';
  assert.deepEqual(found(text), [
    'direct Valley Courier: How did you start?',
    'partial Jane Roe: "never trust the tide"',
    'direct Valley Courier: What changed?',
    'direct Jane Roe: The ships got bigger.',
  ]);
});

test('name labels in bold, and a surname label, go to the person the introduction named in full', () => {
  const text = 'Keeping the light\n\nThe Harbour Times interviewed lighthouse keeper Tomas Berg last week.\n\n**Harbour Times:** Why did you take the job?\n\n**Tomas Berg:** I wanted quiet.\n\n**Harbour Times:** Any regrets?\n\n**Berg:** Never.\n';
  assert.deepEqual(found(text), [
    'direct Harbour Times: Why did you take the job?',
    'direct Tomas Berg: I wanted quiet.',
    'direct Harbour Times: Any regrets?',
    'direct Tomas Berg: Never.',
  ]);
});

test('"— Interviewer:" turns have no named speaker; the interviewee\'s do', () => {
  const text = 'The mayor on the floods\n\nIn a radio interview on Friday, Mayor Lena Okafor answered questions about the floods.\n\n— Interviewer: Were the pumps working?\n\n— Okafor: Two of them failed.\n';
  assert.deepEqual(found(text), ['direct -: Were the pumps working?', 'direct Lena Okafor: Two of them failed.']);
});

test('capital labels that alternate are a transcript; capital datelines and "Photo:" lines are not', () => {
  const transcript = 'Council debate on parking\n\nHALVORSEN: The fees are too high.\n\nMBEKI: They pay for the bus lanes.\n\nHALVORSEN: Then show us the accounts.\n';
  assert.deepEqual(found(transcript), [
    'direct HALVORSEN: The fees are too high.',
    'direct MBEKI: They pay for the bus lanes.',
    'direct HALVORSEN: Then show us the accounts.',
  ]);
  const digest = 'Storm hits the coast\n\nKINGSTON: Heavy rain flooded the lower town on Monday.\n\nMONTEGO BAY: Power was cut to 5,000 homes.\n\nPhoto: Staff\n';
  assert.deepEqual(found(digest), []);
});

test('one unknown word as a label is no speaker unless the labels alternate or the introduction names it', () => {
  const digest = 'Rains across the region\n\nNakuru: Roads were cut on Monday.\n\nEldoret: Schools closed early.\n';
  assert.deepEqual(found(digest), []);
});
