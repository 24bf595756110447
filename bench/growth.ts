// Growth of the analysis with the size of hostile text (issue 21): each family of adversarial input at
// 10 KB, 100 KB, 1 MB and the size limit, each size analysed in a fresh process (so its peak RSS is
// its own), printing time per KB and peak memory. Linear passes keep the time per KB flat; the
// issue's bar is at most 1.5x per KB from 100 KB to 1 MB, and peak RSS at most 400 MB at the limit.
import { spawnSync } from 'node:child_process';
import { DEFAULT_MAX_FILE_SIZE_KB, analyze } from '../server/src/core';
import { line, mb } from './stats';

/** Each family is a unit repeated up to the size; units are ~1-5 KB so every size holds many. */
export const FAMILIES: Record<string, (i: number) => string> = {
  // Runs of punctuation after a dated clause (the exponential ' to the' run; dashes, '!?', ellipses).
  punctuation: (i) => `Prices rose in ${2000 + (i % 25)}${' to the'.repeat(40)}${' -'.repeat(200)} ${'!?'.repeat(300)}${'.'.repeat(400)},;:${'…'.repeat(100)}\n`,
  // Runs of quote marks, straight and curly, opened and never closed, and many short quotes in one sentence.
  quotes: (i) => `${'"'.repeat(300)}${'“'.repeat(200)}${'”'.repeat(100)} Officials said ${'“no,” '.repeat(150)}${'\''.repeat(200)} and ${i}\n`,
  // Runs of capitalised words: one endless name, and a shouted line.
  capitals: (i) => `${'Ana Maria Lopez Garcia Da Silva '.repeat(40)}SAID ${'THE PRIME MINISTER OF THE REPUBLIC '.repeat(30)}${i}.\n`,
  // Runs of list words: enumerations with and/or, commas and function words.
  'list words': (i) => `The ministers of ${'France, Spain, Italy and Peru, or '.repeat(60)}${'and the of to in '.repeat(60)}met on ${i % 28 + 1} May.\n`,
  // Nested brackets of every kind, never or late closed.
  'nested brackets': (i) => `${'('.repeat(300)}word ${'[{<'.repeat(200)}x${')'.repeat(150)} ${'(a [b {c '.repeat(100)} ${i}\n`,
  // One long line: ordinary news sentences joined without a single line break.
  'one long line': (i) => `President Ana Lopez said on Monday that 3,400 homes were flooded in Valencia, up 12% from ${2000 + (i % 25)}. "We will rebuild," she told reporters. `,
  // The same sentence over and over, as in an article pasted many times.
  'repeated sentences': () => 'The United Nations said on 3 March 2024 that 1.2 million people had fled, according to John Smith, the agency\'s head.\n',
  // One endless line that opens as page furniture (a contact line): its number, separators and tail run to
  // the size (the per-line furniture patterns: contact, sign-up, link-list header, picture credit).
  'furniture line': (i) => (i === 0 ? 'Tel: +44 ' : `${'20 7946 0958 / '.repeat(20)}or ${'(0) 55-1234 | '.repeat(20)}`),
  // Comments and CDATA opened and never closed, and tags, in one endless line (the markup pattern of the
  // furniture check, which once scanned to the end of the line again from each opening).
  'unclosed markup': (i) => `${'<!-- ad <![CDATA[ x '.repeat(20)}<div class="ad-slot" data-i="${i}">${'<!--'.repeat(20)}`,
  // Words of change, qualifiers and person nouns in runs before figures, and long words and brackets
  // (the verb-before-figure, qualifier and age look-backs; the -ed verb; bracketed citations).
  'runs before figures': (i) => `${'rose fell up down cut '.repeat(20)}from $5 to $7 ${'just under a little over '.repeat(10)}10%, the driver, ${i % 90 + 10}, `
    + `${'unprecedentedlyreported'.repeat(20)}ed (${'the agency reported that '.repeat(6)}AP${' and'.repeat(40)}) ${'(x'.repeat(50)}\n`,
};

export const SIZES_KB = [10, 100, 1024, DEFAULT_MAX_FILE_SIZE_KB];

export function familyText(family: string, kb: number): string {
  const unit = FAMILIES[family];
  const bytes = kb * 1024;
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const u = unit(i);
    parts.push(u);
    n += Buffer.byteLength(u);
  }
  // Cut at the size on a character boundary (the text is what an editor would hold).
  return Buffer.from(parts.join('')).subarray(0, bytes).toString('utf8').replace(/\uFFFD$/, '');
}

