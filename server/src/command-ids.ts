// Command ids shared by the server and the VS Code client (plain strings, no imports: the client
// bundles this file). The server runs the corrections; the client runs the others and enables exactly
// these in hover Markdown (isTrusted.enabledCommands).
export const MARK_AS_COMMAND = 'newsdesk.glossary.markAs';
export const NOT_A_NAME_COMMAND = 'newsdesk.glossary.notAName';
export const SAME_AS_COMMAND = 'newsdesk.glossary.sameAs';
export const CORRECTION_COMMANDS = [MARK_AS_COMMAND, NOT_A_NAME_COMMAND, SAME_AS_COMMAND];

/** Client-side commands a hover links to (registered by client/src/extension.ts). */
export const SHOW_MENTIONS_COMMAND = 'newsdesk.showMentions';
export const REVEAL_ENTITY_COMMAND = 'newsdesk.revealEntity';
/** Every command a hover may link to: the only ones the client enables in hover Markdown. */
export const HOVER_COMMANDS = [SHOW_MENTIONS_COMMAND, REVEAL_ENTITY_COMMAND, ...CORRECTION_COMMANDS];
