import { describe, expect, it } from 'vitest';
import { reading } from '../test-support/link-text.js';
import { roleWindow } from './role-tagger.js';

describe('roleWindow', () => {
  it('spans the cue sentence and the two after it in ordinary prose', () => {
    const text =
      'The council met on Monday. The mayor said the budget would pass. It did. Taxes rise in May. Parks close early.';
    const { doc, view, cueAt, at } = reading(text);
    const window = roleWindow(doc, cueAt('said'), view);
    expect(window.first).toBe(at('The') + 6); // the mayor's sentence, not the one before
    expect(window.end).toBe(at('Taxes') + 5); // through `Taxes rise in May.`
  });

  it('narrows to a few dozen words inside a "sentence" the splitter could not cut', () => {
    // Keyword-list text without a full stop: one sentence of thousands of tokens, a cue every few words.
    const words = ['officials', 'said', 'the', 'council', 'would', 'vote', 'mayor', 'told', 'reporters'];
    const text = Array.from({ length: 3000 }, (_, i) => words[(i * 7) % words.length]).join(' ');
    const { doc, view } = reading(text);
    const middle = Math.floor(doc.need('tokens').count / 2);
    const window = roleWindow(doc, { first: middle, end: middle + 1, margin: 1 }, view);
    expect(middle - window.first).toBeLessThanOrEqual(40);
    expect(window.end - (middle + 1)).toBeLessThanOrEqual(40);
    expect(window.end - window.first).toBeGreaterThan(40);
  });
});
