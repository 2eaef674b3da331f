import { describe, expect, it } from 'vitest';
import { Doc, WorkingLayer } from './document.js';
import { Pipeline, type Stage } from './pipeline.js';

const WORDS = new WorkingLayer<string[]>('words');

const splitWords: Stage = {
  name: 'split',
  needs: [],
  adds: [WORDS],
  run(doc) {
    doc.hand(WORDS, doc.text.split(' '));
  },
};

const headings: Stage = {
  name: 'headings',
  needs: [WORDS],
  adds: ['headings'],
  run(doc) {
    const [first] = doc.take(WORDS);
    doc.headings = [{ start: 0, end: first.length }];
  },
};

describe('working layers', () => {
  it('pass from the stage that makes one to the stage that needs it, and are then gone', () => {
    const doc = new Pipeline([splitWords, headings]).run(new Doc('Budget passes easily'));
    expect(doc.headings).toEqual([{ start: 0, end: 6 }]);
    expect(() => doc.take(WORDS)).toThrow("working layer 'words' is missing");
  });

  it('are checked in the order of the stages, like any layer', () => {
    expect(() => new Pipeline([headings, splitWords])).toThrow("stage 'headings' needs 'words'");
  });
});
