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
  const posted = await page.evaluate('window.__posted');
  assert.deepEqual(posted, [
    { type: 'reveal', file: 'file:///ws/002.txt', start: 5, end: 40 },
    { type: 'reveal', file: 'file:///ws/003.txt', start: 20, end: 70 },
    { type: 'reveal', file: 'file:///ws/004.txt', start: 0, end: 10 },
    { type: 'export', format: 'timelinejs' },
  ]);
});

test('article text with <script> is shown as text and never runs', async () => {
  const what = await page.locator('#events .event').nth(2).locator('.what').textContent();
  assert.equal(what, `Summit in Alaska ${HOSTILE}`);
  assert.equal(await page.locator('main script, main img').count(), 0);
  assert.equal(await page.evaluate('window.__alerts'), 0);
  assert.deepEqual(requests, [], 'the <img onerror> in the text made no request');
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
