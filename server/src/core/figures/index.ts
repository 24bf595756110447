// Figures: money, percentages, counts, ages, durations, ordinals, quantities (issue #6).
import type { Component } from '../component';

export const figures: Component = {
  name: 'figures',
  run() {
    // Not yet implemented: issue #6 fills Doc.figures.
  },
};
