// The manifest's client parts agree with the code: every command in a menu, welcome text or
// walkthrough is contributed and registered, every view has a provider, every file named exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = process.env.NEWSDESK_ROOT ?? process.cwd();
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const c = pkg.contributes;
const extensionSource = fs.readFileSync(path.join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
const viewsSource = fs.readFileSync(path.join(ROOT, 'client', 'src', 'views', 'index.ts'), 'utf8');

const contributed = new Set<string>(c.commands.map((x: { command: string }) => x.command));

function registered(command: string): boolean {
  const name = command.replace(/^newsdesk\./, '');
  if (extensionSource.includes(`registerCommand('${name}'`)) return true;
  const m = /^(\w+)\.(copyMarkdown|exportCsv)$/.exec(name);
  return !!m && extensionSource.includes(`registerCommand(\`\${view}.${m[2]}\``) && viewsSource.includes(`'newsdesk.${m[1]}'`);
}

test('every contributed command is registered by the extension', () => {
  for (const cmd of contributed) assert.ok(registered(cmd), cmd);
});

test('menus, welcome views and walkthroughs name only contributed commands', () => {
  const named: string[] = [];
  for (const items of Object.values(c.menus) as Array<Array<{ command: string }>>) named.push(...items.map((i) => i.command));
  const links = JSON.stringify([c.viewsWelcome, c.walkthroughs]).match(/command:([\w.]+)/g) ?? [];
  named.push(...links.map((l) => l.slice('command:'.length)));
  for (const n of named) assert.ok(contributed.has(n) || n.startsWith('workbench.'), n);
});

test('every view has a tree provider and a welcome text for the empty state', () => {
  for (const v of c.views.newsdesk) {
    assert.ok(viewsSource.includes(`'${v.id}'`), v.id);
    assert.ok(c.viewsWelcome.some((w: { view: string; contents: string }) => w.view === v.id && /Open an article/.test(w.contents)), v.id);
  }
  assert.match(c.viewsWelcome[0].contents, /^Open an article \(\.txt, \.news, \.article\) to see/);
});

test('icons, grammar and walkthrough media exist', () => {
  const files = [
    c.viewsContainers.activitybar[0].icon,
    ...c.grammars.map((g: { path: string }) => g.path),
    ...c.walkthroughs.flatMap((w: { steps: Array<{ media: { markdown?: string } }> }) => w.steps.map((s) => s.media.markdown)),
    'media/walkthrough/sample.news',
    'media/timeline.svg',
  ];
  for (const f of files) assert.ok(fs.existsSync(path.join(ROOT, f)), f);
});

test('every setting has a description and a default', () => {
  const props = c.configuration.properties as Record<string, { default?: unknown; description?: string; markdownDescription?: string }>;
  for (const key of ['newsdesk.include', 'newsdesk.maxFileSizeKB', 'newsdesk.trace.server', 'newsdesk.glossary',
    'newsdesk.diagnostics.garbled.enabled', 'newsdesk.diagnostics.garbled.severity', 'newsdesk.diagnostics.claim.enabled',
    'newsdesk.diagnostics.claim.severity', 'newsdesk.inlayHints.speakers', 'newsdesk.inlayHints.dates', 'newsdesk.analysisTimeoutMs']) {
    assert.ok(props[key], key);
    assert.ok('default' in props[key], `${key} default`);
    assert.ok((props[key].description ?? props[key].markdownDescription ?? '').length > 20, `${key} description`);
  }
});

test('the packaged extension keeps media/ (icons, walkthrough, sample)', () => {
  const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim());
  assert.ok(ignore.includes('!media/**'), '.vscodeignore re-includes media/**');
});

test('every setting the server reads is documented in the manifest', () => {
  const source = fs.readFileSync(path.join(ROOT, 'server', 'src', 'settings.ts'), 'utf8');
  const read = [...new Set([...source.matchAll(/\bs\.(\w+)/g)].map((m) => m[1]))];
  assert.ok(read.length >= 5, read.join(', '));
  const keys = Object.keys(c.configuration.properties);
  for (const k of read) assert.ok(keys.some((key) => key === `newsdesk.${k}` || key.startsWith(`newsdesk.${k}.`)), `newsdesk.${k}`);
});

test('walkthrough steps complete on events VS Code accepts, and their texts have no Markdown code spans', () => {
  // VS Code's accepted completion events (vs/workbench/contrib/welcomeGettingStarted): onLanguage is not one.
  const accepted = /^(onCommand|onView|onSettingChanged|onContext|onLink|onEvent|extensionInstalled|onStepSelected|stepSelected):?/;
  for (const w of c.walkthroughs) {
    for (const s of w.steps as Array<{ id: string; description: string; completionEvents?: string[] }>) {
      assert.ok(s.completionEvents?.length, `${s.id}: completion events`);
      for (const e of s.completionEvents ?? []) assert.match(e, accepted, `${s.id}: ${e}`);
      assert.ok(!s.completionEvents!.some((e) => e.startsWith('onLanguage:')), s.id);
      assert.ok(!s.description.includes('`'), `${s.id}: a step description renders no code spans: ${s.description}`);
    }
  }
});

test('workspace declarations: trust and virtual workspaces declared, every setting scoped', () => {
  const caps = pkg.capabilities;
  assert.ok(['limited', true].includes(caps.untrustedWorkspaces.supported));
  assert.ok(caps.untrustedWorkspaces.description.length > 20);
  assert.ok(['limited', true, false].includes(caps.virtualWorkspaces.supported));
  const props = c.configuration.properties as Record<string, { scope?: string }>;
  for (const [key, p] of Object.entries(props)) {
    assert.ok(['application', 'machine', 'machine-overridable', 'window', 'resource', 'language-overridable'].includes(String(p.scope)), `${key}: scope`);
  }
  for (const k of caps.untrustedWorkspaces.restrictedConfigurations ?? []) assert.ok(props[k], k);
});
