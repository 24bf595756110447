// Issue 16: a speaker is something that can speak. Texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, type Entity } from '../index';
import { quotes } from './index';

const found = (text: string) => annotate(text).quotes.map((q) => `${q.kind} ${q.speaker?.name ?? '-'}: ${q.text}`);

/** The quotes when the entities stage found only `keep` of its entities: the speaker must not lean on it. */
const foundWith = (text: string, keep: (e: Entity) => boolean) => {
  const doc = annotate(text);
  doc.entities = doc.entities.filter(keep);
  quotes.run(doc);
  return doc.quotes.map((q) => `${q.kind} ${q.speaker?.name ?? '-'}: ${q.text}`);
};

test('the dateline\'s city and agency never speak', () => {
  const text = 'Ministry warns on tariffs\n\nHANOI (Wire) - The country\'s new trade minister on Tuesday warned of "serious consequences for exporters" if the duties rise.\n';
  assert.deepEqual(found(text), ['partial -: "serious consequences for exporters"']);
});

test('a place named inside the sentence is where things happen, not who speaks; a state opening its clause speaks', () => {
  assert.deepEqual(found('Officials gathered in Nairobi called the plan "a last resort for the whole region".'), ['partial -: "a last resort for the whole region"']);
  assert.deepEqual(found('Vietnam on Monday called the duties "a breach of the agreement".'), ['partial Vietnam: "a breach of the agreement"']);
});

test('a club\'s or body\'s name before a role is not the speaker: the player or official named after it is', () => {
  const text = 'Rovers win the derby\n\nRovers winger Kofi Mensah scored twice on Saturday.\n\n"I am buzzing, the lads were unreal," he said.\n\n"We never stopped running," said Rovers captain Liam Doyle.\n';
  assert.deepEqual(found(text), ['direct Kofi Mensah: "I am buzzing, the lads were unreal,"', 'direct Liam Doyle: "We never stopped running,"']);
});

test('a place or club before a group noun is no speaker: "Delta youths said" is someone unnamed', () => {
  assert.deepEqual(found('"We have waited ten years for the clean-up," Ogoni youths said at the rally.'), ['direct -: "We have waited ten years for the clean-up,"']);
  const text = 'Mayor Ines Pardo opened the market on Monday.\n\n"Prices here are fair for once," Lisbon residents told the radio.\n';
  assert.deepEqual(found(text), ['direct -: "Prices here are fair for once,"']);
});

test('a name written family name first keeps its full form when the family name is used alone', () => {
  const text = 'Seoul and Hanoi agree on trade\n\nTrade Minister Park Ji-hoon signed the accord on Friday.\n\n"This opens a new chapter," Park said.\n';
  assert.deepEqual(found(text), ['direct Park Ji-hoon: "This opens a new chapter,"']);
});

test('names with a hyphenated article ("al-Hashimi") or the given name Said stay whole as speakers', () => {
  // Class: Arabic names in running text; "Said" is a name inside a run of capitals, a verb only in a
  // title-case headline. Read from the text itself, with no entity to lean on.
  const none = () => false;
  assert.deepEqual(foundWith('"The talks will resume next week," said Yusuf al-Hashimi, an aide to the minister.', none), ['direct Yusuf al-Hashimi: "The talks will resume next week,"']);
  assert.deepEqual(foundWith('"The port is open again," said Karim Said Mansour, a harbour official.', none), ['direct Karim Said Mansour: "The port is open again,"']);
  assert.deepEqual(foundWith('Karim Mansour Says Port "Open Again"\n\nThe harbour reopened on Monday.\n', none), ['partial Karim Mansour: "Open Again"']);
});

test('a relative with the same family name is someone else', () => {
  // Class: family members quoted in a story about someone else of their name.
  const text = 'Nadia Haddad was released on Monday after two years in prison.\n\nHer brother Samir Haddad said she was "tired but free".\n';
  assert.deepEqual(foundWith(text, (e) => e.name === 'Nadia Haddad'), ['partial Samir Haddad: "tired but free"']);
  // The family name alone is still the one person known.
  assert.deepEqual(foundWith('Nadia Haddad was released on Monday.\n\nHaddad said she was "tired but free".\n', (e) => e.name === 'Nadia Haddad'), ['partial Nadia Haddad: "tired but free"']);
});

