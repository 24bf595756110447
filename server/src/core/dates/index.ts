// Dates, absolute and relative, normalized to TIMEX3-style values (issue #6).
import type { Component } from '../component';

export const dates: Component = {
  name: 'dates',
  run() {
    // Not yet implemented: issue #6 fills Doc.dates.
  },
};
