// Runs every diagnostic rule, then applies the user's per-family switches and severities and drops the
// findings the user has silenced (see silence.ts). A rule that throws is skipped, never the analysis.
import type { Component } from '../component';
import type { Doc } from '../doc';
import type { Diagnostic } from '../types';
import { capFindings } from './cap';
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
      const kept: Diagnostic[] = [];
      for (const d of results) {
        if (isSilenced(doc, d, silenced)) continue;
        kept.push(settings?.severity ? { ...d, severity: settings.severity } : d);
      }
      // A rule reports one code; where one reports several, each still gets at most its share.
      for (const d of capByCode(kept)) found.push(d);
    }
    found.sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
    doc.diagnostics = dropEchoes(found);
  },
};

function capByCode(ds: Diagnostic[]): Diagnostic[] {
  const codes = new Set(ds.map((d) => d.code));
  if (codes.size <= 1) return capFindings(ds);
  return [...codes].flatMap((code) => capFindings(ds.filter((d) => d.code === code)));
}

/** A sentence that starts with a lower-case name needs one finding, the name's, not a second for the sentence. */
// Claims get one finding per span, the most specific code: bare "sources say" is a vague attribution;
// "Local sources said" or "a senior official said" an anonymous source; "Many economists believe" names
// who is speaking (unnamed economists), so the anonymous source wins over the sweeping generalization.
function dropEchoes(ds: Diagnostic[]): Diagnostic[] {
  const names = new Set(ds.filter((d) => d.code === 'garbled.lowercase-name').map((d) => d.start));
  const vague = ds.filter((d) => d.code === 'claim.vague-attribution');
  const anonymous = ds.filter((d) => d.code === 'claim.anonymous-source');
  const overlaps = (a: Diagnostic, b: Diagnostic) => a.start < b.end && b.start < a.end;
  return ds.filter((d) => {
    if (d.code === 'garbled.sentence-case') return !names.has(d.start);
    if (d.code === 'claim.vague-attribution') return !anonymous.some((a) => overlaps(a, d) && a.end - a.start > d.end - d.start);
    if (d.code === 'claim.anonymous-source') return !vague.some((v) => overlaps(v, d) && v.end - v.start >= d.end - d.start);
    if (d.code === 'claim.generalization') return ![...vague, ...anonymous].some((o) => overlaps(o, d));
    return true;
  });
}
