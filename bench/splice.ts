// Articles made by splicing the sample texts, for the batch tests and benchmark: article i takes the
// headline of one sample and 2-7 paragraphs drawn from all of them (a fixed pseudo-random choice per i),
// so a stream of any length has varied articles without storing any. Deterministic: the same i gives
// the same article in every run and process.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface SplicedArticle { id: string; text: string; published?: string }

export interface SpliceSource { headlines: string[]; paragraphs: string[] }

export function spliceSource(samplesDir: string): SpliceSource {
  const headlines: string[] = [];
  const paragraphs: string[] = [];
  for (const f of fs.readdirSync(samplesDir).filter((x) => x.endsWith('.txt')).sort()) {
    const text = fs.readFileSync(path.join(samplesDir, f), 'utf8').replace(/^\uFEFF/, '').replace(/^---\n[\s\S]*?\n---\n/, '');
    const paras = text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean);
    if (!paras.length) continue;
    headlines.push(paras[0]);
    // Paragraphs with a sentence in them (not bylines, share lines or one-word furniture).
    for (const p of paras.slice(1)) if (p.length > 60 && /[.!?]["”’]?$/.test(p)) paragraphs.push(p);
  }
  return { headlines, paragraphs };
}

/** A small fixed PRNG (mulberry32): the same seed, the same choices, on any machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function splicedArticle(src: SpliceSource, i: number, maxParagraphs = 7): SplicedArticle {
  const rnd = random(i * 2654435761 + 1);
  const n = 2 + Math.floor(rnd() * (maxParagraphs - 1));
  const paras = [src.headlines[Math.floor(rnd() * src.headlines.length)]];
  for (let k = 0; k < n; k++) paras.push(src.paragraphs[Math.floor(rnd() * src.paragraphs.length)]);
  const article: SplicedArticle = { id: `a${i}`, text: paras.join('\n\n') + '\n' };
  if (rnd() < 0.5) article.published = `2025-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 10)}`;
  return article;
}

/** The JSON Lines of articles [from, to), one string per call (a stream of any length in little memory). */
export function* splicedLines(src: SpliceSource, from: number, to: number, maxParagraphs?: number): Generator<string> {
  for (let i = from; i < to; i++) yield JSON.stringify(splicedArticle(src, i, maxParagraphs)) + '\n';
}
