import { describe, expect, it } from 'vitest';
import { isWhitespace, ownCopy } from './characters.js';

describe('isWhitespace', () => {
  it('agrees with \\s on every code unit', () => {
    const disagree: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhitespace(code) !== /\s/.test(String.fromCharCode(code))) disagree.push(`U+${code.toString(16)}`);
    }
    expect(disagree).toEqual([]);
  });
});

describe('ownCopy', () => {
  it('is the same text', () => {
    const article = `${'x'.repeat(50)}The White House press secretary said`;
    const phrase = article.slice(50);
    expect(ownCopy(phrase)).toBe(phrase);
    expect(ownCopy('')).toBe('');
  });
});
