import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../index';

/** Each quote as "kind speaker: text" (speaker "-" when none). */
const found = (text: string) => annotate(text).quotes.map((q) => `${q.kind} ${q.speaker?.name ?? '-'}: ${q.text}`);

test('"X said" after the quote', () => {
  assert.deepEqual(found('“The bridge will open in May,” Mayor Lena Hart said on Tuesday.'), ['direct Lena Hart: “The bridge will open in May,”']);
});

test('"said X" after the quote, and the second quote of "“…,” said X. “…”" goes to the same speaker', () => {
  assert.deepEqual(found('“Prices are too high,” said Omar, a 41-year-old baker. “We cannot keep up.”'), [
    'direct Omar: “Prices are too high,”',
    'direct Omar: “We cannot keep up.”',
  ]);
});

test('"X, who …, said" before the quote', () => {
  assert.deepEqual(found('Senator Ruth Calder, who chairs the budget panel, said: “We will not sign this bill.”'), [
    'direct Ruth Calder: “We will not sign this bill.”',
  ]);
});

test('"X stated on CNN" after the quote', () => {
  assert.deepEqual(found('“Our offer stands,” Karl Brenner stated on CNN.'), ['direct Karl Brenner: “Our offer stands,”']);
});

test('"according to X"', () => {
  assert.deepEqual(found('“The vote was fair,” according to election chief Maria Olsen.'), ['direct Maria Olsen: “The vote was fair,”']);
});

test('a speaker named before a colon', () => {
  assert.deepEqual(found('Governor Tom Reyes: “We are ready for the storm.”'), ['direct Tom Reyes: “We are ready for the storm.”']);
});

test('"X warned that … “…”" gives a partial quote to the subject', () => {
  assert.deepEqual(found('Defence Minister Ana Kovač warned that any delay would be “a grave mistake” for the region.'), [
    'partial Ana Kovač: “a grave mistake”',
  ]);
});

test('a partial quote governed by an adjective of saying: "X was unequivocal that …"', () => {
  assert.deepEqual(found('Chancellor Otto Weiss was unequivocal that the plan would be “dead on arrival” in parliament.'), [
    'partial Otto Weiss: “dead on arrival”',
  ]);
});

test('"calling the shift “…”" after a direct quote is a partial quote of the same speaker', () => {
  assert.deepEqual(found('“It was a long night,” Coach Dana Pike said, calling the win “historic.”'), [
    'direct Dana Pike: “It was a long night,”',
    'partial Dana Pike: “historic.”',
  ]);
});

test('a scare quote has no speaker', () => {
  assert.deepEqual(found('Markets are bracing for a possible “soft” landing later this year.'), ['scare -: “soft”']);
});

test('"he said" resolves to the person named as subject two sentences before', () => {
  const text = 'Finance Minister Jorge Salas presented the budget on Monday. The plan cuts spending on roads. “It is the only way,” he said.';
  assert.deepEqual(found(text), ['direct Jorge Salas: “It is the only way,”']);
});

test('"she added" prefers the last person named as subject over people named later in the sentence', () => {
  const text = 'Judge Alma Ruiz spoke after meeting Paul Grant. “We need more clerks,” she added.';
  assert.deepEqual(found(text), ['direct Alma Ruiz: “We need more clerks,”']);
});

test('a surname alone is given the full name used earlier', () => {
  const text = 'Health Secretary Irene Vogt visited the clinic. “The staff are exhausted,” Vogt said.';
  assert.deepEqual(found(text), ['direct Irene Vogt: “The staff are exhausted,”']);
});

test('a quote that opens in one paragraph and closes in the next keeps its speaker', () => {
  const text = '“The repairs are finished and the line is safe.\n“Trains run again from Friday,” said rail chief Ivo Marn.\n';
  assert.deepEqual(found(text), ['direct Ivo Marn: “The repairs are finished and the line is safe.\n“Trains run again from Friday,”']);
});

