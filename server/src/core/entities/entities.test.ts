import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index';
import type { AnalyzeOptions, Entity } from '../index';

function entities(text: string, options: AnalyzeOptions = {}): Entity[] {
  const a = analyze(text, options);
  for (const e of a.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  return a.entities;
}
const named = (es: Entity[], name: string) => es.find((e) => e.name === name);
const mentionTexts = (e: Entity | undefined) => (e ? e.mentions.map((m) => m.text) : []);

test('a title is the role, not part of the name', () => {
  const es = entities('Russian President Vladimir Putin arrived in Moscow on Thursday.');
  const putin = named(es, 'Vladimir Putin');
  assert.equal(putin?.type, 'person');
  assert.equal(putin?.role, 'Russian President');
  assert.equal(named(es, 'Moscow')?.type, 'place');
});

test('the title phrase before a name with "of": U.S. Secretary of State', () => {
  const es = entities('The talks went on. U.S. Secretary of State Marco Rubio said the framework would be discussed.');
  assert.equal(named(es, 'Marco Rubio')?.role, 'U.S. Secretary of State');
});

test('a possessive is not part of the mention, and the surname joins the full name', () => {
  const es = entities('Vladimir Putin spoke on Friday. Putin’s statement surprised Kyiv, and Putin did not explain it.');
  const putin = named(es, 'Vladimir Putin');
  assert.deepEqual(mentionTexts(putin), ['Vladimir Putin', 'Putin', 'Putin']);
  assert.equal(es.filter((e) => e.type === 'person').length, 1);
});

test('an acronym joins its expansion', () => {
  const es = entities('Ukraine wants to join the European Union. The EU has not decided yet, diplomats said.');
  const eu = named(es, 'European Union');
  assert.equal(eu?.type, 'organization');
  assert.ok(mentionTexts(eu).includes('EU'));
});

test('U.S., US and United States are one place', () => {
  const es = entities('Families moved to the United States. U.S. officials said aid to the US would continue.');
  const us = named(es, 'United States');
  assert.equal(us?.type, 'place');
  assert.deepEqual(mentionTexts(us), ['United States', 'U.S.', 'US']);
});

test('a name written in lower case by a garbled source resolves to its entity', () => {
  const es = entities('President Donald Trump met Putin in Alaska. Later, trump said the meeting went well.');
  assert.ok(mentionTexts(named(es, 'Donald Trump')).includes('trump'));
});

test('a country written in lower case is still the place', () => {
  const es = entities('Putin Signals Shift in ukraine Stance\nThe talks went on in Geneva on Monday.');
  assert.ok(es.some((e) => e.name === 'Ukraine' && mentionTexts(e).includes('ukraine')));
});

test('a role from apposition: "Anton, a 32-year-old warehouse worker"', () => {
  const es = entities('“The main problem is Putin himself,” said Anton, a 32-year-old warehouse worker. “They can meet.”');
  assert.equal(named(es, 'Anton')?.role, '32-year-old warehouse worker');
});

test('a lower-case title after a possessive: "Trump’s envoy Steve Witkoff"', () => {
  const es = entities('Donald Trump spoke on Sunday. Trump’s envoy Steve Witkoff described the development as a breakthrough.');
  assert.equal(named(es, 'Steve Witkoff')?.role, 'envoy');
});

test('sentence-initial "Yet", "Despite" and "Inside" are not entities', () => {
  const es = entities('Yet this olive branch comes with thorns. Despite the talks, Russia kept fighting. Inside Ukraine, reaction was cautious.');
  const all = es.flatMap((e) => mentionTexts(e));
  for (const word of ['Yet', 'Despite', 'Inside', 'Inside Ukraine']) assert.ok(!all.includes(word), word);
  assert.ok(all.includes('Ukraine'));
  assert.ok(all.includes('Russia'));
});

test('title-case headline words are not entities; the names in it are', () => {
  const es = entities('Putin Signals Shift on Ukraine Security Guarantees Deal\n\nRussian President Vladimir Putin has indicated that Moscow could accept guarantees for Ukraine.');
  const all = es.flatMap((e) => mentionTexts(e));
  assert.ok(all.includes('Putin'));
  for (const junk of ['Signals', 'Shift', 'Security Guarantees Deal', 'Putin Signals Shift']) assert.ok(!all.includes(junk), junk);
});

test('spelling variants of a surname in one article are one person', () => {
  const es = entities('Ukrainian President Volodymyr Zelenskyy met European leaders. Zelensky said the guarantees must last.');
  const z = es.filter((e) => e.type === 'person' && /Zelensk/.test(e.name));
  assert.equal(z.length, 1);
  assert.equal(z[0].mentions.length, 2);
});

test('a dateline place is a place', () => {
  const es = entities('WASHINGTON – In a potential turning point, Russian President Vladimir Putin indicated a willingness to talk.');
  assert.ok(es.some((e) => e.type === 'place' && mentionTexts(e).includes('WASHINGTON')));
});

test('a name with particles: "Ursula von der Leyen" and "von der Leyen"', () => {
  const es = entities('European Commission President Ursula von der Leyen welcomed the guarantees. Later von der Leyen spoke again.');
  const u = named(es, 'Ursula von der Leyen');
  assert.deepEqual(mentionTexts(u), ['Ursula von der Leyen', 'von der Leyen']);
  assert.equal(u?.role, 'European Commission President');
  assert.equal(named(es, 'European Commission')?.type, 'organization');
});

test('the glossary overrides built-in knowledge: type, aliases and role', () => {
  const text = 'Officials in Washington said the deal was close. Acme Widgets will build the parts, AW said.';
  const es = entities(text, {
    glossary: [
      { name: 'Washington', type: 'organization', aliases: [], role: 'the US government' },
      { name: 'Acme Widgets', type: 'organization', aliases: ['AW'], role: 'contractor' },
    ],
  });
  assert.equal(named(es, 'Washington')?.type, 'organization');
  assert.equal(named(es, 'Washington')?.role, 'the US government');
  const acme = named(es, 'Acme Widgets');
  assert.deepEqual(mentionTexts(acme), ['Acme Widgets', 'AW']);
  assert.equal(acme?.role, 'contractor');
});

test('nothing is taken from page furniture', () => {
  const text = 'Moscow said the talks would go on. Kyiv agreed.\nFollow us on Facebook, TikTok and Instagram for more from Joburg ETC\n';
  const all = entities(text).flatMap((e) => mentionTexts(e));
  assert.ok(all.includes('Moscow'));
  for (const bad of ['Facebook', 'TikTok', 'Instagram', 'Joburg ETC']) assert.ok(!all.includes(bad), bad);
});

test('odd input does not throw', () => {
  for (const t of ['', '\u0000', 'A', '\ud800 Putin \udc00', '“unbalanced', 'X '.repeat(5000), 'von der', 'U.S.']) analyze(t);
});

test('in a match report a country is its national team', () => {
  const text = 'Belgium beat Panama 3–0 in the FIFA World Cup match on Monday. Romelu Lukaku scored two goals, and the striker said the penalty '
    + 'decided it. Panama’s goalkeeper kept the score down until halftime. Belgium’s coach praised the team.';
  const es = entities(text);
  assert.equal(named(es, 'Belgium')?.type, 'organization');
  assert.equal(named(es, 'Panama')?.type, 'organization');
});

test('outside a match report a country is a place', () => {
  const es = entities('Belgium and Panama signed a trade agreement in Brussels on Monday.');
  assert.equal(named(es, 'Belgium')?.type, 'place');
});

test('an unknown acronym is an organization; common abbreviations are not', () => {
  const es = entities('The pro-Beijing DAB won five seats, the party said. The CEO spoke on TV about GDP.');
  assert.equal(es.find((e) => mentionTexts(e).includes('DAB'))?.type, 'organization');
  const all = es.flatMap((e) => mentionTexts(e));
  for (const w of ['CEO', 'TV', 'GDP']) assert.ok(!all.includes(w), w);
});

test('a family name with a hyphenated given name is a person', () => {
  const es = entities('The seat went to Leung Kwok-hung, who thanked voters on Sunday.');
  assert.equal(named(es, 'Leung Kwok-hung')?.type, 'person');
});

test('an unknown given name before a surname mid-sentence is part of the name', () => {
  const es = entities('Four minutes later, the goalkeeper Mouez Hassen was substituted. Hassen had hurt his shoulder.');
  assert.deepEqual(mentionTexts(named(es, 'Mouez Hassen')), ['Mouez Hassen', 'Hassen']);
});

test('an organization and a person run together are split where the person starts', () => {
  const es = entities('According to Afghan Ambassador to the United States Hamdullah Mohib, the team will compete.');
  assert.equal(named(es, 'Hamdullah Mohib')?.type, 'person');
  assert.ok(named(es, 'United States'));
});

test('an event is not an actor, the company inside its name is', () => {
  const es = entities('Mohamed was invited to the Google Science Fair, and Google sent him a letter.');
  assert.equal(named(es, 'Google Science Fair'), undefined);
  assert.equal(named(es, 'Google')?.type, 'organization');
  assert.equal(named(es, 'Google')?.mentions.length, 2);
});

test("a country's abbreviation starts the organization's name, and still names the country", () => {
  const es = entities('The study was funded by the US National Science Foundation and published on Monday.');
  assert.equal(named(es, 'US National Science Foundation')?.type, 'organization');
  assert.deepEqual(mentionTexts(named(es, 'United States')), ['US']);
});

test('first-level regions of other countries are places', () => {
  const es = entities('Municipalities in Tuscany and Lombardy have started to ask for the tax.');
  assert.equal(named(es, 'Tuscany')?.type, 'place');
  assert.equal(named(es, 'Lombardy')?.type, 'place');
});

test('an organization name goes on past of, for and at', () => {
  const es = entities('The report by the Australian Centre for Control of Iodine Deficiency Disorders was cited by the University of North Carolina at Chapel Hill.');
  for (const name of ['Australian Centre for Control of Iodine Deficiency Disorders', 'University of North Carolina at Chapel Hill']) {
    assert.equal(named(es, name)?.type, 'organization', name);
  }
});

test('two organizations joined by and stay two', () => {
  const es = entities('Funding came from the Department of Health and Barclays Bank, officials said.');
  assert.ok(named(es, 'Department of Health'));
  assert.ok(named(es, 'Barclays Bank'));
});

test('a common abbreviation is no actor even where the tagger takes it for one', () => {
  const es = entities('The CEO said AI would lift GDP. Analysts at Goldman Sachs disagreed.');
  for (const n of ['CEO', 'AI', 'GDP']) assert.equal(named(es, n), undefined, n);
});

test('a known organization opening makes one organization of the words after it', () => {
  const es = entities('The request was advanced by the Municipality of Livorno in 2010, and the Ministry of Foreign Affairs agreed.');
  assert.equal(named(es, 'Municipality of Livorno')?.type, 'organization');
  assert.equal(named(es, 'Ministry of Foreign Affairs')?.type, 'organization');
});

test("a collective's possessive inside an organization's name is part of it", () => {
  const es = entities("Commanders of the Korean People's Army were told to prepare. The New People's Party won two seats.");
  assert.equal(named(es, "Korean People's Army")?.type, 'organization');
  assert.equal(named(es, "New People's Party")?.type, 'organization');
});

test('an English word before a surname is no given name: a film title stays out of the name', () => {
  const es = entities('He starred in Copying Beethoven in 2006. Critics said the film did Beethoven justice.');
  assert.equal(named(es, 'Copying Beethoven'), undefined);
});

test('a sports club named after its city stays whole', () => {
  const es = entities('He signed with the Boston Red Sox in 1995 and stayed three seasons.');
  assert.equal(named(es, 'Boston Red Sox')?.type, 'organization');
  assert.equal(named(es, 'Red Sox'), undefined);
});

test('an adjective opening a sentence and an organization name stays in the name, a preposition does not', () => {
  const es = entities('Civil Defense Authority officials said two people died. Inside Ukraine, the mood darkened.');
  assert.equal(named(es, 'Civil Defense Authority')?.type, 'organization');
  assert.equal(named(es, 'Ukraine')?.type, 'place');
});

test('a name made of English words with no given name is no person: a party or a brand', () => {
  const es = entities('Civic Passion won a seat, and Civic Passion leaders celebrated. Starry Lee kept hers.');
  assert.equal(named(es, 'Civic Passion')?.type, 'organization');
});

test('two unknown name words that say something or take an apposition are a person', () => {
  const es = entities('After the match, the coach Nabil Maaloul said the team had tried. Kiara Perkins, a second-year student, agreed.');
  assert.equal(named(es, 'Nabil Maaloul')?.type, 'person');
  assert.equal(named(es, 'Kiara Perkins')?.type, 'person');
});

test('what follows a place noun and "of" is a place', () => {
  const es = entities('South Korea evacuated about 80 people in the town of Yeoncheon on Thursday.');
  assert.equal(named(es, 'Yeoncheon')?.type, 'place');
});

test('a known acronym written as a word is the word: "Who" is not the WHO', () => {
  const es = entities('Who said that? The WHO said the virus spreads. It is a question for the US.');
  assert.deepEqual(mentionTexts(named(es, 'World Health Organization')), ['WHO']);
  assert.equal(named(es, 'Who'), undefined);
});

test("a contraction is never a name: I'm", () => {
  const es = entities("The record is full of case law that says exactly that, and I'm not here to dispute that today.");
  assert.equal(es.some((e) => e.mentions.some((m) => /’|'/.test(m.text) && /m$/.test(m.text))), false);
});

test('a law or a treaty is no actor', () => {
  const es = entities('The Hindu Marriage Act was amended after the Minsk Agreement, and Parliament approved it.');
  assert.equal(named(es, 'Hindu Marriage Act'), undefined);
  assert.equal(named(es, 'Minsk Agreement'), undefined);
});

test('a day or a month is a date, not someone, and is cut from a name it sticks to', () => {
  const es = entities('A Homeland Security official said in Florida Friday that hackers had tried. On Monday, Theresa May and April Ryan spoke.');
  assert.equal(named(es, 'Friday'), undefined);
  assert.equal(named(es, 'Florida Friday'), undefined);
  assert.equal(named(es, 'Theresa May')?.type, 'person');
  assert.equal(named(es, 'April Ryan')?.type, 'person');
});

test('an English word in lower case is not a garbled name of someone little known', () => {
  const es = entities('Brian Price said the price of bread rose. Donald Trump agreed, and trump said so again.');
  assert.deepEqual(mentionTexts(named(es, 'Brian Price')), ['Brian Price']);
  assert.ok(mentionTexts(named(es, 'Donald Trump')).includes('trump'));
});

test('a known name of several words wins over the pieces of it', () => {
  const es = entities('The embassies in Nairobi and Dar es Salaam were bombed on the same day.');
  assert.equal(named(es, 'Dar es Salaam')?.type, 'place');
});

test('a title-case headline run is not one name', () => {
  const es = entities('Read more: Democrat Voters Worried About Hillary Clinton, a poll shows.');
  assert.equal(named(es, 'Democrat Voters Worried About Hillary Clinton'), undefined);
  assert.equal(named(es, 'Hillary Clinton')?.type, 'person');
});

test('a company named once with its legal ending is an organization under its short name too', () => {
  const es = entities('Unisys Corp. said profit fell. Unisys blamed weak demand, and Unisys shares dropped 5%.');
  const u = es.find((e) => e.mentions.some((m) => m.text === 'Unisys'));
  assert.equal(u?.type, 'organization');
  assert.ok(mentionTexts(u).includes('Unisys Corp.'));
});

test('demonyms and adjectives made of names are no actors', () => {
  const es = entities('A Kuwaiti official met Sudanese diplomats. The New York-based group and African-American voters reacted.');
  for (const n of ['Kuwaiti', 'Sudanese', 'New York-based', 'African-American']) assert.equal(named(es, n), undefined, n);
});

test('a storm is named like a person but is none', () => {
  const es = entities('Hurricane Hugo hit Charleston in 1989, and Hugo left 60,000 homeless.');
  assert.equal(named(es, 'Hurricane Hugo'), undefined);
});

test('well-known companies and historical countries are known', () => {
  const es = entities('Shares of Philip Morris rose, while West Germany reported growth.');
  assert.equal(named(es, 'Philip Morris')?.type, 'organization');
  assert.equal(named(es, 'West Germany')?.type, 'place');
});

test('a party label before a given name is a role, and a legal ending alone is no name', () => {
  const es = entities('Democrat Hillary Clinton spoke in Ohio. The company, a unit of Acme Corp., said Corp. officials agreed.');
  assert.equal(named(es, 'Hillary Clinton')?.type, 'person');
  assert.equal(named(es, 'Democrat Hillary Clinton'), undefined);
  assert.equal(named(es, 'Corp.'), undefined);
});

test('a town before a comma and a US state is a place', () => {
  const es = entities('The Wilmington, Del., company reported a loss, and the Lufkin, Texas, plant closed.');
  assert.equal(named(es, 'Wilmington')?.type, 'place');
  assert.equal(named(es, 'Lufkin')?.type, 'place');
});

test('a name never given a first name that the article puts in or at is a place', () => {
  const es = entities('Protesters rallied in Portadown on Sunday. The crucible is Portadown. They marched within Portadown again.');
  assert.equal(named(es, 'Portadown')?.type, 'place');
});

test('"The" stays in a known name that has it, and goes from any other', () => {
  const es = entities('The court in The Hague ruled on Monday, The Guardian reported. The Kremlin did not comment.');
  assert.equal(named(es, 'The Hague')?.type, 'place');
  assert.ok(mentionTexts(named(es, 'The Guardian')).includes('The Guardian'));
  assert.deepEqual(mentionTexts(named(es, 'Kremlin')), ['Kremlin']);
});

test('two known names joined by a hyphen are two mentions', () => {
  const es = entities('Key Developments\n| Date | Event |\n|---|---|\n| August 16, 2025 | Trump-Putin summit held in Alaska. |\nDonald Trump met Vladimir Putin.');
  assert.ok(mentionTexts(named(es, 'Donald Trump')).includes('Trump'));
  assert.ok(mentionTexts(named(es, 'Vladimir Putin')).includes('Putin'));
  assert.equal(named(es, 'Trump-Putin'), undefined);
});

test('no person in a treaty name, a table header or an adjective made of a name', () => {
  const es = entities('The principle is enshrined in the North Atlantic Treaty.\nKey Developments: A Timeline\n| Date | Event |\n|---|---|\n| August 16, 2025 | Summit held. |\nThe United States could offer Article Five-like protection.');
  assert.deepEqual(es.filter((e) => e.type === 'person').map((e) => e.name), []);
});

test('family-name votes: a lone family name after the full name is the person, though the word alone is a place', () => {
  // Class: people whose family name is also a city ("Nice", "Dakar"); written for this test.
  const es = entities('Port strike ends\n\nTeodoro Nice, who heads the dockers\' union, met the port board on Monday. Nice said the strike was over. "We have an agreement," Nice told reporters.\n');
  assert.equal(named(es, 'Teodoro Nice')?.type, 'person');
  assert.deepEqual(mentionTexts(named(es, 'Teodoro Nice')), ['Teodoro Nice', 'Nice', 'Nice']);
  const clinic = entities('Clinic opens\n\nDr Samuel Dakar, the clinic\'s founder, cut the ribbon on Monday. According to Dakar, the clinic will treat 300 patients a week. Dakar added that the staff were trained in May.\n');
  assert.equal(named(clinic, 'Samuel Dakar')?.type, 'person');
  // A country is never a family name: after a place named for it, the country stays a place.
  const palace = entities('Guards at Villa Somalia fired on Monday. Somalia has had no army for years, and Somalia still depends on its allies.');
  assert.notEqual(palace.find((e) => e.mentions.some((m) => m.text === 'Somalia' && m.start > 30))?.type, 'person');
});
