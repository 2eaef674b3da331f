import { describe, expect, it } from 'vitest';
import { reading, spanText } from '../../test-support/link-text.js';
import { withoutDanglingPunctuation, withWholeWords } from './runs.js';

describe('withoutDanglingPunctuation', () => {
  it('drops the comma that closes an apposition at the end of a phrase', () => {
    const { doc, at } = reading("Brian Fallon, the campaign's press secretary, said the ads would run.");
    const source = { first: 0, end: at('said') };
    expect(spanText(doc, withoutDanglingPunctuation(doc, source))).toBe("Brian Fallon, the campaign's press secretary");
  });

  it('keeps a phrase that ends on a word, and never empties one', () => {
    const { doc, at } = reading('The mayor, she said, was right.');
    const mayor = { first: 0, end: at(',') };
    expect(withoutDanglingPunctuation(doc, mayor)).toBe(mayor);
    const comma = { first: at(','), end: at(',') + 1 };
    expect(withoutDanglingPunctuation(doc, comma)).toBe(comma);
  });

  it('drops a comma a content opens on', () => {
    const { doc, at } = reading('She cautioned, however, that the study was small.');
    const content = { first: at(',', at('however')), end: at('.') };
    expect(spanText(doc, withoutDanglingPunctuation(doc, content))).toBe('that the study was small');
  });
});

/** A cue far from the spans tested. */
const NO_CUE = { first: 1000, end: 1001 };

describe('withWholeWords', () => {
  it('starts a span at the start of the hyphenated word it began inside', () => {
    const { doc, at } = reading('Ninety-one percent of members backed the walkout - the union said.');
    const source = { first: at('one'), end: at('backed') };
    expect(spanText(doc, withWholeWords(doc, source, NO_CUE))).toBe('Ninety-one percent of members');
    const union = { first: at('the', at('-', at('walkout'))), end: at('said') };
    expect(withWholeWords(doc, union, NO_CUE)).toBe(union);
  });

  it('ends a span at the end of the hyphenated word it ended inside', () => {
    const { doc, at } = reading('The 22-year-old signed a five-year contract.');
    const source = { first: 0, end: at('-') };
    expect(spanText(doc, withWholeWords(doc, source, NO_CUE))).toBe('The 22-year-old');
    const signed = { first: at('signed'), end: at('five') };
    expect(withWholeWords(doc, signed, NO_CUE)).toBe(signed);
  });

  it('does not end a span inside a cue that begins inside the word', () => {
    const { doc, at } = reading('It took a scorched-earth position against the party.');
    const source = { first: at('scorched'), end: at('-') };
    expect(withWholeWords(doc, source, { first: at('earth'), end: at('the') })).toBe(source);
  });
});
