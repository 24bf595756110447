// Roles written the ways news of any desk writes them: lower-case false titles, appositions without an article,
// opening appositions, nationality before the office. The sentences are made up for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index';

const roleOf = (text: string, name: string) => analyze(text).entities.find((e) => e.name === name)?.role ?? null;

test('a lower-case occupation before the name is the role (sport, culture)', () => {
  assert.equal(roleOf('The visitors scored twice past veteran goalkeeper Thomas Brandt in the second half.', 'Thomas Brandt'), 'veteran goalkeeper');
  assert.equal(roleOf('Acclaimed Peruvian novelist Marta Quispe died on Sunday at her home in Lima.', 'Marta Quispe'), 'Peruvian novelist');
});

test('a compound role in lower case keeps its first noun, and a form of address inside it is the office', () => {
  assert.equal(roleOf('Investigators searched the home of former police chief Daniel Okafor on Friday.', 'Daniel Okafor'), 'former police chief');
  assert.equal(roleOf('The town later thanked opposition leader Irena Vasko for her help.', 'Irena Vasko'), 'opposition leader');
});

test('a verb before a false title stays out of the role', () => {
  assert.equal(roleOf('The court heard that the man attacked driver Peter Mills with a bottle.', 'Peter Mills'), 'driver');
});

test('an apposition with no article: "X, spokeswoman for …," and "X, Austria\'s finance minister,"', () => {
  assert.equal(roleOf('Renata Solis, spokeswoman for the regional water authority, said the dam was safe.', 'Renata Solis'),
    'spokeswoman for the regional water authority');
  assert.equal(roleOf('The envoy met Karl Berger, Austria’s finance minister, on Monday.', 'Karl Berger'), 'finance minister');
  assert.equal(roleOf('Lena Holm, head of the national statistics office, presented the figures.', 'Lena Holm'), 'head of the national statistics office');
});

test('an opening apposition before the name needs both commas', () => {
  assert.equal(roleOf('A spokesman for the port authority, Jonas Eklund, declined to comment.', 'Jonas Eklund'), 'spokesman for the port authority');
  assert.equal(roleOf('After meeting the president, Jonas Eklund said little to the press.', 'Jonas Eklund'), null);
});

test('a nationality or body before a capitalized office, in apposition', () => {
  assert.equal(roleOf('Pablo Ruiz, Chilean Foreign Minister, arrived in Quito on Tuesday.', 'Pablo Ruiz'), 'Chilean Foreign Minister');
  assert.equal(roleOf('Canadian Ambassador to the United Nations Robert Leclerc spoke first.', 'Robert Leclerc'), 'Canadian Ambassador to the United Nations');
});

test('no role from a list of names or a plain clause', () => {
  assert.equal(roleOf('The company hired Tom Reyes, who previously worked at a bank.', 'Tom Reyes'), null);
  assert.equal(roleOf('Voters backed Omar Hassan, Prime Minister Lydia Marsh and two independents.', 'Omar Hassan'), null);
});

test('an apposition ends at a line break, and a capitalized role before a comma opens at its title word', () => {
  assert.equal(roleOf('Our reporter spoke with Anna Kowalski, independent candidate for mayor\nMonday, March 3, 2025\n\nThe vote is close, Kowalski said.', 'Kowalski'),
    'independent candidate for mayor');
  assert.equal(roleOf('Protesters criticised the Prime Minister of Norway, Erik Dahl, over the plan.', 'Erik Dahl'), 'Prime Minister of Norway');
});
