import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyze.js';
import { POLNEAR_DEV, shouldRunWith } from '../test-support/shared-data.js';
import { loadGold } from './gold.js';
import { addPrediction, type PredictionSet, predictionFromDoc } from './predictions.js';
import { scoreGold } from './score.js';

/**
 * The shipped model's accuracy on PolNeAR dev must not fall below what was
 * measured when it was trained (docs/accuracy.md, models/polnear/README.md),
 * less a margin of 0.005 for floating-point and platform differences. A change
 * that lowers accuracy must be argued, and these floors lowered, in its commit.
 */
const FLOORS = {
  cueExact: 0.695,
  sourceExact: 0.73,
  contentExact: 0.564,
  contentOverlap: 0.779,
  relation: 0.684,
};

describe.runIf(shouldRunWith(POLNEAR_DEV))('accuracy on PolNeAR dev (regression floor)', () => {
  it('stays at or above the recorded figures', () => {
    const gold = loadGold(POLNEAR_DEV);
    const predictions: PredictionSet = new Map();
    const diagnostics = gold.diagnostics;
    for (const doc of gold.documents)
      addPrediction(predictions, predictionFromDoc(analyzeText(doc.text, doc.path)), diagnostics);
    const result = scoreGold(gold, predictions);
    const measured = {
      cueExact: result.cue.exact.f1,
      sourceExact: result.source.exact.f1,
      contentExact: result.content.exact.f1,
      contentOverlap: result.content.overlap.f1,
      relation: result.relation.f1,
    };
    for (const [name, floor] of Object.entries(FLOORS)) {
      expect(measured[name as keyof typeof FLOORS], name).toBeGreaterThanOrEqual(floor);
    }
  });
});
