import type { Doc } from '../doc';
import type { Diagnostic } from '../types';

/** One diagnostic rule, one file, in the manner of Harper's linters: a document in, findings out. */
export interface Rule {
  /** The diagnostic code it reports, e.g. `garbled.repeated-word`; its family is the part before the dot. */
  code: string;
  /** One sentence on what it catches, shown in hovers and the README. */
  description: string;
  check(doc: Doc): Diagnostic[];
}
