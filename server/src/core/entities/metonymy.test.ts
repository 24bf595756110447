import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index';
import { cluster } from './cluster';
import type { Mention } from './mentions';

const typeOf = (text: string, name: string) => analyze(text).entities.find((e) => e.name === name)?.type;

test('a country that acts is its state: an organization', () => {
  const text = 'North Korea fired artillery rounds on Thursday. South Korea evacuated 80 people. '
    + 'North Korea stated it would attack any loudspeakers, and South Korea says the broadcasts will continue.';
  assert.equal(typeOf(text, 'North Korea'), 'organization');
  assert.equal(typeOf(text, 'South Korea'), 'organization');
});

test('a country people live in, travel to and come from is a place', () => {
  const text = 'Pregnant women in Australia get too little iodine. Families moved to Australia from India. '
    + 'Australia has added iodine to bread since 2009.';
  assert.equal(typeOf(text, 'Australia'), 'place');
  assert.equal(typeOf(text, 'India'), 'place');
});

test('one act is not enough to make a country an organization', () => {
  assert.equal(typeOf('Thailand said it would take in more refugees, who arrive in Malaysia by boat.', 'Thailand'), 'place');
});

test('a country is never a person, even when every mention was tagged as one', () => {
  const mentions: Mention[] = [10, 60, 120].map((start) => ({ start, end: start + 6, text: 'Israel', type: 'person', source: 'tagger', use: null }));
  const [israel] = cluster(mentions, new Map());
  assert.equal(israel.type, 'place');
});
