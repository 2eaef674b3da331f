import { describe, expect, it } from 'vitest';
import { attributionItem } from '../../test-support/attribution.js';
import { dropRepeatedContents, keepContentsInsideSources } from './document.js';

describe('dropRepeatedContents', () => {
  const span = (start: number, end: number) => ({ start, end });
  it('keeps the surer of two attributions with one content, and every other', () => {
    const said = attributionItem({ cue: [span(10, 14)], content: [span(20, 40)], confidence: 0.9 });
    const statement = attributionItem({ cue: [span(15, 19)], content: [span(20, 40)], confidence: 0.6 });
    const other = attributionItem({ cue: [span(50, 54)], content: [span(20, 41)], confidence: 0.5 });
    expect(dropRepeatedContents([statement, said, other])).toEqual([said, other]);
  });
});

describe('keepContentsInsideSources', () => {
  // 'Mayor Dana Whitlock, who had threatened to veto an earlier draft, said the plan works.'
  const span = (start: number, end: number) => ({ start, end });
  const outer = attributionItem({ source: [span(0, 64)], cue: [span(66, 70)], content: [span(71, 85)] });

  it("ends the content of an attribution said within another one's source where that source ends", () => {
    const inner = attributionItem({ source: [span(21, 24)], cue: [span(25, 39)], content: [span(40, 85)] });
    keepContentsInsideSources([outer, inner]);
    expect(inner.content).toEqual([span(40, 64)]);
    expect(outer.content).toEqual([span(71, 85)]);
  });

  it('leaves a content alone when none of it lies inside that source', () => {
    const inner = attributionItem({ source: [span(21, 24)], cue: [span(25, 39)], content: [span(71, 85)] });
    keepContentsInsideSources([outer, inner]);
    expect(inner.content).toEqual([span(71, 85)]);
  });
});
