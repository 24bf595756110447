// Versions of one statement: normalizing, classing against the fullest, grouping across articles.
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze';
import { compareVersions } from './classify';
import { quoteWords } from './normalize';
import { quoteFindings, quoteStatements } from './index';

const norms = (s: string) => quoteWords(s).map((w) => w.norm);
const cmp = (full: string, version: string) => compareVersions(quoteWords(full), quoteWords(version));

test('typographic marks, case, white space, punctuation, contractions, small numbers and spellings normalize away', () => {
  assert.deepEqual(norms('“We don’t  back down,” '), ['we', 'do', 'not', 'back', 'down']);
  assert.deepEqual(norms('"We do not back down."'), ['we', 'do', 'not', 'back', 'down']);
  assert.deepEqual(norms('Ten per cent of the harbour'), norms('10% of the harbor'));
  assert.deepEqual(norms("It's the Labour centre"), norms('it is the labor center'));
  assert.deepEqual(norms("the farmers’ market"), ['the', 'farmers', 'market']);
  // An abbreviation with or without its stops: house style, not the speaker's words.
  assert.deepEqual(norms('“The mayor flew to Washington, D.C. on Tuesday to meet U.N. officials.”'), norms('"the mayor flew to Washington, DC on Tuesday to meet UN officials"'));
  assert.equal(cmp('“Our delegation will return from Washington, D.C. with a signed agreement.”', '“return from Washington, DC with a signed agreement”')!.cls, 'shortened');
  assert.deepEqual(norms('“Talks resume at 9 a.m. sharp”'), ['talks', 'resume', 'at', '9', 'am', 'sharp']);
  // A date with or without the ordinal suffix is the same words.
  assert.equal(cmp('“The ferry will run again from March 3rd, weather permitting.”', '“The ferry will run again from March 3, weather permitting.”')!.cls, 'same');
  assert.equal(cmp('“The ferry will run again from March 3rd, weather permitting.”', '“The ferry will run again from March 4, weather permitting.”')!.cls, 'altered');
});

test('an ellipsis and a bracketed insertion mark a cut; a quotation inside the quotation is left out', () => {
  const w = quoteWords('“The river rose fast ... and [the town] flooded overnight”');
  assert.deepEqual(w.map((x) => x.norm), ['the', 'river', 'rose', 'fast', 'and', 'flooded', 'overnight']);
  assert.deepEqual(w.filter((x) => x.markBefore).map((x) => x.norm), ['and', 'flooded']);
  assert.ok(quoteWords('“The river rose fast …”').at(-1)!.markAfter);
  const inner = quoteWords('“My neighbour shouted ‘get out now’ and we ran to the hills”');
  assert.ok(!inner.some((x) => x.norm === 'get'));
  assert.ok(inner.find((x) => x.norm === 'and')!.markBefore);
  const offsets = quoteWords('“Hello there, council”', 10);
  assert.equal(offsets[0].start, 11);
});

test('same, shortened, shortened at an ellipsis, altered', () => {
  const full = '“The new bridge will open in March, but only if the steel arrives on time.”';
  assert.equal(cmp(full, '"the new bridge will open in March, but only if the steel arrives on time"')!.cls, 'same');
  assert.equal(cmp(full, '“The new bridge will open in March”')!.cls, 'shortened');
  assert.equal(cmp(full, '“The new bridge will open ... if the steel arrives on time”')!.cls, 'shortened');
  const changed = cmp(full, '“The new bridge will open in May, but only if the steel arrives on time.”')!;
  assert.equal(changed.cls, 'altered');
  assert.deepEqual(changed.diff.filter((d) => d.op !== 'same'), [{ op: 'removed', text: 'March' }, { op: 'added', text: 'May' }]);
  const dropped = cmp(full, '“The new bridge will open in March, only if the steel arrives”')!;
  assert.equal(dropped.cls, 'altered', 'a word left out inside the quoted span without a mark');
  assert.deepEqual(dropped.diff.filter((d) => d.op === 'removed').map((d) => d.text), ['but']);
});

test('a cut without an ellipsis that drops a negation or a qualifier of its sentence is noted; other cuts are not', () => {
  const full = '“We will not close the village clinic unless the province cuts our funding.”';
  assert.deepEqual(cmp(full, '“close the village clinic”')!.droppedQualifiers, ['not', 'unless']);
  assert.deepEqual(cmp(full, '“We will not close the village clinic”')!.droppedQualifiers, ['unless']);
  assert.deepEqual(cmp(full, '“We will not close the village clinic ... ”')!.droppedQualifiers, []);
  const twoSentences = '“The budget is tight. We will close the clinic on Fridays.”';
  assert.deepEqual(cmp(twoSentences, '“We will close the clinic on Fridays”')!.droppedQualifiers, []);
});

test('two quotations sharing only a few words are not versions of one statement', () => {
  assert.equal(cmp('“Our farmers need rain and they need it this week”', '“Our farmers need better roads to the markets of the capital, and fast”'), null);
});

test('a lone function word matched apart from the shared phrase does not make two partial quotations one altered statement', () => {
  const c = cmp('“The rule is clear: there was an intent to frighten or silence the striking workers, and that is proven.”', '“meant to silence the striking workers, plainly”');
  assert.notEqual(c?.cls, 'altered');
});

test('overlapping stretches of one speech are a shortened version, not an altered one', () => {
  const a = '“The harbour will reopen on Monday. Ferries will run every hour.”';
  const b = '“Ferries will run every hour, and tickets will be free for a week.”';
  assert.equal(cmp(a, b)!.cls, 'shortened');
});

