// Runs every diagnostic rule, then applies the user's per-family switches and severities and drops the
// findings the user has silenced (see silence.ts). A rule that throws is skipped, never the analysis.
import type { Component } from '../component';
import type { Doc } from '../doc';
import type { Diagnostic } from '../types';
import { RULES } from './rules';
import { isSilenced, silencedCodes } from './silence';

export const diagnostics: Component = {
  name: 'diagnostics',
  run(doc: Doc) {
    const found: Diagnostic[] = [];
    const silenced = silencedCodes(doc);
    for (const rule of RULES) {
      const family = rule.code.split('.')[0];
      const settings = doc.options.diagnostics?.[family];
      if (settings?.enabled === false) continue;
      let results: Diagnostic[];
      try {
        results = rule.check(doc);
      } catch {
        continue;
      }
      for (const d of results) {
        if (isSilenced(doc, d, silenced)) continue;
        found.push(settings?.severity ? { ...d, severity: settings.severity } : d);
      }
    }
    found.sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
    doc.diagnostics = found;
  },
};
