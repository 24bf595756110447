// Attribution styles of other desks (issue 16): datelines, groups, documents seen by a reporter, headline
// verbs, a quote set off by dashes after an appositive. Texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../index';

const found = (text: string) => annotate(text).quotes.map((q) => `${q.kind} ${q.speaker?.name ?? '-'}: ${q.text}`);
const speakers = (text: string) => annotate(text).quotes.map((q) => q.speaker?.name ?? '-');

test('the word opening the story after a dateline is no name unless the article capitalises it elsewhere', () => {
  // Class: wire datelines ("PARIS (Wire) - Tens of thousands …"): the first word is capitalised as a sentence's.
  assert.deepEqual(speakers('Protests\n\nMADRID (Wire) - Thousands marched on Saturday against what they called "a reform for the rich and nobody else".\n'), ['-']);
});

test('a group right before the verb is someone unnamed ("what unions called", "critics said")', () => {
  // Class: unnamed groups as the subject of a cue; not the name elsewhere in the sentence.
  assert.deepEqual(found('Dock workers walked out in Rotterdam on Monday over what unions called "a betrayal of every promise made".'), [
    'partial -: "a betrayal of every promise made"',
  ]);
});

test('"according to a memo seen by Reuters": the one who saw a document is not its author', () => {
  // Class: documents seen, obtained or reviewed by a news agency.
  assert.deepEqual(speakers('The plant will close in June, according to an internal memo obtained by the Courier, which called the decision "final and not open to appeal".'), ['-']);
});

test('a headline\'s "X slams/blasts \'…\'" gives the quote to X', () => {
  // Class: tabloid and regional headline verbs in sentence case.
  assert.deepEqual(speakers('Khan slams \'reckless\' budget\n\nOpposition leader Ali Khan said on Monday the budget would hurt the poor.\n'), ['Ali Khan']);
});

test('a quote set off by dashes after the subject and its appositive is the subject\'s', () => {
  // Class: feature style, "Name, age, job — “…” — went on".
  assert.deepEqual(speakers('Drought\n\nLiu Yang, 34, a teacher — "I have never seen the river this low" — stood on the dry bank.\n'), ['Liu Yang']);
  // A name inside the appositive is not passed over for the subject.
  assert.deepEqual(speakers('Drought\n\nThe river, which Liu Yang crossed daily — "I have never seen it this low" — is dry.\n'), ['-']);
});
