// Named actors: people, organizations and places (issue #5). Mentions come from the tagger (an
// averaged perceptron over word shape, context and gazetteers), the dateline and the user glossary;
// they are grouped into one entity per actor, with aliases and a role from titles or apposition.
import type { Component } from '../component';
import type { Doc } from '../doc';
import type { Entity, EntityType } from '../types';
import { type Cluster, cluster, initials, words } from './cluster';
import { isSportsArticle, mergeShortForms, retypeClubs } from './clubs';
import { ARTICLE_NAME, docStats, type Run, runs, type Tok } from './features';
import { findGlossary, glossaryIndex } from './glossary';
import { COMMON_WORDS, COUNTRIES, KNOWN_SURNAMES, LEGAL_ENDINGS, LOWERCASE_PLACES, ORG_SUFFIXES, PLACE_SUFFIXES, known } from './lexicon';
import { type Mention, NOT_NAMES, datelineMentions, tagMentions } from './mentions';
import { isWord } from '../diagnostics/lexicon/dictionary';
import { placedAt, useOf } from './metonymy';
import { OPENING_MARK, isGivenName } from './name-words';
import { roleAfter, roleBefore, tokIndex } from './roles';

const PRIORITY: Record<Mention['source'], number> = { glossary: 4, dateline: 3, tagger: 2, title: 2, lower: 1 };

export const entities: Component = {
  name: 'entities',
  run(doc: Doc) {
    doc.entities = findEntities(doc);
  },
};

export function findEntities(doc: Doc): Entity[] {
  const rs = runs(doc);
  if (!rs.length) return [];
  const stats = docStats(rs);
  // Every token of the text, once (an array per use was tens of MB apiece on a large article).
  const allToks: Tok[] = rs.flatMap((r) => r.toks);
  const g = glossaryIndex(doc.options.glossary);
  const sports = isSportsArticle(allToks);
  const found: Mention[] = tagMentions(doc, rs, stats, sports);
  found.push(...datelineMentions(doc).filter((m) => !doc.inBoilerplate(m)));
  for (const r of rs) {
    for (const h of findGlossary(doc.text, r.toks[0].start, r.toks[r.toks.length - 1].end, g)) found.push({ ...h, source: 'glossary' });
  }
  const kept = dedupe(found);
  for (const m of kept) {
    if (COUNTRIES.has(known(m.text)?.canonical ?? '')) m.use = useOf(doc.text, m.start, m.end);
    m.placed = placedAt(doc.text, m.start);
  }
  let clusters = cluster(kept, g.names, stats.sportsReport);
  const idx = tokIndex(allToks);
  if (sports) retypeClubs(clusters, allToks, idx.at);
  clusters = mergeShortForms(clusters, sports);
  propagate(clusters, rs, doc);
  addLowerCase(clusters, allToks);
  addAcronyms(clusters, allToks);
  addNestedPlaces(clusters);

  const personStarts = new Set<number>();
  for (const c of clusters) if (c.type === 'person') for (const m of c.mentions) personStarts.add(m.start);
  const used = new Set<string>();
  const out: Entity[] = [];
  for (const c of clusters) {
    const entry = g.entries.get(c.name.toLowerCase());
    let role: string | null = entry?.role ?? null;
    if (!role && c.type === 'person') {
      for (const m of c.mentions.slice(0, 20)) {
        const otherPerson = (s: number) => s !== m.start && personStarts.has(s);
        role = roleBefore(doc, idx, m.start, otherPerson, m.end) ?? roleAfter(doc, idx, m.end, otherPerson);
        if (role) break;
      }
    }
    const mentionTexts = new Set<string>();
    for (const m of c.mentions) if (m.text !== c.name) mentionTexts.add(m.text);
    for (const a of entry?.aliases ?? []) if (a !== c.name) mentionTexts.add(a);
    out.push({
      id: uniqueId(c.type, c.name, used),
      name: c.name,
      type: c.type,
      role,
      aliases: [...mentionTexts],
      mentions: c.mentions.map((m) => ({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) })),
    });
  }
  out.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return out;
}

