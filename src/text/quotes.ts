import type { Doc, Stage } from '../core/index.js';

// STUB: to be replaced by the real quote pairing (owner: text helper).
export const quoteStage: Stage = {
  name: 'quotes',
  needs: ['paragraphs'],
  adds: ['quotes'],
  run(doc: Doc) {
    doc.quotes = [];
  },
};
