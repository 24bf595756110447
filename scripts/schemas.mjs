// Generates the JSON Schemas of what the tools print from the TypeScript types that the code builds it
// with, so the two cannot drift (issue 18): the types' JSDoc becomes the descriptions, and its tags
// (@pattern, @minimum, @minItems, @asType integer, @title, @id) the constraints. The build runs it;
// with CI=true (or --check) it writes nothing and fails naming each schema that is not current, so a
// type changed without its schema cannot land. schema/glossary.schema.json is written by hand: it
// describes a file people edit, not an output of the code.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// The sources the last generation read, with their hashes, and what it made: building the TypeScript
// program takes seconds, and most builds change no file the schemas come from.
const CACHE = path.join(ROOT, 'dist', '.schemas-cache.json');

/** Each schema: the file written, the module that declares its root type, and that type. */
export const SCHEMAS = [
  { file: 'schema/article-analysis.schema.json', source: 'server/src/core/types.ts', type: 'AnalysisDocument' },
  { file: 'schema/timeline.schema.json', source: 'server/src/core/timeline/workspace-types.ts', type: 'TimelineDocument' },
  { file: 'schema/analysis-line.schema.json', source: 'server/src/cli/analysis-line.ts', type: 'AnalysisLine' },
];

const sha1 = (text) => createHash('sha1').update(text).digest('hex');
const readOrNull = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};

/**
 * The schema text of each entry, from one TypeScript program over all their sources, and the project
 * files that program read (relative path -> hash of the text).
 */
export async function generate(entries = SCHEMAS) {
  // Loaded only when the cache misses: with it, the TypeScript compiler (most of the time of a hit).
  const { createGenerator, createProgram, DEFAULT_CONFIG } = await import('ts-json-schema-generator');
  const sources = entries.map((e) => e.source);
  const config = {
    ...DEFAULT_CONFIG,
    path: path.join(ROOT, sources.length === 1 ? sources[0] : `{${sources.join(',')}}`),
    expose: 'export',
    jsDoc: 'extended',
    // The root is the document itself (its title and description at the top), not a $ref to it.
    topRef: false,
    additionalProperties: false,
    // The build's typecheck (tsc --noEmit) checks these files; checking them again here only costs time.
    skipTypeCheck: true,
  };
  const program = createProgram(config);
  const generator = createGenerator({ ...config, tsProgram: program });
  const texts = entries.map(({ type }) => {
    const { $schema, $id, title, description, ...rest } = generator.createSchema(type);
    // What the document is comes first, where a reader looks; the generator puts it after the properties.
    return JSON.stringify({ $schema, $id, title, description, ...rest }, null, 2) + '\n';
  });
  const inputs = {};
  for (const f of program.getSourceFiles()) {
    const rel = path.relative(ROOT, f.fileName);
    if (!rel.startsWith('..') && !rel.split(path.sep).includes('node_modules')) inputs[rel] = sha1(f.text);
  }
  return { texts, inputs };
}

/** What makes the same inputs give other schemas: this script and the generator's version. */
function generatorKey() {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'ts-json-schema-generator', 'package.json'), 'utf8'));
  return sha1(`${pkg.version}\n${readFileSync(fileURLToPath(import.meta.url), 'utf8')}`);
}

/** The texts of the last generation when none of the files it read has changed since, else null. */
function cachedTexts(key) {
  const cache = JSON.parse(readOrNull(CACHE) ?? 'null');
  if (!cache || cache.key !== key || cache.texts?.length !== SCHEMAS.length) return null;
  for (const [rel, hash] of Object.entries(cache.inputs)) if (sha1(readOrNull(path.join(ROOT, rel)) ?? '') !== hash) return null;
  return cache.texts;
}

async function schemaTexts() {
  const key = generatorKey();
  const cached = cachedTexts(key);
  if (cached) return cached;
  const { texts, inputs } = await generate();
  mkdirSync(path.dirname(CACHE), { recursive: true });
  writeFileSync(`${CACHE}.${process.pid}`, JSON.stringify({ key, inputs, texts }));
  renameSync(`${CACHE}.${process.pid}`, CACHE);
  return texts;
}

/**
 * Writes the schemas that changed, or with `check` writes nothing and returns the files that are not
 * current (the build fails on them).
 */
export async function updateSchemas({ check }) {
  const stale = [];
  const texts = await schemaTexts();
  SCHEMAS.forEach((entry, i) => {
    const target = path.join(ROOT, entry.file);
    if (readOrNull(target) === texts[i]) return;
    if (check) stale.push(`${entry.file} (from ${entry.type} in ${entry.source})`);
    else writeFileSync(target, texts[i]);
  });
  return stale;
}

/** CI only checks: a schema the build would change there was not committed with its types. */
export const checkOnly = () => process.env.CI === 'true' || process.argv.includes('--check');

/** Says which schemas are stale; true when none is. */
export function reportStale(stale) {
  if (!stale.length) return true;
  console.error(`JSON Schema not current with its types: ${stale.join(', ')}. Run node scripts/schemas.mjs (or npm run build) and commit the schema.`);
  return false;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!reportStale(await updateSchemas({ check: checkOnly() }))) process.exit(1);
}