test('a quote in a headline counts', () => {
  const text = 'Mayor Vows ‘No More Delays’ on Metro Line\nThe city council met on Monday. The mayor spoke briefly.';
  const doc = annotate(text);
  assert.equal(doc.headline?.text, 'Mayor Vows ‘No More Delays’ on Metro Line');
  assert.deepEqual(doc.quotes.map((q) => q.text), ['‘No More Delays’']);
});

test('reported speech without quotation marks is not a quote', () => {
  assert.deepEqual(found('Minister Paula Reyes confirmed that the border will reopen next week.'), []);
});

test('the speaker links to the entity when the entities stage found it', () => {
  const doc = annotate('“We will appeal,” Attorney Mark Odum said.');
  const q = doc.quotes[0];
  assert.equal(q.speaker?.name, 'Mark Odum');
  const e = doc.entities.find((x) => x.mentions.some((m) => m.start < q.end + 20 && m.end > q.end));
  assert.equal(q.speaker?.entityId, e ? e.id : null);
});

test('a title with a full stop: "said Mr. Lund"', () => {
  assert.deepEqual(found("''The rules are too complex,'' said Mr. Lund."), ["direct Lund: ''The rules are too complex,''"]);
});

test('a quote ending its sentence, attributed in the next: "“…?” Okafor said."', () => {
  assert.deepEqual(found('“Why wait any longer?” Okafor said. “The money is there.”'), [
    'direct Okafor: “Why wait any longer?”',
    'direct Okafor: “The money is there.”',
  ]);
});

test('"…, Reyes said." before a quote gives it to Reyes', () => {
  assert.deepEqual(found('The vote may slip to spring, Reyes said. "We do not have the numbers yet."'), [
    'direct Reyes: "We do not have the numbers yet."',
  ]);
});

test('"X told CNN, “…”": the one told is not the speaker', () => {
  assert.deepEqual(found('Aide Lena Moss told CNN, “We expect a decision this week.”'), ['direct Lena Moss: “We expect a decision this week.”']);
});

test('"X called it a “…”" gives a partial quote to X', () => {
  assert.deepEqual(found('Party chairman Hugo Lind called the ruling a “huge win for voters.”'), ['partial Hugo Lind: “huge win for voters.”']);
});

test('a name after a dash closes a quotation', () => {
  assert.deepEqual(found('“We deserve better schools.” ― Rosa Quintana'), ['direct Rosa Quintana: “We deserve better schools.”']);
});

test('a quote nested in another style stays inside: "… “…” …"', () => {
  assert.deepEqual(found('Vance continued: "The question was: “Do you trust the count?” Most said no."'), [
    'direct Vance: "The question was: “Do you trust the count?” Most said no."',
  ]);
});

test('a paragraph that is only a quote goes to the person the paragraph before was about', () => {
  const text = 'Rep. Nora Haines pressed the bank chief for an hour and left unconvinced.\n“If a bank cannot be managed, it should be broken up.”\n';
  assert.deepEqual(found(text), ['direct Nora Haines: “If a bank cannot be managed, it should be broken up.”']);
});

test('verbs of judging govern a partial quote: "X rated … as “…”"', () => {
  assert.deepEqual(found('The fact-checker Verity rated the claim as “mostly false” on Tuesday.'), ['partial Verity: “mostly false”']);
});

test('a capitalised word opening a sentence is not a speaker ("Nearly all …")', () => {
  assert.deepEqual(found('Nearly all the money was said to go to “pet projects” in the end.'), ['scare -: “pet projects”']);
});

test('the thing a verb of naming names is not the speaker: "X calls Obamacare ‘…’"', () => {
  assert.deepEqual(found('Former President Hal Brandt calls the levy ‘a tax on work’ in a speech.'), ['partial Hal Brandt: ‘a tax on work’']);
});

test('a title-case headline: the verb ends the speaker\'s name', () => {
  const doc = annotate('Mayor Ada Quist Calls Toll Plan ‘Highway Robbery’\nThe council votes on Friday.');
  assert.deepEqual(doc.quotes.map((q) => `${q.kind} ${q.speaker?.name}`), ['partial Ada Quist']);
});

