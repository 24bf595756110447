// Scores one analysis against one wild-set gold file (eval/wild/README.md), area by area, into a
// WildTally; eval/sets/wild.ts turns the tally into the runner's rows. What each area counts:
// - entities: exact span and type against every occurrence of every gold mention (wild-gold.ts);
// - roles: gold entities with a role; right when ours contains the gold role or the reverse (any case);
// - quotes: a gold quote is found when its text lies inside one of our quotes (any kind); one of our
//   direct or partial quotes that overlaps no gold quote (from its first words to its closing mark) is a
//   false alarm; scare quotes are never false alarms (the gold lists none);
// - speakers: accuracy over gold direct quotes, and precision of the speakers we give on gold quotes;
// - figures and dates: one-to-one overlap, then the fields of the pairs;
// - furniture: lines; claims and garbled: diagnostics overlapping gold items; the publication date.
import type { ArticleAnalysis, Entity, Figure } from '../server/src/core/types';
import type { Counts } from './types';
import type { Span } from './match';
import { contains, matchOneToOne, overlaps } from './match';
import type { GoldEntitySpan, WildArticle, WildFigure } from './wild-gold';
import { entitySpans, furnitureSpans, inAny, linesOf, locate, norm, typeAccepted } from './wild-gold';

export interface TypedSpan extends Span { type: string }

export const ENTITY_TYPES = ['person', 'organization', 'place'] as const;

