import { type Doc, type Stage, WorkingLayer } from '../core/index.js';
import { type FoundMentions, findMentions, resolveMentions } from './resolve.js';

const NEEDS = ['tokens', 'sentences', 'quotes', 'boilerplate', 'attributions'] as const;
/** Mentions found and analysed, waiting to be resolved. */
const FOUND_MENTIONS = new WorkingLayer<FoundMentions>('mentions found');

/**
 * Sources → entities, second-hand chains (`via`), refusals (`noComment`) and
 * the publisher when the text reveals it, in two stages: finding and
 * analysing the mentions, then resolving them. Over a batch each runs for
 * every document before the next, so that each keeps its own tables (the
 * phrase analyses', the clustering's) in the CPU caches.
 */
export const resolveStages: Stage[] = [
  {
    name: 'mentions',
    needs: NEEDS,
    adds: [FOUND_MENTIONS],
    run(doc: Doc) {
      doc.hand(FOUND_MENTIONS, findMentions(doc));
    },
  },
  {
    name: 'resolve',
    needs: [...NEEDS, FOUND_MENTIONS],
    adds: ['entities', 'noComment'],
    run(doc: Doc) {
      resolveMentions(doc, doc.take(FOUND_MENTIONS));
    },
  },
];
