// Dated events of one article (issue #10).
import type { Component } from '../component';

export const timeline: Component = {
  name: 'timeline',
  run() {
    // Not yet implemented: issue #10 fills Doc.timeline.
  },
};
