// The same actor across articles when one article wrote the other's name for it (written for this test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../types';
import { sameEntity } from './people';

const entity = (name: string, type: Entity['type'], aliases: string[] = []): Entity => ({ id: `${type}:${name}`, name, type, role: null, aliases, mentions: [] });

test('a club named in full in one article and by its short form or nickname in another is one club', () => {
  const full = entity('Wolverhampton Wanderers', 'organization', ['Wolves']);
  assert.ok(sameEntity(full, entity('Wolves', 'organization')));
  assert.ok(sameEntity(entity('West Ham', 'organization'), entity('West Ham United', 'organization', ['West Ham'])));
  assert.ok(!sameEntity(full, entity('Wolves', 'person')));
  assert.ok(!sameEntity(entity('Aston Villa', 'organization', ['Villa']), entity('Crystal Palace', 'organization', ['Palace'])));
});

test('a one-word alias of a person does not join another article’s person of that one name', () => {
  assert.ok(!sameEntity(entity('Wang Yi', 'person', ['Wang']), entity('Wang', 'person')));
  assert.ok(sameEntity(entity('Mary Ann Evans', 'person', ['George Eliot']), entity('George Eliot', 'person')));
});
