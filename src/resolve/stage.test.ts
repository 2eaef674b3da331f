import { describe, expect, it } from 'vitest';
import { type Doc, Pipeline } from '../core/index.js';
import { attributionStages } from '../extract/index.js';
import { examplesBeforeAttributions } from '../test-support/examples.js';
import { resolveDocument } from './resolve.js';
import { resolveStages } from './stage.js';

/** The invented examples with their attributions, ready to resolve. */
function examplesBeforeResolve(): Doc[] {
  const attributed = new Pipeline(attributionStages, ['tokens', 'sentences', 'quotes', 'boilerplate']);
  return examplesBeforeAttributions().map(({ doc }) => attributed.run(doc));
}

const resolved = (doc: Doc) => ({
  meta: doc.meta,
  attributions: doc.attributions,
  entities: doc.entities,
  noComment: doc.noComment,
});

describe('resolve stages', () => {
  it('resolve a batch, phase by phase, as each document is resolved alone', () => {
    const alone = examplesBeforeResolve();
    for (const doc of alone) resolveDocument(doc);
    const batch = examplesBeforeResolve();
    const stages = new Pipeline(resolveStages, ['tokens', 'sentences', 'quotes', 'boilerplate', 'attributions']);
    expect(stages.runBatch(batch).every((failure) => failure === null)).toBe(true);
    expect(batch.map(resolved)).toEqual(alone.map(resolved));
    expect(alone.flatMap((doc) => doc.entities ?? []).length).toBeGreaterThan(0);
  });
});
