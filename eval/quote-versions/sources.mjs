// Writes SOURCES.md from groups.json (node eval/quote-versions/sources.mjs): one row per text a group
// defines, under the first group that defines it, so the table cannot drift from the set's records.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const groups = JSON.parse(fs.readFileSync(path.join(dir, 'groups.json'), 'utf8'));
const head = `# Sources of the quote-versions set

Generated from groups.json. Wikinews texts: Wikinews contributors, CC BY 2.5 (https://creativecommons.org/licenses/by/2.5/); works of the United States Government are in the public domain (17 U.S.C. 105). Articles of the wild set: see eval/wild/SOURCES.md. A text used by several groups is listed once, under the first.

| group | text | publisher | title | licence | attribution | via |
| --- | --- | --- | --- | --- | --- | --- |
`;
const rows = [];
const seen = new Set();
for (const g of groups) {
  for (const t of g.texts) {
    if ((t.text === undefined && t.file === undefined) || seen.has(t.id)) continue;
    seen.add(t.id);
    const name = t.id + (t.framed ? ' (framed)' : '');
    if (t.file !== undefined) rows.push(`| ${g.id} | ${name} | wild set article \`${t.file}\` | | see eval/wild/SOURCES.md | | |`);
    else {
      const s = t.source;
      rows.push(`| ${g.id} | ${name} | ${s.publisher} | [${s.title}](${s.url}) | ${s.licence} | ${s.attribution} | ${s.via ?? ''} |`);
    }
  }
}
fs.writeFileSync(path.join(dir, 'SOURCES.md'), head + rows.join('\n') + '\n');
