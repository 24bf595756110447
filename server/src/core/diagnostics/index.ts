// Runs every diagnostic rule, then applies the user's per-family switches and severities.
import type { Component } from '../component';
import type { Doc } from '../doc';
import type { Diagnostic } from '../types';
import { RULES } from './rules';

export const diagnostics: Component = {
  name: 'diagnostics',
  run(doc: Doc) {
    const found: Diagnostic[] = [];
    for (const rule of RULES) {
      const family = rule.code.split('.')[0];
      const settings = doc.options.diagnostics?.[family];
      if (settings?.enabled === false) continue;
      for (const d of rule.check(doc)) found.push(settings?.severity ? { ...d, severity: settings.severity } : d);
    }
    found.sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
    doc.diagnostics = found;
  },
};
