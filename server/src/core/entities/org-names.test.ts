// Institutional names of any country's news, in sentences made up for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index';

const orgs = (text: string) => analyze(text).entities.filter((e) => e.type === 'organization').map((e) => e.name);

test('an institution word with its complement after "of" or "for" is one organization', () => {
  assert.deepEqual(orgs('The Regional Organization for Fisheries Management said catches fell.'), ['Regional Organization for Fisheries Management']);
  assert.deepEqual(orgs('Members of the Press Freedom Commission of Ghana met on Monday.'), ['Press Freedom Commission of Ghana']);
});

test('"to" with a verb opens a purpose, with a place it does not', () => {
  assert.deepEqual(orgs('The Council to Save Old Forests welcomed the budget.'), ['Council to Save Old Forests']);
  assert.ok(!orgs('The Students Coalition to Nairobi marched on Friday.').some((n) => /Nairobi/.test(n)));
});

test('a name does not stop on an adjective before "and"; a portfolio list closed by "and" belongs to the name', () => {
  assert.deepEqual(orgs('A report by the Institute for Economic and Social Research was published.'), ['Institute for Economic and Social Research']);
  assert.deepEqual(orgs('The Ministry of Health, Labour and Welfare issued a warning.'), ['Ministry of Health, Labour and Welfare']);
});

test('a definite complement that is another institution stays apart, and a plural possessive stays in', () => {
  const found = orgs('The Finance Committee of the Bank of Ghana kept its rate.');
  assert.ok(found.includes('Finance Committee') && found.includes('Bank of Ghana'), found.join(' | '));
  assert.deepEqual(orgs("The Farmers' Union of Malawi called a strike."), ["Farmers' Union of Malawi"]);
});