test('"footage of X saying, “…”": the participle\'s subject after a preposition', () => {
  assert.deepEqual(found('The ad ends with footage of Senator Iris Vale saying, “That makes me smart.”'), ['direct Iris Vale: “That makes me smart.”']);
});

test('a quote in the sentence after is not attributed by that sentence\'s own quote: "… “….” Russia insisted that X “…”"', () => {
  assert.deepEqual(found('Japan branded the regime an “outlaw nation.” Russia insisted that Pyongyang “stop its escapades.”'), [
    'partial Japan: “outlaw nation.”',
    'partial Russia: “stop its escapades.”',
  ]);
});

test('"…” suggests that X": a name inside the clause after a cue is not the speaker', () => {
  assert.deepEqual(found('City Attorney Brad Holm said in the letter that the ad “wrongly” suggests that Phoenix backs the campaign.'), [
    'partial Brad Holm: “wrongly”',
  ]);
});

test('a weak cue closing the attribution after a quote: "“…,” Matthews concluded."', () => {
  assert.deepEqual(found('“I think Pence won the night,” Matthews concluded.'), ['direct Matthews: “I think Pence won the night,”']);
});

test('"X’s claim that … “…”": the owner of a noun of saying is the speaker', () => {
  assert.deepEqual(found('The site seized on Senator Ruth Calder’s claim that there were “thousands of shootings” this year.'), [
    'partial Ruth Calder: “thousands of shootings”',
  ]);
  assert.deepEqual(found('Stumpf’s repeated emphasis that only “1 percent of staff” were involved angered senators.'), [
    'partial Stumpf: “1 percent of staff”',
  ]);
});

test('a transcript turn: a quote inside "WALLACE: …" is the labelled speaker\'s', () => {
  const text = 'The debate went on.\n\nWALLACE: But, Governor Reyes, I have to ask you, because as “The Journal” wrote, voters worry.\n';
  assert.deepEqual(found(text), ['partial WALLACE: “The Journal”']);
});

test('a quote set off by dashes after a name: "X -- “…” -- and Y"', () => {
  assert.deepEqual(found("Many agreed, including the former candidate Mitt Romney -- ''It is disqualifying to refuse'' -- and others."), [
    "direct Mitt Romney: ''It is disqualifying to refuse''",
  ]);
});

test('verbs of praising, likening and ruling govern a partial quote', () => {
  assert.deepEqual(found('At a rally, Trump likened the refugees to a “vicious snake” in a song.'), ['partial Trump: “vicious snake”']);
  assert.deepEqual(found('In January, Gov. Earl Tomblin lauded Clarke for helping develop “new and innovative ideas.”'), [
    'partial Earl Tomblin: “new and innovative ideas.”',
  ]);
  assert.deepEqual(found('The fact-checker Verity then ruled that the figure was “true.”'), ['partial Verity: “true.”']);
});

test('"Gov. X of Y": the person is named without where they are from', () => {
  assert.deepEqual(found('“We will rebuild,” said Gov. Earl Ray Tomblin of West Virginia.'), ['direct Earl Ray Tomblin: “We will rebuild,”']);
});

test('"said Del. X": a delegate\'s title does not end the sentence', () => {
  assert.deepEqual(found('"This is a waste of time," said Del. Stacey Plaskett of the Virgin Islands.'), ['direct Stacey Plaskett: "This is a waste of time,"']);
});

test('a lower-case clause after "said," is a direct quote: "X said, “we were floored.”"', () => {
  assert.deepEqual(found('When the deal came, Mr. Barrett said, “we were floored.”'), ['direct Barrett: “we were floored.”']);
});

test('a quote opening with a bracket is a full statement: "According to X, “[I]f …”"', () => {
  assert.deepEqual(found('According to Limbaugh, “[I]f it was left up to her, she would not talk.”'), [
    'direct Limbaugh: “[I]f it was left up to her, she would not talk.”',
  ]);
});