/** Counts per area, the misses (each with its article id), and problems found in the gold itself. */
export class WildTally {
  readonly counts = new Map<string, Counts>();
  readonly misses: string[] = [];
  readonly goldProblems: string[] = [];
  /** Extra numbers for the notes, e.g. "figures ordinal" (ordinals we found, unscored). */
  readonly extra = new Map<string, number>();
  c(area: string): Counts {
    let c = this.counts.get(area);
    if (!c) this.counts.set(area, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  }
  add(area: string, k: keyof Counts, n = 1): void { this.c(area)[k] += n; }
  bump(key: string, n = 1): void { this.extra.set(key, (this.extra.get(key) ?? 0) + n); }
  miss(id: string, what: string): void { this.misses.push(`${id}: ${what}`); }
}

const q = (s: string, n = 60) => JSON.stringify(s.length > n ? s.slice(0, n) + '…' : s);
const around = (text: string, s: Span) => q(text.slice(Math.max(0, s.start - 30), s.end + 30).replace(/\s+/g, ' '), 90);

/** The gold spans of an article: entities and furniture, shared by every scorer of that article. */
export function goldSpans(article: WildArticle, tally?: WildTally): { entities: GoldEntitySpan[]; furniture: Span[] } {
  const f = furnitureSpans(article.text, article.gold.furniture ?? []);
  const e = entitySpans(article.text, article.gold.entities ?? [], f.spans);
  for (const p of [...f.problems, ...e.problems]) tally?.goldProblems.push(`${article.id}: ${p}`);
  return { entities: e.spans, furniture: f.spans };
}

/** Predicted typed spans against the gold entity spans; rows `${prefix}all`, `${prefix}person`, ... */
export function scoreEntitySpans(t: WildTally, id: string, text: string, gold: readonly GoldEntitySpan[], predicted: readonly TypedSpan[], prefix: string): void {
  const seen = new Set<string>();
  const pred = predicted.filter((p) => !seen.has(`${p.start}:${p.end}:${p.type}`) && !!seen.add(`${p.start}:${p.end}:${p.type}`));
  const m = matchOneToOne(gold, pred, (g, p) => g.start === p.start && g.end === p.end && typeAccepted(g, p.type));
  for (const [g] of m.pairs) {
    t.add(`${prefix}all`, 'tp');
    t.add(`${prefix}${g.type}`, 'tp');
  }
  for (const g of m.missed) {
    t.add(`${prefix}all`, 'fn');
    t.add(`${prefix}${g.type}`, 'fn');
    const other = pred.find((p) => overlaps(p, g));
    t.miss(id, `${prefix}missed ${g.type}${g.gpe ? ' (gpe)' : ''} ${q(g.text)}${other ? ` (ours: ${other.type} ${q(text.slice(other.start, other.end))})` : ''}`);
  }
  for (const p of m.extra) {
    t.add(`${prefix}all`, 'fp');
    t.add(`${prefix}${p.type}`, 'fp');
    t.miss(id, `${prefix}false alarm ${p.type} ${q(text.slice(p.start, p.end))}`);
  }
}

/** Our entity for a gold entity: the one whose mentions hit most of its gold spans, else one named by a gold mention. */
export function entityFor(goldIndex: number, mentions: readonly string[], gold: readonly GoldEntitySpan[], ours: readonly Entity[]): Entity | null {
  const spans = gold.filter((g) => g.entity === goldIndex);
  let best: Entity | null = null;
  let bestHits = 0;
  for (const e of ours) {
    const hits = e.mentions.filter((m) => spans.some((g) => g.start === m.start && g.end === m.end)).length;
    if (hits > bestHits) [best, bestHits] = [e, hits];
  }
  if (best) return best;
  const names = new Set(mentions.map(norm));
  return ours.find((e) => names.has(norm(e.name))) ?? null;
}

export function rolesAgree(gold: string, ours: string | null): boolean {
  if (!ours) return false;
  const [g, o] = [norm(gold), norm(ours)];
  return !!g && !!o && (o.includes(g) || g.includes(o));
}

/** Every area but entities (scored by scoreEntitySpans on ours and the alternative's spans). */
export function scoreArticle(t: WildTally, article: WildArticle, a: ArticleAnalysis, spans: { entities: GoldEntitySpan[]; furniture: Span[] }): void {
  const { id, text, gold } = article;
  const fur = spans.furniture;
  const problem = (p: string) => t.goldProblems.push(`${id}: ${p}`);

  // Roles.
  (gold.entities ?? []).forEach((ge, i) => {
    if (!ge.role) return;
    const e = entityFor(i, [ge.name, ...(ge.mentions ?? [])], spans.entities, a.entities);
    if (rolesAgree(ge.role, e?.role ?? null)) return t.add('roles', 'tp');
    t.add('roles', 'fn');
    if (e?.role) t.add('roles', 'fp');
    t.miss(id, `role of ${ge.name}: gold ${q(ge.role)}, ours ${e ? q(String(e.role)) : '(entity not found)'}`);
  });

  // Quotes and speakers.
  const gq = locate(text, gold.quotes ?? [], fur, 'quote');
  gq.problems.forEach(problem);
  const quoteExtent = (s: Span): Span => {
    const close = text.slice(s.end).search(/["\u201D\u00BB\n]/);
    return { start: s.start, end: close < 0 ? text.length : s.end + close + 1 };
  };
  for (const { item, span } of gq.located) {
    const ours = a.quotes.find((p) => contains(p, span));
    if (ours) t.add('quotes', 'tp');
    else {
      t.add('quotes', 'fn');
      t.miss(id, `quote missed ${q(item.text)}`);
    }
    const names = speakerNames(gold.entities ?? [], item.speaker, problem);
    const given = ours?.speaker ?? null;
    const right = item.speaker === null ? given === null : given !== null && speakerNamed(given, names, a.entities);
    if (item.kind === 'direct') {
      if (right) t.add('speakers', 'tp');
      else {
        t.add('speakers', 'fn');
        if (given) t.add('speakers', 'fp');
        t.miss(id, `speaker of ${q(item.text, 40)}: gold ${item.speaker ?? '(none)'}, ours ${given?.name ?? (ours ? '(none)' : '(quote not found)')}`);
      }
    }
    if (given) t.add('speakers attributed', right ? 'tp' : 'fp');
    else if (item.speaker !== null) t.add('speakers attributed', 'fn');
    if (given && !right && item.kind !== 'direct') t.miss(id, `speaker of ${item.kind} ${q(item.text, 40)}: gold ${item.speaker ?? '(none)'}, ours ${given.name}`);
  }
  const goldExtents = gq.located.map((g) => quoteExtent(g.span));
  for (const p of a.quotes) {
    if (p.kind === 'scare' || goldExtents.some((g) => overlaps(g, p))) continue;
    t.add('quotes', 'fp');
    t.miss(id, `quote false alarm (${p.kind}) ${q(p.text)}`);
  }

  scoreFigures(t, article, a.figures, fur);
  scoreDates(t, article, a, fur);
  scoreFurniture(t, id, text, a, fur);
  scoreDiagnostics(t, article, a, fur, 'claims', 'claim.', gold.claims ?? []);
  scoreDiagnostics(t, article, a, fur, 'garbled', 'garbled.', gold.garbled ?? []);

  // Publication date.
  const ours = a.publishedDate ? a.publishedDate.slice(0, 10) : null;
  const want = gold.published ?? null;
  if (ours === want) t.bump('published right');
  else if (ours === null) t.bump('published silent');
  else t.bump('published wrong');
  if (ours !== want) t.miss(id, `publication date: gold ${want ?? '(none)'}, ours ${ours ?? '(none)'}`);
}

/** The strings that name a gold speaker: the gold entity's name and mentions (the name alone when no gold entity has it). */
function speakerNames(entities: readonly { name: string; mentions: string[] }[], speaker: string | null, problem: (p: string) => void): Set<string> {
  if (speaker === null) return new Set();
  const e = entities.find((x) => x.name === speaker);
  if (!e) problem(`quote speaker ${JSON.stringify(speaker)} is no gold entity's name`);
  return new Set([speaker, ...(e?.mentions ?? [])].map(norm).filter(Boolean));
}

/** Our speaker names the gold one: its name is one of the gold forms or holds one as whole words ("President Tinubu"), or its entity has a mention among them. */
export function speakerNamed(given: { name: string; entityId: string | null }, names: ReadonlySet<string>, entities: readonly Entity[]): boolean {
  const n = norm(given.name);
  if (names.has(n)) return true;
  for (const g of names) if (new RegExp(`(^|[^\\p{L}\\p{N}])${g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u').test(n)) return true;
  const e = given.entityId ? entities.find((x) => x.id === given.entityId) : undefined;
  return !!e && e.mentions.some((m) => names.has(norm(m.text)));
}

const IRREGULAR_PLURALS: Record<string, string> = { people: 'person', men: 'man', women: 'woman', children: 'child', feet: 'foot', mice: 'mouse' };

/** A unit or counted noun in the singular, for comparison only ("shanties" -> "shanty", "people" -> "person"). */
export function singular(word: string): string {
  if (IRREGULAR_PLURALS[word]) return IRREGULAR_PLURALS[word];
  if (word.length <= 3 || /(?:ss|us|is)$/.test(word)) return word;
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(?:ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  return word.replace(/s$/, '');
}

/** Units written out and as symbols, in the singular (the gold writes "mile", the analysis "mi"). */
const UNIT_SYMBOLS: Record<string, string> = {
  mile: 'mi', foot: 'ft', inch: 'in', kilometre: 'km', kilometer: 'km', metre: 'm', meter: 'm', centimetre: 'cm', centimeter: 'cm',
  kilogram: 'kg', gram: 'g', hectare: 'ha', litre: 'l', liter: 'l',
  'square metre': 'm2', 'square meter': 'm2', 'square kilometre': 'km2', 'square kilometer': 'km2', 'square mile': 'mi2',
};

/**
 * Units compared loosely: case, singular or plural, and the spellings of per cent. A count whose gold
 * unit is null takes any counted noun of ours (the README's gold gives counts no unit where the noun is
 * not a unit); a gold counted noun must be ours too.
 */
export function unitsAgree(g: WildFigure, ours: string | null): boolean {
  const canon = (u: string | null) => {
    const s = norm(u).replace(/\.$/, '');
    if (s === '%' || s === 'percent' || s === 'per cent' || s === 'pct' || s === 'percentage point') return '%';
    const one = s.split(' ').map(singular).join(' ');
    return UNIT_SYMBOLS[one] ?? one.replace(/²/g, '2');
  };
  if (g.kind === 'count' && !g.unit) return true;
  if (g.kind === 'percent' && !g.unit) return !ours || canon(ours) === '%';
  return canon(g.unit) === canon(ours);
}

/**
 * Qualifier phrases folded to what they say about the number, so that the gold's words ("over",
 * "roughly") and a normalized field ("more than", "about") compare; a phrase not listed compares as written.
 */
const QUALIFIER_SENSE: Record<string, string> = {
  about: 'about', around: 'about', approximately: 'about', roughly: 'about', some: 'about', 'an estimated': 'about', estimated: 'about', circa: 'about', 'in the region of': 'about',
  nearly: 'nearly', almost: 'nearly', 'close to': 'nearly', 'just under': 'nearly', 'just below': 'nearly', 'not quite': 'nearly', 'just short of': 'nearly',
  'more than': 'more than', over: 'more than', 'well over': 'more than', above: 'more than', 'in excess of': 'more than', 'upwards of': 'more than', 'just over': 'more than', plus: 'more than',
  'less than': 'less than', under: 'less than', below: 'less than', 'fewer than': 'less than', 'well under': 'less than',
  'at least': 'at least', 'or more': 'at least', 'no fewer than': 'at least', 'no less than': 'at least',
  'at most': 'at most', 'no more than': 'at most', 'or less': 'at most', 'or fewer': 'at most',
  'up to': 'up to', 'as many as': 'up to', 'as much as': 'up to', 'as long as': 'up to', 'as high as': 'up to',
};
export const qualifierSense = (q: unknown): string => QUALIFIER_SENSE[norm(q)] ?? norm(q);

const sameNumber = (a: number | null | undefined, b: number | null | undefined) =>
  a == null || b == null ? a == null && b == null : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** A field the analysis may carry (the figures helper adds qualifier, low, high): read by name. */
const field = (f: Figure, name: string): unknown => (f as unknown as Record<string, unknown>)[name];

function scoreFigures(t: WildTally, article: WildArticle, figures: readonly Figure[], fur: readonly Span[]): void {
  const { id, text, gold } = article;
  const g = locate(text, gold.figures ?? [], fur, 'figure');
  g.problems.forEach((p) => t.goldProblems.push(`${id}: ${p}`));
  // The gold lists no ordinals ("fourth year"): ours are neither right nor wrong.
  const ours = figures.filter((f) => f.kind !== 'ordinal');
  t.bump('figures ordinal', figures.length - ours.length);
  for (const f of figures) for (const k of ['qualifier', 'low', 'high']) if (k in f) t.bump(`figures carry ${k}`);
  const m = matchOneToOne(g.located, ours, (x, p) => overlaps(x.span, p));
  t.add('figures found', 'tp', m.pairs.length);
  for (const x of m.missed) {
    t.add('figures found', 'fn');
    t.miss(id, `figure missed ${q(x.item.text)}`);
  }
  for (const p of m.extra) {
    if (inAny(p, g.repeats)) {
      t.bump('figures repeats');
      continue;
    }
    t.add('figures found', 'fp');
    t.miss(id, `figure false alarm (${p.kind}) ${q(p.text)}${inAny(p, fur) ? ' on furniture' : ''}`);
  }
  const judge = (area: string, right: boolean, gave: boolean, what: string) => {
    if (right) return t.add(area, 'tp');
    t.add(area, 'fn');
    if (gave) t.add(area, 'fp');
    t.miss(id, `${area}: ${what}`);
  };
  for (const [{ item }, p] of m.pairs) {
    const tag = q(item.text, 40);
    judge('figures value', sameNumber(item.value, p.value), p.value != null, `${tag} gold ${item.value}, ours ${p.value}`);
    judge('figures unit', unitsAgree(item, p.unit), p.unit != null, `${tag} gold ${item.unit}, ours ${p.unit}`);
    judge('figures kind', norm(item.kind) === norm(p.kind), true, `${tag} gold ${item.kind}, ours ${p.kind}`);
    const ourQ = field(p, 'qualifier');
    if (item.qualifier || ourQ) {
      judge('figures qualifier', qualifierSense(item.qualifier) === qualifierSense(ourQ), !!ourQ, `${tag} gold ${q(String(item.qualifier ?? null))}, ours ${q(String(ourQ ?? null))}`);
    }
    const [low, high] = [field(p, 'low') as number | null | undefined, field(p, 'high') as number | null | undefined];
    if (item.low != null || item.high != null || low != null || high != null) {
      judge('figures range', sameNumber(item.low, low) && sameNumber(item.high, high), low != null || high != null, `${tag} gold ${item.low ?? null}-${item.high ?? null}, ours ${low ?? null}-${high ?? null}`);
    }
  }
}

/**
 * Gold and our date values compared: week numbers zero-padded; a time of day ignored when the gold
 * gives none; a weekend or season of ours (TIMEX3 2011-W47-WE, 2003-SU), which the gold's format has
 * no way to write, is right for its week or year.
 */
export function dateValuesAgree(gold: string | null, ours: string | null): boolean {
  if (gold === null || ours === null) return false;
  const canon = (v: string) => v.replace(/-W(\d)(?!\d)/, '-W0$1');
  const day = gold.includes('T') ? ours : ours.split('T')[0];
  return canon(day) === canon(gold) || canon(day.replace(/-(?:WE|SP|SU|FA|WI)$/, '')) === canon(gold);
}

const CALENDAR = /^\d{4}/;

/**
 * Dates: one to one by overlap, in gold order. One gold date may hold two of ours where the text names one
 * time twice ("today (Thursday)", "Friday, 5 May"): the second of ours lies inside a gold date already
 * found, and is neither a hit nor a false alarm (counted apart, like a repeat).
 */
export function scoreDates(t: WildTally, article: WildArticle, a: Pick<ArticleAnalysis, 'dates'>, fur: readonly Span[]): void {
  const { id, text, gold } = article;
  const g = locate(text, gold.dates ?? [], fur, 'date');
  g.problems.forEach((p) => t.goldProblems.push(`${id}: ${p}`));
  const m = matchOneToOne(g.located, a.dates, (x, p) => overlaps(x.span, p));
  t.add('dates found', 'tp', m.pairs.length);
  for (const x of m.missed) {
    t.add('dates found', 'fn');
    if (x.item.value !== null) t.add('dates resolved', 'fn');
    t.miss(id, `date missed ${q(x.item.text)} (${x.item.value})`);
  }
  for (const p of m.extra) {
    if (inAny(p, g.repeats)) {
      t.bump('dates repeats');
      continue;
    }
    if (m.pairs.some(([x]) => contains(x.span, p))) {
      t.bump('dates inside a found gold date');
      continue;
    }
    t.add('dates found', 'fp');
    if (p.value && CALENDAR.test(p.value)) t.bump('dates resolved unmatched');
    t.miss(id, `date false alarm ${q(p.text)}=${p.value} in ${around(text, p)}`);
  }
  for (const [{ item }, p] of m.pairs) {
    const resolved = !!p.value && CALENDAR.test(p.value);
    const right = resolved && dateValuesAgree(item.value, p.value);
    if (right) t.add('dates resolved', 'tp');
    else {
      if (resolved) t.add('dates resolved', 'fp');
      if (item.value !== null) t.add('dates resolved', 'fn');
      if (resolved || item.value !== null) t.miss(id, `date value ${q(item.text)}: gold ${item.value}, ours ${p.value}`);
    }
  }
}

/** How much of a line the spans cover, as a share of its non-blank characters. */
export function coverage(text: string, line: Span, spans: readonly Span[]): number {
  let covered = 0;
  let total = 0;
  for (let i = line.start; i < line.end; i++) {
    if (/\s/.test(text[i])) continue;
    total++;
    if (spans.some((s) => s.start <= i && i < s.end)) covered++;
  }
  return total ? covered / total : 0;
}

/**
 * A gold furniture line is found at 80% coverage by our boilerplate; any other line half covered is an article line
 * removed, unless an identical copy of it is kept: a pasted page often prints its title twice (the browser's title
 * and the page's heading), and dropping one copy loses no text of the article. Such lines are counted apart.
 */
export function scoreFurniture(t: WildTally, id: string, text: string, a: { boilerplate: readonly Span[] }, fur: readonly Span[]): void {
  for (const f of fur) {
    if (coverage(text, f, a.boilerplate) >= 0.8) t.add('furniture lines', 'tp');
    else {
      t.add('furniture lines', 'fn');
      t.miss(id, `furniture line kept ${q(text.slice(f.start, f.end))}`);
    }
  }
  const articleLines = linesOf(text).filter((line) => !inAny(line, fur));
  const removed = (line: Span) => coverage(text, line, a.boilerplate) >= 0.5;
  const lineText = (line: Span) => text.slice(line.start, line.end).trim();
  const keptTexts = new Set(articleLines.filter((line) => !removed(line)).map(lineText));
  for (const line of articleLines) {
    t.bump('article lines');
    if (removed(line) && keptTexts.has(lineText(line))) t.bump('repeated article lines removed, a copy kept');
    else if (removed(line)) {
      t.add('furniture lines', 'fp');
      t.bump('article lines removed');
      t.miss(id, `article line removed ${q(text.slice(line.start, line.end))}`);
    }
  }
}

/** Diagnostics of a family against gold items: tp/fn count gold items found or not, fp our diagnostics that touch none. */
function scoreDiagnostics(t: WildTally, article: WildArticle, a: ArticleAnalysis, fur: readonly Span[], area: string, prefix: string, items: Array<{ text: string }>): void {
  const { id, text } = article;
  const g = locate(text, items, fur, area.replace(/s$/, ''));
  g.problems.forEach((p) => t.goldProblems.push(`${id}: ${p}`));
  const diags = a.diagnostics.filter((d) => d.code.startsWith(prefix));
  for (const { item, span } of g.located) {
    if (diags.some((d) => overlaps(d, span))) t.add(area, 'tp');
    else {
      t.add(area, 'fn');
      t.miss(id, `${area} missed ${q(item.text)}`);
    }
  }
  for (const d of diags) {
    if (g.located.some((x) => overlaps(d, x.span))) t.bump(`${area} diagnostics right`);
    else {
      t.add(area, 'fp');
      t.miss(id, `${area} false alarm ${d.code} ${q(text.slice(d.start, d.end))} in ${around(text, d)}`);
    }
    t.bump(`${area} diagnostics`);
  }
}
