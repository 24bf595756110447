// Corrections in place: on an entity mention, code actions (and hover links, see hover.ts) that tell
// Newsdesk what a name is: Mark as person / organization / place, Not a name, Same as <another
// entity of the article>. Each runs a server command that changes the glossary of the document's
// workspace folder (.newsdesk/glossary.json, see folder-data.ts); the server then analyses every
// article again. Commands rather than WorkspaceEdits: the server must know the new glossary at once
// (an edit may stay unsaved in the editor), and a command works in every LSP editor, including those
// without resource operations (creating a file) in their workspace edits.
import { CodeActionKind } from 'vscode-languageserver/node';
import type { CodeAction, CodeActionParams, Command } from 'vscode-languageserver/node';
import type { Entity, EntityType } from '../core';
import type { Article } from './article';
import { entityAt } from './article';
import { markAs, notAName, sameAs } from './glossary-file';
import type { GlossaryFile } from './glossary-file';

import { MARK_AS_COMMAND, NOT_A_NAME_COMMAND, REVEAL_ENTITY_COMMAND, SAME_AS_COMMAND, SHOW_MENTIONS_COMMAND } from '../command-ids';
import { CORRECTION_COMMANDS } from '../command-ids';

export { CORRECTION_COMMANDS };

const TYPES: EntityType[] = ['person', 'organization', 'place'];
/** At most this many "Same as" targets (the most mentioned first): the menu stays readable. */
const MAX_SAME_AS = 8;

export interface CorrectionArgs {
  uri: string;
  /** The entity's name and every spelling the article used for it. */
  name: string;
  spellings: string[];
  type?: EntityType;
  target?: { name: string; type: EntityType };
}

/** Every spelling of the entity in this article: its name, aliases and mention texts. */
export function spellingsOf(e: Entity): string[] {
  return [...new Set([e.name, ...e.aliases, ...e.mentions.map((m) => m.text)])];
}

/** The correction commands for an entity of the article (for code actions and hover links). */
export function correctionCommands(article: Article, e: Entity): Command[] {
  const a = article.analysis;
  const base = { uri: article.uri, name: e.name, spellings: spellingsOf(e) };
  const out: Command[] = [];
  for (const type of TYPES) {
    if (type !== e.type) out.push({ title: `Mark as ${type}: “${e.name}”`, command: MARK_AS_COMMAND, arguments: [{ ...base, type }] });
  }
  out.push({ title: `Not a name: “${e.name}”`, command: NOT_A_NAME_COMMAND, arguments: [base] });
  const others = (a?.entities ?? []).filter((o) => o.id !== e.id).sort((x, y) => y.mentions.length - x.mentions.length).slice(0, MAX_SAME_AS);
  for (const o of others) {
    out.push({ title: `Same as “${o.name}” (${o.type})`, command: SAME_AS_COMMAND, arguments: [{ ...base, target: { name: o.name, type: o.type } }] });
  }
  return out;
}

/** The corrections offered at the request's position, when it is on an entity mention. */
export function correctionActions(article: Article, params: CodeActionParams): CodeAction[] {
  const a = article.analysis;
  if (!a) return [];
  const only = params.context.only;
  if (only && !only.some((k) => CodeActionKind.QuickFix.startsWith(k))) return [];
  const hit = entityAt(a, article.doc.offsetAt(params.range.start));
  if (!hit) return [];
  return correctionCommands(article, hit.entity).map((command) => ({ title: command.title, kind: CodeActionKind.QuickFix, command }));
}

/** The glossary change a correction command stands for; null when its arguments are not valid. */
export function correctionOf(command: string, raw: unknown): { uri: string; change: (g: GlossaryFile) => GlossaryFile } | null {
  const arg = raw as Partial<CorrectionArgs> | undefined;
  if (!arg || typeof arg.uri !== 'string' || typeof arg.name !== 'string' || !arg.name.trim()) return null;
  const spellings = Array.isArray(arg.spellings) ? arg.spellings.filter((s): s is string => typeof s === 'string' && s.trim().length > 0) : [];
  if (!spellings.includes(arg.name)) spellings.unshift(arg.name);
  const name = arg.name;
  if (command === MARK_AS_COMMAND && TYPES.includes(arg.type as EntityType)) {
    return { uri: arg.uri, change: (g) => markAs(g, name, arg.type as EntityType, spellings) };
  }
  if (command === NOT_A_NAME_COMMAND) return { uri: arg.uri, change: (g) => notAName(g, spellings) };
  if (command === SAME_AS_COMMAND && typeof arg.target?.name === 'string' && TYPES.includes(arg.target.type)) {
    const target = { name: arg.target.name, type: arg.target.type };
    return { uri: arg.uri, change: (g) => sameAs(g, spellings, target) };
  }
  return null;
}

/** A `command:` link target: the arguments as URI-encoded JSON, with the brackets Markdown would end a link at encoded too. */
function commandUri(command: string, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args)).replace(/[()']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/**
 * The hover's action links for an entity: all mentions, reveal in the side panel, and the
 * corrections. `esc` escapes the link texts taken from the article (its names).
 */
export function hoverLinks(article: Article, e: Entity, offset: number, esc: (s: string) => string): string {
  const position = article.doc.positionAt(offset);
  const link = (text: string, c: Command) => `[${text}](${commandUri(c.command, c.arguments ?? [])})`;
  const lines = [
    [
      link('All mentions', { title: '', command: SHOW_MENTIONS_COMMAND, arguments: [{ uri: article.uri, line: position.line, character: position.character }] }),
      link('Reveal in side panel', { title: '', command: REVEAL_ENTITY_COMMAND, arguments: [{ name: e.name, type: e.type }] }),
    ].join(' · '),
  ];
  const commands = correctionCommands(article, e);
  const marks = commands.filter((c) => c.command === MARK_AS_COMMAND).map((c) => link(String((c.arguments?.[0] as CorrectionArgs).type), c));
  const not = commands.filter((c) => c.command === NOT_A_NAME_COMMAND).map((c) => link('not a name', c));
  lines.push(`Correct: mark as ${marks.join(', ')} · ${not.join('')}`);
  const same = commands.filter((c) => c.command === SAME_AS_COMMAND).slice(0, 5)
    .map((c) => link(esc((c.arguments?.[0] as CorrectionArgs).target!.name), c));
  if (same.length) lines.push(`Same as: ${same.join(', ')}`);
  return lines.join('\n\n');
}