test('a direct quote continued after "X said, referring to …, “…”"', () => {
  assert.deepEqual(found('“Every time you say that,” Tester said, referring to the excuse, “you give ammunition to your critics.”'), [
    'direct Tester: “Every time you say that,”',
    'direct Tester: “you give ammunition to your critics.”',
  ]);
});

test('a short exclamation or question chanted is a direct quote, a label named is not', () => {
  assert.deepEqual(found('Senator Ana Ruiz chanted “What curfew?” until dawn.'), ['direct Ana Ruiz: “What curfew?”']);
  assert.deepEqual(found('When the site examined the statement, it was labeled “Mostly True.”'), ['scare -: “Mostly True.”']);
});

test('"as X put it, “…”": the source of an "as" clause', () => {
  assert.deepEqual(found('He was seen, as The New Yorker put it in a long profile, “the operator.”'), ['partial The New Yorker: “the operator.”']);
});

test('"A lesson from X: ‘…’": the source after "from" before a colon', () => {
  assert.deepEqual(found('A lesson from Loretta Lynch: ‘Be the voice that people hear.’'), ['direct Loretta Lynch: ‘Be the voice that people hear.’']);
});

test('a title-case headline "X Speaks ‘…’" and "X attacked “…”"', () => {
  const doc = annotate('Mayor Ada Quist Speaks ‘Directly To Commuters’\nThe council votes on Friday.');
  assert.deepEqual(doc.quotes.map((q) => `${q.kind} ${q.speaker?.name}`), ['direct Ada Quist']);
  assert.deepEqual(found('In a speech, Senator Ana Ruiz attacked “the hateful ideology of the cartels.”'), [
    'partial Ana Ruiz: “the hateful ideology of the cartels.”',
  ]);
});

test('"as X put it, “…”" before a full sentence makes it a direct quote', () => {
  assert.deepEqual(found('As the tax lawyer Steven Rosenthal recently put it, “Did he lower his taxes legally or not?”'), [
    'direct Steven Rosenthal: “Did he lower his taxes legally or not?”',
  ]);
});

test('a quote with the same marks nested keeps the speaker named after it', () => {
  assert.deepEqual(found('“As a young woman, I’d rather live in what he calls “hell” than live with him.” ― Ada Ruiz'), [
    'direct Ada Ruiz: “As a young woman, I’d rather live in what he calls “hell” than live with him.”',
  ]);
});

test('a verb of urging: "X is questioning …, encouraging supporters to make sure all is “…”"', () => {
  assert.deepEqual(found('Senator Ana Ruiz is again questioning the count, encouraging her supporters to make sure it is “on the up and up.”'), [
    'partial Ana Ruiz: “on the up and up.”',
  ]);
});

test('a full sentence quoted after a semicolon is direct; a phrase after one stays partial', () => {
  // Class: wire and broadsheet style that joins the reporter's clause and the quote with ";".
  assert.deepEqual(found('Union leader Nadia Roux refused to comment on the offer; "We will vote on it on Friday and not before."'), [
    'direct Nadia Roux: "We will vote on it on Friday and not before."',
  ]);
  assert.deepEqual(found('The mayor defended the plan; critics called it "a waste of money".').map((q) => q.split(' ')[0]), ['partial']);
});

test('"According to X, who …, “Full sentence.”" is direct; a phrase after "according to" stays partial', () => {
  // Class: "according to" opening the sentence, a relative clause, then a whole quoted sentence.
  assert.deepEqual(found('According to Rajesh Kumar, who heads the traders\' association, "Half the shops will not reopen."'), [
    'direct Rajesh Kumar: "Half the shops will not reopen."',
  ]);
  assert.deepEqual(found('According to Rajesh Kumar, who heads the traders\' association, the closures are "a slow death".').map((q) => q.split(' ')[0]), ['partial']);
});
