import { describe, expect, it } from 'vitest';
import { reading, spanText } from '../../test-support/link-text.js';
import { withoutDanglingPunctuation } from './runs.js';

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
});
