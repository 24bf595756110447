// Quotes across sources (issue #20): groups of real versions of one statement from openly licensed
// news (eval/quote-versions/README.md), each version gold-classed by reading against the fullest one.
// Every text of every group goes through analyze() as an article of one workspace (all groups
// together, so a statement of one group joining another's is a false alarm), then quoteStatements().
// A version is the quotation of ours that overlaps its `quote` locator in its text.
//
// Rows:
// - altered / attributed elsewhere: a version we class so is a tp when the gold agrees, an fp
//   otherwise; a gold one we class otherwise (or do not group) is an fn;
// - grouped: a gold version (not the fullest) found in the same statement as its group's fullest (tp)
//   or not (fn); a version grouped with a version of another group, or two versions a group marks
//   `distinct` (quotations sharing words that are different statements) put in one statement, is an fp.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core';
import { quoteStatements } from '../../server/src/core/quotes/versions';
import type { QuoteStatement, VersionClass } from '../../server/src/core/quotes/versions';
import type { Counts, EvalResult, EvalSet } from '../types';
import { ROOT, SHARED } from '../paths';

/** `distinct`: a quotation sharing words with the group's other ones that is another statement (a precision case). */
export type GoldClass = 'fullest' | 'same' | 'shortened' | 'altered' | 'attributed-elsewhere' | 'distinct';

export interface VersionGold {
  /** The id of the text (in the group's texts) the version is printed in. */
  text: string;
  /** The first words of the quoted words as printed (without the opening mark): where the version is. */
  quote: string;
  gold: GoldClass;
  note?: string;
}

export interface GroupText {
  id: string;
  source?: { publisher: string; url: string; title: string; licence: string; attribution: string; via?: string; retrieved?: string };
  /** The paragraph(s) as the source prints them; `framed` when the frame sentence ("X said:") is ours around a transcript's words. */
  text?: string;
  /** Instead of `text`: a file of the repository holding the article (an article of eval/wild, whose gold records its source). */
  file?: string;
  /** Neither text nor file: a text another group defines (ids are unique across the set). */
  framed?: boolean;
}

export interface QuoteGroup {
  id: string;
  speaker: string;
  texts: GroupText[];
  versions: VersionGold[];
}

const FILE = () => path.join(ROOT, 'eval', 'quote-versions', 'groups.json');

export function loadGroups(file = FILE()): QuoteGroup[] {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as QuoteGroup[];
}

const fold = (s: string) => s.replace(/[“”„]/g, '"').replace(/[‘’]/g, "'");

export interface Scored {
  altered: Counts;
  elsewhere: Counts;
  grouped: Counts;
  misses: string[];
}

/** Every text of the set by id (ids are unique across groups; a group may name a text another group defines, by id alone). */
function textsById(groups: QuoteGroup[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of groups) {
    for (const t of g.texts) {
      if (t.text === undefined && t.file === undefined) continue;
      if (out.has(t.id)) throw new Error(`text ${t.id} defined twice`);
      out.set(t.id, t.text ?? fs.readFileSync(path.join(ROOT, t.file ?? ''), 'utf8'));
    }
  }
  for (const g of groups) for (const t of g.texts) if (!out.has(t.id)) throw new Error(`${g.id}: text ${t.id} is defined nowhere`);
  return out;
}

