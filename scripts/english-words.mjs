// An esbuild plugin that builds the English word list at build time (issue 17): nspell reads the
// Hunspell en_US dictionary (dictionary-en) here, once per build, and the bundle gets only what its
// spelling check needs, ready to use: every word form nspell's affix expansion yields, the few forms
// with the flags its check looks at, its compound rules (ordinals: 21st, 112th) and its input
// conversions (’ as '). So nspell is not shipped and nothing is built when the server or the CLI
// starts. server/src/core/diagnostics/lexicon/dictionary.ts imports it as './english-words.generated'.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

let built = null;

/**
 * The word list's module source (a JSON object as the default export), built once per process and kept
 * in out/ for the next build while nspell, the dictionary and this file are the same.
 */
export function englishWordsModule() {
  if (built) return built;
  const dir = path.join(root, 'node_modules', 'dictionary-en');
  const version = (pkg) => JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  const key = `// ${version('nspell')} ${version('dictionary-en')} ${createHash('sha256').update(readFileSync(new URL(import.meta.url))).digest('hex').slice(0, 16)}\n`;
  const cacheFile = path.join(root, 'out', 'english-words.cache.js');
  if (existsSync(cacheFile)) {
    const cached = readFileSync(cacheFile, 'utf8');
    if (cached.startsWith(key)) return (built = cached);
  }
  const nspell = require('nspell');
  const aff = readFileSync(path.join(dir, 'index.aff'));
  const dic = readFileSync(path.join(dir, 'index.dic'), 'utf8');
  const speller = nspell({ aff, dic });
  // nspell's flag test (lib/util/flag.js): the flag is declared in the .aff and listed for the word.
  const has = (name, codes) => !!codes && name in speller.flags && codes.indexOf(speller.flags[name]) > -1;
  const words = Object.keys(speller.data);
  const flagged = (name) => words.filter((w) => has(name, speller.data[w]));
  const regex = (r) => [r.source, r.flags];
  // Names of the dictionary's own: stems written with a capital (for isDictionaryName).
  const names = new Set();
  for (const line of dic.split('\n')) {
    const c = line.charCodeAt(0);
    if (c < 65 || c > 90) continue;
    const slash = line.indexOf('/');
    names.add((slash < 0 ? line : line.slice(0, slash)).trim().toLowerCase());
  }
  const data = {
    // Sorted by UTF-16 code units (the order of < on strings): looked up by binary search, no set built.
    words: `\n${[...words].sort().join('\n')}\n`,
    onlyInCompound: flagged('ONLYINCOMPOUND'),
    keepCase: flagged('KEEPCASE'),
    forbidden: flagged('FORBIDDENWORD'),
    compoundMin: typeof speller.flags.COMPOUNDMIN === 'number' ? speller.flags.COMPOUNDMIN : null,
    compoundRules: speller.compoundRules.map(regex),
    conversions: speller.conversion.in.map(([r, to]) => [...regex(r), to]),
    names: [...names].join('\n'),
  };
  built = `${key}export default ${JSON.stringify(data)};\n`;
  mkdirSync(path.dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, built);
  return built;
}

/** Resolves any import of `english-words.generated` to the word list built above. */
export function englishWords() {
  return {
    name: 'english-words',
    setup(build) {
      build.onResolve({ filter: /(^|\/)english-words\.generated$/ }, () => ({ path: 'english-words.generated', namespace: 'english-words' }));
      build.onLoad({ filter: /.*/, namespace: 'english-words' }, () => ({ contents: englishWordsModule(), loader: 'js' }));
    },
  };
}
