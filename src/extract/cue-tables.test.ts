import { describe, expect, it } from 'vitest';
import { examplesBeforeAttributions, shippedFrozenTaggers } from '../test-support/examples.js';
import { HashedCueScorer, TabledCueScorer } from './cue-tables.js';
import { CUE_CLASSES } from './cue-tagger.js';

describe('TabledCueScorer', () => {
  it('scores every token after every tag exactly as hashing every feature does', () => {
    const { cue } = shippedFrozenTaggers();
    let compared = 0;
    for (const { doc, view } of examplesBeforeAttributions()) {
      // One scorer each for the whole document, as in analysis: tables filled by one token serve the next.
      const hashed = new HashedCueScorer(view, cue);
      const tabled = new TabledCueScorer(view, cue);
      const expected = new Float64Array(CUE_CLASSES);
      const actual = new Float64Array(CUE_CLASSES);
      for (const sentence of doc.need('sentences')) {
        for (let i = sentence.firstToken; i < sentence.endToken; i++) {
          for (let previous = 0; previous < CUE_CLASSES; previous++) {
            for (let twoBack = 0; twoBack < CUE_CLASSES; twoBack++) {
              hashed.score(sentence, i, previous, twoBack, expected);
              tabled.score(sentence, i, previous, twoBack, actual);
              expect([...actual]).toEqual([...expected]);
              compared++;
            }
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
