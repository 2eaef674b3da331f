import type { Doc, Stage } from '../core/index.js';

// STUB: rule-based extractor in progress.
export const attributionStage: Stage = {
  name: 'attributions',
  needs: ['tokens', 'sentences', 'quotes', 'boilerplate', 'headings'],
  adds: ['attributions'],
  run(doc: Doc) {
    doc.attributions = [];
  },
};
