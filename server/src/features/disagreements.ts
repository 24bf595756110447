// Disagreements between sources (issue #10) as information diagnostics in the articles: the figures,
// roles and dates the core's timeline finds differing across the workspace's articles
// (core/timeline WorkspaceDisagreements, kept between recomputes), one diagnostic per location, naming the other sources' values,
// with relatedInformation pointing at them; and the quotations other sources print with other words
// or give to another speaker (core/quotes/versions: disagreement.quote, .speaker, .quote-cut). Computed over every indexed and open article, again only
// when one of their analyses changed (debounced; at once in a small workspace), and switchable as the
// family `disagreement` (newsdesk.diagnostics.disagreement.enabled / .severity).
import { createHash } from 'node:crypto';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import type { Diagnostic as LspDiagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver/node';
import { WorkspaceDisagreements } from '../core';
import type { ArticleAnalysis, Diagnostic, Disagreement, Severity } from '../core';
import { quoteFindings, WorkspaceStatements } from '../core/quotes/versions';
import type { QuoteFinding } from '../core/quotes/versions';
import type { AnalyzeOptions } from '../core';
import { README_URL, ruleAnchor, toRange } from '../convert';
import { displayName, uriKey } from './article';
import type { Article } from './article';

/** Up to this many articles the disagreements are computed at once when a document is published. */
const SYNC_LIMIT = 30;
const DEBOUNCE_MS = 400;
/** Texts beyond these (not news articles: a whole book, a hostile 1 MB line) take no part: too costly. */
const MAX_CHARS = 256 * 1024;
const MAX_FIGURES = 1000;
const MAX_RELATED = 20;
const MAX_NAMED = 3;

export interface DisagreementFinding extends Diagnostic {
  related: DiagnosticRelatedInformation[];
  /** For a quotation's finding: the statement and this version, for the hover's word difference. */
  quote?: Pick<QuoteFinding, 'statement' | 'version'>;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

type Value = Disagreement['values'][number];

export class Disagreements {
  /** The analyses the current findings were computed from, in articles() order. */
  private sources: Array<ArticleAnalysis | null> | null = null;
  /**
   * Each article's findings: what they are made of, and the findings themselves only once they are asked
   * for (an open document's): most articles are never opened, and their findings' messages and related
   * locations (up to 20 each) weighed more than everything else kept here. For an article made into
   * findings, a digest of their JSON tells whether they changed.
   */
  private byKey = new Map<string, Entry>();
  private timer: NodeJS.Timeout | null = null;
  /** Figures, roles and dates, with the event merge kept between recomputes: dates for the whole workspace. */
  private readonly found = new WorkspaceDisagreements();
  /** The quotations' statements, kept between edits: only the edited articles' quotations are compared again. */
  private readonly statements = new WorkspaceStatements();
  /**
   * The findings of each disagreement of the last recompute, by what they are made from (its values and
   * the documents of their articles): after an edit most disagreements are as they were, and their
   * findings (messages, related locations) are the same objects again. Each value's finding is made
   * when its article's findings are first asked for.
   */
  private made = new Map<string, Made>();
  lastMs = 0;

  constructor(
    private readonly articles: () => Article[],
    /** Called with the URIs whose findings changed (to republish them). */
    private readonly changed: (uris: string[]) => void,
    private readonly log: (message: string) => void,
    /** The articles whose findings are shown (open documents): theirs are made at each recompute, to tell what changed. */
    private readonly shown: (uri: string) => boolean = () => true,
  ) {}

  /** The findings for an article's current analysis ([] when they are not computed for it yet). */
  findingsFor(article: Article, options: Omit<AnalyzeOptions, 'file'>): DisagreementFinding[] {
    const family = options.diagnostics?.disagreement;
    if (family?.enabled === false || !article.analysis) return [];
    if (!this.isFresh()) {
      if (this.articles().length <= SYNC_LIMIT) {
        const changed = this.recompute().filter((u) => uriKey(u) !== uriKey(article.uri));
        if (changed.length) this.changed(changed);
      } else this.touch();
    }
    const entry = this.byKey.get(uriKey(article.uri));
    if (!entry || entry.analysis !== article.analysis) return [];
    const text = article.doc.getText();
    const ignored = ignoredCodes(text);
    return findingsOf(entry)
      .filter((f) => !ignored.has(f.code) && !ignored.has('disagreement'))
      .filter((f) => !options.silenced?.some((s) => s.code === f.code && s.text === text.slice(f.start, f.end)))
      .map((f) => (family?.severity ? { ...f, severity: family.severity } : f));
  }

  /** The LSP diagnostics of an article's findings. */
  lspDiagnostics(article: Article, findings: DisagreementFinding[]): LspDiagnostic[] {
    return findings.map((f) => ({
      range: toRange(article.doc, f),
      severity: SEVERITY[f.severity] ?? DiagnosticSeverity.Information,
      code: f.code,
      codeDescription: { href: `${README_URL}#${ruleAnchor(f.code)}` },
      source: 'newsdesk',
      message: f.message,
      relatedInformation: f.related,
    }));
  }

  /** Something in the workspace changed: compute again after a pause, and republish what changed. */
  touch(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      try {
        if (this.isFresh()) return;
        const changed = this.recompute();
        if (changed.length) this.changed(changed);
      } catch (e) {
        this.log(`newsdesk: finding disagreements failed: ${e}`);
      }
    }, DEBOUNCE_MS);
    this.timer.unref?.();
  }

  private isFresh(): boolean {
    if (!this.sources) return false;
    const articles = this.articles();
    return articles.length === this.sources.length && articles.every((a, i) => a.analysis === this.sources![i]);
  }

  /** Computes every article's findings; returns the URIs whose findings changed. */
  private recompute(): string[] {
    const started = Date.now();
    const articles = this.articles();
    this.sources = articles.map((a) => a.analysis);
    const analysed = articles.filter((a): a is Article & { analysis: ArticleAnalysis } =>
      !!a.analysis && a.doc.getText().length <= MAX_CHARS && a.analysis.figures.length <= MAX_FIGURES);
    const byFile = new Map<string, Article & { analysis: ArticleAnalysis }>();
    for (const a of analysed) byFile.set(a.analysis.file, a);
    const texts = new Map(analysed.map((a) => [a.analysis.file, a.doc.getText()]));
    let found: Disagreement[] = [];
    try {
      found = this.found.update(analysed.map((a) => a.analysis), texts);
    } catch (e) {
      this.log(`newsdesk: finding disagreements failed: ${e}`);
    }
    const next = new Map<string, Array<() => DisagreementFinding | null>>();
    const keys = new Map<string, string>();
    const keyOf = (uri: string) => {
      let key = keys.get(uri);
      if (key === undefined) keys.set(uri, (key = uriKey(uri)));
      return key;
    };
    const add = (uri: string, part: () => DisagreementFinding | null) => {
      const key = keyOf(uri);
      const list = next.get(key);
      if (list) list.push(part);
      else next.set(key, [part]);
    };
    try {
      for (const q of quoteFindings(this.statements.update(analysed.map((a) => a.analysis)), displayName)) {
        const article = byFile.get(q.file);
        if (article) add(article.uri, () => quoteFindingOf(q, byFile));
      }
    } catch (e) {
      this.log(`newsdesk: comparing quotations failed: ${e}`);
    }
    const made = new Map<string, Made>();
    for (const d of found) {
      const k = madeFrom(d, byFile);
      let m = this.made.get(k) ?? made.get(k);
      if (!m) m = { d, shown: null, findings: new Array(d.values.length) };
      made.set(k, m);
      const entry = m;
      entry.d.values.forEach((v, at) => {
        const article = byFile.get(v.file);
        if (!article) return;
        add(article.uri, () => {
          if (entry.findings[at] === undefined) entry.findings[at] = findingOf(entry.d, at, (entry.shown ??= shownValues(entry.d)), byFile);
          return entry.findings[at]!;
        });
      });
    }
    this.made = made;
    const changed: string[] = [];
    const old = this.byKey;
    this.byKey = new Map();
    for (const a of analysed) {
      const key = keyOf(a.uri);
      const entry: Entry = { uri: a.uri, analysis: a.analysis, parts: next.get(key) ?? [], findings: null, digest: null };
      this.byKey.set(key, entry);
      if (!this.shown(a.uri)) continue;
      const findings = findingsOf(entry);
      // The very findings of last time, in the same order, make the same JSON: not written again.
      const before = old.get(key);
      const same = before?.findings && before.findings.length === findings.length && findings.every((f, i) => f === before.findings![i]);
      if (same) entry.digest = before.digest;
      if ((before ? digestOfEntry(before) : NO_FINDINGS) !== digestOfEntry(entry)) changed.push(a.uri);
    }
    for (const [key, entry] of old) if (!this.byKey.has(key) && entry.parts.length) changed.push(entry.uri);
    this.lastMs = Date.now() - started;
    return changed;
  }
}

