import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, flagged } from './lint.test-helper';

const CODE = 'garbled.typo';

test('a misspelling is flagged with suggestions as fixes', () => {
  const text = 'How do you rebuild a country that has been attacked as ofen as it has?\n';
  assert.deepEqual(flagged(text, CODE), ['ofen']);
  const titles = findings(text, CODE)[0].fixes!.map((f) => f.title);
  assert.ok(titles.includes('Change to "often"'), titles.join(', '));
});

test('swapped and doubled letters are flagged', () => {
  assert.deepEqual(flagged('Schumer was tyring to draw attention to its commmon shares.\n', CODE), ['tyring', 'commmon']);
});

test('near miss: names, British spellings, prefixed words, quoted foreign words and plurals are fine', () => {
  const text = [
    'Zelenskyy met Witkoff. The organisation will optimise its programme after the shares were delisted.',
    'Crowds chanted "Cuba libre" as the militaries of both countries stood by.',
  ].join('\n') + '\n';
  assert.deepEqual(flagged(text, CODE), []);
});

test('a word built from a known word by a productive affix is English, never "corrected" to another word', () => {
  const text = 'Traders said the bonds were untradeable for a week. Some cargo proved unshippable, and the unreadiness of the port was plain.\n';
  assert.deepEqual(flagged(text, CODE), []);
});

test('a plural of a noun in -y written "-ys" is flagged and offered "-ies"', () => {
  const text = 'Both companys raised prices twice this year.\n';
  assert.deepEqual(flagged(text, CODE), ['companys']);
  assert.deepEqual(findings(text, CODE)[0].fixes!.map((f) => f.title), ['Change to "companies"', 'Change to "company\'s"']);
});

test('near miss: "-ys" after a vowel, and a misspelled derived word, are told apart', () => {
  assert.deepEqual(flagged('The holidays and the relays were long; the managment was slow.\n', CODE), ['managment']);
});

test('words of another language inside an English article are not typos', () => {
  const text = [
    'The banner at the rally read, in Portuguese: Nós queremos escolas e hospitais para todos. Police watched.',
    'The coach told local radio that the squad would fight: vamos a luchar hasta el final, dijo.',
    'Fans waved a flag reading "Wir bleiben hier und kämpfen weiter" outside the ground.',
  ].join('\n') + '\n';
  assert.deepEqual(flagged(text, CODE), []);
});

test('near miss: two slips in one English clause are still two typos', () => {
  assert.deepEqual(flagged('The goverment of the island said on Monday it had anounced a new budget for the harbour.\n', CODE), ['goverment', 'anounced']);
});

test('an inflection that does not double the final consonant is flagged with the doubled form', () => {
  const text = 'The port authority has commited funds to the dredging. Flooding occured twice in the spring.\n';
  assert.deepEqual(flagged(text, CODE), ['commited', 'occured']);
  assert.deepEqual(findings(text, CODE).map((d) => d.fixes!.map((f) => f.title)), [['Change to "committed"'], ['Change to "occurred"']]);
});

test('near miss: variant spellings of English words are not typos', () => {
  const text = 'A protestor stood amidst the crowd, amongst the convenors, and focussed on the speakers; the protestors who travelled far benefitted most.\n';
  assert.deepEqual(flagged(text, CODE), []);
});
