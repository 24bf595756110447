// Corrections in place in a real VS Code: the quick fix "Mark as place" on a made-up place name that the
// analysis took for a person writes the workspace folder's .newsdesk/glossary.json, and the hover and
// the side panel change at once. Runs last (file order) and removes its files, so the other cases see
// the workspace as made by setup.mjs. The article is made up for this test.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Ctx } from '../../../client/src/ctx';
import { HOVER_COMMANDS } from '../../../server/src/command-ids';
import { screenshot, test, waitFor } from './harness';

const TEXT = [
  'Farmers protest oil spills',
  '',
  'LAGOS, March 3 (Newsdesk) - Farmers from Ubakorra marched on Monday to demand a clean-up of the creeks.',
  '',
  '"We cannot fish any more," said Amaka Obi, who leads the farmers\' union. Ubakorra has seen hundreds of spills since 2010, said Tunde Bakare of the Rivers Environment Agency.',
  '',
].join('\n');

async function hoverText(doc: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
  return hovers.flatMap((h) => h.contents).map((m) => (typeof m === 'string' ? m : m.value)).join('\n');
}

const groupNames = (ctx: Ctx, label: string) =>
  ctx.views.entities.getChildren().find((g) => g.label === label)?.children?.map((n) => n.label) ?? [];

test('Mark as place on a made-up place name writes the folder glossary; hover and side panel change', async () => {
  const ext = vscode.extensions.getExtension<Ctx>('newsdesk.newsdesk');
  assert.ok(ext);
  const ctx = await ext.activate();
  await waitFor('the language client to run', () => ctx.client?.isRunning());
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const file = vscode.Uri.joinPath(folder, 'delta-spills.news');
  const glossary = vscode.Uri.joinPath(folder, '.newsdesk', 'glossary.json');
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(TEXT));
  try {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file), { viewColumn: vscode.ViewColumn.One });
    const doc = editor.document;
    const at = doc.positionAt(doc.getText().indexOf('Ubakorra') + 3);
    await vscode.commands.executeCommand('newsdesk.scopeArticle');
    await waitFor('the side panel to show the article', () => ctx.store.articles[0]?.analysis.file === doc.uri.toString() && groupNames(ctx, 'People').includes('Ubakorra'));
    assert.match(await hoverText(doc, at), /· person/);
    // The hover's action links run: its Markdown trusts exactly Newsdesk's hover commands.
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const md = hovers.flatMap((h) => h.contents).find((m): m is vscode.MarkdownString => typeof m !== 'string' && /Reveal in side panel/.test(m.value));
    assert.ok(md, 'a hover with action links');
    assert.deepEqual(md.isTrusted, { enabledCommands: HOVER_COMMANDS });

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(at, at));
    const mark = actions.find((a) => a.title === 'Mark as place: “Ubakorra”');
    assert.ok(mark?.command, `a Mark as place quick fix (got: ${actions.map((a) => a.title).join(' | ')})`);
    assert.equal(mark.kind?.value, 'quickfix');
    await vscode.commands.executeCommand(mark.command.command, ...(mark.command.arguments ?? []));

    await waitFor('the hover to say place', async () => /\*\*Ubakorra\*\* · place/.test(await hoverText(doc, at)), 20_000);
    await waitFor('the side panel to list Ubakorra under Places', () => groupNames(ctx, 'Places').includes('Ubakorra') && !groupNames(ctx, 'People').includes('Ubakorra'), 20_000);
    const stored = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(glossary)));
    assert.deepEqual(stored.entries, [{ name: 'Ubakorra', type: 'place' }]);
    await screenshot('corrected-place');
  } finally {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, '.newsdesk'), { recursive: true }).then(undefined, () => undefined);
  }
});

test('VS Code takes the contributed colours of the entity types for its default themes', async () => {
  const inspected = vscode.workspace.getConfiguration('editor').inspect<Record<string, { rules?: Record<string, string> }>>('semanticTokenColorCustomizations');
  const defaults = inspected?.defaultValue ?? {};
  for (const theme of ['[Default Dark Modern]', '[Default Light Modern]', '[Default High Contrast]', '[Default High Contrast Light]']) {
    const rules = defaults[theme]?.rules ?? {};
    assert.equal(new Set([rules.person, rules.organization, rules.place].filter(Boolean)).size, 3, `${theme}: ${JSON.stringify(rules)}`);
  }
});

test('Open Sample Article opens an untitled copy, annotated', async () => {
  await vscode.commands.executeCommand('newsdesk.openSample');
  const editor = await waitFor('the sample in an editor', () => vscode.window.activeTextEditor);
  try {
    assert.equal(editor.document.isUntitled, true, editor.document.uri.toString());
    assert.equal(editor.document.languageId, 'news-article');
    assert.ok(editor.document.getText().length > 100);
    await waitFor('diagnostics or hover content from the server', async () => {
      const symbols = await vscode.commands.executeCommand<unknown[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      return (symbols?.length ?? 0) > 0;
    }, 30_000);
  } finally {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
});
