// The registry of diagnostic rules, in reporting order. Each rule lives in a file of its own.
import type { Rule } from './rule';
import { pageFurniture } from './page-furniture';
import { repeatedWord } from './repeated-word';

export const RULES: Rule[] = [pageFurniture, repeatedWord];
