import { describe, expect, it } from 'vitest';
import { POS_TAGS } from '../core/index.js';
import { findParagraphs } from './paragraphs.js';
import { tokenize } from './tokens.js';
import { its, learnedWords, posTags, readDoc, readTokens } from './wink.js';

/** The sentences `tokenize` finds in `text`, as text. */
function sentencesOf(text: string): string[] {
  const { sentences } = tokenize(text, findParagraphs(text));
  return sentences.map((s) => text.slice(s.start, s.end));
}

function tokensOf(text: string): string[] {
  const { tokens } = tokenize(text, findParagraphs(text));
  return Array.from({ length: tokens.count }, (_, i) => text.slice(tokens.start[i], tokens.end[i]));
}

describe('tokenize', () => {
  it('gives offsets into the original text, white space excluded', () => {
    const text = 'The mayor said  it won’t pass.\n\n  "We tried," she told reporters.';
    const { tokens } = tokenize(text, findParagraphs(text));
    for (let i = 0; i < tokens.count; i++) {
      const surface = text.slice(tokens.start[i], tokens.end[i]);
      expect(surface.trim()).toBe(surface);
      expect(surface.length).toBeGreaterThan(0);
      if (i > 0) expect(tokens.start[i]).toBeGreaterThanOrEqual(tokens.end[i - 1]);
    }
    expect(tokensOf(text)).toContain('said');
    expect(tokensOf(text)).toContain('told');
  });

  it('never lets a sentence cross a paragraph break', () => {
    const text = 'A heading without a stop\nThe council met on Monday and voted\n\nagainst the plan.';
    const paragraphs = findParagraphs(text);
    const { sentences } = tokenize(text, paragraphs);
    for (const sentence of sentences) {
      const inside = paragraphs.filter((p) => p.start <= sentence.start && sentence.end <= p.end);
      expect(inside).toHaveLength(1);
    }
  });

  it('ends a sentence at `in.` or `no.` before a capital, which wink-nlp reads as abbreviations', () => {
    const text = 'Students also weighed in. Senior staff said no. The board met. It rained 6 in. overnight.';
    expect(sentencesOf(text)).toEqual([
      'Students also weighed in.',
      'Senior staff said no.',
      'The board met.',
      'It rained 6 in. overnight.',
    ]);
  });

  it('ends a sentence after a number and a letter (`4A.`) before a capital, and keeps an initial after a space', () => {
    const text = 'Voters rejected Measure 4A. He conceded. The vote on Proposition 12 B. Ruiz called was close.';
    expect(sentencesOf(text)).toEqual([
      'Voters rejected Measure 4A.',
      'He conceded.',
      'The vote on Proposition 12 B. Ruiz called was close.',
    ]);
  });

  it('ends a sentence at an abbreviation before an opening quotation mark and a capital', () => {
    const text = 'She heard a bang shortly after 2 a.m. "I called 911," she said. He left at 3 a.m. on Friday.';
    expect(sentencesOf(text)).toEqual([
      'She heard a bang shortly after 2 a.m.',
      '"I called 911," she said.',
      'He left at 3 a.m. on Friday.',
    ]);
  });

  it('keeps a party tag in its sentence when a comma or a lower-case word follows it', () => {
    const text =
      'Sen. Ana Ruiz (D-N.Y.), a member of the panel, has warned of cuts. Rep. Lee Park (R-Kan.) has not. He met Ruiz (D-N.Y.). Then they left.';
    expect(sentencesOf(text)).toEqual([
      'Sen. Ana Ruiz (D-N.Y.), a member of the panel, has warned of cuts.',
      'Rep. Lee Park (R-Kan.) has not.',
      'He met Ruiz (D-N.Y.).',
      'Then they left.',
    ]);
  });

  it("keeps AP's party tag between commas in its sentence", () => {
    const text = 'Rep. Lee Park, R-N.Y., noted the cuts. Sen. Ana Ruiz, D-S.C., said no. Both left.';
    expect(sentencesOf(text)).toEqual([
      'Rep. Lee Park, R-N.Y., noted the cuts.',
      'Sen. Ana Ruiz, D-S.C., said no.',
      'Both left.',
    ]);
  });

  it('keeps a word with Latin letters beyond Latin-1 whole, as a name, with its own lower case', () => {
    const text = 'Ana Petrović met Recep Erdoğan and Łukasz Nguyễn.';
    expect(tokensOf(text)).toEqual(['Ana', 'Petrović', 'met', 'Recep', 'Erdoğan', 'and', 'Łukasz', 'Nguyễn', '.']);
    const { tokens } = tokenize(text, findParagraphs(text));
    expect(tokens.lower[1]).toBe('petrović');
    expect(tokens.lemma[4]).toBe('erdoğan');
    expect([1, 4, 6, 7].map((i) => POS_TAGS[tokens.pos[i]])).toEqual(['PROPN', 'PROPN', 'PROPN', 'PROPN']);
  });

  it('tokenizes a text the same whatever was analyzed before it', () => {
    // wink-nlp on its own would remember the unsplit "Qwertzville's" from the
    // first text and stop splitting it in the second (see wink.ts).
    const probe = "Qwertzville's mayor spoke on Friday.";
    const before = tokensOf(probe);
    tokensOf("Nobody asked about Qwertzville's, the aide said. 'Qwertzville's' was all he wrote.");
    expect(tokensOf(probe)).toEqual(before);
    expect(before.slice(0, 2)).toEqual(['Qwertzville', "'s"]);
  });

  it('starts a fresh wink-nlp instance once it has learned too many words, with the same results', () => {
    const story = (prefix: string) =>
      Array.from(
        { length: 200 },
        (_, k) => `${prefix}${k.toString(36)}'s aide said ${prefix}${k}-led talks ended.`,
      ).join(' ');
    const read = (text: string, maxLearned: number) => {
      const doc = readDoc(text, maxLearned);
      return [doc.tokens().out(its.value), doc.tokens().out(its.pos)];
    };
    read(story('Zqxa'), Number.POSITIVE_INFINITY);
    const afterFirst = learnedWords();
    const learning = read(story('Zqxb'), Number.POSITIVE_INFINITY);
    const afterBoth = learnedWords();
    expect(afterBoth).toBeGreaterThan(afterFirst + 200);
    const renewed = read(story('Zqxb'), 100);
    expect(learnedWords()).toBeLessThan(afterBoth - 200);
    expect(renewed).toEqual(learning);
  });

  it('can start a fresh wink-nlp instance any number of times', () => {
    for (let k = 0; k < 30; k++) readDoc(`Zqxc${k}vore's aide said so.`, 0);
    expect(learnedWords()).toBeLessThan(20);
  });

  it("reads the same tokens from wink-nlp's packed data as its own `out` does", () => {
    const text = "The mayors can't stop said, \u00a0 \"They're  ELECTED.\"\n\nMr. O'Neil's U.S.-led talks ended.";
    const doc = readDoc(text);
    const reading = readTokens(text);
    const lowerLemma = (lemma: string | undefined, value: string) => (lemma ?? value).toLowerCase();
    const values = doc.tokens().out(its.value) as string[];
    const lemmas = doc.tokens().out(its.lemma) as string[];
    expect(Array.from({ length: reading.count }, (_, i) => reading.value(i))).toEqual(values);
    expect(Array.from({ length: reading.count }, (_, i) => reading.spacesBefore(i))).toEqual(
      (doc.tokens().out(its.precedingSpaces) as string[]).map((spaces) => spaces.length),
    );
    expect(Array.from({ length: reading.count }, (_, i) => posTags()[reading.posId(i)])).toEqual(
      doc.tokens().out(its.pos),
    );
    for (let round = 0; round < 2; round++) {
      expect(Array.from({ length: reading.count }, (_, i) => reading.lowerLemma(i))).toEqual(
        values.map((value, i) => lowerLemma(lemmas[i], value)),
      );
    }
    const starts: number[] = [];
    doc.sentences().each((sentence) => starts.push((sentence.out(its.span) as [number, number])[0]));
    expect(reading.sentenceStarts()).toEqual(starts);
  });
});
