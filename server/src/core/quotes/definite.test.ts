// Definite descriptions as speakers (issue 16): "the spokesman said" is the one the article introduced as
// its spokesman, when it introduced only one; else someone unnamed. Texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../index';

const found = (text: string) => annotate(text).quotes.map((q) => `${q.kind} ${q.speaker?.name ?? '-'}: ${q.text}`);

test('"the spokeswoman said" is the person introduced as a spokeswoman, in apposition or as a title', () => {
  const text = 'Ferry sinks off Lesbos\n\n"Twelve people were rescued," said Lina Haddad, a coast guard spokeswoman. Divers searched the bay all night.\n\n"We will go on until everyone is found," the spokeswoman said on Tuesday.\n';
  assert.deepEqual(found(text), ['direct Lina Haddad: "Twelve people were rescued,"', 'direct Lina Haddad: "We will go on until everyone is found,"']);
  const titled = 'Ferry sinks off Lesbos\n\nCoast guard spokeswoman Lina Haddad said twelve people were rescued.\n\n"We will go on until everyone is found," said the spokeswoman.\n';
  assert.deepEqual(found(titled), ['direct Lina Haddad: "We will go on until everyone is found,"']);
});

test('"the spokesman" after "a <body> spokesman" with no name is the body', () => {
  const text = 'Pope to visit Kenya\n\nThe trip was confirmed on Monday by a Vatican spokesman.\n\n"The Holy Father will stay three days," said the spokesman.\n';
  assert.deepEqual(found(text), ['direct Vatican: "The Holy Father will stay three days,"']);
});

test('two spokeswomen before: the text does not decide, the speaker stays unnamed', () => {
  const text = 'Hospital fire\n\n"The fire started in the kitchen," said Ana Ruiz, a police spokeswoman. "Nobody was hurt," said Eva Mora, a hospital spokeswoman.\n\n"The building is closed until Friday," the spokeswoman said.\n';
  assert.deepEqual(found(text), ['direct Ana Ruiz: "The fire started in the kitchen,"', 'direct Eva Mora: "Nobody was hurt,"', 'direct -: "The building is closed until Friday,"']);
});

test('"the Council", "the organization": the body named before, unless its sentence names another', () => {
  const council = 'Reporters detained\n\nThe Press Freedom Council condemned the arrests on Monday. It said the two reporters had been held without charge.\n\n"Journalism is not a crime," the Council said.\n';
  assert.deepEqual(found(council), ['direct Press Freedom Council: "Journalism is not a crime,"']);
  const one = 'Reporters detained\n\nThe arrests drew protests abroad. Human Rights Watch said the reporters had been held without charge.\n\n"Journalism is not a crime," the organization said.\n';
  assert.deepEqual(found(one), ['direct Human Rights Watch: "Journalism is not a crime,"']);
  const two = 'Reporters detained\n\nAmnesty International and Human Rights Watch condemned the arrests on Monday.\n\n"Journalism is not a crime," the organization said.\n';
  assert.deepEqual(found(two), ['direct -: "Journalism is not a crime,"']);
});
