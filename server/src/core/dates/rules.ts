// The date expressions we recognise, one regular expression each, and how each match is read; one file
// per kind of expression. Longest match wins where rules overlap (see scan.ts). Built once at module load.
import { ABSOLUTE_RULES } from './absolute';
import { AGO_RULES } from './ago';
import { ANAPHORA_RULES } from './anaphora';
import { CLOCK_RULES } from './clock';
import { DEICTIC_RULES } from './deictic';
import { QUARTERS_RULES } from './quarters';
import type { Rule } from './rule';
import { SEASONS_RULES } from './seasons';
import { VAGUE_RULES } from './vague';
import { YEARS_RULES } from './years';

export type { Rule } from './rule';

export const RULES: Rule[] = [
  ...ABSOLUTE_RULES,
  ...YEARS_RULES,
  ...SEASONS_RULES,
  ...QUARTERS_RULES,
  ...DEICTIC_RULES,
  ...AGO_RULES,
  ...VAGUE_RULES,
  ...CLOCK_RULES,
  ...ANAPHORA_RULES,
];