test('a possessive name after the verb is the object\'s owner, not an inverted subject', () => {
  // Class: "…, called X's group a “…”": only "…, said X" inverts the subject.
  assert.deepEqual(found('A 2019 audit, however, called Lindqvist\'s agency "a model of waste".'), ['partial -: "a model of waste"']);
});

test('after "said", a possessive owns the speaker: the one named after it, or someone unnamed', () => {
  // Class: "said <state>'s <role> <Name>", "said <person>'s counterpart, <Name>", "said <state>'s ministry".
  assert.deepEqual(found('"The search goes on at dawn," said Peru\'s Defence Minister Rosa Quispe.'), ['direct Rosa Quispe: "The search goes on at dawn,"']);
  assert.deepEqual(found('"We need more boats," said Halvorsen\'s Danish colleague, Mette Skov.'), ['direct Mette Skov: "We need more boats,"']);
  assert.deepEqual(found('"No radar saw the plane," said Chile\'s transport ministry on Friday.'), ['direct -: "No radar saw the plane,"']);
});

test('"said the office of …" with no name is someone unnamed, not the outlet that reported it', () => {
  // Class: a description as the inverted subject, followed by "reported by <outlet>".
  assert.deepEqual(found('"We are storing the debris in a warehouse," said the office of the harbour master in a statement reported by the Coast Herald.'), [
    'direct -: "We are storing the debris in a warehouse,"',
  ]);
});

test('places do not speak: a place next to the verb inside a clause, and a broadcaster after "on … saying"', () => {
  // Class: "X, who works off the <Place>, stated" and "appeared on <outlet> saying; “…”".
  assert.deepEqual(found('Ivan Petrov, a diver whose boat sank near the Bahamas stated, "The wreck lies deeper than they think."'), ['direct Ivan Petrov: "The wreck lies deeper than they think."']);
  // A full sentence after a semicolon is direct (quotes.test.ts).
  assert.deepEqual(found('Governor Ada Lowe also appeared on KTVX saying the levee would hold; "We built it for a hundred-year flood."'), ['direct Ada Lowe: "We built it for a hundred-year flood."']);
});

test('"she said" skips a man before her; "he said" skips a woman (title or the article\'s own pronouns)', () => {
  // Class: pronoun speakers resolved by gender when two people stand before the quote.
  assert.deepEqual(found('Mr. Tom Baird met Ruth Adler on Monday. "We agreed on the budget," she said.'), ['direct Ruth Adler: "We agreed on the budget,"']);
  const text = 'Karl Vogt sold his farm in May.\n\nVogt met Lena Brandt at the market. "It was time to stop," she said.\n';
  assert.deepEqual(found(text), ['direct Lena Brandt: "It was time to stop,"']);
});

test('a trophy, a team or an event is no antecedent of "he": silent when no person is named nearby', () => {
  // Class: "he recalled" after sentences naming only things with capitals.
  const text = 'The Lakeside Trophy went to the Otters again this year.\n\n"We trained hard all winter," he recalled.\n';
  assert.deepEqual(found(text), ['direct -: "We trained hard all winter,"']);
});

test('far from any name, "he" is the one man the article has named', () => {
  // Class: profiles that name their subject once and go on with "he" for paragraphs.
  const text = 'Coach Dan Reyes has trained the river club for ten years.\n\nThe club started with six boats. Its boathouse dates from 1952. The roof was fixed in May. The river froze twice last winter. The season opens in April.\n\n"We trained on the ice," he recalled.\n';
  assert.deepEqual(found(text), ['direct Dan Reyes: "We trained on the ice,"']);
});

test('a club, company or place given a first-person-singular quote has no speaker; "we" it may say', () => {
  // Class: an organization does not say "I" (a player's words credited to the club).
  assert.deepEqual(found('"I am over the moon, my legs are gone," Northfield Rovers said on their website.'), ['direct -: "I am over the moon, my legs are gone,"']);
  assert.deepEqual(found('"We are proud of the squad," Northfield Rovers said on their website.'), ['direct Northfield Rovers: "We are proud of the squad,"']);
});

