import { describe, expect, it } from 'vitest';
import { textPipeline } from '../analyze.js';
import { Doc, type Span } from '../core/index.js';
import { attributionItem } from '../test-support/attribution.js';
import { isReportersQuestion } from './reporters-questions.js';

/** Whether an attribution with cue `cueWord` (its first occurrence) and the given source is a reporter's question. */
function question(text: string, cueWord: string, source: Span[] = []): boolean {
  const doc = textPipeline.run(new Doc(text, 'story.txt'));
  const start = text.indexOf(cueWord);
  const cue = { start, end: start + cueWord.length };
  const content = { start: cue.end + 1, end: text.indexOf(',', cue.end) };
  return isReportersQuestion(doc, attributionItem({ cue: [cue], source, content: [content] }));
}

describe('isReportersQuestion', () => {
  it('finds asked opening a sentence or after when, with no source', () => {
    expect(question('Asked whether the levy would pass, the mayor said it would.', 'Asked')).toBe(true);
    expect(question('The vote is Tuesday. When asked why, the clerk shrugged.', 'asked')).toBe(true);
  });

  it('leaves asked with a source, inside a clause, or as part of a longer cue', () => {
    const text = 'Asked whether the levy would pass, the mayor said it would.';
    expect(question(text, 'Asked', [{ start: 35, end: 44 }])).toBe(false);
    expect(question('The mayor asked the council whether it would vote, aides said.', 'asked')).toBe(false);
    expect(question('Asked about the levy, the mayor said it would pass.', 'Asked about')).toBe(false);
    expect(question('Pressed whether the levy would pass, the mayor said it would.', 'Pressed')).toBe(false);
  });
});
