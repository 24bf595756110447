// One entity per actor per article: mentions are grouped by name, by surname ("Putin" joins
// "Vladimir Putin"), by acronym ("EU" joins "European Union"), by known variants ("U.S." joins
// "United States"), by close spelling of a surname ("Zelensky"/"Zelenskyy"), and by a known place
// in front of an organization's name ("US Congress" / "Congress").
import type { EntityType } from '../types';
import { COUNTRIES, known } from './lexicon';
import type { Mention } from './mentions';
import { actsAsState } from './metonymy';
import { hasLegalEnding, withoutLegalEnding } from './name-words';

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
export function cluster(mentions: Mention[], glossary: Map<string, { canonical: string; type: EntityType }>, sportsReport = false): Cluster[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const ix = new Indexes();
  const lookup = (text: string) => glossary.get(text.toLowerCase()) ?? known(text);

  const addTo = (c: Cluster, m: Mention, vote: EntityType = m.type) => {
    c.mentions.push(m);
    c.votes[vote] += m.source === 'tagger' ? 1 : 0.5;
    byKey.set(m.text.toLowerCase(), c);
    ix.add(c, m);
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
    // A known organization is nobody's surname ("Wells Fargo" after a run taken for a person); a place may be ("Paris").
    const surname = !glossary.has(lower) && k?.type !== 'organization' ? ix.surname(m) : undefined;
    // A country is never a family name ("Villa Somalia" … "Somalia"): it keeps its own vote.
    if (surname) { addTo(surname, m, k && COUNTRIES.has(k.canonical) ? m.type : familyNameVote(surname, m)); continue; }
    if (k) {
      const c = byKey.get(k.canonical.toLowerCase()) ?? byKey.get(lower);
      if (c) { addTo(c, m); continue; }
    } else {
      const c = byKey.get(lower);
      if (c) { addTo(c, m); continue; }
    }
    const match = k ? undefined : ix.attach(m);
    if (match) { addTo(match, m); continue; }
    create(m, k?.canonical ?? null, k ? k.type : null);
  }
  for (const c of clusters) {
    // Built-in knowledge is a prior worth two tagger votes: "Paris" named as a person throughout an
    // article about Valeska Paris is a person, "Belgium" beating "Panama" all article long is a team.
    const glossed = glossary.get(c.name.toLowerCase());
    if (glossed) c.type = glossed.type;
    // A country is never a person ("Israel wants to withdraw" is no man named Israel): it is its place, its
    // state when the article has it act as one, or in a match report its national team.
    else if (c.fixedType === 'place' && c.canonical && COUNTRIES.has(c.canonical)) {
      c.type = sportsReport || actsAsState(c.mentions.map((m) => m.use ?? null)) ? 'organization' : 'place';
    }
    // A "person" never given a first name that the article mostly puts "in" or "at" is a place ("rallied in
    // Portadown", "marched within Portadown's streets").
    else if (!c.fixedType && c.votes.person >= c.votes.place && placedMostly(c)) c.type = 'place';
    // So does a settlement noun before it ("the island of Anjouan"): a place, however the rest of the article reads.
    else if (!c.fixedType && c.mentions.some((m) => m.settlement)) c.type = 'place';
    // A legal ending ("Kellogg Co.") settles it, however often the short name looked like a surname.
    else if (!c.fixedType && c.mentions.some((m) => hasLegalEnding(m.text))) c.type = 'organization';
    else {
      if (c.fixedType) c.votes[c.fixedType] += words(c.canonical ?? c.name).length > 1 ? PRIOR_LONG_NAME : PRIOR;
      c.type = (['person', 'organization', 'place'] as EntityType[]).reduce((a, b) => (c.votes[b] > c.votes[a] ? b : a), c.fixedType ?? c.mentions[0].type);
    }
    if (!c.canonical) c.name = bestName(c);
    c.mentions.sort((a, b) => a.start - b.start);
  }
  return clusters;
}


/**
 * Family-name votes: a lone family name after the person's full name votes as that full name does, not as
 * the word does on its own ("Felizeberto Nice" … "Nice said": a man, not the city; "Ana Lima" … "Lima
 * added"). Before the full name is written the word may still be the place, so it keeps its own vote.
 */
function familyNameVote(c: Cluster, m: Mention): EntityType {
  const full = c.mentions.find((x) => x.start < m.start && x.type === 'person' && words(x.text).length > 1);
  return full ? 'person' : m.type;
}

