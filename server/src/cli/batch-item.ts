// One item of a batch run (a JSON line or a path) in, its output out. Pure apart from reading the
// item's file and silences, so it runs the same on the main thread (`--jobs 1`) and in a worker thread:
// the output text is made where the analysis is, and the main thread only writes it in order.
import * as fs from 'node:fs';
import { analyze, decodeArticle, sizeRefusal } from '../core';
import type { ArticleAnalysis } from '../core';
import type { AnalysisErrorLine, AnalysisResultLine, BatchErrorCode, ItemId } from './analysis-line';
import { idFromHead } from './lines';
import { findingsOf, formatFindingLines, sarifResults, SEVERITY_RANK } from './check-format';
import { silencesFor } from './silences';

export type BatchMode = 'analyze' | 'check-text' | 'check-sarif';

export interface BatchSettings {
  mode: BatchMode;
  maxSizeKB: number;
  /** An explicit silences file (`--silenced FILE`); otherwise the nearest `.newsdesk/silenced.json`. */
  silencedFile?: string;
}

export type BatchJob =
  | { kind: 'line'; lineNo: number; bytes: Uint8Array }
  | { kind: 'oversize'; lineNo: number; size: number; head: Uint8Array }
  | { kind: 'path'; lineNo: number; path: string };

export interface BatchResult {
  /** The text to write (may be empty: no finding). */
  out: string;
  /** The rank of the most severe finding (check), -1 when none. */
  worst: number;
  /** True when the item could not be analysed (an error line). */
  failed: boolean;
  /** The finding codes in `out` (check), for the SARIF rules list. */
  codes?: string[];
}


class ItemError extends Error {
  constructor(readonly code: BatchErrorCode, message: string) {
    super(message);
  }
}

interface Article { id: ItemId; text: string; published?: string; source?: string; cwd: string }

export function processJob(job: BatchJob, settings: BatchSettings): BatchResult {
  let id: ItemId = job.kind === 'path' ? job.path : job.lineNo;
  try {
    if (job.kind === 'oversize') {
      id = idFromHead(Buffer.from(job.head)) ?? job.lineNo;
      throw new ItemError('too-large', `line is ${Math.ceil(job.size / 1024)} KB, over the limit for a line (--max-size-kb ${settings.maxSizeKB})`);
    }
    const article = job.kind === 'line' ? fromJsonLine(job.bytes, job.lineNo, settings, (found) => (id = found)) : fromPath(job.path, settings);
    id = article.id;
    const analysis = analyze(article.text, {
      file: String(article.id),
      publishedDate: article.published ?? null,
      silenced: settings.mode === 'analyze' ? undefined : silencesFor(article.cwd, settings.silencedFile),
    });
    return output(article, analysis, settings);
  } catch (e) {
    const code: BatchErrorCode = e instanceof ItemError ? e.code : 'analysis-failed';
    const message = e instanceof Error ? e.message : String(e);
    return errorResult(id, code, message, settings);
  }
}

/** The id an item's lines carry, found without analysing it (for an item a worker died on). */
export function jobId(job: BatchJob): ItemId {
  if (job.kind === 'path') return job.path;
  if (job.kind === 'oversize') return idFromHead(Buffer.from(job.head)) ?? job.lineNo;
  try {
    const id = JSON.parse(Buffer.from(job.bytes).toString('utf8'))?.id;
    return typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : job.lineNo;
  } catch {
    return job.lineNo;
  }
}

