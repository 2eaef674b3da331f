import { describe, expect, it } from 'vitest';
import { reading, spanText } from '../../test-support/link-text.js';
import { cueWithoutTrailingArticle, withoutDanglingPreposition } from './cues.js';

describe('withoutDanglingPreposition', () => {
  const cueText = (text: string, cueWord: string, cueLength: number, contentFrom: string, contentTo?: string) => {
    const { doc, view, at, cueAt } = reading(text);
    const cue = cueAt(cueWord, cueLength);
    const content = { first: at(contentFrom), end: contentTo ? at(contentTo) : view.count - 1, margin: 1 };
    return spanText(doc, { first: cue.first, end: withoutDanglingPreposition(doc, view, cue, [content]) });
  };

  it('ends a cue before a preposition whose object is not the content', () => {
    expect(cueText('"We will appeal," Reyes said in a phone interview.', 'said', 2, 'We', ',')).toBe('said');
  });

  it("ends a cue before a setting's `one` and its preposition", () => {
    expect(cueText('"The port is not a museum," Ortiz said in one of her debates.', 'said', 3, 'The', ',')).toBe(
      'said',
    );
    expect(cueText('"We will rebuild," Ortiz said at one point.', 'said', 3, 'We', ',')).toBe('said');
    expect(cueText('Ortiz counted on one donor to pay.', 'counted', 3, 'donor')).toBe('counted on one');
  });

  it('leaves a setting too long to join the cue out of it', () => {
    const text = "Whitfield noted in a guest column in Sunday's Harbor Gazette that anger had grown.";
    expect(cueText(text, 'noted', 2, 'that')).toBe('noted');
  });

  it('keeps according to, a particle, and a preposition the content follows', () => {
    expect(cueText('Prices rose, according to the survey.', 'according', 2, 'Prices', ',')).toBe('according to');
    expect(cueText('"Prices will rise," Reyes pointed out.', 'pointed', 2, 'Prices', ',')).toBe('pointed out');
    expect(cueText('Reyes called on the council to act.', 'called', 2, 'the')).toBe('called on');
  });

  it('takes in the object of the setting a speech verb ran into when the reported clause follows it', () => {
    expect(cueText('Hale posted on X that the board should sell.', 'posted', 2, 'that')).toBe('posted on X');
    expect(cueText('Reyes said in a note to clients that prices would rise.', 'said', 5, 'that')).toBe(
      'said in a note to clients',
    );
    expect(cueText('Critics pointed to charities that fund the group.', 'pointed', 2, 'that')).toBe('pointed');
  });
});

describe('cueWithoutTrailingArticle', () => {
  it('ends a cue before an article, which opens the content after it', () => {
    const { doc, at, cueAt } = reading('Corvel on Wednesday unveiled a folding phone priced at $999.');
    const content = { first: at('folding'), end: at('.'), margin: 1 };
    const cue = cueWithoutTrailingArticle(doc, cueAt('unveiled', 2), [content]);
    expect(spanText(doc, cue)).toBe('unveiled');
    expect(spanText(doc, content)).toBe('a folding phone priced at $999');
  });

  it('leaves a cue of one word, or one ending on another word, alone', () => {
    const { doc, cueAt } = reading('The firm said the plan would fail, and called for a vote.');
    expect(spanText(doc, cueWithoutTrailingArticle(doc, cueAt('said'), []))).toBe('said');
    const calledFor = cueAt('called', 2);
    expect(spanText(doc, cueWithoutTrailingArticle(doc, calledFor, []))).toBe('called for');
  });
});