function placedMostly(c: Cluster): boolean {
  if (c.mentions.length < 2 || c.mentions.some((m) => words(m.text).length > 1)) return false;
  let placed = 0;
  for (const m of c.mentions) if (m.placed) placed++;
  return placed * 2 >= c.mentions.length;
}

/** Votes that built-in knowledge of a name adds for its known type. */
const PRIOR = 2;
/** A known name of several words ("Wells Fargo", "Philip Morris") is seldom anything else: its prior weighs more. */
const PRIOR_LONG_NAME = 6;
const PARTICLE_START = /^\p{Lu}|^(?:von|van|de|al|el|bin|da|di|du|le|la)\b/u;

/** Lookup tables over the clusters made so far, so that attaching a mention is not a scan of them all. */
class Indexes {
  /** Lower-cased end of a person's name ("putin", "von der leyen") -> the person. */
  private suffixes = new Map<string, Cluster>();
  /** Lower-cased name of an organization or place after a known place ("congress" of "US Congress"). */
  private afterPlace = new Map<string, Cluster>();
  /** Initials of multi-word names ("EU") and acronyms used as names. */
  private initials = new Map<string, Cluster>();
  private acronyms = new Map<string, Cluster>();
  /** A company's name without its legal ending ("unisys" of "Unisys Corp."). */
  private companyHeads = new Map<string, Cluster>();
  /** Last names of people, for spelling variants. */
  private lastNames: Array<{ head: string; last: string; c: Cluster }> = [];

  add(c: Cluster, m: Mention): void {
    const ws = words(m.text);
    if (ws.length > 1 && ws.length <= 8) {
      if (m.type === 'person' && c.mentions[0].type === 'person') {
        for (let k = 1; k < ws.length; k++) {
          const key = ws.slice(k).join(' ').toLowerCase();
          if (!this.suffixes.has(key)) this.suffixes.set(key, c);
        }
      } else {
        for (let k = 1; k < ws.length && k <= 2; k++) {
          const hk = known(ws.slice(0, k).join(' '));
          if (hk && hk.type === 'place') this.afterPlace.set(ws.slice(k).join(' ').toLowerCase(), c);
        }
        if (hasLegalEnding(m.text)) {
          // Every shorter form from the front: "sansui electric" and "sansui" of "Sansui Electric Co.".
          const head = words(withoutLegalEnding(m.text));
          for (let k = head.length; k >= 1; k--) {
            const key = head.slice(0, k).join(' ').toLowerCase();
            if (!this.companyHeads.has(key)) this.companyHeads.set(key, c);
          }
        }
      }
      const ini = initials(m.text);
      if (ini.length >= 2 && !this.initials.has(ini)) this.initials.set(ini, c);
    } else if (isAcronym(m.text)) {
      this.acronyms.set(m.text.replace(/\./g, ''), c);
    }
    if (m.type === 'person' && this.lastNames.length < 500) {
      this.lastNames.push({ head: ws.slice(0, -1).join(' '), last: ws[ws.length - 1], c });
    }
  }

  /** The person whose name ends with this mention: "Putin" for "Vladimir Putin", "von der Leyen". */
  surname(m: Mention): Cluster | undefined {
    if (!PARTICLE_START.test(m.text)) return undefined;
    const c = this.suffixes.get(m.text.toLowerCase());
    if (!c || (c.fixedType && c.fixedType !== 'person')) return undefined;
    return c;
  }

  /** The existing cluster a shorter mention refers to, if any. */
  attach(m: Mention): Cluster | undefined {
    const lower = m.text.toLowerCase();
    const mw = words(m.text);
    // A known place before an organization: "US Congress" / "Congress".
    const p = this.afterPlace.get(lower);
    if (p && p.type !== 'person') return p;
    // A company named in full once ("Unisys Corp.") and by its short name after.
    const co = this.companyHeads.get(lower);
    if (co) return co;
    // Acronyms: "EU" for "European Union", either way round.
    if (isAcronym(m.text)) {
      const c = this.initials.get(m.text.replace(/\./g, ''));
      if (c) return c;
    }
    if (mw.length > 1) {
      const c = this.acronyms.get(initials(m.text));
      if (c) return c;
    }
    // Spelling variants of a person's surname within one article: "Zelensky" / "Zelenskyy".
    if (m.type === 'person') {
      const head = mw.slice(0, -1).join(' ');
      const last = mw[mw.length - 1];
      for (const n of this.lastNames) {
        if (n.c.type !== 'person') continue;
        if ((mw.length === 1 || n.head === head) && closeSpelling(n.last, last)) return n.c;
      }
    }
    return undefined;
  }
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
