// The client side of the hover's action links (server/src/features/corrections.ts hoverLinks): all
// mentions of the entity under the cursor, and the entity revealed in the side panel.
import * as vscode from 'vscode';
import type { Ctx } from './ctx';

/** Opens the references peek at the position: the server answers references with the entity's mentions. */
export function showMentions(_ctx: Ctx) {
  return async (arg?: unknown) => {
    const a = arg as { uri?: unknown; line?: unknown; character?: unknown } | undefined;
    if (typeof a?.uri !== 'string' || typeof a.line !== 'number' || typeof a.character !== 'number') return;
    const uri = vscode.Uri.parse(a.uri);
    const position = new vscode.Position(a.line, a.character);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, position);
    await vscode.commands.executeCommand('editor.action.showReferences', uri, position, locations ?? []);
  };
}

/** Shows the Entities view with the entity selected and expanded (its mentions). */
export function revealEntity(ctx: Ctx) {
  return async (arg?: unknown) => {
    const a = arg as { name?: unknown; type?: unknown } | undefined;
    if (typeof a?.name !== 'string') return;
    const tree = ctx.views.entities;
    await vscode.commands.executeCommand('newsdesk.entities.focus');
    const node = tree.getChildren().find((g) => g.id === `group:${a.type}`)?.children?.find((n) => n.label === a.name)
      ?? tree.getChildren().flatMap((g) => g.children ?? []).find((n) => n.label === a.name);
    if (!node) {
      void vscode.window.setStatusBarMessage(`Newsdesk: ${a.name} is not in the Entities view (filter?)`, 3000);
      return;
    }
    await tree.view?.reveal(node, { select: true, focus: true, expand: true });
  };
}
