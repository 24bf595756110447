// Quoted statements and their speakers (issue #6).
import type { Component } from '../component';

export const quotes: Component = {
  name: 'quotes',
  run() {
    // Not yet implemented: issue #6 fills Doc.quotes.
  },
};
