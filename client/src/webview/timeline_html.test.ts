import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inertJson, makeNonce, renderTimelineHtml } from './timeline_html';
import { toTimelineView } from './timeline_model';
import { HOSTILE, timelineFixture } from '../test_support/timeline_fixture';

const view = toTimelineView(timelineFixture(), { title: 'x', scope: 'article' });

test('the page carries a strict CSP with the nonce on its only inline script and style', () => {
  const nonce = makeNonce();
  const html = renderTimelineHtml(view, { nonce, cspSource: 'vscode-resource:' });
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
  assert.match(csp, /^default-src 'none'; /);
  assert.ok(csp.includes(`script-src 'nonce-${nonce}'`));
  assert.ok(!/unsafe-inline|unsafe-eval|https?:/.test(csp));
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  assert.deepEqual(scripts, ['<script type="application/json" id="newsdesk-data">', `<script nonce="${nonce}">`]);
});

test('article text never appears as markup in the page, only as escaped JSON', () => {
  const html = renderTimelineHtml(view, { nonce: makeNonce(), cspSource: 'x' });
  assert.ok(!html.includes(HOSTILE));
  assert.ok(!html.includes('</script><img'));
  assert.equal(JSON.parse(inertJson(HOSTILE)), HOSTILE);
  assert.ok(!inertJson('\u2028</script>').includes('<'));
});

test('nonces are 32 alphanumerics and a bad one is refused', () => {
  assert.match(makeNonce(), /^[A-Za-z0-9]{32}$/);
  assert.throws(() => renderTimelineHtml(view, { nonce: `a'"; script-src *`, cspSource: 'x' }));
});
