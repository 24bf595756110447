import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, annotate } from '../index';

test('a kicker line followed by a title line: the second is the headline', () => {
  const a = analyze('News\nRussia Demands Security Guarantees\n\nThe talks went on. They ended.\n');
  assert.equal(a.headline?.text, 'Russia Demands Security Guarantees');
});

test('an article that opens with a paragraph has no headline', () => {
  const a = analyze('In a striking departure, the minister spoke on Thursday. He was brief.\nBetween Diplomacy and Deterrence\nThe talks went on.');
  assert.equal(a.headline, null);
  assert.deepEqual(a.sections.map((s) => s.title), ['Between Diplomacy and Deterrence']);
});

test('comment forms, tickers and share lines are page furniture', () => {
  const text = [
    'A Headline Here',
    'The article says something. It ends here.',
    'Leave a Comment',
    'Your email address will not be published. Required fields are marked *',
    'Bitcoin', '$117,033.76', 'BTC 4.09%', 'Ethereum', '$4,866.17', 'ETH 14.74%', 'NEO', '$7.17', 'NEO 5.43%',
    'We encourage you to share this significant update with your network.',
  ].join('\n');
  const a = analyze(text);
  const covered = (s: string) => {
    const i = text.indexOf(s);
    return a.boilerplate.some((b) => b.start <= i && b.end >= i + s.length);
  };
  for (const line of ['Leave a Comment', '$117,033.76', 'ETH 14.74%', 'We encourage you to share']) assert.ok(covered(line), line);
  assert.ok(!covered('The article says something.'));
});

test('a short line of prices inside an article is not a ticker on its own', () => {
  const a = analyze('Prices Rose Again\nThe index closed at $4,866.17 on Friday.\n');
  assert.equal(a.boilerplate.length, 0);
});

test('front matter sets the published date and is not article text', () => {
  const text = '---\ntitle: "Talks"\npublished: 2025-08-18\n---\nTalks Resume\nThe talks resumed.';
  const doc = annotate(text);
  assert.equal(doc.publishedDate, '2025-08-18');
  assert.equal(doc.headline?.text, 'Talks Resume');
  assert.ok(doc.frontMatter && doc.frontMatter.end === text.indexOf('Talks Resume'));
});

test('sentences do not end at abbreviations or initials', () => {
  const doc = annotate('The U.S. envoy met Mr. Smith on Monday. J. R. Tolkien wrote books. Then it rained.');
  assert.deepEqual(doc.sentences.map((s) => doc.slice(s)), [
    'The U.S. envoy met Mr. Smith on Monday.',
    'J. R. Tolkien wrote books.',
    'Then it rained.',
  ]);
});

test('CRLF and lone CR line breaks split lines like LF', () => {
  const a = analyze('Headline Words Here\r\nBody text. More text.\rSecond Heading\rMore body text.');
  assert.equal(a.headline?.text, 'Headline Words Here');
  assert.deepEqual(a.sections.map((s) => s.title), ['Second Heading']);
});

test('empty and whitespace-only input gives an empty analysis', () => {
  for (const text of ['', '   \n\t\n']) {
    const a = analyze(text);
    assert.equal(a.headline, null);
    assert.deepEqual([a.entities, a.quotes, a.figures, a.dates, a.boilerplate], [[], [], [], [], []]);
  }
});

test('a dateline: "WASHINGTON –" gives the place', () => {
  const doc = annotate('Putin Signals Shift\nWASHINGTON – In a potential turning point, the talks went on.\n');
  assert.equal(doc.dateline?.place.text, 'WASHINGTON');
  assert.equal(doc.dateline?.date, null);
});

test('a dateline with region, date and agency', () => {
  const doc = annotate('KYIV, Ukraine, Aug. 17 (Reuters) — Ukraine said on Sunday that talks would go on.\n');
  assert.equal(doc.dateline?.place.text, 'KYIV');
  assert.equal(doc.dateline?.date?.text, 'Aug. 17');
  assert.equal(doc.text.slice(doc.dateline!.date!.start, doc.dateline!.date!.end), 'Aug. 17');
});

test('a sentence that opens with a name and a dash aside is not a dateline', () => {
  assert.equal(annotate('NATO – the alliance – met on Monday. It was brief.\n').dateline, null);
  assert.equal(annotate('In Kyiv – the capital – people waited.\n').dateline, null);
});
