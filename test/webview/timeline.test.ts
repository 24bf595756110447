// Renders the timeline webview's HTML in headless Chromium (Debian's chromium, driven by playwright-core)
// with a stub acquireVsCodeApi, and checks order, clicks, escaping and the CSP.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { makeNonce, renderTimelineHtml } from '../../client/src/webview/timeline_html';
import { toTimelineView } from '../../client/src/webview/timeline_model';
import { FIXTURE_NAMES, HOSTILE, timelineFixture } from '../../client/src/test_support/timeline_fixture';

const CHROMIUM = '/usr/bin/chromium';
let browser: Browser | undefined;
let page: Page;
const nonce = makeNonce();
const PAGE_URL = 'http://newsdesk.invalid/timeline.html';
const requests: string[] = [];

// Stands in for the webview host: records postMessage calls and counts alert() calls.
const STUB = `
  window.__posted = []; window.__alerts = 0;
  window.alert = function () { window.__alerts++; };
  window.acquireVsCodeApi = function () {
    return { postMessage: function (m) { window.__posted.push(m); }, getState: function () {}, setState: function () {} };
  };
`;

before(async () => {
  // No silent skip: `npm test` installs or asks for Debian's chromium before any test (scripts/system-deps.mjs).
  assert.ok(fs.existsSync(CHROMIUM), `no ${CHROMIUM}: apt-get install chromium`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(STUB);
  const view = toTimelineView(timelineFixture(), { title: 'Alaska summit', scope: 'workspace', entityName: (id) => FIXTURE_NAMES[id] });
  const html = renderTimelineHtml(view, { nonce, cspSource: 'https://file+.vscode-resource.vscode-cdn.net' });
  // The page is served from a stand-in origin; any other request would be a remote resource.
  await page.route('**/*', (route) => {
    if (route.request().url() === PAGE_URL) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    requests.push(route.request().url());
    return route.abort();
  });
  await page.goto(PAGE_URL, { waitUntil: 'load' });
  assert.deepEqual(errors, []);
  assert.deepEqual(requests, []);
});

after(async () => {
  await browser?.close();
});

test('events appear in date order', async () => {
  const dates = await page.locator('#events .event').evaluateAll((els) => els.map((e) => e.getAttribute('data-date')));
  assert.deepEqual(dates, ['2014', '2025-W33', '2025-08-16', '2025-08-18']);
  const labels = await page.$$eval('#events .event .date', (els) => els.map((e) => e.textContent));
  assert.deepEqual(labels, ['2014', 'Week 33, 2025', '16 August 2025', '18 August 2025']);
  // The summary starts the sentence: the whole sentence is shown once, not twice.
  assert.equal(await page.textContent('#undated .event .what'), 'A deal may follow.');
  assert.equal(await page.locator('#undated .event .sentence').count(), 0);
});

test('an inferred date is marked, merged events show their sources and entities', async () => {
  const last = page.locator('#events .event').nth(3);
  assert.equal(await last.locator('.inferred-badge').count(), 1);
  assert.match((await last.locator('.meta').textContent()) ?? '', /Date inferred \(relative to the article date\) from 001\.txt/);
  const alaska = page.locator('#events .event').nth(2);
  assert.deepEqual(await alaska.locator('.sources button').allTextContents(), ['001.txt', '003.txt']);
  assert.deepEqual(await alaska.locator('.entities li').allTextContents(), ['Vladimir Putin', 'Donald Trump']);
  assert.match((await alaska.locator('.badge').textContent()) ?? '', /2 sources/);
});

test('clicking an event posts a reveal message for its sentence', async () => {
  await page.evaluate('window.__posted.length = 0');
  await page.locator('#events .event').nth(0).click();
  await page.locator('#events .event').nth(2).locator('.sources button').nth(1).click();
  await page.locator('#events .event').nth(1).press('Enter');
  await page.click('button[data-export="timelinejs"]');
  const posted = await page.evaluate('window.__posted') as Array<{ type: string; keys?: string[] }>;
  assert.deepEqual(posted.slice(0, 3), [
    { type: 'reveal', file: 'file:///ws/002.txt', start: 5, end: 40 },
    { type: 'reveal', file: 'file:///ws/003.txt', start: 20, end: 70 },
    { type: 'reveal', file: 'file:///ws/004.txt', start: 0, end: 10 },
  ]);
  // The export names the events shown: all five, nothing being filtered or hidden.
  assert.equal(posted.length, 4);
  assert.equal(posted[3].type, 'export');
  assert.equal(posted[3].keys?.length, 5);
  assert.ok(posted[3].keys?.includes('2014|russia annexed crimea'), JSON.stringify(posted[3].keys));
});

test('triage: filter by text, by name and by a pinned source; hide an event and show it again; export what is shown', async () => {
  const shown = () => page.locator('#events .event').evaluateAll((els) => els.map((e) => e.getAttribute('data-date')));
  await page.evaluate('window.__posted.length = 0');
  // Text: every word must appear in the event, its date, its names or its sources' sentences.
  await page.fill('#filter-text', 'alaska summit');
  assert.deepEqual(await shown(), ['2025-08-16']);
  assert.match((await page.textContent('#summary')) ?? '', /^Showing 1 of 4 dated events, 0 of 1 undated/);
  await page.fill('#filter-text', 'military');
  assert.deepEqual(await shown(), ['2025-W33']);
  assert.equal(await page.locator('#disagreements-section').isHidden(), true, 'no disagreement mentions "military"');
  await page.fill('#filter-text', '');
  // A name: the events that name Donald Trump.
  assert.deepEqual(await page.locator('#filter-entity option').allTextContents(), ['All names', 'Donald Trump', 'Vladimir Putin', 'Volodymyr Zelensky']);
  await page.selectOption('#filter-entity', 'Donald Trump');
  assert.deepEqual(await shown(), ['2025-08-16', '2025-08-18']);
  await page.selectOption('#filter-entity', '');
  // A pinned source: only its events and disagreements; the extension is told, to remember it.
  await page.selectOption('#filter-source', 'file:///ws/004.txt');
  assert.deepEqual(await shown(), ['2025-W33']);
  assert.equal(await page.locator('#undated .event').count(), 0);
  assert.equal(await page.locator('#disagreements .disagreement').count(), 1);
  await page.selectOption('#filter-source', '');
  // Hide the 2014 event: gone from the list, counted, back (dimmed) with "Show hidden", then shown again.
  await page.locator('#events .event').nth(0).locator('button.hide').click();
  assert.deepEqual(await shown(), ['2025-W33', '2025-08-16', '2025-08-18']);
  assert.match((await page.textContent('#summary')) ?? '', /\(1 hidden\)\.$/);
  await page.click('button[data-export="markdown"]');
  await page.check('#show-hidden');
  assert.deepEqual(await shown(), ['2014', '2025-W33', '2025-08-16', '2025-08-18']);
  assert.equal(await page.locator('#events .event.hidden-event').count(), 1);
  await page.locator('#events .event.hidden-event button.hide').click();
  await page.uncheck('#show-hidden');
  assert.deepEqual(await shown(), ['2014', '2025-W33', '2025-08-16', '2025-08-18']);
  const posted = await page.evaluate('window.__posted') as Array<Record<string, unknown>>;
  // (No reveal message: the Hide buttons do not open the article.)
  assert.deepEqual(posted.filter((m) => m.type !== 'export'), [
    { type: 'pin', file: 'file:///ws/004.txt' },
    { type: 'pin', file: null },
    { type: 'hide', key: '2014|russia annexed crimea', hide: true },
    { type: 'hide', key: '2014|russia annexed crimea', hide: false },
  ]);
  const exported = posted.find((m) => m.type === 'export') as { keys: string[] };
  assert.equal(exported.keys.length, 4, 'the hidden event is not exported');
  assert.ok(!exported.keys.includes('2014|russia annexed crimea'));
});

test('article text with <script> is shown as text and never runs', async () => {
  const what = await page.locator('#events .event').nth(2).locator('.what').textContent();
  assert.equal(what, `Summit in Alaska ${HOSTILE}`);
  assert.equal(await page.locator('main script, main img').count(), 0);
  assert.equal(await page.evaluate('window.__alerts'), 0);
  assert.deepEqual(requests, [], 'the <img onerror> in the text made no request');
});

test('a statement quoted by several sources is shown once with all its sources, the altered version marked; a source reveals its version', async () => {
  assert.equal(await page.locator('#statements-section').isHidden(), false);
  const st = page.locator('#statements .statement');
  assert.equal(await st.count(), 1);
  assert.equal(await st.locator('.sentence').textContent(), '“We are ready to talk now.”');
  assert.deepEqual(await st.locator('.versions button').allTextContents(), ['001.txt — fullest', '003.txt — shortened', '004.txt — altered']);
  assert.deepEqual(await st.locator('.versions button.flagged').allTextContents(), ['004.txt — altered']);
  assert.match((await st.locator('.flagged-badge').textContent()) ?? '', /1 changed/);
  // The altered version's text (with its <script>) is a tooltip, as text.
  assert.ok(((await st.locator('.versions button.flagged').getAttribute('title')) ?? '').includes(HOSTILE));
  assert.equal(await page.locator('#statements script, #statements img').count(), 0);
  await page.evaluate('window.__posted.length = 0');
  await st.locator('.versions button').nth(2).click();
  assert.deepEqual(await page.evaluate('window.__posted'), [{ type: 'reveal', file: 'file:///ws/004.txt', start: 30, end: 90 }]);
  // The filter and a pinned source apply to statements too.
  await page.fill('#filter-text', 'crimea');
  assert.equal(await page.locator('#statements-section').isHidden(), true);
  await page.fill('#filter-text', 'ready talk');
  assert.equal(await page.locator('#statements .statement').count(), 1);
  await page.fill('#filter-text', '');
});

test('the CSP meta tag is present with the nonce, and the script runs only under it', async () => {
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.ok(csp?.startsWith("default-src 'none'"), csp ?? '');
  assert.ok(csp?.includes(`script-src 'nonce-${nonce}'`), csp ?? '');
  assert.equal(await page.getAttribute('script[nonce]', 'nonce') === null ? '' : 'set', 'set');
  // An inline script without the nonce is blocked by the policy.
  const ran = await page.evaluate(`new Promise((resolve) => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.appendChild(s);
    setTimeout(() => resolve(!!window.__injected), 50);
  })`);
  assert.equal(ran, false);
});

test('an update message re-renders in place', async () => {
  const doc = timelineFixture();
  doc.events = doc.events.slice(1, 2);
  const view = toTimelineView(doc, { title: 'Crimea', scope: 'article' });
  await page.evaluate(`window.postMessage({ type: 'update', view: ${JSON.stringify(view)} }, '*')`);
  await page.waitForFunction(`document.querySelectorAll('#events .event').length === 1`);
  assert.equal(await page.textContent('#title'), 'Timeline: Crimea');
  assert.equal(await page.getAttribute('button[data-scope="article"]', 'aria-pressed'), 'true');
});
