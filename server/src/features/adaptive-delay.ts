// How long diagnostics wait after a keystroke (issue 17): as long as analysing the document takes,
// measured, not a fixed 150 ms. A 6 KB article analysed in 10 ms gets its diagnostics some 20 ms after
// the last keystroke; a document that takes a second to analyse waits the longest pause the settings
// allow (newsdesk.debounceMs) so that typing does not start analyses only to throw them away.

/** Weight of the newest measurement in the running average: a few edits follow a change of size. */
const WEIGHT = 0.3;
/** The pause is this many times the analysis time: analysing once per pause costs at most half the CPU. */
const FACTOR = 2;
/** Never shorter: a burst of keystrokes a few ms apart (a paste, a macro) is one edit. */
export const MIN_DELAY_MS = 10;

export class AdaptiveDelay {
  private average = new Map<string, number>();

  /** The analysis of the document took `ms` (from the publish that asked for it until it was ready). */
  measured(uri: string, ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) return;
    const old = this.average.get(uri);
    this.average.set(uri, old === undefined ? ms : old + WEIGHT * (ms - old));
  }

  /** The pause before publishing after an edit: twice the measured analysis time, between MIN_DELAY_MS and `longest`. */
  delay(uri: string, longest: number): number {
    const avg = this.average.get(uri);
    if (avg === undefined) return longest;
    return Math.max(Math.min(MIN_DELAY_MS, longest), Math.min(longest, Math.round(FACTOR * avg)));
  }

  forget(uri: string): void {
    this.average.delete(uri);
  }
}