/** Overlapping mentions: the more trusted source wins, then the longer span. */
function dedupe(ms: Mention[]): Mention[] {
  const sorted = ms.slice().sort((a, b) => PRIORITY[b.source] - PRIORITY[a.source] || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  const covered = new Set<number>();
  for (const m of sorted) {
    let free = true;
    for (let k = m.start; k < m.end && free; k++) if (covered.has(k)) free = false;
    if (!free) continue;
    for (let k = m.start; k < m.end; k++) covered.add(k);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const PARTICLE_WORDS = new Set(['von', 'van', 'de', 'al', 'el', 'bin', 'da', 'di', 'du', 'le', 'la']);

/** Every other place the article writes a name it uses ("Lavrov" where the tagger passed it over). */
function propagate(clusters: Cluster[], rs: Run[], doc: Doc): void {
  const names = new Map<string, Cluster>();
  const ambiguous = new Set<string>();
  // A name the article itself writes alone for one actor ("al-Megrahi" for Abdelbaset al-Megrahi) stays that actor's
  // when a relative named later shares it ("his brother Mohammed al-Megrahi"): the written form outranks the surname
  // taken from a full name. Two actors with the same rank leave the name to neither.
  const written = new Set<string>();
  const addName = (n: string, c: Cluster, asWritten: boolean) => {
    const prior = names.get(n);
    if (prior && prior !== c) {
      if (asWritten && !written.has(n)) { names.set(n, c); written.add(n); ambiguous.delete(n); }
      else if (asWritten || !written.has(n)) ambiguous.add(n);
      return;
    }
    names.set(n, c);
    if (asWritten) written.add(n);
  };
  for (const c of clusters) {
    for (const m of c.mentions) {
      if (m.source === 'lower' || !/^\p{Lu}|^(?:von|van|de|al|el|bin|da|di|du|le|la)\b/u.test(m.text)) continue;
      addName(m.text, c, true);
      // A company named with its legal ending once ("Kmart Corp.", "Sears, Roebuck & Co.") is named without it after.
      const mw = words(m.text);
      if (c.type === 'organization' && mw.length > 1 && LEGAL_ENDINGS.has(mw[mw.length - 1].toLowerCase().replace(/\.$/, ''))) {
        let short = mw.slice(0, -1).join(' ');
        if (short.endsWith(' &')) short = short.slice(0, -2);
        if (short.endsWith(',')) short = short.slice(0, -1);
        addName(short, c, false);
      }
      if (c.type === 'person') {
        const ws = words(m.text);
        const last = ws[ws.length - 1].toLowerCase();
        if (ws.length <= 4 && !ORG_SUFFIXES.has(last) && !PLACE_SUFFIXES.has(last)) {
          for (let k = 1; k < ws.length; k++) if (/^\p{Lu}|^(?:von|van|de|al|el|bin|da|di|du|le|la)$/u.test(ws[k]) || ARTICLE_NAME.test(ws[k])) addName(ws.slice(k).join(' '), c, false);
        }
      }
    }
  }
  for (const n of ambiguous) names.delete(n);
  for (const n of [...names.keys()]) if (NOT_NAMES.has(n.toLowerCase()) || COMMON_WORDS.has(n.toLowerCase())) names.delete(n);
  if (!names.size) return;
  const covered = new Uint8Array(doc.text.length + 1);
  const cover = (s: number, e: number) => covered.fill(1, s, e);
  for (const c of clusters) for (const m of c.mentions) cover(m.start, m.end);
  const isTaken = (s: number, e: number) => { for (let k = s; k < e; k++) if (covered[k]) return true; return false; };
  for (const r of rs) {
    const kind = doc.blocks[r.block]?.kind;
    if (kind === 'headline' || kind === 'kicker' || kind === 'section') continue;
    const t = r.toks;
    for (let i = 0; i < t.length; i++) {
      if (!t[i].cap && !PARTICLE_WORDS.has(t[i].text) && !ARTICLE_NAME.test(t[i].text)) continue;
      for (let j = Math.min(t.length, i + 5); j > i; j--) {
        const text = doc.text.slice(t[i].start, t[j - 1].end);
        const c = names.get(text);
        if (!c || isTaken(t[i].start, t[j - 1].end)) continue;
        // Not inside a longer run of capitalized words ("Lee" of "Lee Cheuk-yan", "Warhol" of "Warhol Factory"),
        // except an unknown given name before a person's surname, mid-sentence ("with Romelu Lukaku").
        let from = i;
        if (i > 1 && c.type === 'person' && j === i + 1 && isGivenName(t[i - 1]) && !names.has(t[i - 1].text) && !OPENING_MARK.test(t[i - 2].text) && !isTaken(t[i - 1].start, t[i - 1].end)) from = i - 1;
        if ((j < t.length && /^\p{Lu}/u.test(t[j].text)) || (from === i && i > 0 && /^\p{Lu}\p{L}/u.test(t[i - 1].text) && !COMMON_WORDS.has(t[i - 1].lower))) break;
        c.mentions.push({ start: t[from].start, end: t[j - 1].end, text: doc.text.slice(t[from].start, t[j - 1].end), type: c.type, source: 'lower' });
        cover(t[from].start, t[j - 1].end);
        i = j - 1;
        break;
      }
    }
  }
  for (const c of clusters) c.mentions.sort((a, b) => a.start - b.start);
}

/** A name written in lower case by a garbled source ("trump", "ukraine") joins the entity it names. */
function addLowerCase(clusters: Cluster[], toks: Tok[]): void {
  const keys = new Map<string, Cluster>();
  const lowerCount = new Map<string, number>();
  const isLower = (t: Tok) => !t.cap && t.text.length >= 4 && /^\p{Ll}+$/u.test(t.text);
  for (const t of toks) if (isLower(t)) lowerCount.set(t.text, (lowerCount.get(t.text) ?? 0) + 1);
  for (const c of clusters) {
    const names = [c.name, ...c.mentions.map((m) => m.text)];
    for (const n of names) {
      const ws = n.split(/\s+/);
      // Surnames of people, and single-word places and organizations the built-in knowledge has.
      if ((ws.length === 1 && known(n)) || (c.type === 'person' && ws.length > 1 && ws.length <= 3)) {
        const last = ws[ws.length - 1].toLowerCase();
        // A word the article itself keeps writing in lower case is a word, not a garbled name; so is an English
        // word ("price" of Brian Price), unless it is the name of someone well known ("trump").
        if (last.length >= 4 && !COMMON_WORDS.has(last) && !ORG_SUFFIXES.has(last) && !PLACE_SUFFIXES.has(last)
          && (lowerCount.get(last) ?? 0) <= 2 && /^\p{L}+$/u.test(last) && (!isWord(last) || KNOWN_SURNAMES.has(last) || !!known(n))) keys.set(last, c);
      }
    }
  }
  const taken = new Set<number>();
  for (const c of clusters) for (const m of c.mentions) taken.add(m.start);
  for (const t of toks) {
    if (!isLower(t) || taken.has(t.start)) continue;
    let c = keys.get(t.text);
    if (!c && LOWERCASE_PLACES.has(t.text)) {
      const k = known(t.text)!;
      c = clusters.find((x) => x.canonical === k.canonical);
      if (!c) {
        c = { name: k.canonical, type: k.type, mentions: [], canonical: k.canonical, fixedType: k.type, votes: { person: 0, organization: 0, place: 0 } };
        clusters.push(c);
      }
      keys.set(t.text, c);
    }
    if (!c) continue;
    c.mentions.push({ start: t.start, end: t.end, text: t.text, type: c.type, source: 'lower' });
  }
  for (const c of clusters) c.mentions.sort((a, b) => a.start - b.start);
}

/** An acronym of a name the article spells out ("USI" after "University of Southern Indiana") joins it. */
function addAcronyms(clusters: Cluster[], toks: Tok[]): void {
  const byInitials = new Map<string, Cluster>();
  for (const c of clusters) {
    if (c.type === 'person') continue;
    for (const m of c.mentions) {
      if (words(m.text).length < 2) continue;
      const ini = initials(m.text);
      if (ini.length >= 2 && !byInitials.has(ini)) byInitials.set(ini, c);
    }
  }
  if (!byInitials.size) return;
  const taken = new Set<number>();
  for (const c of clusters) for (const m of c.mentions) taken.add(m.start);
  for (const t of toks) {
    if (taken.has(t.start) || !/^\p{Lu}{2,6}$/u.test(t.text)) continue;
    const c = byInitials.get(t.text);
    if (c) c.mentions.push({ start: t.start, end: t.end, text: t.text, type: c.type, source: 'lower' });
  }
  for (const c of clusters) c.mentions.sort((a, b) => a.start - b.start);
}

/** "US" in "US Congress" also names the United States (a mention inside another entity's mention). */
function addNestedPlaces(clusters: Cluster[]): void {
  const added: Cluster[] = [];
  for (const c of clusters) {
    if (c.type !== 'organization') continue;
    for (const m of c.mentions) {
      const sp = m.text.indexOf(' ');
      if (sp < 0) continue;
      const head = m.text.slice(0, sp);
      const k = known(head);
      if (!k || k.type !== 'place' || !/^(?:U\.?S\.?|UK|U\.K\.|EU)$/.test(head)) continue;
      let p = clusters.find((x) => x.canonical === k.canonical) ?? added.find((x) => x.canonical === k.canonical);
      if (!p) {
        p = { name: k.canonical, type: 'place', mentions: [], canonical: k.canonical, fixedType: 'place', votes: { person: 0, organization: 0, place: 0 } };
        added.push(p);
      }
      p.mentions.push({ start: m.start, end: m.start + head.length, text: head, type: 'place', source: 'lower' });
    }
  }
  clusters.push(...added);
  for (const c of clusters) c.mentions.sort((a, b) => a.start - b.start);
}

function uniqueId(type: EntityType, name: string, used: Set<string>): string {
  const slug = name.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'x';
  let id = `${type}:${slug}`;
  for (let n = 2; used.has(id); n++) id = `${type}:${slug}-${n}`;
  used.add(id);
  return id;
}
