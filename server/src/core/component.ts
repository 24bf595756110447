import type { Doc } from './doc';

/** One step of the pipeline: reads some layers of the Doc and adds its own (see pipeline.ts for the order). */
export interface Component {
  /** Short name, used in timings and logs. */
  name: string;
  run(doc: Doc): void;
}
