import type { Doc, Stage } from '../core/index.js';
import { resolveDocument } from './resolve.js';

/** Sources → entities, second-hand chains (`via`), refusals (`noComment`) and the publisher when the text reveals it. */
export const resolveStage: Stage = {
  name: 'resolve',
  needs: ['tokens', 'sentences', 'quotes', 'boilerplate', 'attributions'],
  adds: ['entities', 'noComment'],
  run(doc: Doc) {
    resolveDocument(doc);
  },
};