export function scoreGroups(groups: QuoteGroup[]): Scored {
  const texts = textsById(groups);
  const analyses = new Map([...texts].map(([id, text]) => [id, analyze(text, { file: id })]));
  const statements = quoteStatements([...analyses.values()]);
  const altered: Counts = { tp: 0, fp: 0, fn: 0 };
  const elsewhere: Counts = { tp: 0, fp: 0, fn: 0 };
  const grouped: Counts = { tp: 0, fp: 0, fn: 0 };
  const misses: string[] = [];
  const where = new Map<string, { statement: QuoteStatement; cls: VersionClass }>();
  for (const st of statements) for (const v of st.versions) where.set(`${v.file}@${v.start}`, { statement: st, cls: v.class });
  const ourVersion = (g: QuoteGroup, v: VersionGold) => {
    const text = texts.get(v.text);
    if (text === undefined || !g.texts.some((t) => t.id === v.text)) throw new Error(`${g.id}: no text ${v.text}`);
    const at = fold(text).indexOf(fold(v.quote));
    if (at < 0) throw new Error(`${g.id}/${v.text}: quote not found: ${v.quote}`);
    const q = analyses.get(v.text)!.quotes.find((x) => x.start <= at && x.end > at);
    return q ? where.get(`${v.text}@${q.start}`) ?? null : null;
  };
  // Which group each statement holds versions of.
  const groupsOf = new Map<QuoteStatement, Set<string>>();
  for (const g of groups) {
    const fullest = g.versions.find((v) => v.gold === 'fullest');
    const home = fullest ? ourVersion(g, fullest)?.statement ?? null : null;
    for (const v of g.versions) {
      const ours = ourVersion(g, v);
      if (ours) groupsOf.set(ours.statement, (groupsOf.get(ours.statement) ?? new Set<string>()).add(g.id));
      const label = `${g.id}/${v.text} “${v.quote.slice(0, 50).replace(/\s+/g, ' ')}”`;
      const cls = ours?.cls ?? 'none';
      for (const [name, counts, wanted] of [['altered', altered, 'altered'], ['attributed elsewhere', elsewhere, 'attributed-elsewhere']] as const) {
        if (cls === wanted && v.gold === wanted) counts.tp++;
        else if (cls === wanted) {
          counts.fp++;
          misses.push(`${name} false alarm: ${label} (gold ${v.gold})`);
        } else if (v.gold === wanted) {
          counts.fn++;
          misses.push(`${name} missed: ${label} (ours ${cls})`);
        }
      }
      if (v.gold === 'fullest' || v.gold === 'distinct') continue;
      if (home && ours?.statement === home) grouped.tp++;
      else {
        grouped.fn++;
        misses.push(`not grouped with its fullest version: ${label} (gold ${v.gold}, ours ${cls})`);
      }
    }
  }
  // Distinct quotations of a group put in one statement.
  for (const g of groups) {
    const homes = g.versions.filter((v) => v.gold === 'distinct').map((v) => ourVersion(g, v)?.statement).filter((x): x is QuoteStatement => !!x);
    const extra = homes.length - new Set(homes).size;
    if (extra > 0) {
      grouped.fp += extra;
      misses.push(`distinct quotations made one statement: ${g.id}`);
    }
  }
  // Statements that join versions of different groups.
  for (const [st, ids] of groupsOf) {
    if (ids.size < 2) continue;
    grouped.fp += ids.size - 1;
    misses.push(`one statement across groups ${[...ids].join(', ')}: ${st.words.slice(0, 60)}`);
  }
  return { altered, elsewhere, grouped, misses };
}

/**
 * Versions the repository may not hold (copyrighted papers), gathered in the team's shared data in the
 * same format: measured when present, never copied here.
 */
const SHARED_FILE = () => path.join(SHARED, 'data', 'quote-versions', 'groups.json');

function rowsOf(set: string, groups: QuoteGroup[]): EvalResult {
  const s = scoreGroups(groups);
  const versions = groups.reduce((n, g) => n + g.versions.length, 0);
  return {
    rows: [
      { set, area: 'altered', counts: s.altered, note: `${groups.length} groups, ${versions} versions` },
      { set, area: 'attributed elsewhere', counts: s.elsewhere },
      { set, area: 'grouped', counts: s.grouped },
    ],
    misses: s.misses.map((m) => (set === 'quote-versions' ? m : `${set}: ${m}`)),
  };
}

export const quoteVersionsSet: EvalSet = {
  name: 'quote-versions',
  unavailable: () => (fs.existsSync(FILE()) ? null : 'eval/quote-versions/groups.json not present'),
  run(): EvalResult {
    const own = rowsOf('quote-versions', loadGroups());
    if (!fs.existsSync(SHARED_FILE())) return own;
    const shared = rowsOf('quote-versions/shared', loadGroups(SHARED_FILE()));
    return { rows: [...own.rows, ...shared.rows], misses: [...own.misses, ...shared.misses] };
  },
};

export default quoteVersionsSet;
