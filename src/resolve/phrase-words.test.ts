import { describe, expect, it } from 'vitest';
import { Doc, Pipeline, POS_TAGS } from '../core/index.js';
import { paragraphStage, tokenStage } from '../text/index.js';
import { phraseTags, phraseWords, trimEdges } from './phrase-words.js';

const tokenize = new Pipeline([paragraphStage, tokenStage]);
const tokenized = (text: string) => tokenize.run(new Doc(text, 'test'));

describe('phraseWords', () => {
  const text = 'Rep. Elijah E. Cummings (D-Md.) said so.';
  const doc = tokenized(text);

  it('leaves bracketed asides out', () => {
    const words = phraseWords(doc, { start: 0, end: text.indexOf(' said') });
    expect(words.map((w) => w.text)).toEqual(['Rep.', 'Elijah', 'E.', 'Cummings']);
    expect(words[1]).toMatchObject({ lower: 'elijah', start: 5, end: 11 });
  });

  it('cuts the edge tokens to the span', () => {
    const words = phraseWords(doc, { start: 7, end: 13 });
    expect(words.map((w) => w.text)).toEqual(['ijah', 'E']);
  });
});

describe('phraseTags', () => {
  it('spells the tags of the same words, one character each', () => {
    const text = 'The press service (of the ministry) said "no" (again).';
    const doc = tokenized(text);
    const span = { start: 0, end: text.length };
    const words = phraseWords(doc, span);
    const tags = phraseTags(doc, span);
    expect(tags.length).toBe(words.length);
    expect([...tags].map((c) => POS_TAGS[c.charCodeAt(0) - 48])).toEqual(words.map((w) => POS_TAGS[w.pos]));
  });
});

describe('trimEdges', () => {
  const trimmed = (text: string) => {
    const span = trimEdges(text, { start: 0, end: text.length });
    return span && text.slice(span.start, span.end);
  };
  it('cuts quote marks, brackets, punctuation and white space at both edges', () => {
    expect(trimmed(' “(Sen. Warren),” ')).toBe('Sen. Warren');
    expect(trimmed('\u00a0[the ministry] —')).toBe('the ministry');
  });
  it('cuts a final possessive, unless nothing else is left', () => {
    expect(trimmed("Trump's")).toBe('Trump');
    expect(trimmed('“Obama’s”')).toBe('Obama');
    expect(trimmed("X's")).toBe('X');
    expect(trimmed("'s")).toBe('s');
  });
  it('gives null when only edges are left', () => {
    expect(trimmed(' ", ')).toBeNull();
  });
});
