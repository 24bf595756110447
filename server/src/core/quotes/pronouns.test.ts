// "it said" and "they said" (issue 16): "it" is a body that spoke just before, "they" someone unnamed.
// Texts written for these tests, after the styles of wire copy, company news and a local council report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../index';

const speakers = (text: string) => annotate(text).quotes.map((q) => `${q.kind} ${q.speaker?.name ?? '-'}`);

test('"…," it said: the organization that spoke in the sentence before, across a paragraph break too', () => {
  // Class: companies, charities and councils quoted as "it" after a first sentence of reported speech.
  assert.deepEqual(speakers('Mine closure\n\nGlobal Mining Corp said on Friday it would close the mine in March. "The deposit is no longer profitable," it said in a statement.\n'), ['direct Global Mining Corp']);
  assert.deepEqual(speakers('Bins\n\nNorthfield Council confirmed on Thursday that collections would move to fortnightly.\n\n"This will save two million pounds a year," it said.\n'), ['direct Northfield Council']);
  assert.deepEqual(speakers('Rail fares\n\nHarbor Rail said on Monday that fares would rise in January. It added: "The rise is below inflation."\n'), ['direct Harbor Rail']);
});

test('"it" is nobody the text decides when a person spoke last or no body spoke', () => {
  // Class: "it" after a company's executive, and after a sentence with no speech at all.
  assert.deepEqual(speakers('Pay deal\n\nAcme Freight said profits fell by a third. Its chief executive, Dan Roe, said the fall was temporary. "We will recover," it said.\n'), ['direct -']);
  assert.deepEqual(speakers('Levee\n\nSenator Ruth Cole toured the levee on Monday. The levee was built in 1952. "It will hold," it said.\n'), ['direct -']);
});

test('"what it called" inside a body\'s own sentence is that body\'s word', () => {
  assert.deepEqual(speakers('Sanctions\n\nThe Harbour Trade Council on Friday condemned what it called "a reckless act of piracy".\n'), ['partial Harbour Trade Council']);
});

test('"…," they said is someone unnamed, never one of two people named before, nor the speaker of the last quote', () => {
  // Class: joint statements and groups quoted as "they".
  assert.deepEqual(speakers('Coalition\n\nSenator Tom Grier and Mayor Ana Ruiz met on Tuesday. "We agreed to disagree," they said.\n'), ['direct -']);
  assert.deepEqual(speakers('Farm protest\n\n"Prices are too low," said Emma Lund, who farms near Ystad.\n\nFarmers drove tractors into the city on Tuesday. "We cannot survive like this," they said.\n'), ['direct Emma Lund', 'direct -']);
});

test('"he said" is not a name after "of the" or "at the" (an award, a venue), but the subject after it', () => {
  // Class: awards and events whose last word reads as a given name ("the Medal of Honor", "the Order of Grace").
  const text = 'Ceremony\n\nSpeaking at a ceremony for winners of the Medal of Honor, Governor Sam Odell praised the soldiers. He said: "They held this city together."\n';
  assert.deepEqual(speakers(text), ['direct Sam Odell']);
});

test('a noun of kin or a gendered role right before a name gives the gender: "he said" skips "his daughter Lina"', () => {
  // Class: family stories where the last person named is a relative of the other pronoun's gender.
  const text = 'Family reunited\n\nOmar Haddad waited at the airport for six hours. His daughter Lina Haddad arrived at midnight.\n\n"I did not sleep for a week," he said.\n';
  assert.deepEqual(speakers(text), ['direct Omar Haddad']);
  const widow = 'Mine inquiry\n\nThe inquiry heard from Paul Grant, a rescuer, and from the widow Ana Ruiz. "Nobody told us anything," she said.\n';
  assert.deepEqual(speakers(widow), ['direct Ana Ruiz']);
});
