// The five sample articles (samples/*.txt) against our own copy of their expectations
// (test/fixtures/seeds.gold.json), scored per area by eval/score-seeds.ts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core';
import type { EvalSet } from '../types';
import { ROOT, missing } from '../paths';
import { scoreSeeds } from '../score-seeds';
import type { ScoredDoc, SeedsGold } from '../score-seeds';

const GOLD = path.join(ROOT, 'test', 'fixtures', 'seeds.gold.json');
const SAMPLES = path.join(ROOT, 'samples');

export const seeds: EvalSet = {
  name: 'seeds',
  unavailable: () => missing(GOLD) ?? missing(SAMPLES),
  run() {
    const gold = JSON.parse(fs.readFileSync(GOLD, 'utf8')) as SeedsGold;
    const docs: ScoredDoc[] = Object.keys(gold.documents).flatMap((name) => {
      const file = path.join(SAMPLES, name);
      if (!fs.existsSync(file)) return [];
      const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      return [{ name, text, analysis: analyze(text, { file: name }) }];
    });
    return scoreSeeds(gold, docs);
  },
};
