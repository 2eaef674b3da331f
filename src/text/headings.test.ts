import { describe, expect, it } from 'vitest';
import type { Span } from '../core/index.js';
import { findHeadings, looksLikeHeading } from './headings.js';
import { findParagraphs } from './paragraphs.js';

function headingsOf(lines: string[], boilerplate: Span[] = []): string[] {
  const text = lines.join('\n');
  return findHeadings(text, findParagraphs(text), boilerplate).map((span) => text.slice(span.start, span.end));
}

const TITLE = 'Harbor council approves new ferry schedule';
const STORY = [
  'The Brindle Bay harbor council voted 6 to 1 on Tuesday to add two evening ferries, officials said.',
  'The change takes effect in March, according to the council clerk, Ona Pelt.',
];

describe('findHeadings', () => {
  it('finds a short line between two story paragraphs', () => {
    expect(headingsOf([TITLE, STORY[0], 'Budget Questions', STORY[1]])).toEqual(['Budget Questions']);
  });

  it('does not take the title line at the top for a section heading', () => {
    expect(headingsOf([TITLE, ...STORY])).toEqual([]);
  });

  it('does not take the last line, bylines or datelines', () => {
    expect(headingsOf([STORY[0], 'By Ona Pelt', STORY[1]])).toEqual([]);
    expect(headingsOf([STORY[0], 'BRINDLE BAY (Wire) —', STORY[1]])).toEqual([]);
    expect(headingsOf([...STORY, 'Ferry timetable'])).toEqual([]);
  });

  it('does not take items of a list of short lines', () => {
    expect(headingsOf([STORY[0], 'Ona Pelt, 52', 'Marek Dall, 61', 'Ida Rusk, 47', STORY[1]])).toEqual([]);
  });

  it('does not take a line that is the start of a broken sentence', () => {
    expect(headingsOf([STORY[0], 'The council also voted', 'on a new pier, the clerk said.', STORY[1]])).toEqual([]);
  });

  it('skips boilerplate lines', () => {
    const text = [STORY[0], 'Harbor Budget', STORY[1]].join('\n');
    const start = text.indexOf('Harbor Budget');
    expect(findHeadings(text, findParagraphs(text), [{ start, end: start + 13 }])).toEqual([]);
  });
});

describe('looksLikeHeading', () => {
  it('accepts short unpunctuated lines and rejects sentences, lists and markup', () => {
    expect(looksLikeHeading('Attempts to reopen the northern mine')).toBe(true);
    expect(looksLikeHeading('WHAT COMES NEXT')).toBe(true);
    expect(looksLikeHeading('The mine reopened.')).toBe(false);
    expect(looksLikeHeading('What comes next?')).toBe(false);
    expect(looksLikeHeading('- first item')).toBe(false);
    expect(looksLikeHeading('.ferry-table {')).toBe(false);
    expect(looksLikeHeading('17')).toBe(false);
    expect(looksLikeHeading('and then the council adjourned')).toBe(false);
    expect(looksLikeHeading('A heading that goes on far too long to be one at all in any article')).toBe(false);
  });
});
