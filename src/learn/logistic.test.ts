import { describe, expect, it } from 'vitest';
import { fitLogistic, predictLogistic } from './logistic.js';

describe('fitLogistic', () => {
  it('maps a score to a rising probability that matches the observed rates', () => {
    // Label true with probability rising in x: 10 % at x = 0 up to 90 % at x = 8.
    const inputs: number[][] = [];
    const labels: boolean[] = [];
    for (let x = 0; x <= 8; x++) {
      for (let k = 0; k < 100; k++) {
        inputs.push([x]);
        labels.push(k < 10 + x * 10);
      }
    }
    const model = fitLogistic(inputs, labels);
    expect(predictLogistic(model, [0])).toBeLessThan(0.2);
    expect(predictLogistic(model, [8])).toBeGreaterThan(0.8);
    expect(Math.abs(predictLogistic(model, [4]) - 0.5)).toBeLessThan(0.05);
  });
});
