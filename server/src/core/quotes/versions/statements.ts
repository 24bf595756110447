// Statements: a group of related quotations (./group) becomes one statement of one speaker, its
// versions classed against the fullest (./classify).
//
// The statement's speaker is the one most articles name for these words (on a tie, the speaker of the
// longest version). A version the text gives no speaker takes part as the speaker's (the text does not
// decide otherwise). A version that gives the same words, unchanged or cut, to another named speaker is
// *attributed elsewhere* when the shared run is long (SPEAKER_RUN words, SPEAKER_CONTENT content words):
// two people may well say the same four words, hardly the same sentence. Both speakers must be people:
// an organization and its spokesperson may print the same statement. A version of another speaker
// that also changes words is no evidence of anything: it is left out of this statement, and its
// speaker's quotations make a statement of their own if they share words.
import type { ArticleAnalysis, Entity, Offset, Quote } from '../../types';
import { canonicalIds, key as entityKey, lastWords, sameEntity } from '../../timeline/people';
import { KeyIndex } from '../../timeline/keys';
import { longestRun } from './align';
import { compareVersions, type DiffPart } from './classify';
import { groupRefs, quoteRefs, type QuoteRef } from './group';
import { normKey } from './normalize';

export const SPEAKER_RUN = 6;
export const SPEAKER_CONTENT = 4;
/** A partial quotation given to another person counts as attributed elsewhere from this many words. */
export const SPEAKER_PARTIAL_WORDS = 10;

export type VersionClass = 'fullest' | 'same' | 'shortened' | 'altered' | 'attributed-elsewhere';

/** One article's version of a statement. Its span is the quotation's in its article, as in `quotes`. */
export interface QuoteVersion {
  file: string;
  start: Offset;
  end: Offset;
  /** The quotation as printed, quotation marks included: the file's text from start to end. */
  text: string;
  /** The speaker this article names, or null. */
  speaker: string | null;
  /**
   * Against the fullest version: the same words; a contiguous part, parts joined at a marked cut (ellipsis,
   * brackets) or an overlapping stretch; words added, left out unmarked or changed; the same words given
   * to another speaker.
   */
  class: VersionClass;
  /** The word difference from the fullest version, in order (empty for the fullest and for the same words). */
  diff: DiffPart[];
  /** For a version cut without an ellipsis: the negations and qualifiers of the fullest's sentence it leaves out. */
  droppedQualifiers: string[];
}

/** A statement quoted more than once, with its versions. */
export interface QuoteStatement {
  /** The speaker most sources name for the words, or null when none names one. */
  speaker: string | null;
  /** The speaker's entity id, one per real-world entity across the articles, or null. */
  speakerId: string | null;
  /**
   * The fullest version's words, normalized: lower case, no punctuation, contractions expanded.
   * @minLength 1
   */
  words: string;
  /**
   * The fullest version first, then the others in article order.
   * @minItems 2
   */
  versions: QuoteVersion[];
}

/**
 * Every statement quoted two or more times across the articles (or twice in one). `ids`: the
 * articles' canonical entity ids when the caller has them (the timeline computes them anyway).
 */
export function quoteStatements(articles: readonly ArticleAnalysis[], ids: Map<string, string> = canonicalIds(articles as ArticleAnalysis[])): QuoteStatement[] {
  const { speakerKeyOf, isPerson } = speakersOf(articles, ids);
  const out: QuoteStatement[] = [];
  for (const group of groupRefs(quoteRefs(articles, speakerKeyOf))) out.push(...statementsOf(group, isPerson));
  return out;
}

/**
 * Who says each quotation, as one key per real-world speaker across the articles (the canonical
 * entity id, or the written name), and whether a key is a person. Both look at every entity of the
 * workspace, so they are built on first use.
 */
export function speakersOf(articles: readonly ArticleAnalysis[], ids: Map<string, string>): { speakerKeyOf: (file: string, q: Quote) => string | null; isPerson: (key: string) => boolean } {
  let byName: ((name: string) => string) | undefined;
  let people: Set<string> | undefined;
  return {
    speakerKeyOf: (file, q) => {
      if (!q.speaker) return null;
      if (q.speaker.entityId) return ids.get(entityKey(file, q.speaker.entityId)) ?? q.speaker.entityId;
      return (byName ??= nameOnlySpeakers(articles, ids))(q.speaker.name);
    },
    isPerson: (k) => {
      if (!people) {
        people = new Set<string>();
        for (const a of articles) for (const e of a.entities) if (e.type === 'person') people.add(ids.get(entityKey(a.file, e.id)) ?? e.id);
      }
      return people.has(k);
    },
  };
}

/**
 * A speaker the analysis names without an entity ("Marwick told the radio station" in an article that
 * names her nowhere else) is the one person of the workspace that name fits, when exactly one does
 * (./timeline/people sameEntity); otherwise the name stands for itself.
 */
