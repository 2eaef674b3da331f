import { describe, expect, it } from 'vitest';
import { pyFixed3, pyFloat } from './format.js';

describe('Python number formatting', () => {
  it("prints floats as Python's repr", () => {
    expect(pyFloat(0)).toBe('0.0');
    expect(pyFloat(1)).toBe('1.0');
    expect(pyFloat(0.5)).toBe('0.5');
    expect(pyFloat(2 / 3)).toBe('0.6666666666666666');
    expect(pyFloat(1e-5)).toBe('1e-05');
    expect(pyFloat(1.5e-7)).toBe('1.5e-07');
    expect(pyFloat(0.0001)).toBe('0.0001');
  });

  it("rounds to 3 decimals half to even on exact ties, as Python's format does", () => {
    expect(pyFixed3(0.0625)).toBe('0.062');
    expect(pyFixed3(0.1875)).toBe('0.188');
    expect(pyFixed3(0.3125)).toBe('0.312');
    expect(pyFixed3(0.9375)).toBe('0.938');
    expect(pyFixed3(0.4326)).toBe('0.433');
    expect(pyFixed3(0)).toBe('0.000');
    expect(pyFixed3(1)).toBe('1.000');
  });
});
