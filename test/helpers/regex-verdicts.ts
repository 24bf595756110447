// The verdict cache of the backtracking check: test/fixtures/regex-verdicts.json holds recheck's verdict
// on every pattern of the core, keyed by pattern (patternKey), so the test reads verdicts instead of
// running a checker whose answers vary with the machine's load; scripts/regex-verdicts.mjs refreshes it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Pattern } from './core-regexes';
import { constructedPatterns, distinct, literalPatterns, patternKey } from './core-regexes';
// @ts-ignore: the module is made by the esbuild plugin (scripts/english-words.mjs); tsc does not see it.
import WORD_LIST from '../../server/src/core/diagnostics/lexicon/english-words.generated';

export interface Verdict {
  status: 'safe' | 'vulnerable' | 'unknown';
  /** recheck's checker that decided: automaton (exact) or fuzz (search for an attack string). */
  checker?: string;
  complexity?: string;
  attack?: string;
  error?: string;
  /** Where the pattern was found when the verdict was taken (for the reader; not part of the key). */
  where: string;
}

export interface VerdictFile {
  about: string;
  recheck: string;
  params: Record<string, unknown>;
  verdicts: Record<string, Verdict>;
}

export const VERDICTS_FILE = (root: string) => path.join(root, 'test', 'fixtures', 'regex-verdicts.json');

export function readVerdicts(root: string): VerdictFile {
  return JSON.parse(fs.readFileSync(VERDICTS_FILE(root), 'utf8')) as VerdictFile;
}

/**
 * Every pattern of the core: its literals, and the patterns it constructs while loading and analysing
 * the sample articles (the constructed ones are all built at load time or from closed word lists, so
 * the samples reach them all; a pattern first built on some other text would be new to the cache and
 * fail the test, which is the safe side).
 */
export function corePatterns(root: string): Pattern[] {
  const constructed = constructedPatterns(() => {
    // Loaded here, inside the recorder, and nowhere else in the bundle: a static import would load
    // the core before the recorder is in place.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const core = require('../../server/src/core') as typeof import('../../server/src/core');
    const dir = path.join(root, 'samples');
    const texts = new Map<string, string>();
    const analyses = fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((f) => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      texts.set(f, text);
      return core.analyze(text, { file: f });
    });
    core.buildTimeline(analyses, texts);
    core.findDisagreements(analyses, texts, { dates: true });
  });
  // The dictionary's compound rules (ordinals: "21st", "112th") are nspell's patterns, compiled from the
  // Hunspell affix file at build time and only rebuilt by the core: they are not the core's own, and
  // they are tried on single words only. The core's patterns around them are checked as any other.
  const { compoundRules } = WORD_LIST as { compoundRules: Array<[string, string]> };
  const nspells = new Set(compoundRules.map(([source, flags]) => patternKey({ source, flags })));
  return distinct([...literalPatterns(root), ...constructed.filter((p) => !nspells.has(patternKey(p)))]);
}
