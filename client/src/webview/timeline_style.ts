// The timeline's stylesheet: VS Code theme colours only (CSS variables the webview host defines).
export const TIMELINE_STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 16px 24px; }
.toolbar { position: sticky; top: 0; display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; padding: 10px 0; background: var(--vscode-editor-background); border-bottom: 1px solid var(--vscode-panel-border, transparent); z-index: 1; }
.toolbar h1 { font-size: 1.2em; margin: 0; flex: 1 1 auto; }
.toolbar .scope, .toolbar .export { display: flex; gap: 4px; }
button { font: inherit; color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); border: 1px solid var(--vscode-button-border, transparent); padding: 3px 10px; border-radius: 2px; cursor: pointer; }
button:hover { background: var(--vscode-button-secondaryHoverBackground); }
button[aria-pressed="true"] { color: var(--vscode-button-foreground); background: var(--vscode-button-background); }
button:focus-visible, .event:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
.summary { color: var(--vscode-descriptionForeground); }
.timeline { list-style: none; margin: 0; padding: 0 0 0 18px; border-left: 2px solid var(--vscode-textSeparator-foreground, var(--vscode-panel-border)); }
.event { position: relative; margin: 0 0 14px; padding: 8px 10px; border-radius: 4px; cursor: pointer; background: var(--vscode-editorWidget-background); border: 1px solid var(--vscode-widget-border, transparent); }
.event:hover { background: var(--vscode-list-hoverBackground); }
.timeline .event::before { content: ""; position: absolute; left: -26px; top: 12px; width: 10px; height: 10px; border-radius: 50%; background: var(--vscode-charts-blue, var(--vscode-focusBorder)); border: 2px solid var(--vscode-editor-background); }
.timeline .event.inferred::before { background: var(--vscode-charts-yellow, var(--vscode-editorWarning-foreground)); }
.date { font-weight: 600; }
.date-text, .meta, .source-label { color: var(--vscode-descriptionForeground); }
.badge { display: inline-block; margin-left: 6px; padding: 0 6px; border-radius: 8px; font-size: 0.85em; color: var(--vscode-badge-foreground); background: var(--vscode-badge-background); }
.what { margin: 4px 0; }
.sentence { margin: 4px 0; font-style: italic; color: var(--vscode-textBlockQuote-foreground, var(--vscode-foreground)); border-left: 3px solid var(--vscode-textBlockQuote-border); padding-left: 8px; }
.entities { display: flex; flex-wrap: wrap; gap: 4px; margin: 4px 0 0; padding: 0; list-style: none; }
.entities li { padding: 0 6px; border-radius: 3px; background: var(--vscode-textCodeBlock-background); }
.sources { margin: 4px 0 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 4px; }
.sources button { padding: 0 6px; font-size: 0.9em; }
.undated, .disagreements, .statements { list-style: none; padding: 0; }
.statement { margin: 0 0 10px; padding: 8px 10px; border-radius: 4px; background: var(--vscode-editorWidget-background); border: 1px solid var(--vscode-widget-border, transparent); }
.statement .versions { margin: 4px 0 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 4px; }
.statement .flagged { border-color: var(--vscode-editorWarning-foreground); }
.statement .flagged-badge { color: var(--vscode-editor-background); background: var(--vscode-editorWarning-foreground); }
.empty { color: var(--vscode-descriptionForeground); font-style: italic; }
.filters { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: center; padding: 8px 0; }
.filters input[type="search"] { flex: 1 1 200px; }
.filters input[type="search"], .filters select { font: inherit; color: var(--vscode-input-foreground); background: var(--vscode-input-background); border: 1px solid var(--vscode-input-border, transparent); padding: 2px 6px; }
.filters input:focus-visible, .filters select:focus-visible { outline: 1px solid var(--vscode-focusBorder); }
.show-hidden { color: var(--vscode-descriptionForeground); }
.event .hide { position: absolute; top: 6px; right: 6px; padding: 0 6px; font-size: 0.85em; opacity: 0.7; }
.event:hover .hide, .event .hide:focus-visible { opacity: 1; }
.event.hidden-event { opacity: 0.55; }
`;
