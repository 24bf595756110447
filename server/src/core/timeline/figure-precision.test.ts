// Figure disagreements read the precision of a figure (issue 16): currency, qualifier and range decide
// whether two reports of one thing can both be right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze';
import { findDisagreements } from './workspace';

function figureDisagreements(files: Record<string, string>): string[][] {
  const texts = new Map(Object.entries(files));
  const found = findDisagreements([...texts].map(([file, text]) => analyze(text, { file })), texts, { dates: false });
  return found.filter((d) => d.kind === 'figure').map((d) => d.values.map((v) => `${v.file} ${v.value}`));
}

test('two naira amounts for one allocation in two Nigerian reports disagree', () => {
  assert.deepEqual(figureDisagreements({
    'a.txt': 'The Lagos State assembly approved N295 billion for the coastal road project in the new budget.\n',
    'b.txt': 'Lawmakers in Lagos State approved N285 billion for the coastal road project in the budget.\n',
  }), [['a.txt 295000000000 NGN', 'b.txt 285000000000 NGN']]);
});

test('an approximate figure and an exact one inside its reach do not disagree; outside it they do', () => {
  const about = 'Organisers said about 300 volunteers cleaned the river banks on Saturday morning.\n';
  assert.deepEqual(figureDisagreements({ 'a.txt': about, 'b.txt': 'Organisers counted 310 volunteers who cleaned the river banks on Saturday.\n' }), []);
  assert.deepEqual(figureDisagreements({ 'a.txt': about, 'b.txt': 'Organisers counted 360 volunteers who cleaned the river banks on Saturday.\n' }).length, 1);
});

test('a lower bound agrees with any figure above it and disagrees with one below it', () => {
  const bound = 'More than 300,000 households lost power after the storm hit the northern coast.\n';
  assert.deepEqual(figureDisagreements({ 'a.txt': bound, 'b.txt': 'Some 350,000 households lost power as the storm hit the northern coast.\n' }), []);
  assert.deepEqual(figureDisagreements({ 'a.txt': bound, 'b.txt': 'Exactly 260,000 households lost power when the storm hit the northern coast.\n' }), [['a.txt more than 300000 households', 'b.txt 260000 households']]);
});

test('"just below 10%" and "above 10%" disagree; "about 10%" and "10%" do not', () => {
  const files = (x: string, y: string) => ({
    'a.txt': `The central bank said inflation stood ${x} in the third quarter of the year.\n`,
    'b.txt': `The central bank said inflation stood ${y} in the third quarter of the year.\n`,
  });
  assert.deepEqual(figureDisagreements(files('just below 10%', 'above 10%')), [['a.txt nearly 10 %', 'b.txt more than 10 %']]);
  assert.deepEqual(figureDisagreements(files('at about 10%', 'at 10%')), []);
});

test('a range agrees with a figure inside it', () => {
  assert.deepEqual(figureDisagreements({
    'a.txt': 'Analysts expect fares to rise between 20 and 30 percent when the new rail tariff starts.\n',
    'b.txt': 'Analysts expect fares to rise 25 percent when the new rail tariff starts next year.\n',
  }), []);
});

test('numbers inside ad markup are no figures, so they never disagree', () => {
  assert.deepEqual(figureDisagreements({
    'a.txt': 'Council approves new market hall\n<img src="https://ads.example.net/px?cb=854237002" width="300"> The council approved the new market hall.\n',
    'b.txt': 'Council approves new market hall\n<img src="https://ads.example.net/px?cb=854237113" width="300"> The council approved the new market hall.\n',
  }), []);
});

test('a ceiling names a size: "up to" one amount and another amount for one offer disagree', () => {
  assert.deepEqual(figureDisagreements({
    'a.txt': 'The insurer offered up to $40 million to settle the flood claims of the farmers.\n',
    'b.txt': 'The insurer offered $35 million to settle the flood claims of the farmers.\n',
  }), [['a.txt up to 40000000 USD', 'b.txt 35000000 USD']]);
});
