import { describe, expect, it } from 'vitest';
import {
  isAsciiLetterOrDigit,
  isAsciiLowerCase,
  isLowerCaseAt,
  isWhitespace,
  lastWord,
  ownCopy,
} from './characters.js';

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

describe('ASCII classes and isLowerCaseAt', () => {
  it('agree with the regular expressions they stand for', () => {
    const disagree: number[] = [];
    for (let code = 0; code < 0x3000; code++) {
      const ch = String.fromCharCode(code);
      if (isAsciiLowerCase(code) !== /[a-z]/.test(ch)) disagree.push(code);
      if (isAsciiLetterOrDigit(code) !== /[A-Za-z0-9]/.test(ch)) disagree.push(code);
      if (isLowerCaseAt(ch, 0) !== /\p{Ll}/u.test(ch)) disagree.push(code);
    }
    expect(disagree).toEqual([]);
  });
});

describe('lastWord', () => {
  it('is what follows the last white space', () => {
    expect(lastWord('The New York Times')).toBe('Times');
    expect(lastWord('the\u00a0Ledger')).toBe('Ledger');
    expect(lastWord('CNN')).toBe('CNN');
    expect(lastWord('')).toBe('');
  });
});