/** In the child: analyse one family at one size and print {ms, cpuMs, rss} as JSON. */
export function growthCase(family: string, kb: number): void {
  analyze(familyText(family, 2), { file: 'warm.txt' });
  const text = familyText(family, kb);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  analyze(text, { file: 'growth.txt' });
  const c = process.cpuUsage(c0);
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ ms, cpuMs: (c.user + c.system) / 1000, rss: process.resourceUsage().maxRSS * 1024 }) + '\n');
}

interface CaseResult { ms: number; cpuMs: number; rss: number }

function runCase(script: string, family: string, kb: number, timeoutMs: number): CaseResult | string {
  const r = spawnSync(process.execPath, ['--enable-source-maps', script, '--growth-case', family, String(kb)], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 20 });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return `> ${(timeoutMs / 1000).toFixed(0)} s (stopped)`;
  if (r.status !== 0) return `failed: ${(r.stderr || '').trim().split('\n').slice(-1)[0] ?? r.status}`;
  return JSON.parse(r.stdout.trim().split('\n').pop() as string) as CaseResult;
}

/** Issue 21's bar for the peak RSS of one process analysing an article at the size limit. */
export const RSS_BAR_MB = 400;

/**
 * The growth tables: one line per family with the time per KB at each size (CPU time) and the 100 KB -> 1 MB
 * ratio; then the peak RSS of each family's process at the largest size, against the 400 MB bar.
 */
export function growthLines(script: string, argv: readonly string[]): { worstRatio: number; worstRss: number } {
  const only = argv.includes('--growth-families') ? argv[argv.indexOf('--growth-families') + 1].split(',') : Object.keys(FAMILIES);
  const sizes = argv.includes('--growth-sizes') ? argv[argv.indexOf('--growth-sizes') + 1].split(',').map(Number) : SIZES_KB;
  const timeoutMs = argv.includes('--growth-seconds') ? Number(argv[argv.indexOf('--growth-seconds') + 1]) * 1000 : 300_000;
  const label = (kb: number) => (kb >= 1024 ? `${(kb / 1024).toFixed(kb % 1024 ? 1 : 0)} MB` : `${kb} KB`);
  process.stdout.write(`  CPU ms per KB at ${sizes.map(label).join(' / ')}; x = per-KB ratio 1 MB vs 100 KB (bar: 1.5)\n`);
  let worstRatio = 0;
  let worstRss = 0;
  const largest = sizes[sizes.length - 1];
  const peaks: Array<[string, number | string]> = [];
  for (const family of only) {
    const cells: string[] = [];
    const perKb = new Map<number, number>();
    let peak: number | string = 'n/a';
    for (const kb of sizes) {
      const r = runCase(script, family, kb, timeoutMs);
      if (typeof r === 'string') {
        cells.push(r);
        if (kb === largest) peak = r;
        continue;
      }
      perKb.set(kb, r.cpuMs / kb);
      cells.push((r.cpuMs / kb).toFixed(2));
      if (kb === largest) {
        peak = r.rss;
        worstRss = Math.max(worstRss, r.rss);
      }
    }
    peaks.push([family, peak]);
    const a = perKb.get(100);
    const b = perKb.get(1024);
    const ratio = a && b ? b / a : NaN;
    if (Number.isFinite(ratio)) worstRatio = Math.max(worstRatio, ratio);
    line(family, `${cells.join(' / ')}  x${Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a'}${ratio > 1.5 ? ' (OVER)' : ''}`);
  }
  const bar = RSS_BAR_MB * 1024 * 1024;
  process.stdout.write(`  peak RSS of the process analysing ${label(largest)} of each family (bar: ${RSS_BAR_MB} MB)\n`);
  for (const [family, peak] of peaks) line(`  ${family}`, typeof peak === 'string' ? peak : `${mb(peak)}${peak > bar ? ' (OVER)' : ''}`);
  const over = peaks.filter(([, p]) => typeof p !== 'number' || p > bar).length;
  line('  families over the bar (or not measured)', `${over} of ${peaks.length}${worstRss ? `; worst ${mb(worstRss)}` : ''}`);
  return { worstRatio, worstRss };
}
