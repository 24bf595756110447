import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixed, flagged } from './lint.test-helper';

const CODE = 'garbled.lowercase-name';

test('a name capitalized elsewhere in the article is flagged in lower case', () => {
  const text = [
    'Marco Rubio spoke in Washington with Trump. Putin met Trump in Alaska.',
    'During the summit, trump repeatedly underscored the urgency. Secretary of State rubio cautioned.',
  ].join('\n') + '\n';
  assert.deepEqual(flagged(text, CODE), ['trump', 'rubio']);
  assert.ok(fixed(text, CODE).includes('Secretary of State Rubio cautioned'));
});

test('a name the dictionary knows only with a capital is flagged', () => {
  assert.deepEqual(flagged('What role will the United States and europe play in ukraine?\n', CODE), ['europe', 'ukraine']);
});

test('a run of words the article capitalizes elsewhere is one finding', () => {
  const text = 'Ties with the United States are strong. Muslims in the united states face scrutiny.\n';
  assert.deepEqual(flagged(text, CODE), ['united states']);
});

test('near miss: common nouns that are also names need strong evidence', () => {
  const text = [
    'Trump spoke on Monday. He played his trump card. The church was full, and the turkey was roasted.',
    'The foreign minister said the state would act, and the President left.',
  ].join('\n') + '\n';
  assert.deepEqual(flagged(text, CODE), []);
});

test('near miss: name particles and a spelling the writer uses throughout are left alone', () => {
  const text = 'They met President Daniel arap Moi and Charles de Gaulle. The iodine deficiency report says iodine deficiency is common.\n';
  assert.deepEqual(flagged(text, CODE), []);
});

test('two unknown words side by side read as a name', () => {
  assert.deepEqual(flagged('The team scored twice before ferjani sassi scored from the penalty spot.\n', CODE), ['ferjani sassi']);
});

test('near miss: words of a quotation in another language are no names in lower case', () => {
  const text = [
    'Victoria Ruiz, the mayor, spoke after the storm. Como siempre, la ciudad sigue adelante y con victoria, she told the crowd.',
    'A reporter asked her, in Spanish: ¿Tu ciudad resiste?',
  ].join('\n') + '\n';
  assert.deepEqual(flagged(text, CODE), []);
});

test('near miss: a British spelling and a name used as a common noun are not names in lower case', () => {
  const text = [
    'The Ministry of Defence confirmed the order. A defence analyst said the organisation behind the Organisation of Island States was small.',
    'Hamilton won the Monaco Grand Prix in May. The next grand prix is in Montreal, and a world cup follows the World Cup qualifiers.',
  ].join('\n') + '\n';
  assert.deepEqual(flagged(text, CODE), []);
});

test('near miss of the near miss: the name in lower case without a determiner is still flagged', () => {
  const text = 'Hamilton won the Monaco Grand Prix in May. Fans at the monaco grand prix cheered.\n';
  assert.deepEqual(flagged(text, CODE), ['monaco grand prix']);
});
