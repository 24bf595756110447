// Names no built-in list knows (towns, papers, companies and people of other desks and countries): the entity stage
// finds and types them from the text around them. Every sentence here is made up for the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index';
import type { Entity } from '../index';

const entities = (text: string): Entity[] => analyze(text, {}).entities;
const named = (es: Entity[], name: string) => es.find((e) => e.name === name);
const mentionTexts = (e: Entity | undefined) => (e ? e.mentions.map((m) => m.text) : []);

test('an Arabic article joined to a name is part of the name', () => {
  const es = entities('His brother Mohammed al-Tikriti told reporters that the family would appeal.');
  assert.equal(named(es, 'Mohammed al-Tikriti')?.type, 'person');
  assert.equal(named(es, 'Mohammed'), undefined);
});

test('a company named once with its legal ending is named without it after', () => {
  const es = entities('Dunmore Foods Ltd. agreed to buy a rival bakery chain. Shares of Dunmore Foods rose 4 percent after the news, '
    + 'and a spokesman for Dunmore Foods declined to comment.');
  assert.deepEqual(mentionTexts(named(es, 'Dunmore Foods Ltd.')), ['Dunmore Foods Ltd.', 'Dunmore Foods', 'Dunmore Foods']);
});

test('English words written in capitals for emphasis are no name', () => {
  const es = entities('In a letter to the council, the mayor wrote that the city owes ONE HUNDRED MILLION DOLLARS to the bank.');
  assert.deepEqual(es.filter((e) => /DOLLARS/.test(e.name)), []);
});

test('a surname the article uses alone stays with its person when a relative shares it', () => {
  const es = entities('Tomas Oyelaran opened the bakery in 1998. Oyelaran said the business had survived two recessions.\n\n'
    + 'The shop that Oyelaran built employs twelve people. Ask anyone in town about Oyelaran and you hear about the bread.\n\n'
    + 'His nephew Liam Oyelaran will run the shop from June.');
  assert.deepEqual(mentionTexts(named(es, 'Tomas Oyelaran')), ['Tomas Oyelaran', 'Oyelaran', 'Oyelaran', 'Oyelaran']);
  assert.deepEqual(mentionTexts(named(es, 'Liam Oyelaran')), ['Liam Oyelaran']);
});

test('a name after "the island of" is a place all article long, though it opens sentences like a person', () => {
  const es = entities('Soldiers landed on the island of Ndakoro on Monday. Ndakoro had been run by rebels since 2019, '
    + 'and Ndakoro’s governor fled by boat.');
  assert.equal(named(es, 'Ndakoro')?.type, 'place');
  assert.equal(mentionTexts(named(es, 'Ndakoro')).length, 3);
});

test('capitals glued to a number are a code, not an organization', () => {
  const es = entities('Search teams looked for flight QZ8501 over the sea, and engineers tested the VK-20 engine in Ohio on Friday.');
  assert.deepEqual(es.filter((e) => e.name === 'QZ' || e.name === 'VK').map((e) => e.name), []);
});
