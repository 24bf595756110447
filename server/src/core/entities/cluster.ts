// One entity per actor per article: mentions are grouped by name, by surname ("Putin" joins
// "Vladimir Putin"), by acronym ("EU" joins "European Union"), by known variants ("U.S." joins
// "United States"), by close spelling of a surname ("Zelensky"/"Zelenskyy"), and by a known place
// in front of an organization's name ("US Congress" / "Congress").
import type { EntityType } from '../types';
import { known } from './lexicon';
import type { Mention } from './mentions';

export interface Cluster {
  name: string;
  type: EntityType;
  mentions: Mention[];
  /** Canonical name from built-in knowledge or the glossary, when the actor is known. */
  canonical: string | null;
  /** Type fixed by the glossary or built-in knowledge. */
  fixedType: EntityType | null;
  votes: Record<EntityType, number>;
}

const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'on', '&']);

export function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

export function initials(name: string): string {
  return words(name)
    .filter((w) => !CONNECTORS.has(w.toLowerCase()))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

function isAcronym(s: string): boolean {
  return /^[\p{Lu}][\p{Lu}&]{1,6}$/u.test(s.replace(/\./g, ''));
}

function closeSpelling(a: string, b: string): boolean {
  if (a.length < 5 || b.length < 5 || Math.abs(a.length - b.length) > 1) return false;
  if (a.slice(0, 4) !== b.slice(0, 4)) return false;
  return editDistanceAtMostOne(a, b);
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Groups mentions into clusters. `glossary` maps a lower-cased name or alias to its entry's canonical name and type. */
export function cluster(mentions: Mention[], glossary: Map<string, { canonical: string; type: EntityType }>): Cluster[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const lookup = (text: string) => glossary.get(text.toLowerCase()) ?? known(text);

  const addTo = (c: Cluster, m: Mention) => {
    c.mentions.push(m);
    c.votes[m.type] += m.source === 'tagger' ? 1 : 0.5;
    byKey.set(m.text.toLowerCase(), c);
  };
  const create = (m: Mention, canonical: string | null, fixedType: EntityType | null) => {
    const c: Cluster = { name: canonical ?? m.text, type: m.type, mentions: [], canonical, fixedType, votes: { person: 0, organization: 0, place: 0 } };
    clusters.push(c);
    if (canonical) byKey.set(canonical.toLowerCase(), c);
    addTo(c, m);
    return c;
  };

  // Longer names first, so that "Putin" finds "Vladimir Putin" wherever it stands.
  const order = mentions.slice().sort((a, b) => words(b.text).length - words(a.text).length || a.start - b.start);
  for (const m of order) {
    const lower = m.text.toLowerCase();
    const k = lookup(m.text);
    const surname = !glossary.has(lower) ? attachSurname(m, clusters) : undefined;
    if (surname) { addTo(surname, m); continue; }
    if (k) {
      const c = byKey.get(k.canonical.toLowerCase()) ?? byKey.get(lower);
      if (c) { addTo(c, m); continue; }
    } else {
      const c = byKey.get(lower);
      if (c) { addTo(c, m); continue; }
    }
    const match = k ? undefined : attach(m, clusters);
    if (match) { addTo(match, m); continue; }
    create(m, k?.canonical ?? null, k ? k.type : null);
  }
  for (const c of clusters) {
    if (c.fixedType) c.type = c.fixedType;
    else c.type = (['person', 'organization', 'place'] as EntityType[]).reduce((a, b) => (c.votes[b] > c.votes[a] ? b : a), c.mentions[0].type);
    if (!c.canonical) c.name = bestName(c);
    c.mentions.sort((a, b) => a.start - b.start);
  }
  return clusters;
}

/** The person whose name ends with this mention: "Putin" for "Vladimir Putin", "von der Leyen". */
function attachSurname(m: Mention, clusters: Cluster[]): Cluster | undefined {
  const mw = words(m.text);
  const ml = m.text.toLowerCase();
  if (!/^\p{Lu}|^(?:von|van|de|al|el|bin|da|di|du|le|la)\b/u.test(m.text)) return undefined;
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i];
    if (c.mentions[0].type !== 'person' || c.fixedType && c.fixedType !== 'person') continue;
    for (const other of c.mentions) {
      const ow = words(other.text);
      if (ow.length <= mw.length) continue;
      if (ow.slice(ow.length - mw.length).join(' ').toLowerCase() === ml) return c;
    }
  }
  return undefined;
}

/** The existing cluster a shorter mention refers to, if any. */
function attach(m: Mention, clusters: Cluster[]): Cluster | undefined {
  const mw = words(m.text);
  const ml = m.text.toLowerCase();
  for (const c of clusters) {
    for (const other of c.mentions) {
      const ow = words(other.text);
      if (ow.length <= mw.length) continue;
      const tail = ow.slice(ow.length - mw.length).join(' ').toLowerCase();
      // A known place or acronym before an organization: "US Congress" / "Congress".
      if (tail === ml && c.type !== 'person') {
        const head = ow.slice(0, ow.length - mw.length).join(' ');
        const hk = known(head);
        if (hk && hk.type === 'place') return c;
      }
    }
  }
  for (const c of clusters) {
    for (const other of c.mentions) {
      // Acronyms: "EU" for "European Union", either way round.
      if (isAcronym(m.text) && words(other.text).length > 1 && initials(other.text) === m.text.replace(/\./g, '')) return c;
      if (isAcronym(other.text) && mw.length > 1 && initials(m.text) === other.text.replace(/\./g, '')) return c;
      // Spelling variants of a person's surname within one article: "Zelensky" / "Zelenskyy".
      if (c.type === 'person' && m.type === 'person') {
        const a = words(other.text);
        if (a.length === mw.length && a.slice(0, -1).join(' ') === mw.slice(0, -1).join(' ') && closeSpelling(a[a.length - 1], mw[mw.length - 1])) return c;
        if (mw.length === 1 && closeSpelling(a[a.length - 1], mw[0])) return c;
      }
    }
  }
  return undefined;
}

function bestName(c: Cluster): string {
  let best = c.mentions[0].text;
  for (const m of c.mentions) {
    const w = words(m.text).length;
    const bw = words(best).length;
    if (w > bw || (w === bw && isAcronym(best) && !isAcronym(m.text))) best = m.text;
  }
  if (/^\p{Ll}/u.test(best)) best = best.replace(/(^|\s)(\p{Ll})/gu, (_, s, ch: string) => s + ch.toUpperCase());
  return best;
}
