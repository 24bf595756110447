// Sentences written for these tests (no development or wild-set article): sports clubs and companies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index';
import type { Entity } from '../index';

const entities = (text: string): Entity[] => analyze(text).entities;
const typeOf = (es: Entity[], name: string) => es.find((e) => e.name === name)?.type;

const MATCH = 'Burnley manager Scott Parker watched his side lose 3-0 to Fulham at Turf Moor on Saturday. Fulham striker Raul Jimenez '
  + 'scored twice before half-time, and Burnley fans booed at the final whistle. Elsewhere, Crystal Palace beat Brentford 2-1, while '
  + 'Sheffield United were held at home to Luton Town.';

test('in a match report, a name where clubs stand is a club, never a person or its town', () => {
  const es = entities(MATCH);
  for (const club of ['Burnley', 'Fulham', 'Crystal Palace', 'Sheffield United', 'Luton Town']) assert.equal(typeOf(es, club), 'organization', club);
  assert.equal(typeOf(es, 'Scott Parker'), 'person');
  assert.equal(typeOf(es, 'Raul Jimenez'), 'person');
});

test('a town outside a sports article stays the town', () => {
  const es = entities('Flooding closed roads in Burnley and Luton on Tuesday, and residents of Sheffield were told to stay home.');
  for (const town of ['Sheffield']) assert.equal(typeOf(es, town), 'place', town);
  assert.notEqual(typeOf(es, 'Burnley'), 'organization');
});

test('a name ending in a company word is a company, not a person', () => {
  const es = entities('Shares in Schroders Capital rose after Blackstone Partners made an offer, Sky Sports and Channel Media reported.');
  for (const co of ['Schroders Capital', 'Sky Sports']) assert.equal(typeOf(es, co), 'organization', co);
});

test('a name written in the possessive stays whole and keeps its type, whichever apostrophe', () => {
  const es = entities('Moody’s cut the bank’s rating on Tuesday, and Sainsbury’s said sales rose. Moody\'s did not comment further.');
  const moodys = es.find((e) => e.mentions.some((m) => m.text === 'Moody’s'));
  assert.equal(moodys?.type, 'organization');
  assert.equal(moodys?.mentions.length, 2);
  assert.equal(es.find((e) => e.mentions.some((m) => m.text === 'Sainsbury’s'))?.type, 'organization');
  assert.equal(es.some((e) => e.name === 'Moody' || e.name === 'Sainsbury'), false);
});

test('a short form and a nickname join the club named in full; a family name alone joins the person', () => {
  const es = entities('West Ham United manager Graham Potter saw his side beat Wolverhampton Wanderers 2-1 at the London Stadium. Wolves '
    + 'striker Jorgen Larsen scored a penalty before half-time, but West Ham hit back twice. Wolves fans left early.');
  const mentions = (name: string) => es.find((e) => e.name === name)?.mentions.map((m) => m.text) ?? [];
  assert.deepEqual(mentions('West Ham United'), ['West Ham United', 'West Ham']);
  assert.deepEqual(mentions('Wolverhampton Wanderers'), ['Wolverhampton Wanderers', 'Wolves', 'Wolves']);
  const wang = entities('Foreign Minister Wang Yi met the envoy in Beijing. Wang said ties were improving.').find((e) => e.name === 'Wang Yi');
  assert.deepEqual(wang?.mentions.map((m) => m.text), ['Wang Yi', 'Wang']);
});

test("a town is no short form of its institutions", () => {
  const es = entities('She grew up in Kettering, a town in England. The Kettering Police Department said nothing.');
  assert.equal(es.find((e) => e.name === 'Kettering')?.type, 'place');
});
