// The Quotes view in workspace scope (issue #20): statements from the real analysis of two made-up
// articles (a council hearing reported twice, one report changing the words), not hand-built ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, quoteStatements } from '../../../server/src/core';
import { buildQuoteTree } from './tree';
import { diffText } from './statement_tree';
import { treeRows } from '../export/tree_export';

const A = `Harbour dredging delayed

PORT ELLIS, March 4, 2026 — Marta Quintero, the harbour master, told the council the dredging would wait.

“We cannot dredge the northern channel before the herring season is over,” Quintero said.

“Nobody wants a closed harbour,” she added.
`;
const B = `Council hears harbour master

PORT ELLIS, March 5, 2026 — The council met on Wednesday.

“We will not dredge the northern channel before the herring season is over,” harbour master Marta Quintero said.
`;

function workspace() {
  const articles = [
    { analysis: analyze(A, { file: 'file:///ws/a.txt' }), text: A },
    { analysis: analyze(B, { file: 'file:///ws/b.txt' }), text: B },
  ];
  return { articles, statements: quoteStatements(articles.map((a) => a.analysis)) };
}

test('a statement quoted by two sources is one node under its speaker, its versions with their sources, the altered one marked', () => {
  const { articles, statements } = workspace();
  assert.equal(statements.length, 1, JSON.stringify(statements));
  const tree = buildQuoteTree(articles, '', undefined, statements);
  const quintero = tree.roots.find((r) => r.label === 'Marta Quintero');
  assert.ok(quintero, tree.roots.map((r) => r.label).join(', '));
  const st = quintero.children!.find((c) => c.kind === 'statement');
  assert.ok(st, 'no statement node');
  assert.match(st.description!, /2 versions · 2 sources · 1 altered/);
  assert.equal(st.icon, 'warning');
  const versions = st.children!;
  assert.deepEqual(versions.map((v) => v.description), ['fullest · a.txt:5', 'altered · b.txt:5']);
  assert.deepEqual(versions.map((v) => v.location!.file), ['file:///ws/a.txt', 'file:///ws/b.txt']);
  assert.match(versions[1].tooltip!, /against the fullest: We \[-cannot-\] \{\+will\+\} not dredge/);
  const textOf = (v: (typeof versions)[number]) => articles.find((a) => a.analysis.file === v.location!.file)!.text.slice(v.location!.start, v.location!.end);
  assert.match(textOf(versions[1]), /^“We will not dredge/);
  // The versions are not listed a second time as plain quotes; the speaker's other quote still is.
  assert.deepEqual(quintero.children!.filter((c) => c.kind === 'quote').map((c) => c.label), ['“Nobody wants a closed harbour,”']);
  assert.equal(quintero.description, '1 quote · 1 statement');
  // Export CSV keeps one row per version, with its class.
  assert.deepEqual(treeRows(tree).filter((r) => r[1].startsWith('statement')).map((r) => r[1]), ['statement version: fullest', 'statement version: altered']);
});

test('the filter finds a statement by the words of any version, and without statements the view lists quotes as before', () => {
  const { articles, statements } = workspace();
  const hits = buildQuoteTree(articles, 'will not dredge', undefined, statements);
  assert.deepEqual(hits.roots.flatMap((r) => r.children!.map((c) => c.kind)), ['statement']);
  const plain = buildQuoteTree(articles, '');
  assert.equal(plain.roots.flatMap((r) => r.children!).filter((c) => c.kind === 'statement').length, 0);
  assert.equal(plain.roots.find((r) => r.label === 'Marta Quintero')!.children!.length, 3);
});

test('the word difference is plain text: removed [-…-], added {+…+}, a cut an ellipsis once', () => {
  const diff = diffText([
    { op: 'cut', text: 'Today' },
    { op: 'cut', text: 'we' },
    { op: 'same', text: 'will' },
    { op: 'removed', text: 'never' },
    { op: 'added', text: '<b>not</b>' },
    { op: 'same', text: 'go' },
  ]);
  assert.equal(diff, '… will [-never-] {+<b>not</b>+} go');
});
