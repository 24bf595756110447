#!/usr/bin/env node
// Validates the wild set's gold files (eval/wild/gold/*.json) against their articles.
// Usage: node eval/wild/check.mjs [id-or-file ...]   (no argument: every gold file)
// Checks: valid JSON; required fields; every mention / quote / figure / date / furniture / claim /
// garbled string occurs in the article text, matched the way ../shared/eval/score-seeds.mjs matches
// (curly quotes and dashes folded, white space collapsed; entity mentions case-sensitive at word
// boundaries, every other string case-insensitive); quote speakers name a gold entity; ids match
// file names; a .pasted gold names its clean article in variantOf.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const goldDir = join(here, 'gold');
const articleDir = join(here, 'articles');

const foldKeepCase = (s) => String(s ?? '')
  .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
  .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
  .replace(/[\u2013\u2014]/g, '-')
  .replace(/\s+/g, ' ')
  .trim();
const fold = (s) => foldKeepCase(s).toLowerCase();
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const DESKS = new Set(['politics', 'business', 'sports', 'courts-crime', 'health-science', 'local', 'wire',
  'interview', 'obituary', 'opinion', 'other']);
const TYPES = new Set(['person', 'organization', 'place']);
const FIGURE_KINDS = new Set(['money', 'percent', 'count', 'quantity', 'age', 'duration']);
const QUOTE_KINDS = new Set(['direct', 'partial']);

function checkOne(goldFile) {
  const problems = [];
  const bad = (msg) => problems.push(msg);
  let g;
  try { g = JSON.parse(readFileSync(goldFile, 'utf8')); } catch (e) { return [`invalid JSON: ${e.message}`]; }
  const fileId = basename(goldFile).replace(/\.json$/, '');
  if (g.id !== fileId) bad(`id "${g.id}" does not match file name "${fileId}"`);
  const articleFile = join(articleDir, `${fileId}.txt`);
  if (!existsSync(articleFile)) return [...problems, `no article ${articleFile}`];
  const raw = readFileSync(articleFile, 'utf8');
  if (raw.includes('\r')) bad('article has \\r line ends');
  const text = foldKeepCase(raw);
  const lower = text.toLowerCase();
  const has = (s) => lower.includes(fold(s));
  const hasWord = (s) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(foldKeepCase(s))}(?![\\p{L}\\p{N}])`, 'u').test(text);

  // source
  const src = g.source ?? {};
  for (const k of ['publisher', 'url', 'title', 'licence', 'attribution', 'retrieved']) if (!src[k]) bad(`source.${k} missing`);
  if (typeof src.partial !== 'boolean') bad('source.partial must be true or false');
  if (!g.country) bad('country missing');
  if (!DESKS.has(g.desk)) bad(`desk "${g.desk}" unknown`);
  if (!('published' in g)) bad('published missing (null when the text gives none)');
  else if (g.published !== null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(g.published)) bad(`published "${g.published}" not ISO`);
  const pasted = fileId.endsWith('.pasted');
  if (pasted && !g.variantOf) bad('a .pasted gold needs variantOf');
  if (g.variantOf && !existsSync(join(articleDir, `${g.variantOf}.txt`))) bad(`variantOf "${g.variantOf}" has no article`);
  for (const k of ['entities', 'quotes', 'figures', 'dates', 'furniture', 'claims', 'garbled']) {
    if (!Array.isArray(g[k])) bad(`${k} must be an array`);
  }
  if (problems.length) return problems;

  const names = new Set();
  for (const e of g.entities) {
    if (!e.name) { bad('entity without name'); continue; }
    if (names.has(e.name)) bad(`entity "${e.name}" listed twice`);
    names.add(e.name);
    if (!TYPES.has(e.type)) bad(`entity "${e.name}": type "${e.type}"`);
    if (!Array.isArray(e.mentions) || e.mentions.length === 0) bad(`entity "${e.name}": no mentions`);
    for (const m of e.mentions ?? []) if (!hasWord(m)) bad(`entity "${e.name}": mention "${m}" not in text (case-sensitive, word boundaries)`);
    if (e.gpe && e.type !== 'place') bad(`entity "${e.name}": gpe set on a ${e.type}`);
  }
  for (const n of g.notEntities ?? []) if (!has(n)) bad(`notEntity "${n}" not in text`);
  for (const q of g.quotes) {
    if (!q.text || !has(q.text)) bad(`quote "${q.text}" not in text`);
    if (q.speaker !== null && !names.has(q.speaker)) bad(`quote "${q.text}": speaker "${q.speaker}" is no gold entity`);
    if (!QUOTE_KINDS.has(q.kind)) bad(`quote "${q.text}": kind "${q.kind}"`);
  }
  for (const f of g.figures) {
    if (!f.text || !has(f.text)) bad(`figure "${f.text}" not in text`);
    if (!FIGURE_KINDS.has(f.kind)) bad(`figure "${f.text}": kind "${f.kind}"`);
    if (typeof f.value !== 'number') bad(`figure "${f.text}": value must be a number`);
  }
  for (const d of g.dates) {
    if (!d.text || !has(d.text)) bad(`date "${d.text}" not in text`);
    if (!('value' in d)) bad(`date "${d.text}": value missing (null when unresolved)`);
    else if (d.value !== null && !/^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/.test(d.value)) bad(`date "${d.text}": value "${d.value}" not ISO`);
    if (d.anchor && !['published', 'text'].includes(d.anchor)) bad(`date "${d.text}": anchor "${d.anchor}"`);
  }
  const lines = new Set(raw.split('\n').map((l) => fold(l)));
  for (const f of g.furniture) if (!lines.has(fold(f))) bad(`furniture "${f}" is not a whole line of the text`);
  for (const c of g.claims) if (!c.text || !has(c.text)) bad(`claim "${c.text}" not in text`);
  for (const x of g.garbled) if (!x.text || !has(x.text)) bad(`garbled "${x.text}" not in text`);
  return problems;
}

const args = process.argv.slice(2);
const files = args.length
  ? args.map((a) => (a.endsWith('.json') ? a : join(goldDir, `${a}.json`)))
  : (existsSync(goldDir) ? readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((f) => join(goldDir, f)) : []);
let failed = 0;
for (const f of files) {
  const problems = checkOne(f);
  if (problems.length) {
    failed++;
    console.log(`FAIL ${basename(f)}`);
    for (const p of problems) console.log(`  - ${p}`);
  } else console.log(`ok   ${basename(f)}`);
}
console.log(`${files.length - failed}/${files.length} gold files valid`);
process.exit(failed ? 1 : 0);
