// The disagreements of a workspace kept between edits (issue 17), for the editor's diagnostics: what
// findDisagreements(articles, texts, { dates: true }) gives, date disagreements included however large
// the workspace. The dates come from the event merge kept between calls (IncrementalMerge: after an
// edit only the events sharing a key word with a changed cluster are compared again, and only clusters
// with a new first event are checked for conflicts), so they no longer need a limit on the number of
// articles. As in findDisagreements, articles are taken as analysed (no anchoring).
import type { ArticleAnalysis } from '../types';
import { figureDisagreements } from './figures';
import { IncrementalMerge, type Entry } from './incremental';
import { dateConflict, type Item } from './merge';
import { roleDisagreements } from './people';
import { itemOf } from './workspace';
import type { Disagreement } from './workspace-types';

/** No inferred dates: the articles as analysed. */
const NONE = new Map<string, { from: string; how: string }>();
/** A date disagreement names no entities: the items' ids are left as each article has them. */
const NO_IDS = new Map<string, string>();

export class WorkspaceDisagreements {
  private readonly merge = new IncrementalMerge();

  /** The disagreements of these articles, as findDisagreements(articles, texts, { dates: true }) gives them. */
  update(articles: ArticleAnalysis[], texts: Map<string, string>): Disagreement[] {
    const out = [...figureDisagreements(articles, texts), ...roleDisagreements(articles)];
    const { clusters, conflicts } = this.merge.update(articles);
    const items = (members: Entry[]): Item[] => members.map((e) => itemOf(e.analysis, e.analysis.timeline[e.index], e.keys, texts, NONE, NO_IDS));
    for (const [i, j] of conflicts) out.push(dateConflict(items(clusters[i]), items(clusters[j])));
    return out;
  }
}
