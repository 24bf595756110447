// Types at a glance: each entity type has its own colour in VS Code's default themes (light, dark and
// both high-contrast), contributed as configurationDefaults of editor.semanticTokenColorCustomizations,
// and the same colours as the contributed theme colours that tint the Entities view's icons (the
// legend). Read from package.json: distinct per type, readable on the theme's editor background.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = process.env.NEWSDESK_ROOT ?? process.cwd();
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const TYPES = ['person', 'organization', 'place'];

/** The editor backgrounds of the default themes (VS Code 1.100's theme-defaults), by theme kind. */
const THEMES: Record<string, { names: string[]; background: string[]; minContrast: number }> = {
  dark: { names: ['Default Dark Modern', 'Default Dark+'], background: ['#1F1F1F', '#1E1E1E'], minContrast: 4.5 },
  light: { names: ['Default Light Modern', 'Default Light+'], background: ['#FFFFFF'], minContrast: 4.5 },
  highContrast: { names: ['Default High Contrast'], background: ['#000000'], minContrast: 7 },
  highContrastLight: { names: ['Default High Contrast Light'], background: ['#FFFFFF'], minContrast: 7 },
};

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

test('contrast() is the WCAG ratio (it can fail: grey on white is low)', () => {
  assert.equal(Math.round(contrast('#000000', '#FFFFFF')), 21);
  assert.ok(contrast('#AAAAAA', '#FFFFFF') < 4.5);
});

test('each entity type has its own readable colour in every default theme, the same as its legend colour', () => {
  const custom = pkg.contributes.configurationDefaults['editor.semanticTokenColorCustomizations'];
  const colors = new Map<string, Record<string, string>>(pkg.contributes.colors.map((c: { id: string; defaults: Record<string, string> }) => [c.id, c.defaults]));
  for (const [kind, theme] of Object.entries(THEMES)) {
    for (const name of theme.names) {
      const rules = custom[`[${name}]`]?.rules;
      assert.ok(rules, `colours for ${name}`);
      const used = TYPES.map((t) => String(rules[t]).toUpperCase());
      assert.equal(new Set(used).size, TYPES.length, `${name}: one colour per type (${used.join(', ')})`);
      TYPES.forEach((t, i) => {
        assert.match(used[i], /^#[0-9A-F]{6}$/, `${name}: ${t}`);
        for (const bg of theme.background) {
          assert.ok(contrast(used[i], bg) >= theme.minContrast, `${name}: ${t} ${used[i]} on ${bg} has contrast ${contrast(used[i], bg).toFixed(2)}`);
        }
        assert.equal(colors.get(`newsdesk.entity.${t}`)?.[kind]?.toUpperCase(), used[i], `${name}: the legend colour of ${t}`);
      });
    }
  }
  // The types are the server's semantic token types.
  const tokenTypes = pkg.contributes.semanticTokenTypes.map((t: { id: string }) => t.id);
  for (const t of TYPES) assert.ok(tokenTypes.includes(t));
});
