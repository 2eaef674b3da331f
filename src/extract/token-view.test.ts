import { describe, expect, it } from 'vitest';
import { textPipeline } from '../analyze.js';
import { Doc } from '../core/index.js';
import { hashRange, hashString } from '../learn/index.js';
import { loadModel } from './model.js';
import { buildTokenView, COMMA, CUE_PUNCTUATION, punctuationKind, QUOTE_MARK, wordShapeHash } from './token-view.js';

describe('wordShapeHash', () => {
  const shapeOf = (word: string) => wordShapeHash(`<${word}>`, 1, word.length + 1);

  it('hashes capitalisation and digits, with runs collapsed', () => {
    expect(shapeOf('Hillary')).toBe(hashString('Xx'));
    expect(shapeOf('2016')).toBe(hashString('d'));
    expect(shapeOf('U.S.')).toBe(hashString('X.X.'));
    expect(shapeOf('COVID-19')).toBe(hashString('X-d'));
  });

  it('treats accented letters by case and keeps other characters', () => {
    expect(shapeOf('Élysée')).toBe(hashString('Xx'));
    expect(shapeOf('’s')).toBe(hashString('’x'));
  });

  it('reads only the first twelve characters', () => {
    expect(shapeOf('abcdefghijkl1')).toBe(shapeOf('abcdefghijkl'));
  });
});

describe('hashRange', () => {
  it('equals hashing the slice', () => {
    const text = 'according to officials';
    expect(hashRange(text, 13, 22)).toBe(hashString('officials'));
    expect(hashRange(text, 5, 5)).toBe(hashString(''));
  });
});

describe('punctuationKind', () => {
  const kindOf = (mark: string) => punctuationKind(`a${mark}b`, 1, mark.length + 1);

  it('knows commas, quotation marks and the marks that introduce a quote', () => {
    expect(kindOf(',')).toBe(COMMA);
    for (const mark of ['"', '“', '”', '«', '»', '„', "''", '``']) expect(kindOf(mark), mark).toBe(QUOTE_MARK);
    for (const mark of [':', '—', '–', '-', '―', '--']) expect(kindOf(mark), mark).toBe(CUE_PUNCTUATION);
  });

  it('is 0 for anything else, single quotes and mixed pairs included', () => {
    for (const mark of ['.', ';', "'", '’', '`', '‘', 'a', 'ab', ',,', "'`", '-—', '...', '']) {
      expect(kindOf(mark), mark).toBe(0);
    }
  });
});

describe('buildTokenView', () => {
  it("counts British copy's outer single marks, curly or straight, as quote marks and their words as quoted", () => {
    for (const text of ["'Not so,' O'Brien said.", '‘Not so,’ O’Brien said.']) {
      const doc = textPipeline.run(new Doc(text, 'x'));
      const tokens = doc.need('tokens');
      const view = buildTokenView(doc, loadModel().lexicon);
      const marks = [];
      const quoted = [];
      for (let k = 0; k < view.count; k++) {
        const word = text.slice(tokens.start[k], tokens.end[k]);
        if (view.isQuoteMark[k]) marks.push(word);
        if (view.inQuote[k]) quoted.push(word);
      }
      expect(marks, text).toEqual([text[0], text[8]]);
      expect(quoted, text).toEqual(['Not', 'so', ',']);
    }
  });

  it("reads both halves of NYT's `''` (two tokens to wink-nlp) as quote marks, counted as one mark", () => {
    const text = "''Not so,'' O'Brien said.";
    const doc = textPipeline.run(new Doc(text, 'x'));
    const tokens = doc.need('tokens');
    const view = buildTokenView(doc, loadModel().lexicon);
    const marks = [];
    for (let k = 0; k < view.count; k++) if (view.isQuoteMark[k]) marks.push(tokens.start[k]);
    expect(marks).toEqual([0, 1, 9, 10]);
    expect(view.quoteMarksBefore[view.count]).toBe(2);
    const ptb = textPipeline.run(new Doc("``Not so,'' she said.", 'y'));
    const ptbView = buildTokenView(ptb, loadModel().lexicon);
    expect([0, 1, 2].map((k) => ptbView.isQuoteMark[k])).toEqual([1, 1, 0]);
    expect(ptbView.quoteMarksBefore[ptbView.count]).toBe(2);
  });
});
