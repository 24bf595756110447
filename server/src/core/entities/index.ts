// Named actors: people, organizations and places (issue #5).
import type { Component } from '../component';

export const entities: Component = {
  name: 'entities',
  run() {
    // Not yet implemented: issue #5 fills Doc.entities.
  },
};
