import { describe, expect, it } from 'vitest';
import { bestConfidenceFloor } from './train.js';

describe('bestConfidenceFloor', () => {
  it('drops the unsure attributions when they are mostly wrong', () => {
    // Ten sure and right, ten unsure and wrong, twelve gold: dropping the unsure ones wins.
    const confidences = [...Array(10).fill(0.9), ...Array(10).fill(0.12)];
    const right = [...Array(10).fill(true), ...Array(10).fill(false)];
    expect(bestConfidenceFloor(confidences, right, 12)).toBeGreaterThan(0.12);
  });

  it('keeps everything when the unsure ones are right often enough to pay for themselves', () => {
    const confidences = [...Array(10).fill(0.9), ...Array(10).fill(0.12)];
    const right = [...Array(10).fill(true), ...Array(10).fill(true)];
    expect(bestConfidenceFloor(confidences, right, 20)).toBe(0);
  });
});
