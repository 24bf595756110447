// The word list built at build time (scripts/english-words.mjs) accepts exactly what nspell accepts
// over the same Hunspell dictionary: every word form, its casings, one-letter slips of them, ordinals,
// curly apostrophes and spaces. nspell is a devDependency now: only this test builds it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import nspell from 'nspell';
import { isDictionaryName, isWord } from './dictionary';

const ROOT = process.env.NEWSDESK_ROOT ?? process.cwd();
const DIR = path.join(ROOT, 'node_modules', 'dictionary-en');
const speller = nspell({ aff: fs.readFileSync(path.join(DIR, 'index.aff')), dic: fs.readFileSync(path.join(DIR, 'index.dic')) });

function variants(word: string): string[] {
  const lower = word.toLowerCase();
  return [word, lower, word.toUpperCase(), lower.charAt(0).toUpperCase() + lower.slice(1), `${word}s`, `${word}’s`, ` ${word} `, word.slice(1), word.slice(0, -1)];
}

test('the word list accepts exactly the words nspell accepts', () => {
  const dic = fs.readFileSync(path.join(DIR, 'index.dic'), 'utf8').split('\n').slice(1);
  const words = new Set<string>();
  // Every other stem of the dictionary (about 25,000), in its casings and slips.
  dic.forEach((line, i) => {
    if (i % 2) return;
    const stem = line.split('/')[0].trim();
    if (stem) for (const v of variants(stem)) words.add(v);
  });
  for (const w of ['1st', '2nd', '3rd', '11th', '12th', '21st', '22nd', '101st', '111th', '1th', '2th', '3th', '11st', 'x21st', '21stx', 'don’t', 'DON’T',
    'iPhone', 'NATO', 'nato', 'Nato', 'McDonald', 'MCDONALD', "O'Brien", 'I', 'i', 'a', 'A', '', ' ', 'Ukraine', 'ukraine', 'UKRAINE', 'e-mail', 'E-MAIL',
    'co-operate', 'naïve', 'café', 'CAFÉ', 'ofen', 'teh', 'recieve', 'Zelenskyy']) words.add(w);
  let n = 0;
  const differ: string[] = [];
  for (const w of words) {
    n++;
    if (isWord(w) !== speller.correct(w)) differ.push(`${JSON.stringify(w)}: ours ${isWord(w)}, nspell ${speller.correct(w)}`);
  }
  assert.deepEqual(differ.slice(0, 20), [], `${differ.length} of ${n} words differ`);
  assert.ok(n > 100_000, `${n} words compared`);
});

test('the dictionary names are the stems written with a capital', () => {
  assert.equal(isDictionaryName('turkey'), true);
  assert.equal(isDictionaryName('mecca'), true);
  assert.equal(isDictionaryName('table'), false);
});