function nameOnlySpeakers(articles: readonly ArticleAnalysis[], ids: Map<string, string>): (name: string) => string {
  const people = new Map<string, Entity>();
  for (const a of articles) for (const e of a.entities) if (e.type === 'person') {
    const id = ids.get(entityKey(a.file, e.id)) ?? e.id;
    if (!people.has(id) || e.name.length > people.get(id)!.name.length) people.set(id, e);
  }
  // Only people sharing a last name word (or its first letters) can fit: the same index as canonicalIds.
  const list = [...people];
  const byLast = new KeyIndex();
  list.forEach(([, e], n) => byLast.add(n, lastWords(e)));
  const cache = new Map<string, string>();
  return (name: string) => {
    const hit = cache.get(name);
    if (hit) return hit;
    const probe: Entity = { id: '', name, type: 'person', role: null, aliases: [], mentions: [] };
    const fits = byLast.candidates(lastWords(probe)).filter((n) => sameEntity(list[n][1], probe)).map((n) => list[n][0]);
    const key = fits.length === 1 ? fits[0] : `name:${name.toLowerCase()}`;
    cache.set(name, key);
    return key;
  };
}

/** The statements of one group of related quotations (./group), its quotations in article order. */
export function statementsOf(group: QuoteRef[], isPerson: (speakerKey: string) => boolean): QuoteStatement[] {
  const out: QuoteStatement[] = [];
  let rest = group;
  while (rest.length > 1) {
    const { statement, left } = oneStatement(rest, isPerson);
    if (statement) out.push(statement);
    if (left.length === rest.length) break;
    rest = left;
  }
  return out;
}

function oneStatement(group: QuoteRef[], isPerson: (speakerKey: string) => boolean): { statement: QuoteStatement | null; left: QuoteRef[] } {
  const speakerKey = mainSpeaker(group);
  const own = group.filter((r) => r.speakerKey === speakerKey || r.speakerKey === null);
  const fullest = own.reduce((best, r) => (r.words.length > best.words.length ? r : best), own[0]);
  const versions: QuoteVersion[] = [version(fullest, 'fullest', [], [])];
  const left: QuoteRef[] = [];
  for (const r of group) {
    if (r === fullest) continue;
    const c = compareVersions(fullest.words, r.words);
    if (!c) {
      left.push(r);
      continue;
    }
    if (r.speakerKey === null || r.speakerKey === speakerKey) {
      versions.push(version(r, c.cls, c.cls === 'same' ? [] : c.diff, c.droppedQualifiers));
      continue;
    }
    // A body and a person speaking for it ("the ministry said" / "its spokesman said") are no conflict:
    // only words given to two different people are.
    const people = speakerKey !== null && isPerson(speakerKey) && isPerson(r.speakerKey);
    const run = longestRun(fullest.words.map((w) => w.norm), r.words.map((w) => w.norm));
    // A partial quotation (a few words inside the writer's sentence) is often a phrase a camp repeats
    // ("temperamentally unfit to be commander in chief"): only a full quotation, or a long one, counts.
    const statementLike = r.quote.kind === 'direct' || r.words.length >= SPEAKER_PARTIAL_WORDS;
    if (people && statementLike && c.cls !== 'altered' && run && run.length >= SPEAKER_RUN && run.content >= SPEAKER_CONTENT) versions.push(version(r, 'attributed-elsewhere', c.cls === 'same' ? [] : c.diff, []));
    // The words unchanged, given to a body (or a name the analysis does not know as a person): a version, classed by its words alone.
    else if (!people && c.cls !== 'altered') versions.push(version(r, c.cls, c.cls === 'same' ? [] : c.diff, c.droppedQualifiers));
    else left.push(r);
  }
  if (versions.length < 2) return { statement: null, left: group.filter((r) => r !== fullest) };
  // Versions were pushed in group order (the fullest first): that is already article order.
  return {
    statement: {
      speaker: speakerKey === null ? null : speakerName(group, speakerKey),
      speakerId: speakerKey === null || speakerKey.startsWith('name:') ? null : speakerKey,
      words: normKey(fullest.words),
      versions,
    },
    left,
  };
}

/** The speaker most articles name for these words; on a tie, the one of the longest version. */
function mainSpeaker(group: QuoteRef[]): string | null {
  const files = new Map<string, Set<string>>();
  for (const r of group) {
    if (r.speakerKey === null) continue;
    const s = files.get(r.speakerKey) ?? new Set<string>();
    s.add(r.file);
    files.set(r.speakerKey, s);
  }
  if (!files.size) return null;
  const most = Math.max(...[...files.values()].map((s) => s.size));
  const tied = new Set([...files].filter(([, s]) => s.size === most).map(([k]) => k));
  const longest = group.filter((r) => r.speakerKey !== null && tied.has(r.speakerKey)).reduce((a, b) => (b.words.length > a.words.length ? b : a));
  return longest.speakerKey;
}

function speakerName(group: QuoteRef[], speakerKey: string): string | null {
  const names = group.filter((r) => r.speakerKey === speakerKey).map((r) => r.quote.speaker?.name ?? '');
  return names.sort((a, b) => b.length - a.length)[0] || null;
}

function version(r: QuoteRef, cls: VersionClass, diff: DiffPart[], droppedQualifiers: string[]): QuoteVersion {
  return { file: r.file, start: r.quote.start, end: r.quote.end, text: r.quote.text, speaker: r.quote.speaker?.name ?? null, class: cls, diff, droppedQualifiers };
}