/** An article's findings, made when first asked for. */
interface Entry {
  uri: string;
  analysis: ArticleAnalysis;
  /** Each finding's maker, in the order the findings were found (a maker may give none). */
  parts: Array<() => DisagreementFinding | null>;
  findings: DisagreementFinding[] | null;
  digest: string | null;
}

/** A disagreement's findings, one per value, each made when its article's findings are asked for (null: none there). */
interface Made {
  d: Disagreement;
  shown: Shown | null;
  findings: Array<DisagreementFinding | null | undefined>;
}

/** The article's findings: one per place and code (the first found), in the order of the text. */
function findingsOf(entry: Entry): DisagreementFinding[] {
  if (entry.findings) return entry.findings;
  const list: DisagreementFinding[] = [];
  for (const part of entry.parts) {
    const finding = part();
    if (finding && !list.some((f) => f.code === finding.code && f.start === finding.start && f.end === finding.end)) list.push(finding);
  }
  return (entry.findings = list.sort((x, y) => x.start - y.start || x.end - y.end));
}

function digestOfEntry(entry: Entry): string {
  return (entry.digest ??= digestOf(findingsOf(entry)));
}

/** What an article's findings say (as published: the quote's hover data left out), as a digest of their JSON. */
function digestOf(findings: DisagreementFinding[]): string {
  return createHash('sha1').update(JSON.stringify(findings.map(({ quote: _, ...f }) => f))).digest('base64');
}

