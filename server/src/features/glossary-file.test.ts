// The glossary file: the corrections' changes, what they write (valid against the contributed JSON
// Schema), and the "not a name" filter of the core's glossary module. Names are made up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { analyze } from '../core';
import { withoutNotNames } from '../core/entities/glossary';
import { emptyGlossary, markAs, notAName, parseGlossaryFile, sameAs, serializeGlossary } from './glossary-file';

const ROOT = process.env.NEWSDESK_ROOT ?? process.cwd();
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'glossary.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

test('corrections change the glossary as said, and what is written validates against the schema', () => {
  let g = markAs(emptyGlossary(), 'Kivu-Ituri', 'place');
  g = markAs(g, 'Kivu-Ituri', 'organization');
  assert.deepEqual(g.entries, [{ name: 'Kivu-Ituri', type: 'organization' }], 'one entry, retyped');
  g = sameAs(g, ['Dr Mensah', 'Mensah'], { name: 'Ama Mensah', type: 'person' });
  assert.deepEqual(g.entries.find((e) => e.name === 'Ama Mensah'), { name: 'Ama Mensah', type: 'person', aliases: ['Dr Mensah', 'Mensah'] });
  g = notAName(g, ['Kivu-Ituri']);
  assert.deepEqual(g.notNames, ['Kivu-Ituri']);
  assert.ok(!g.entries.some((e) => e.name === 'Kivu-Ituri'), 'its entry goes');
  g = markAs(g, 'Kivu-Ituri', 'place');
  assert.deepEqual(g.notNames, [], 'marking it again takes it off the not-names');
  const written = JSON.parse(serializeGlossary(g)) as { entries: unknown; notNames: unknown };
  assert.ok(validate(written), JSON.stringify(validate.errors));
  assert.deepEqual(parseGlossaryFile(serializeGlossary(g)).glossary, { entries: written.entries, notNames: written.notNames });
  assert.equal(validate({ entries: [{ name: 'X', type: 'planet' }] }), false, 'the schema rejects an unknown type');
  assert.equal(validate({ entries: [], notNames: [3] }), false);
  assert.ok(validate([{ name: 'Ama Mensah', type: 'person', role: 'chief nurse' }]), 'the bare-array form');
});

test('withoutNotNames drops the marked name, its entity and the links to it, and nothing else', () => {
  const text = 'Clinic Opens\n\nACCRA, May 2 - A new clinic run by Hopewell-Care opened on Friday, said Ama Mensah, its director. Hopewell-Care plans two more.\n';
  const a = analyze(text, { file: 'x.txt', glossary: [{ name: 'Hopewell-Care', type: 'person' }] });
  assert.ok(a.entities.some((e) => e.name === 'Hopewell-Care'));
  const b = withoutNotNames(a, ['hopewell-care']);
  assert.ok(!b.entities.some((e) => e.name === 'Hopewell-Care'));
  assert.deepEqual(b.entities.map((e) => e.name), a.entities.filter((e) => e.name !== 'Hopewell-Care').map((e) => e.name));
  assert.equal(withoutNotNames(a, []), a, 'no not-names: the same analysis');
});
