// Sentences written for these tests (no development or wild-set article): people shown by titles and roles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index';
import type { Entity } from '../index';

const entities = (text: string): Entity[] => analyze(text).entities;
const named = (es: Entity[], name: string) => es.find((e) => e.name === name);

test('a title before unknown name words of any origin makes a person, and is the role', () => {
  const es = entities('The plan was approved by President Faustin Touadera on Monday, and Senator Ndume Kashim objected. Alhaji Musa Bello agreed.');
  assert.equal(named(es, 'Faustin Touadera')?.type, 'person');
  assert.equal(named(es, 'Ndume Kashim')?.type, 'person');
  assert.equal(named(es, 'Ndume Kashim')?.role, 'Senator');
  assert.equal(named(es, 'Musa Bello')?.type, 'person');
  assert.equal(named(es, 'Musa Bello')?.role, null);
});

test('a role word is never the start of a name', () => {
  const es = entities('Agency Administrator Carla Mendes visited the plant, and Superintendent Rachel Kowalski met her.');
  assert.equal(named(es, 'Carla Mendes')?.role, 'Agency Administrator');
  assert.equal(named(es, 'Administrator Carla Mendes'), undefined);
  assert.equal(named(es, 'Rachel Kowalski')?.type, 'person');
});

test('unknown name words before a comma and a capitalized role are a person with that role', () => {
  const es = entities('Obinna Nwachukwu, Minister of State for Agriculture, told reporters the harvest was late.');
  assert.equal(named(es, 'Obinna Nwachukwu')?.type, 'person');
  assert.equal(named(es, 'Obinna Nwachukwu')?.role, 'Minister of State for Agriculture');
  assert.equal(named(es, 'Agriculture'), undefined);
});

test('a form of address is never the role; the role phrase before it is', () => {
  const es = entities('The Minister of Agriculture, Budget and Food Security, Mrs. Folake Adeyemi, said the fund would grow. Later, Dr. Ikenna Obi spoke.');
  assert.equal(named(es, 'Folake Adeyemi')?.role, 'Minister of Agriculture, Budget and Food Security');
  assert.equal(named(es, 'Ikenna Obi')?.role, null);
  assert.equal(named(es, 'Food'), undefined);
});

test('a role phrase alone is no organization; a named body after an office is one', () => {
  const es = entities('The Group Managing Director resigned on Friday. Olu Adebayo, Governor of the Central Bank of Nigeria, said rates would hold.');
  assert.equal(named(es, 'Group Managing Director'), undefined);
  assert.equal(named(es, 'Central Bank of Nigeria')?.type, 'organization');
});

test('a title-case name ends at On, For, And; a hyphenated land form is no person', () => {
  const es = entities('The magazine ran the piece as Marta Quiroga-Lind On Dumplings And Woks last spring. Militants in the Niger-Delta blew up a pipeline.');
  assert.equal(es.some((e) => /On Dumplings|Woks/.test(e.name)), false);
  assert.notEqual(named(es, 'Niger-Delta')?.type, 'person');
});
