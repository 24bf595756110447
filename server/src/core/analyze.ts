import { Doc } from './doc';
import type { AnalyzeOptions } from './options';
import { PIPELINE } from './pipeline';
import type { ArticleAnalysis } from './types';

/** Runs the whole pipeline over one article's text. Never throws on any string input. */
export function analyze(text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  return toAnalysis(annotate(text, options));
}

/** The annotated Doc, for adapters that need more than the public analysis (blocks, sentences). */
export function annotate(text: string, options: AnalyzeOptions = {}): Doc {
  const doc = new Doc(text, options);
  if (!doc.publishedDate && options.publishedDate) doc.publishedDate = options.publishedDate;
  for (const component of PIPELINE) component.run(doc);
  return doc;
}

export function toAnalysis(doc: Doc): ArticleAnalysis {
  return {
    file: doc.options.file ?? '',
    headline: doc.headline,
    sections: doc.sections,
    publishedDate: doc.publishedDate,
    boilerplate: doc.boilerplate,
    entities: doc.entities,
    quotes: doc.quotes,
    figures: doc.figures,
    dates: doc.dates,
    diagnostics: doc.diagnostics,
    timeline: doc.timeline,
  };
}
