// The order in which components annotate a Doc. Each one reads only layers made before it.
import type { Component } from './component';
import { frontMatter } from './structure/front-matter';
import { blocks } from './structure/blocks';
import { sentences } from './structure/sentences';
import { tokens } from './tokens';
import { entities } from './entities';
import { dates } from './dates';
import { figures } from './figures';
import { quotes } from './quotes';
import { timeline } from './timeline';
import { mergeKeys } from './timeline/merge-keys';
import { diagnostics } from './diagnostics';

export const PIPELINE: readonly Component[] = [
  frontMatter,
  blocks,
  sentences,
  tokens,
  entities,
  dates,
  figures,
  quotes,
  timeline,
  mergeKeys,
  diagnostics,
];
