// Currencies of the world: signs, codes, words, and local shorthands only where the article fixes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureLines as figs } from './test-helpers';

test('dollar signs of other countries carry their own code', () => {
  assert.deepEqual(figs('The port authority borrowed C$40 million, HK$2.5bn and NZ$600,000 last year.'), [
    'money 40000000 CAD: C$40 million', 'money 2500000000 HKD: HK$2.5bn', 'money 600000 NZD: NZ$600,000',
  ]);
  assert.deepEqual(figs('Exporters earned A$3 billion and R$12 million.'), ['money 3000000000 AUD: A$3 billion', 'money 12000000 BRL: R$12 million']);
});

test('symbols of other currencies: naira, rupee, won, peso, lira', () => {
  assert.deepEqual(figs('A bag of rice now sells for ₦75,000 in Kano.'), ['money 75000 NGN: ₦75,000']);
  assert.deepEqual(figs('The ministry set aside ₹1.5 lakh crore for roads.'), ['money 1500000000000 INR: ₹1.5 lakh crore']);
  assert.deepEqual(figs('Tickets cost ₩50,000 and ₱900 respectively.'), ['money 50000 KRW: ₩50,000', 'money 900 PHP: ₱900']);
});

test('ISO codes before and after the number', () => {
  assert.deepEqual(figs('The lender approved USD 5 million and 300 million KES for the dam.'), ['money 5000000 USD: USD 5 million', 'money 300000000 KES: 300 million KES']);
  // Only upper-case codes: "try" and "mad" are words.
  assert.deepEqual(figs('We will try 5 times; they were mad 3 days.'), ['count 5 times: 5 times', 'duration 3 day: 3 days']);
});

test('currency words after the number, with a people word when there is one', () => {
  assert.deepEqual(figs('The court fined him 2 million Kenyan shillings and 40,000 Egyptian pounds.'), [
    'money 2000000 KES: 2 million Kenyan shillings', 'money 40000 EGP: 40,000 Egyptian pounds',
  ]);
  assert.deepEqual(figs('Farmers were paid 15,000 rand and 8,000 naira.'), ['money 15000 ZAR: 15,000 rand', 'money 8000 NGN: 8,000 naira']);
  assert.deepEqual(figs('The firm paid 1.2 billion yen.'), ['money 1200000000 JPY: 1.2 billion yen']);
});

test('"N" + number is naira only where the article is about Nigeria or the naira', () => {
  const nigerian = 'The Nigerian senate cut the health budget from N295 billion to N280bn, and a later report put it at N67.1 billion.';
  assert.deepEqual(figs(nigerian), ['money 295000000000 NGN: N295 billion', 'money 280000000000 NGN: N280bn', 'money 67100000000 NGN: N67.1 billion']);
  // Several N-amounts with a scale fix it even with no country named.
  assert.deepEqual(figs('The agency spent N4.5 billion on drugs and N300m on vans.'), ['money 4500000000 NGN: N4.5 billion', 'money 300000000 NGN: N300m']);
  // Without that context, "N" + a number is a name or a code.
  assert.deepEqual(figs('The N95 masks and the N7 motorway.'), []);
  assert.deepEqual(figs('Nurses in Abuja wore N95 masks.'), []);
});

test('"R" + number is rand only in a South African context; "Sh" shillings only in East Africa', () => {
  assert.deepEqual(figs('In South Africa the fund lent R5 million to farmers.'), ['money 5000000 ZAR: R5 million']);
  assert.deepEqual(figs('The R5 million prize was shared.'), []);
  assert.deepEqual(figs('Kenya\'s treasury released Sh3 billion for schools.'), ['money 3000000000 KES: Sh3 billion']);
  assert.deepEqual(figs('Sh3 billion was released.'), []);
});

test('rupees and "Rs" follow the country the article names', () => {
  assert.deepEqual(figs('Police in Karachi, Pakistan seized Rs 5 crore in cash.'), ['money 50000000 PKR: Rs 5 crore']);
  assert.deepEqual(figs('The Mumbai firm raised Rs. 250 crore.'), ['money 2500000000 INR: Rs. 250 crore']);
});

test('"¥" is yen or yuan by the article', () => {
  assert.deepEqual(figs('Beijing set aside ¥500 billion for Chinese railways.'), ['money 500000000000 CNY: ¥500 billion']);
  assert.deepEqual(figs('Tokyo spent ¥500 billion on Japanese ports.'), ['money 500000000000 JPY: ¥500 billion']);
});

test('"cents a share" is money per share, in the currency of the money before it', () => {
  assert.deepEqual(figs('The bakery chain earned 20 cents a share.'), ['money 0.2 USD per share: 20 cents']);
  assert.deepEqual(figs('Profit reached €12 million, or 35 cents a share.'), ['money 12000000 EUR: €12 million', 'money 0.35 EUR per share: 35 cents']);
  // Naira are divided into kobo, pounds into pence: cents after them are not theirs.
  assert.deepEqual(figs('The Abuja lender made ₦4 billion; its New York shares paid 9 cents a share.'), ['money 4000000000 NGN: ₦4 billion', 'money 0.09 USD per share: 9 cents']);
  assert.deepEqual(figs('The brewer paid 17.3 pence a share and 50 kobo a bottle.'), ['money 0.173 GBP per share: 17.3 pence', 'money 0.5 NGN: 50 kobo']);
  assert.deepEqual(figs('Diesel rose to $4 a gallon.'), ['money 4 USD per gallon: $4']);
});

test('bare francs follow the country; with none named they keep no unit', () => {
  assert.deepEqual(figs('Geneva banks, the Swiss regulator said, hold 9 billion francs.'), ['money 9000000000 CHF: 9 billion francs']);
  assert.deepEqual(figs('Before the euro, the Paris bourse valued the group at 23 billion francs.'), ['money 23000000000 FRF: 23 billion francs']);
  assert.deepEqual(figs('The estate was sold for 40,000 francs.'), ['money 40000 null: 40,000 francs']);
});
