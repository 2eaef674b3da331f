import { describe, expect, it } from 'vitest';
import { textPipeline } from '../analyze.js';
import { Doc, type Span } from '../core/index.js';
import { attributionItem } from '../test-support/attribution.js';
import { startAfterDatelines } from './datelines.js';

const STORY = [
  'MILLBROOK, Ore. (AP) — The county will close two rural clinics by spring, according to a budget draft.',
  '(CNN) — Officials said the closures would save $3 million.',
  'Residents (about 4,000 of them) — many of them retirees — said they would fight the plan.',
].join('\n\n');

function analyzed(text: string): Doc {
  return textPipeline.run(new Doc(text, 'story.txt'));
}

/** The span from the first occurrence of `from` to the end of the first occurrence of `to` after it. */
function spanOf(text: string, from: string, to: string): Span {
  const start = text.indexOf(from);
  return { start, end: text.indexOf(to, start) + to.length };
}

describe('datelines', () => {
  it('starts a source or content after the dateline it began in, and leaves other spans alone', () => {
    const doc = analyzed(STORY);
    const content = spanOf(STORY, 'MILLBROOK', 'by spring');
    const source = spanOf(STORY, 'Residents', 'retirees');
    const later = spanOf(STORY, 'the closures', '$3 million');
    const attributions = [
      attributionItem({ content: [content] }),
      attributionItem({ source: [source], content: [later] }),
    ];
    startAfterDatelines(doc, attributions);
    expect(STORY.slice(attributions[0].content[0].start, attributions[0].content[0].end)).toBe(
      'The county will close two rural clinics by spring',
    );
    expect(attributions[1].source[0]).toEqual(source);
    expect(attributions[1].content[0]).toEqual(later);
  });

  it('leaves a span that is the dateline alone (there is nothing after it to keep)', () => {
    const doc = analyzed(STORY);
    const place = spanOf(STORY, 'MILLBROOK', 'Ore.');
    const attributions = [attributionItem({ source: [place] })];
    startAfterDatelines(doc, attributions);
    expect(attributions[0].source[0]).toEqual(place);
  });
});
