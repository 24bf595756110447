import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index';
import { furnitureReason } from './furniture';

// A page of my own making (no real article): every line marked F is furniture of its class.
const PAGE = `F Skip to main content
F Current: Home > Weather > Storms
  Storm Floods Coastal Villages in the North
F From Seawatch, the free news source you can write!
  By Amir Haddad · 14 February 2026 · 3 min read
  KELSO BAY — Heavy rain flooded 40 homes in Kelso Bay on Tuesday, the district council said.
F Photo: Mara Quist/AFP via Getty Images
  Volunteers fill sandbags outside the village hall in Kelso Bay.
F Advertisement
F <iframe src="https://ads.example.org/x?cb=991234567" width="300"></iframe>
  “The water rose faster than anyone expected,” said Ines Moreau, who runs the harbour café.
F WATCH: Flood water pours through the high street [1/9]
F 2 of 9
F Volunteers fill sandbags outside the village hall in Kelso Bay.
  The council will meet on Friday to discuss emergency funding for the 40 families.
F Error • phone | email
F Email: newsdesk@seawatch.example
F Share on Facebook
F Twitter Facebook Email Print
F Follow @seawatchnews on X
F This website uses cookies. Accept all cookies to continue.
F Subscribe to our newsletter to get breaking news alerts
F 37 comments
F 1.2K shares
F Print
F Your browser does not support the video tag.
F Getty Images
F What do you think? Let us know in the comments below.
F This article is more than 2 years old
F Read more: Council Votes to Rebuild the Sea Wall
F More from Weather
F Heatwave Warning Issued for the South
F Why February Storms Are Getting Stronger
F Copyright 2026 Seawatch Ltd
  Engineers will raise the harbour wall by one metre before next winter, the port authority said.
F [edit]
F Unchecked
F Fishing boats moored in the harbour at dusk.
F Image: Tomas Berg.
  The work will close the northern quay for six weeks, the authority said on Wednesday.
F The sea does not wait for committees.
F — Ines Moreau, harbour café owner
  Moreau said the café would stay open while the quay was closed.
F Other weather stories
F Tide Tables Change for Spring
  Fishermen will be paid for the weeks the quay is shut, the council said.
F Share this:
F Facebook
F Reddit
F Add or view comments
F Were you there? Send us your pictures and tell us what you saw.
F harbour-map.png
F Spotted an error? Email our corrections desk.
F Please note that some linked sources may no longer be available online.
F Stories on this site reflect the time at which they were written and published.
F This article is licensed under a Creative Commons licence.
F Sources
F - “Harbour Wall Plans Approved” — Coastal Gazette, 12 February 2026`;

const text = PAGE.split('\n').map((l) => l.slice(2)).join('\n') + '\n';
const marks = PAGE.split('\n').map((l) => l.startsWith('F '));

function flaggedLines(t: string): boolean[] {
  const a = analyze(t);
  let pos = 0;
  return t.split('\n').filter((l, i, all) => i < all.length - 1 || l).map((l) => {
    const s = pos;
    pos += l.length + 1;
    return a.boilerplate.some((b) => b.start <= s && b.end >= s + l.length);
  });
}

test('every class of page furniture on a pasted page is found, and no article line', () => {
  const got = flaggedLines(text);
  const lines = text.split('\n');
  marks.forEach((m, i) => assert.equal(got[i], m, `${m ? 'missed' : 'false alarm'}: ${lines[i]}`));
});

test('nothing inside furniture yields an entity, figure, date, quote, claim or timeline event', () => {
  const a = analyze(text);
  const inFurniture = (s: { start: number; end: number }) => a.boilerplate.some((b) => s.start < b.end && b.start < s.end);
  for (const e of a.entities) for (const m of e.mentions) assert.ok(!inFurniture(m), `entity ${m.text}`);
  for (const f of a.figures) assert.ok(!inFurniture(f), `figure ${f.text}`);
  for (const d of a.dates) assert.ok(!inFurniture(d), `date ${d.text}`);
  for (const q of a.quotes) assert.ok(!inFurniture(q), `quote ${q.text}`);
  for (const ev of a.timeline) assert.ok(!inFurniture(ev), `event ${ev.event}`);
  // A claim in furniture is nobody's claim; a tag in a line of markup is covered by the line's own finding.
  for (const d of a.diagnostics) if (d.code.startsWith('claim.') || d.code === 'garbled.html') assert.ok(!inFurniture(d), `${d.code} ${text.slice(d.start, d.end)}`);
  // The article around the furniture is still read.
  assert.ok(a.figures.some((f) => f.text.includes('40')));
  assert.ok(a.entities.some((e) => e.name === 'Ines Moreau'));
});

