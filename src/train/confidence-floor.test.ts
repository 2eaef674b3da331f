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

  it('counts the attributions kept at every floor as kept, whatever their confidence', () => {
    // Ten sure and right, four unsure and right but always kept, four unsure and wrong:
    // the floor that drops the wrong ones keeps the four right ones too.
    const confidences = [...Array(10).fill(0.9), ...Array(4).fill(0.1), ...Array(4).fill(0.1)];
    const right = [...Array(14).fill(true), ...Array(4).fill(false)];
    const alwaysKept = [...Array(10).fill(false), ...Array(4).fill(true), ...Array(4).fill(false)];
    expect(bestConfidenceFloor(confidences, right, 14, alwaysKept)).toBeGreaterThan(0.1);
    // Without them counted as kept, keeping all eight unsure ones pays (18 right of 22 kept).
    expect(bestConfidenceFloor(confidences, right, 14)).toBe(0);
  });
});
