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

test('questions and answers as plain paragraphs (no labels): questions to the interviewer, answers to the interviewee', () => {
  // Class: unlabelled Q&A interviews, as candidate questionnaires and magazine interviews print them.
  const text = 'The Lakeside Post interviews beekeeper Marta Lind\n\nMarta Lind has kept bees above the lake for twenty years.\n\nHow did you start?\n\nMy uncle left me two hives.\n\nWhat is the hardest month?\n\nMarch. The stores run low.\n\nWould you do it again?\n\nEvery time.\n';
  assert.deepEqual(found(text), [
    'direct Lakeside Post: How did you start?',
    'direct Marta Lind: My uncle left me two hives.',
    'direct Lakeside Post: What is the hardest month?',
    'direct Marta Lind: March. The stores run low.',
    'direct Lakeside Post: Would you do it again?',
    'direct Marta Lind: Every time.',
  ]);
});

test('a feature that asks its reader questions, with no interview named, has no turns', () => {
  const text = 'Is the bus worth it?\n\nCommuters in the valley pay more every year.\n\nWhy is the fare so high?\n\nThe operator blames fuel.\n\nWho decides?\n\nThe county board sets it each spring.\n\nCan it change?\n\nOnly with a vote.\n';
  assert.deepEqual(found(text), []);
});

test('labels in double parentheses or brackets, and the interviewer\'s initials as a label', () => {
  // Class: "((WN)) …" / "[Interviewer] …" labels without a colon.
  const text = 'Riverside Radio interviews rower Ola Brandt\n\nRiverside Radio spoke with rower Ola Brandt before the final.\n\n((RR)) Are you ready?\n\nOla Brandt: As ready as ever.\n\n((RR)) Who is your rival?\n\nOla Brandt: The clock.\n';
  assert.deepEqual(found(text), [
    'direct Riverside Radio: Are you ready?',
    'direct Ola Brandt: As ready as ever.',
    'direct Riverside Radio: Who is your rival?',
    'direct Ola Brandt: The clock.',
  ]);
});

test('two-word labels in capitals that take turns are speakers, though a name in capitals reads as a place', () => {
  // Class: broadcast transcripts ("PETER HALL: … / NORA FIELD: …"), where the case the entities stage reads is gone.
  const text = 'Transcript\n\nPETER HALL: Minister, are the hospitals ready for winter?\n\nNORA FIELD: We have added two thousand beds since last year.\n\nPETER HALL: Is that enough?\n\nNORA FIELD: It is more than we have ever had.\n';
  assert.deepEqual(found(text).map((q) => q.split(':')[0]), ['direct PETER HALL', 'direct NORA FIELD', 'direct PETER HALL', 'direct NORA FIELD']);
});

test('"Question:/Answer:" after an introduction whose interviewee is set off by an appositive', () => {
  const text = 'Marathon\n\nRuth Kamau, the new head of the city marathon, answered our questions.\n\nQuestion: How many runners this year?\n\nAnswer: About twenty thousand.\n\nQuestion: And the route?\n\nAnswer: The same as last year.\n';
  assert.deepEqual(found(text).map((q) => q.split(':')[0]), ['direct -', 'direct Ruth Kamau', 'direct -', 'direct Ruth Kamau']);
});