test('near miss: article sentences that mention what furniture is made of are not furniture', () => {
  const sentences = [
    'Photo agencies said demand for drone footage had doubled since 2020.',
    'Video of the arrest was shared more than 10,000 times on Facebook, police said.',
    'The newsletter, which has 40,000 subscribers, will close in May.',
    'Subscribers to the newsletter were told on Monday that it would close.',
    'Regulators said websites must let users reject cookies as easily as they accept them.',
    'Comments by the minister drew criticism from farmers | and from the opposition.',
    'Mobile 5G coverage reached 90% of homes in 2024, the regulator said.',
    'Copyright Office officials said the rules would change next year.',
    'Related charges were filed against two other men on Thursday.',
    'Share prices fell 4% after the announcement.',
    'Follow-up tests showed no sign of the virus.',
    'Home sales fell > 5% in the quarter, agents said.',
    'The mayor (pictured) opened the bridge on Monday.',
    'The score was 2-1 after extra time.',
    '<p>The vote was close, officials said.</p>',
    'Advertisement revenue at the newspaper fell by a third last year.',
    'Have you ever wondered why the tides change? Scientists have an answer.',
    'Read more: the full report runs to 300 pages, the council said.',
    'Search teams found the missing hikers on Sunday.',
    'Print runs of the paper fell to 20,000 copies.',
    'Loading of the ferry resumed at noon.',
    'Getty Images said it had removed the photograph.',
    'Sources said the minister would resign before the summer.',
    'Please note that the ferry may no longer run on Sundays, the operator said.',
    'Reddit users said the outage lasted an hour.',
    'Other stories in the report describe flooding in 1953.',
    'References to the war were removed from the textbook.',
    'Were you there when the bridge fell, the judge asked the witness.',
  ];
  for (const s of sentences) assert.equal(furnitureReason(s), undefined, s);
  const article = 'Flood Talks Resume\n' + sentences.join('\n') + '\n';
  assert.deepEqual(analyze(article).boilerplate, []);
});

test('a radio transcript\'s clip after its label is the speaker\'s words, not a video or audio caption', () => {
  const t = 'Ferry Service to Resume\n\nThe mayor spoke to reporters on Monday.\n\nAUDIO: “The ferry will run again as soon as the new pier has been inspected.”\n\nVIDEO: "We will not leave the island."\n\nShe gave no date.\n';
  const a = analyze(t);
  assert.deepEqual(a.boilerplate, []);
  assert.deepEqual(a.quotes.map((q) => q.text), ['“The ferry will run again as soon as the new pier has been inspected.”', '"We will not leave the island."']);
  // Captions and labels stay furniture, quotation marks inside them or not.
  assert.equal(furnitureReason('AUDIO: Listen to the mayor\'s statement'), 'video or gallery caption');
  assert.equal(furnitureReason('VIDEO: "Historic" floods hit the coast'), 'video or gallery caption');
  assert.equal(furnitureReason('WATCH: Mayor says "we will rebuild" as floods recede'), 'video or gallery caption');
});

test('a repeated caption: the later copy is furniture, the first stays', () => {
  const t = 'Bridge Reopens\nDivers inspect the pillars of the old bridge.\nThe bridge reopened on Sunday, the council said.\nDivers inspect the pillars of the old bridge.\n';
  const a = analyze(t);
  assert.equal(a.boilerplate.length, 1);
  assert.equal(a.boilerplate[0].start, t.lastIndexOf('Divers'));
});

test('a "Related" list ends at the first line of prose', () => {
  const t = 'Bridge Reopens\nRelated\nFerry Fares Rise Again\nThe bridge reopened on Sunday, the council said.\n';
  const got = flaggedLines(t);
  assert.deepEqual(got, [false, true, true, false]);
});

test('a caption above its credit is furniture; a short news paragraph above a credit is not', () => {
  // The date line between the navigation and the picture stays: it dates the article.
  const t = 'Storm Hits Coast\nSkip to main content\nFriday, 13 February 2026\nFishing boats moored at dusk.\nImage: Tomas Berg.\nThe storm reached the coast on Friday, forecasters said.\nPhoto: Lena Ortiz\nThe ferry will not run on Saturday.\n';
  assert.deepEqual(flaggedLines(t), [false, true, false, true, true, false, true, false]);
  assert.equal(analyze(t).publishedDate, '2026-02-13');
});

test('a pull quote needs its speaker line after a dash; a share button alone among paragraphs stays', () => {
  const quote = 'Port Reopens\nThe port reopened on Monday.\nWe lost a month of trade.\n— Ines Moreau, café owner\nShe said trade would recover.\n';
  assert.deepEqual(flaggedLines(quote), [false, false, true, true, false]);
  const lone = 'Tech Giants Fined\nThe regulator fined three companies on Monday.\nFacebook\nThe largest fine went to Facebook, the regulator said.\n';
  assert.deepEqual(analyze(lone).boilerplate, []);
});
