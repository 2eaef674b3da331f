import { describe, expect, it } from 'vitest';
import { AnchoredPattern, startBound } from './anchored-pattern.js';

const spansOf = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));

/** A small deterministic generator, so the random texts are the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('startBound', () => {
  const text = 'one two  three\n\nfour';
  it('stops right after the run of whitespace past the allowed ones', () => {
    expect(startBound(text, text.indexOf('four'), 0)).toBe(text.indexOf('four'));
    expect(startBound(text, text.indexOf('four'), 1)).toBe(text.indexOf('three'));
    expect(startBound(text, text.indexOf('four'), 2)).toBe(text.indexOf('two'));
  });
  it('stops at the start of a word that fails the word test', () => {
    expect(startBound(text, text.indexOf('four'), 3, /^(?:two|three)$/)).toBe(text.indexOf('one'));
    expect(startBound(text, text.indexOf('four'), 3, /^three$/)).toBe(text.indexOf('two'));
    expect(startBound(text, text.indexOf('four'), 3, /^x$/)).toBe(text.indexOf('three'));
  });
  it('reaches the start of the text when it has fewer runs', () => {
    expect(startBound(text, text.indexOf('four'), 3)).toBe(0);
    expect(startBound(text, 2, 0)).toBe(0);
  });
});

describe('AnchoredPattern', () => {
  const refusal = /\b(?:(?:has|had)\s+)?(?:declined|refused)\b(?:\s+to\s+comment)?/giu;
  const anchored = new AnchoredPattern(refusal, /declin|refus/iu, 1);
  const afterAuxiliary = new AnchoredPattern(refusal, /declin|refus/iu, 1, /^(?:has|had)$/iu);
  const twoKeywords = new AnchoredPattern(refusal, [/declin/iu, /refus/iu], 1);

  it('finds what matchAll finds', () => {
    const text = 'He had  declined to comment; she refused, and they HAD\n\nREFUSED to comment. Undeclined.';
    expect(anchored.findAll(text)).toEqual(spansOf(text, refusal));
    expect(anchored.findAll(text).length).toBe(3);
  });

  it('agrees with matchAll on random texts, matches ending before or after the next keyword', () => {
    const words = ['has', 'had', 'HAS', 'declined', 'refused', 'to', 'comment', 'x', ',', '\n', ' ', '  '];
    const next = random(7);
    for (let round = 0; round < 300; round++) {
      let text = '';
      for (let i = 0; i < 30; i++) text += `${words[Math.floor(next() * words.length)]}${next() < 0.7 ? ' ' : ''}`;
      expect(anchored.findAll(text), text).toEqual(spansOf(text, refusal));
      expect(afterAuxiliary.findAll(text), text).toEqual(spansOf(text, refusal));
      expect(twoKeywords.findAll(text), text).toEqual(spansOf(text, refusal));
    }
  });

  it('tries a multi-word prefix up to the allowed runs of whitespace', () => {
    const pattern = /\bsaid\s+(?:it|he)\s+had\s+no\s+comment\b/giu;
    const text = 'He said it  had no comment, and said he had no comment.';
    expect(new AnchoredPattern(pattern, /comment/iu, 4).findAll(text)).toEqual(spansOf(text, pattern));
    expect(new AnchoredPattern(pattern, /comment/iu, 4).findAll(text).length).toBe(2);
  });

  it('refuses a pattern that matches the empty string', () => {
    expect(() => new AnchoredPattern(/x*/g, /y/, 0).findAll('y')).toThrow(/empty/);
  });
});
