// Statements quoted more than once (issue #20) in a large workspace: the full comparison of every
// quotation (quoteStatements) against the kept one (WorkspaceStatements) after one edit, in process.
// The issue's yardstick: with 2,000 articles an edit updates the statements in 200 ms or less.
import { analyze } from '../server/src/core/analyze';
import type { ArticleAnalysis } from '../server/src/core/types';
import { quoteStatements, WorkspaceStatements } from '../server/src/core/quotes/versions';
import { canonicalIds } from '../server/src/core/timeline/people';
import { PeopleMerge } from '../server/src/core/timeline/people-incremental';
import type { Article } from './corpus';
import { syntheticCorpus } from './corpus';
import { line, median, ms, now } from './stats';

const EDITS = 10;

function timed<T>(f: () => T): { value: T; wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = now();
  const value = f();
  const c = process.cpuUsage(c0);
  return { value, wall: now() - t0, cpu: (c.user + c.system) / 1000 };
}

/** `count` articles analysed from the sources (repeated with paragraphs rotated, as the bench's corpus). */
function workspace(sources: readonly Article[], count: number): ArticleAnalysis[] {
  let bytes = 5 * 1024 * 1024;
  let articles = syntheticCorpus(sources, bytes).articles;
  while (articles.length < count && sources.length) articles = syntheticCorpus(sources, (bytes *= 1.5)).articles;
  return articles.slice(0, count).map((a, i) => analyze(a.text, { file: `file:///bench/${i}.txt` }));
}

export function statementLines(sources: readonly Article[], count: number): void {
  const t0 = now();
  const analyses = workspace(sources, count);
  const analysedS = (now() - t0) / 1000;
  const fresh: Array<{ wall: number; cpu: number }> = [];
  for (let i = 0; i < 5; i++) fresh.push(timed(() => quoteStatements(analyses)));
  const kept = new WorkspaceStatements();
  kept.update(analyses);
  // The people merge alone, kept (PeopleMerge) and made again (canonicalIds), after the same edits.
  const people = new PeopleMerge();
  people.update(analyses);
  const mergeKept: Array<{ wall: number; cpu: number }> = [];
  const mergeFull: Array<{ wall: number; cpu: number }> = [];
  const edit: Array<{ wall: number; cpu: number }> = [];
  const plainEdit: Array<{ wall: number; cpu: number }> = [];
  const editGivenIds: Array<{ wall: number; cpu: number }> = [];
  const quoted = analyses.flatMap((a) => a.quotes).find((q) => q.kind === 'direct' && q.text.length > 40);
  let same = true;
  for (let e = 0; e < EDITS; e++) {
    // One article edited: a paragraph quoting a statement other articles print, given to a new name.
    const i = (e * 197) % analyses.length;
    const text = `Edited ${e}\n\n${quoted ? `${quoted.text} said Jordan Ellery.` : 'No quotation.'}\n`;
    analyses[i] = analyze(text, { file: analyses[i].file });
    const r = timed(() => kept.update(analyses));
    edit.push(r);
    mergeKept.push(timed(() => people.update(analyses)));
    const full = timed(() => canonicalIds(analyses));
    mergeFull.push(full);
    const ids = full.value;
    editGivenIds.push(timed(() => kept.update(analyses, ids)));
    // The same article typed on: a sentence that names no one (its entities stay as they were).
    analyses[i] = analyze(`${text}The meeting ended at noon.\n`, { file: analyses[i].file });
    const p = timed(() => kept.update(analyses));
    plainEdit.push(p);
    if (e === EDITS - 1) same = JSON.stringify(p.value) === JSON.stringify(quoteStatements(analyses));
  }
  const fmt = (xs: Array<{ wall: number; cpu: number }>) => `${ms(median(xs.map((x) => x.wall)))}, CPU ${ms(median(xs.map((x) => x.cpu)))}`;
  const n = `${analyses.length.toLocaleString('en')} articles`;
  line(`statements, full comparison (quoteStatements), ${n}, median of ${fresh.length}`, `${fmt(fresh)}  (articles analysed in process in ${analysedS.toFixed(0)} s, not counted)`);
  line(`statements after an edit that adds a name, kept (WorkspaceStatements), median of ${EDITS}`, `${fmt(edit)}  (the people merge kept, made again only where the names changed)`);
  line(`people merge after an edit that adds a name: kept (PeopleMerge) / made again (canonicalIds), median of ${EDITS}`, `${fmt(mergeKept)} / ${fmt(mergeFull)}`);
  line(`statements after an edit that changes no name, kept, median of ${EDITS}`, `${fmt(plainEdit)}  (the people merge kept)`);
  line('statements after one edit, kept, the people merge given (as the timeline does)', `${fmt(editGivenIds)}  (same as a full rebuild: ${same ? 'yes' : 'NO'})`);
}
