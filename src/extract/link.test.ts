import { describe, expect, it } from 'vitest';
import { textPipeline } from '../analyze.js';
import { Doc } from '../core/index.js';
import { attributionItem } from '../test-support/attribution.js';
import { keepContentsInsideSources, withRelativeClauseHead } from './link.js';

function tokenIndex(doc: Doc, word: string): number {
  const tokens = doc.need('tokens');
  for (let i = 0; i < tokens.count; i++) if (doc.text.slice(tokens.start[i], tokens.end[i]) === word) return i;
  throw new Error(`no token ${word}`);
}

function spanText(doc: Doc, run: { first: number; end: number }): string {
  const tokens = doc.need('tokens');
  return doc.text.slice(tokens.start[run.first], tokens.end[run.end - 1]);
}

describe('withRelativeClauseHead', () => {
  const doc = textPipeline.run(
    new Doc('Mayor Dana Whitlock, who had threatened to veto an earlier draft, said the plan works.', 'x'),
  );
  const said = tokenIndex(doc, 'said');
  const cue = { first: said, end: said + 1, margin: 1 };

  it('moves a source found inside the clause to the speaker before it, clause included', () => {
    const draft = tokenIndex(doc, 'draft');
    const fixed = withRelativeClauseHead(doc, { first: draft - 2, end: draft + 1, margin: 1 }, cue);
    expect(spanText(doc, fixed)).toBe('Mayor Dana Whitlock, who had threatened to veto an earlier draft');
  });

  it('leaves a source that is not inside such a clause alone', () => {
    const mayor = { first: 0, end: 3, margin: 1 };
    expect(withRelativeClauseHead(doc, mayor, cue)).toBe(mayor);
    const plain = textPipeline.run(new Doc('The mayor said the plan works.', 'y'));
    const run = { first: 0, end: 2, margin: 1 };
    const plainCue = { first: 2, end: 3, margin: 1 };
    expect(withRelativeClauseHead(plain, run, plainCue)).toBe(run);
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