test('a quote closing its sentence after "X said:" is X\'s, not that of the next sentence\'s reporter of other speech', () => {
  // Class: the quote's own attribution wins over a following sentence that says something else.
  const text = 'Mayor Ines Pardo warned the council: "The dam is old. We must act before spring." Tomas Ruiz, an engineer, said a new dam would cost twice as much.\n';
  assert.deepEqual(found(text), ['direct Ines Pardo: "The dam is old. We must act before spring."']);
  const closing = '"The dam is old. We must act before spring." Tomas Ruiz told the council on Monday.\n';
  assert.deepEqual(found(closing), ['direct Tomas Ruiz: "The dam is old. We must act before spring."']);
});

test('a quote paragraph with no attribution is not given to a name owned in the paragraph before', () => {
  // Class: editorials that open with "X's detention …" and then quote an unnamed statement.
  const text = 'Fishermen protest\n\nAmara Diallo\'s arrest has angered the harbour.\n\n"The charges should be dropped and the families allowed to go home."\n';
  assert.deepEqual(found(text), ['direct -: "The charges should be dropped and the families allowed to go home."']);
});

test('a name before a graded role ("assistant coach", "interim manager") qualifies it: the one named after speaks', () => {
  // Class: sports and civil-service titles with a grade word between the body and the role noun.
  assert.deepEqual(found('"We trained hard all winter," said Olympic assistant coach Mara Lind.'), ['direct Mara Lind: "We trained hard all winter,"']);
  // Far from any name, the one man named: a body's name qualifying his role in the headline is no second man.
  const text = 'Radio talks to Paralympic assistant coach Tom Reilly\n\nTom Reilly coached schools for ten years.\n\nThe club started with six chairs. Its hall dates from 1952. The roof was fixed in May. The floor was laid twice. The season opens in April.\n\n"We trained on the road," he recalled.\n';
  assert.deepEqual(found(text), ['direct Tom Reilly: "We trained on the road,"']);
});

test('after "said", a long description ends with the person named; a body after "for" is described, not speaking', () => {
  // Class: inverted attributions with a role phrase before the name ("said former X coach and Y, Name").
  assert.deepEqual(found('"The league is a joke," said former Rovers coach and former test player Jon Bright.'), ['direct Jon Bright: "The league is a joke,"']);
  assert.deepEqual(found('"We have seen twelve boats sink this month," said spokesperson for the United Nations High Commissioner for Refugees, Omar Haddad.'), [
    'direct Omar Haddad: "We have seen twelve boats sink this month,"',
  ]);
  assert.deepEqual(found('"Nothing moves on the network," said the chief engineer for Netwatch, a firm that maps traffic.'), ['direct -: "Nothing moves on the network,"']);
  // A spokesman speaks for the body: its word.
  assert.deepEqual(found('"Nothing moves on the network," said a spokesman for Netwatch.'), ['direct Netwatch: "Nothing moves on the network,"']);
});

test('"commenting, “…”" and "went on to comment upon …; “…”" attribute the quote to the subject', () => {
  // Class: "comment" as a verb of saying, as a participle before the quote and with "on"/"upon".
  const text = 'Premier Lars Holm defended the plan on Monday. He called it a duty, commenting, "it is about whether we can keep our word".\n';
  assert.deepEqual(found(text), ['partial Lars Holm: "it is about whether we can keep our word"']);
  const herald = annotate('The Coast Herald went on to comment upon the delay; "Somebody must answer for the broken bridge."').quotes;
  assert.deepEqual(herald.map((q) => q.speaker?.name), ['Coast Herald']);
});

test('a quote with no cue closing its paragraph is the speaker of the sentence before it; with none there, no one', () => {
  // Class: "X rejected the report, saying …. “…”" and "According to X, …. “…”" in one paragraph.
  const text = 'Housing Minister Ana Ruiz rejected the report, saying the figures were two years old. "We have built 400 houses since May and will build more."\n';
  assert.deepEqual(found(text), ['direct Ana Ruiz: "We have built 400 houses since May and will build more."']);
  const according = 'According to Ana Ruiz, the ministry is on schedule. "We have built 400 houses since May and will build more."\n';
  assert.deepEqual(found(according), ['direct Ana Ruiz: "We have built 400 houses since May and will build more."']);
  const none = 'The report was published on Monday by the housing board. "Everyone deserves a roof and a door that locks."\n';
  assert.deepEqual(found(none), ['direct -: "Everyone deserves a roof and a door that locks."']);
});

