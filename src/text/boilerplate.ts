import type { Doc, Stage } from '../core/index.js';

// STUB: to be replaced by the real debris and heading finder (owner: text helper).
export const boilerplateStage: Stage = {
  name: 'boilerplate',
  needs: ['paragraphs', 'sentences'],
  adds: ['boilerplate', 'headings'],
  run(doc: Doc) {
    doc.boilerplate = [];
    doc.headings = [];
  },
};
