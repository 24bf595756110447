// The timeline webview's HTML: a static shell with a strict Content-Security-Policy, the view data as
// inert JSON, and a script (with the nonce) that builds the DOM with textContent only.
import type { TimelineView } from './timeline_model';
import { TIMELINE_SCRIPT } from './timeline_script';
import { TIMELINE_STYLE } from './timeline_style';

export interface TimelineHtmlOptions {
  /** A fresh random value per render; only scripts and styles that carry it run. */
  nonce: string;
  /** webview.cspSource (the origin of local resources); none are used, but fonts/images may be later. */
  cspSource: string;
}

/** JSON that is safe inside a <script> element: no "</script>", "<!--" or line separators can appear. */
export function inertJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A nonce: 32 characters from [A-Za-z0-9]; pass a random source in tests if needed. */
export function makeNonce(random: () => number = Math.random): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 32; i++) s += chars[Math.floor(random() * chars.length)];
  return s;
}

export function contentSecurityPolicy(opts: TimelineHtmlOptions): string {
  return [
    "default-src 'none'",
    `style-src ${opts.cspSource} 'nonce-${opts.nonce}'`,
    `script-src 'nonce-${opts.nonce}'`,
    `img-src ${opts.cspSource} data:`,
    `font-src ${opts.cspSource}`,
  ].join('; ');
}

export function renderTimelineHtml(view: TimelineView, opts: TimelineHtmlOptions): string {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(opts.nonce)) throw new Error('timeline: invalid nonce');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(opts).replace(/"/g, '&quot;')}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Newsdesk Timeline</title>
<style nonce="${opts.nonce}">${TIMELINE_STYLE}</style>
</head>
<body>
<header class="toolbar" role="toolbar" aria-label="Timeline">
  <h1 id="title"></h1>
  <div class="scope" role="group" aria-label="Scope">
    <button type="button" data-scope="article">This article</button>
    <button type="button" data-scope="workspace">All articles</button>
  </div>
  <div class="export" role="group" aria-label="Export">
    <button type="button" data-export="markdown">Markdown</button>
    <button type="button" data-export="csv">CSV</button>
    <button type="button" data-export="timelinejs">TimelineJS</button>
  </div>
</header>
<div class="filters" role="search" aria-label="Filter the timeline">
  <input type="search" id="filter-text" placeholder="Filter events" aria-label="Filter events by text">
  <select id="filter-entity" aria-label="Only events naming"></select>
  <select id="filter-source" aria-label="Pin a source: only its events"></select>
  <label class="show-hidden"><input type="checkbox" id="show-hidden"> <span id="show-hidden-label">Show hidden</span></label>
</div>
<main>
  <p id="summary" class="summary"></p>
  <ol id="events" class="timeline" aria-label="Dated events"></ol>
  <section id="undated-section" hidden>
    <h2>Undated</h2>
    <ul id="undated" class="undated"></ul>
  </section>
  <section id="statements-section" hidden>
    <h2>Statements quoted by several sources</h2>
    <ul id="statements" class="statements"></ul>
  </section>
  <section id="disagreements-section" hidden>
    <h2>Where sources disagree</h2>
    <ul id="disagreements" class="disagreements"></ul>
  </section>
</main>
<script type="application/json" id="newsdesk-data">${inertJson(view)}</script>
<script nonce="${opts.nonce}">${TIMELINE_SCRIPT}</script>
</body>
</html>
`;
}
