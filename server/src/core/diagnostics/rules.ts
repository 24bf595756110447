// The registry of diagnostic rules, in reporting order. Each rule lives in a file of its own.
import type { Rule } from './rule';
import { pageFurniture } from './page-furniture';
import { mojibake } from './mojibake';
import { replacementChar } from './replacement-char';
import { html } from './html';
import { missingSpace } from './missing-space';
import { spacing } from './spacing';
import { punctuation } from './punctuation';
import { repeatedWord } from './repeated-word';
import { lowercaseName } from './lowercase-name';
import { sentenceCase } from './sentence-case';
import { typo } from './typo';
import { swappedLetters } from './swapped-letters';
import { unbalancedQuote } from './unbalanced-quote';
import { vagueAttribution } from './claims/vague-attribution';
import { anonymousSource } from './claims/anonymous-source';
import { unattributedFigure } from './claims/unattributed-figure';
import { generalization } from './claims/generalization';

export const RULES: Rule[] = [
  pageFurniture,
  mojibake,
  replacementChar,
  html,
  missingSpace,
  spacing,
  punctuation,
  repeatedWord,
  lowercaseName,
  sentenceCase,
  typo,
  swappedLetters,
  unbalancedQuote,
  vagueAttribution,
  anonymousSource,
  unattributedFigure,
  generalization,
];
