// Trains the entity tagger's averaged perceptron and writes the shipped weights
// (server/src/core/entities/data/model.json) with the recipe of scripts/ner/trainer.ts.
// Usage: [NER_EXTRA=dir] node scripts/train-ner.mjs [--hold-out K/N] [--dry]
//   NER_EXTRA: the extra corpora converted by scripts/ner/convert-corpora.mjs (the shipped model is trained with them);
//   default: trains on GUM's other genres and on every document of ../shared/data/ner/dev.jsonl;
//   --hold-out K/N leaves out the dev documents whose index is K modulo N (what eval's cross-validation does);
//   --dry trains without writing.
// How well this generalizes is measured by `npm run eval -- ner` (cross-validated on dev), not here.
import fs from 'node:fs';
import path from 'node:path';
import { LABELS } from '../server/src/core/entities/tagger';
import { RECIPE, extraNote, readExtra, readNer, train, trainingSentences } from './ner/trainer';

const root = process.env.NEWSDESK_ROOT ?? path.resolve(__dirname, '..');
const NER_DIR = path.resolve(root, '..', 'shared', 'data', 'ner');
const holdOut = process.argv[process.argv.indexOf('--hold-out') + 1]?.match(/^(\d+)\/(\d+)$/);
const dev = readNer(path.join(NER_DIR, 'dev.jsonl'))
  .filter((_, i) => !(process.argv.includes('--hold-out') && holdOut && i % Number(holdOut[2]) === Number(holdOut[1])));
const extra = readExtra();
const sents = trainingSentences(readNer(path.join(NER_DIR, 'train-other-genres.jsonl')), dev, RECIPE, extra);
console.log(`training sentences ${sents.length} (news documents ${dev.length}; extra corpora ${extraNote(extra)}), recipe ${JSON.stringify(RECIPE)}`);
const t = train(sents, RECIPE, (s) => console.log(s));
console.log(`features ${t.features}, kept ${Object.keys(t.stored).length}`);
if (!process.argv.includes('--dry')) {
  const out = path.join(root, 'server/src/core/entities/data/model.json');
  fs.writeFileSync(out, JSON.stringify({ labels: LABELS, scale: RECIPE.scale, decoding: RECIPE.decoding, weights: t.stored }));
  console.log(`wrote ${out} (${fs.statSync(out).size} bytes)`);
}
