// What two or more articles report differently (a figure, a role, a date), in a module of its own below
// workspace-types.ts and people.ts: people.ts needs the shape, and importing it from workspace-types
// closed a circle through quotes/versions (workspace-types -> quotes/versions -> statements -> people).
import type { Offset } from '../types';

export interface Disagreement {
  /** What the values are about: the figure and its context, the person, or the event. */
  subject: string;
  kind: 'figure' | 'role' | 'date';
  /** @minItems 2 */
  values: DisagreementValue[];
}

/** One source's value in a disagreement. */
export interface DisagreementValue {
  /** The figure's value with its unit, the role, or the date. */
  value: string;
  file: string;
  start: Offset;
  end: Offset;
  text: string;
}