/** The error line of an item (also used by the pool when a worker dies on it). */
export function errorResult(id: ItemId, code: BatchErrorCode, message: string, settings: BatchSettings): BatchResult {
  if (settings.mode === 'analyze') {
    const line: AnalysisErrorLine = { id, error: { code, message } };
    return { out: JSON.stringify(line) + '\n', worst: -1, failed: true };
  }
  // check: an article that cannot be read is an error finding at its start, so a pipeline cannot miss it.
  const finding = { line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error' as const, code: `input.${code}`, message };
  const out = settings.mode === 'check-text' ? formatFindingLines(String(id), [finding]) : sarifResults(String(id), [finding]);
  return { out, worst: SEVERITY_RANK.error, failed: true, codes: [finding.code] };
}

function output(article: Article, analysis: ArticleAnalysis, settings: BatchSettings): BatchResult {
  if (settings.mode === 'analyze') {
    const line: AnalysisResultLine = article.source === undefined ? { id: article.id, analysis } : { id: article.id, source: article.source, analysis };
    return { out: JSON.stringify(line) + '\n', worst: -1, failed: false };
  }
  const findings = findingsOf(analysis, article.text);
  const worst = findings.reduce((w, f) => Math.max(w, SEVERITY_RANK[f.severity]), -1);
  const name = String(article.id);
  const codes = [...new Set(findings.map((f) => f.code))];
  return { out: settings.mode === 'check-text' ? formatFindingLines(name, findings) : sarifResults(name, findings), worst, failed: false, codes };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function fromJsonLine(bytes: Uint8Array, lineNo: number, settings: BatchSettings, foundId: (id: ItemId) => void): Article {
  // A line that cannot be parsed still names its id when it starts with it.
  const named = () => {
    const id = idFromHead(Buffer.from(bytes.subarray(0, 1024)));
    if (id !== null) foundId(id);
  };
  if (bytes.includes(0)) {
    named();
    throw new ItemError('binary', 'the line has NUL bytes: not a JSON text line');
  }
  let line: string;
  try {
    line = utf8.decode(bytes);
  } catch {
    named();
    throw new ItemError('bad-encoding', 'the line is not valid UTF-8 (JSON Lines are UTF-8)');
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    named();
    throw new ItemError('bad-json', `not JSON: ${(e as Error).message}`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ItemError('bad-json', 'the line is JSON but not an object');
  const o = value as Record<string, unknown>;
  if (o.id !== undefined && o.id !== null) {
    if (typeof o.id !== 'string' && !(typeof o.id === 'number' && Number.isFinite(o.id))) throw new ItemError('bad-field', '"id" must be a string or a number');
    foundId(o.id);
  }
  const id = (o.id ?? lineNo) as ItemId;
  if (typeof o.text !== 'string') throw new ItemError('no-text', o.text === undefined ? 'no "text" field' : '"text" must be a string');
  if (o.published !== undefined && o.published !== null && typeof o.published !== 'string') throw new ItemError('bad-field', '"published" must be an ISO date string');
  if (o.source !== undefined && o.source !== null && typeof o.source !== 'string') throw new ItemError('bad-field', '"source" must be a string');
  const refusal = sizeRefusal(Buffer.byteLength(o.text), settings.maxSizeKB);
  if (refusal) throw new ItemError('too-large', `text ${refusal.replace(/^file /, '')}`);
  if (looksBinary(o.text)) throw new ItemError('binary', 'the text has NUL or many control characters: not an article');
  return { id, text: o.text.replace(/^\uFEFF/, ''), published: (o.published as string | null) ?? undefined, source: (o.source as string | null) ?? undefined, cwd: process.cwd() };
}

function fromPath(file: string, settings: BatchSettings): Article {
  let bytes: Uint8Array;
  try {
    const refusal = sizeRefusal(fs.statSync(file).size, settings.maxSizeKB);
    if (refusal) throw new ItemError('too-large', refusal);
    bytes = fs.readFileSync(file);
  } catch (e) {
    if (e instanceof ItemError) throw e;
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.code === 'EACCES' ? 'permission denied' : err.message;
    throw new ItemError('unreadable', `cannot read: ${why}`);
  }
  const decoded = decodeArticle(bytes, settings.maxSizeKB);
  if (!decoded.ok) throw new ItemError(decoded.error.startsWith('not a text file') ? 'binary' : 'too-large', decoded.error);
  return { id: file, text: decoded.text, cwd: dirOf(file) };
}

function dirOf(file: string): string {
  const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return i < 0 ? '.' : i === 0 ? '/' : file.slice(0, i);
}

/** The same test as the core's decodeArticle applies to bytes, on a text that came escaped in JSON. */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return n > 0 && control / n > 0.1;
}