const NO_FINDINGS = digestOf([]);

/** A quotation's finding, its related versions located in their articles. */
function quoteFindingOf(q: QuoteFinding, byFile: Map<string, Article>): DisagreementFinding {
  const related: DiagnosticRelatedInformation[] = [];
  for (const r of q.related) {
    const article = byFile.get(r.file);
    if (article) related.push({ location: { uri: article.uri, range: toRange(article.doc, r) }, message: r.message });
  }
  return { start: q.start, end: q.end, code: q.code, severity: q.severity, message: q.message, related, quote: { statement: q.statement, version: q.version } };
}

/** A document snapshot's number: a document is never changed, so the number stands for its text and version. */
const DOC_NUMBERS = new WeakMap<object, number>();
let docCount = 0;

/** What a disagreement's findings are made from: its kind, subject and values, and the documents of their articles. */
function madeFrom(d: Disagreement, byFile: Map<string, Article>): string {
  const parts: Array<string | number> = [d.kind, d.subject];
  for (const v of d.values) {
    const doc = byFile.get(v.file)?.doc;
    let n = doc ? DOC_NUMBERS.get(doc) : -1;
    if (n === undefined) DOC_NUMBERS.set(doc!, (n = ++docCount));
    parts.push(v.file, n, v.start, v.end, v.value, v.text);
  }
  return parts.join('\u0000');
}

/** How each value of a disagreement is named in messages: what it says, and the article it is in. */
interface Shown {
  said: string[];
  names: string[];
}

/** Worked out once per disagreement: a group of hundreds of reports names each of them for every other. */
function shownValues(d: Disagreement): Shown {
  const names = new Map<string, string>();
  return {
    said: d.values.map((o) => said(d, o)),
    names: d.values.map((o) => {
      let name = names.get(o.file);
      if (name === undefined) names.set(o.file, (name = displayName(o.file)));
      return name;
    }),
  };
}

/**
 * The finding at one value (d.values[at]): where another source, or another place in the same article,
 * says something different. Linear in the values (their names deduplicated in a set), so a disagreement
 * of n reports costs n^2 for all its findings, not n^3.
 */
function findingOf(d: Disagreement, at: number, shown: Shown, byFile: Map<string, Article>): DisagreementFinding | null {
  const v = d.values[at];
  const others: number[] = [];
  const named = new Set<string>();
  let across = false;
  d.values.forEach((o, i) => {
    if (o === v || (o.file === v.file && o.start === v.start && o.end === v.end)) return;
    others.push(i);
    if (o.value === v.value) return;
    if (o.file !== v.file) across = true;
    named.add(`${shown.said[i]} ${o.file === v.file ? 'elsewhere in this article' : `in ${shown.names[i]}`}`);
  });
  if (!named.size) return null;
  const first = [...named].slice(0, MAX_NAMED);
  const more = named.size > MAX_NAMED ? ` and ${named.size - MAX_NAMED} more` : '';
  const list = `${first.join(', ')}${more}`;
  const message = across
    ? `Other sources disagree${about(d)}: ${list}; this article says ${said(d, v)}.`
    : `The article disagrees with itself${about(d)}: ${list}; here it says ${said(d, v)}.`;
  const related: DiagnosticRelatedInformation[] = [];
  for (const i of others.slice(0, MAX_RELATED)) {
    const o = d.values[i];
    const article = byFile.get(o.file);
    if (!article) continue;
    const agrees = o.value === v.value ? ' (agrees with this article)' : '';
    related.push({
      location: { uri: article.uri, range: toRange(article.doc, o) },
      message: `${shown.names[i]} says ${shown.said[i]}${agrees}`,
    });
  }
  return { start: v.start, end: v.end, code: `disagreement.${d.kind}`, severity: 'information', message, related };
}

function said(d: Disagreement, v: Value): string {
  return d.kind === 'figure' ? `“${v.text}”` : `“${v.value}”`;
}

function about(d: Disagreement): string {
  if (d.kind === 'role') return ` about the role of ${d.subject}`;
  if (d.kind === 'date') return ` about the date of “${d.subject}”`;
  return '';
}

/** Codes and families in the article's `newsdesk-ignore` front-matter key (see core/diagnostics/silence.ts). */
function ignoredCodes(text: string): Set<string> {
  if (!text.startsWith('---')) return new Set();
  const m = /^newsdesk-ignore[ \t]*:[ \t]*(.*)$/im.exec(text.slice(0, 4000));
  return new Set((m?.[1] ?? '').split(/[\s,;]+/).map((s) => s.trim().toLowerCase()).filter(Boolean));
}