test('a quote paragraph with no attribution does not reach back into the headline for a speaker', () => {
  // Class: editorials whose title-case headline ends in capitalised plurals ("… of Russian Harbour Pilots").
  const text = 'U.S. Urges Release of Russian Harbour Pilots\n\nAmara Diallo\'s arrest has angered the harbour.\n\n"The charges against the pilots should be dropped and the men allowed to go home."\n';
  assert.deepEqual(found(text), ['direct -: "The charges against the pilots should be dropped and the men allowed to go home."']);
});

test('a paragraph that names its own speaker before a quote does not inherit the speaker of the paragraph before', () => {
  // Class: wire copy alternating two officials, each paragraph with its own attribution sentence.
  const text = 'Minister warns of conflict\n\nBEIJING (Wire) - Foreign Minister Lin Hao said on Tuesday that talks were stalled, after envoy Chen Bo met his counterpart.\n\n"If the other side does not stop, there will surely be conflict," Lin told reporters.\n\nChen Bo said the talks would resume. "We will meet again in May."\n\n"Nobody wants a war," the minister added.\n';
  assert.deepEqual(found(text), [
    'direct Lin Hao: "If the other side does not stop, there will surely be conflict,"',
    'direct Chen Bo: "We will meet again in May."',
    'direct Lin Hao: "Nobody wants a war,"',
  ]);
});

test('a part or voice of a body speaks as the body: "the armed wing of X claimed", "the press office of X said"', () => {
  // Class: subjects that are a body's wing, office or spokesman, named by "of"/"for".
  assert.deepEqual(found('Late on Sunday the armed wing of Tamar Front claimed in a statement, "We have destroyed the bridge at Kiro".'), ['direct Tamar Front: "We have destroyed the bridge at Kiro"']);
  assert.deepEqual(found('The ferry sank on Monday. The press office of the Harbour Authority said in a statement, "All passengers were rescued."'), ['direct Harbour Authority: "All passengers were rescued."']);
});

test('"in regards to X" is no verb of judging: the one told is still not the speaker', () => {
  // Class: "an unnamed source told <outlet> in regards to <group>, “…”".
  assert.deepEqual(found('An unnamed senior police source told The Courier in regards to the rioters, "They were well organised and came with tools."'), [
    'direct -: "They were well organised and came with tools."',
  ]);
});

test('"the Irish Examiner reported": after "the", a nationality and one capitalised word are the name of a body', () => {
  // Class: newspapers and bodies named with a nationality ("the Indian Express", "the American Legion").
  assert.deepEqual(found('"The dam will hold until spring," the Irish Examiner reported on Monday.'), ['direct Irish Examiner: "The dam will hold until spring,"']);
  // A nationality before a person's name stays a title.
  assert.deepEqual(found('"The dam will hold until spring," said Russian engineer Ivan Petrov.'), ['direct Ivan Petrov: "The dam will hold until spring,"']);
});

test('an ordinal opens the name of a numbered court or unit: "the 5th Circuit Court of Appeals", "the 101st Airborne Division"', () => {
  // Class: numbered courts, fleets, divisions speaking in rulings and statements.
  assert.deepEqual(found('The appeal went to the 5th Circuit Court of Appeals, which declined to act, stating "The motion for a stay is denied."'), [
    'direct 5th Circuit Court of Appeals: "The motion for a stay is denied."',
  ]);
  assert.deepEqual(found('"The bridge is secure," said the 101st Airborne Division.'), ['direct 101st Airborne Division: "The bridge is secure,"']);
});

test('"X wrote on Twitter: “…”", "X posted on Instagram: “…”": the platform after a preposition is where, X is who', () => {
  // Class: social-media attribution (wire and sports desks).
  assert.deepEqual(found('Senator Maria Castillo wrote on Twitter: "This bill protects families. I am proud to vote for it."'), [
    'direct Maria Castillo: "This bill protects families. I am proud to vote for it."',
  ]);
  assert.deepEqual(found('Sprinter Keiko Mori posted on Instagram: "Thank you all for the support. I will be back."'), [
    'direct Keiko Mori: "Thank you all for the support. I will be back."',
  ]);
});