const ARTICLE_A = `Harbour to reopen after storm

PORTVILLE, March 3, 2026 — Harbour master Ilse Marwick said on Tuesday that the port would reopen within days.

"The harbour will reopen on Monday, but only if the breakwater holds through the weekend," Marwick said.

"Thank you very much," she told reporters. "We'll see."
`;

const ARTICLE_B = `Port set to open Monday

PORTVILLE, March 4, 2026 — The port is expected to reopen next week.

"The harbour will reopen on Monday," harbour master Ilse Marwick said.

"Thank you very much," Marwick said. "We'll see."
`;

const ARTICLE_C = `Storm damage counted

PORTVILLE, March 4, 2026 — Damage from the storm is still being counted.

"The harbour will reopen on Tuesday, but only if the breakwater holds through the weekend," Marwick told the radio station.
`;

const ARTICLE_D = `Mayor speaks on harbour

PORTVILLE, March 5, 2026 — Mayor Tomas Quill spoke to the council.

"The harbour will reopen on Monday, but only if the breakwater holds through the weekend," Mayor Tomas Quill said.
`;

const analyses = (...texts: string[]) => texts.map((t, i) => analyze(t, { file: `${'abcd'[i]}.txt` }));

test('across articles: one statement with a shortened (qualifier cut), an altered version, and the same words given to another speaker', () => {
  const statements = quoteStatements(analyses(ARTICLE_A, ARTICLE_B, ARTICLE_C, ARTICLE_D));
  assert.equal(statements.length, 1, JSON.stringify(statements.map((s) => s.words)));
  const s = statements[0];
  assert.equal(s.speaker, 'Ilse Marwick');
  const byFile = Object.fromEntries(s.versions.map((v) => [v.file, v.class]));
  assert.deepEqual(byFile, { 'a.txt': 'fullest', 'b.txt': 'shortened', 'c.txt': 'altered', 'd.txt': 'attributed-elsewhere' });
  const findings = quoteFindings(statements, (f) => f);
  const codes = findings.map((f) => `${f.file} ${f.code}`).sort();
  assert.deepEqual(codes, ['b.txt disagreement.quote-cut', 'c.txt disagreement.quote', 'd.txt disagreement.speaker']);
  const altered = findings.find((f) => f.code === 'disagreement.quote')!;
  assert.match(altered.message, /here it has “Tuesday” instead of “Monday”/);
  assert.equal(altered.related.length, 3);
  const speaker = findings.find((f) => f.code === 'disagreement.speaker')!;
  assert.match(speaker.message, /These words are Ilse Marwick’s in a\.txt, in b\.txt, in c\.txt; this article gives them to Tomas Quill\./);
  const cut = findings.find((f) => f.code === 'disagreement.quote-cut')!;
  assert.match(cut.message, /leaves out “but”, “only”, “if”/);
});

test('common short phrases and a paraphrase without quotation marks make no statement', () => {
  const e = `Ferry resumes

Marwick said the harbour will reopen on Monday but only if the breakwater holds through the weekend.

"Thank you very much," Marwick said. "We'll see."
`;
  const statements = quoteStatements(analyses(ARTICLE_B, e));
  assert.deepEqual(statements, []);
});

test('the same statement twice in one article is one statement with two versions', () => {
  const t = `"Rebuild the pier before summer" — mayor

Mayor Tomas Quill said: "We must rebuild the pier before summer, whatever it costs."

Later he repeated: "We must rebuild the pier before summer."
`;
  const statements = quoteStatements(analyses(t));
  assert.equal(statements.length, 1);
  // The headline's quotation is a third version.
  assert.deepEqual(statements[0].versions.map((v) => v.class), ['fullest', 'shortened', 'shortened']);
});

test('the same words given to an organization and to a person speaking for it are not attributed elsewhere', () => {
  const a = `Ferry fares to rise

The Transport Ministry said in a statement: "Fares on the island ferries will rise by a fifth from the first of May to pay for new boats."
`;
  const b = `Ferry fares up in May

"Fares on the island ferries will rise by a fifth from the first of May to pay for new boats," ministry spokesman Arno Vell said.
`;
  const statements = quoteStatements(analyses(a, b));
  assert.equal(statements.length, 1);
  assert.ok(!statements[0].versions.some((v) => v.class === 'attributed-elsewhere'), JSON.stringify(statements[0].versions.map((v) => [v.speaker, v.class])));
});

test('two partial quotations sharing a four-word phrase with other words around it are not one altered statement', () => {
  assert.notEqual(cmp('“lists 412 warehouses in three coastal provinces, most of them empty”', '“rented warehouses in three coastal provinces”')?.cls, 'altered');
});

test('a campaign phrase quoted in part from two people is not attributed elsewhere; a full sentence is', () => {
  const a = `Debate night

"Our rival has spent years attacking the fishing towns and is plainly unready to lead the northern province," campaign spokesman Ruben Ostrander said.
`;
  const b = `Rally

Senator Ada Lindqvist called her rival "plainly unready to lead the northern province" at the rally.
`;
  const statements = quoteStatements(analyses(a, b));
  assert.ok(!statements.some((s) => s.versions.some((v) => v.class === 'attributed-elsewhere')), JSON.stringify(statements.map((s) => s.versions.map((v) => [v.speaker, v.class]))));
});
