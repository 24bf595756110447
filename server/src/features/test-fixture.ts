// Hand-made analyses for the feature tests (the features are adapters; these pin their behaviour on
// content that the core's stages produce, independent of how well the stages do it today).
import type { ArticleAnalysis, Entity, EntityType, TextSpan } from '../core';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from './article';

/** Every occurrence of `needle` in text as spans (the n-th occurrence only when `nth` is given). */
export function spansOf(text: string, needle: string, nth?: number): TextSpan[] {
  const out: TextSpan[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push({ start: i, end: i + needle.length, text: needle });
  return nth === undefined ? out : [out[nth]];
}

export function entity(id: string, name: string, type: EntityType, mentions: TextSpan[], role: string | null = null): Entity {
  return { id, name, type, role, aliases: [], mentions: mentions.sort((a, b) => a.start - b.start) };
}

export function emptyAnalysis(file = 'file:///t/a.news'): ArticleAnalysis {
  return {
    file, headline: null, sections: [], publishedDate: null, boilerplate: [], entities: [], quotes: [],
    figures: [], dates: [], diagnostics: [], timeline: [],
  };
}

export function article(text: string, fill: (a: ArticleAnalysis) => void, uri = 'file:///t/a.news'): Article {
  const analysis = emptyAnalysis(uri);
  fill(analysis);
  return { uri, version: 1, doc: TextDocument.create(uri, 'news-article', 1, text), analysis, refused: null };
}

export const ZELENSKY_TEXT = [
  'Talks in Kyiv',
  'Volodymyr Zelensky said “we are ready to meet” on Sunday. “We want peace,” he said, adding that Zelensky’s team had 40 proposals.',
  'Vladimir Putin did not answer. The Kremlin said talks were “premature”.',
  '',
].join('\n');

export function zelenskyArticle(uri = 'file:///t/a.news'): Article {
  const t = ZELENSKY_TEXT;
  return article(t, (a) => {
    a.publishedDate = '2025-08-18';
    a.headline = { start: 0, end: 13, text: 'Talks in Kyiv' };
    const z = entity('e1', 'Volodymyr Zelensky', 'person', [...spansOf(t, 'Volodymyr Zelensky'), { ...spansOf(t, 'Zelensky')[1] }], 'President of Ukraine');
    const p = entity('e2', 'Vladimir Putin', 'person', spansOf(t, 'Vladimir Putin'));
    const k = entity('e3', 'Kremlin', 'organization', spansOf(t, 'Kremlin'));
    const kyiv = entity('e4', 'Kyiv', 'place', spansOf(t, 'Kyiv'));
    a.entities = [z, p, k, kyiv];
    const q1 = spansOf(t, '“we are ready to meet”')[0];
    const q2 = spansOf(t, '“We want peace,”')[0];
    const q3 = spansOf(t, '“premature”')[0];
    a.quotes = [
      { ...q1, kind: 'direct', speaker: { entityId: 'e1', name: 'Volodymyr Zelensky' } },
      { ...q2, kind: 'direct', speaker: { entityId: 'e1', name: 'Volodymyr Zelensky' } },
      { ...q3, kind: 'scare', speaker: { entityId: 'e3', name: 'Kremlin' } },
    ];
    a.figures = [{ ...spansOf(t, '40')[0], kind: 'count', value: 40, unit: 'proposals' }];
    a.dates = [{ ...spansOf(t, 'Sunday')[0], value: '2025-08-17', relative: true }];
  }, uri);
}
