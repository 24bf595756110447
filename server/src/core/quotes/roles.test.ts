// Titles, roles and bodies in speaker names (issue 16): one list of roles (lexicon.ts ROLES) serves as a
// title before a name, as what a body's name qualifies and as the head of "the spokesman". Texts written
// for these tests, after the styles of wire copy, UN and Commonwealth government releases and match reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../index';

const speakers = (text: string) => annotate(text).quotes.map((q) => `${q.kind} ${q.speaker?.name ?? '-'}`);

test('hyphenated offices are titles, not part of the name ("Secretary-General", "Director-General")', () => {
  // Class: the offices of international bodies, written with a hyphen.
  assert.deepEqual(speakers('Climate talks\n\n"The window for action is closing," United Nations Secretary-General Ban Ki-moon told delegates.\n'), ['direct Ban Ki-moon']);
  assert.deepEqual(speakers('Alliance meets\n\n"Our support will not waver," NATO Deputy Secretary-General Jens Lund said in Brussels.\n'), ['direct Jens Lund']);
  assert.deepEqual(speakers('Outbreak\n\n"The outbreak is far from over," WHO Director-General Amara Keita told reporters in Geneva.\n'), ['direct Amara Keita']);
});

test('a position written with a capital at the start of a sentence is a title ("Midfielder X", "Goalkeeper X")', () => {
  // Class: match reports that open a sentence with the player's position.
  assert.deepEqual(speakers('Cup tie\n\n"It was a great team goal," Midfielder Cole Hart said after the match.\n'), ['direct Cole Hart']);
  const text = 'Hurling final\n\nGoalkeeper Pat Nolan was the hero. "I just got a hand to it," Nolan said.\n';
  assert.deepEqual(speakers(text), ['direct Pat Nolan']);
});

test('a portfolio after a title\'s "of" or "for" belongs to the title ("Minister of Health Jane Doe")', () => {
  // Class: Commonwealth and West African government titles.
  assert.deepEqual(speakers('Hospitals\n\n"Beds are short this winter," Minister of Health Jane Okoro said.\n'), ['direct Jane Okoro']);
  assert.deepEqual(speakers('Lagos roads\n\n"Traffic will be diverted for two weeks," Lagos State Commissioner for Transport Kemi Adeyemi said.\n'), ['direct Kemi Adeyemi']);
  // A body's office after "for" is not a portfolio: the person is named after the comma.
  assert.deepEqual(speakers('Journalists\n\n"Seven reporters were killed this year," said spokesperson for the United Nations High Commissioner for Human Rights, Rupert Vance.\n'), ['direct Rupert Vance']);
});

test('a body whose name opens with title words speaks as a whole ("the Interior Ministry", "the White House", "NATO")', () => {
  // Class: ministries, commissions and alliances as the subject of a cue.
  assert.deepEqual(speakers('Curfew\n\n"Order has been restored in the capital," the Interior Ministry said.\n'), ['direct Interior Ministry']);
  assert.deepEqual(speakers('Tariffs\n\n"We will respond firmly," the European Commission said on Monday.\n'), ['direct European Commission']);
  assert.deepEqual(speakers('Bill signing\n\n"The president will sign the bill on Friday," the White House said.\n'), ['direct White House']);
  assert.deepEqual(speakers('Alliance\n\n"We are ready to defend every inch of allied territory," NATO said in a statement.\n'), ['direct NATO']);
  assert.deepEqual(speakers('Cases rise\n\n"Forty new cases were recorded," the Ministry of Health said.\n'), ['direct Ministry of Health']);
});

test('an adviser or minister of a named leader is someone unnamed, not the leader', () => {
  // Class: "a <Name> adviser said": the name qualifies the role (modifiers.ts reads the same list of roles).
  assert.deepEqual(speakers('Talks\n\n"The deal is not dead," a Hollis adviser said on Tuesday.\n'), ['direct -']);
});

test('a role alone is no name: "the Prime Minister said" with nobody introduced so is someone unnamed', () => {
  assert.deepEqual(speakers('Budget\n\n"We will balance the books," the Prime Minister said.\n'), ['direct -']);
});
