import { describe, expect, it } from 'vitest';
import { Doc } from '../core/index.js';
import { toContractDocument, toContractError, toNdjsonLine } from './json.js';

const TEXT = '“We will rebuild,” the mayor said, “whatever it costs.”\n';

function docWithAttribution(): Doc {
  const doc = new Doc(TEXT, 'story.txt');
  doc.sentences = [{ start: 0, end: TEXT.length - 1, firstToken: 0, endToken: 0, paragraph: 0 }];
  doc.attributions = [
    {
      // pieces given out of order: the contract wants them in text order
      content: [
        { start: 36, end: 53 },
        { start: 1, end: 16 },
      ],
      source: [{ start: 19, end: 28 }],
      cue: [{ start: 29, end: 33 }],
      kind: 'direct',
      confidence: 0.87654,
      parent: null,
      entity: null,
      via: null,
      rule: 'test',
    },
  ];
  return doc;
}

describe('toContractDocument', () => {
  it('writes every contract field, with empty layers where a stage has not run', () => {
    const json = toContractDocument(new Doc('Hello.', 'a.txt'));
    expect(json).toEqual({
      schema: 'whosaid/1',
      file: 'a.txt',
      title: null,
      byline: null,
      published: null,
      publisher: null,
      url: null,
      text: 'Hello.',
      boilerplate: [],
      headings: [],
      sourcePaths: [],
      attributions: [],
      entities: [],
      noComment: [],
      report: expect.objectContaining({ attributions: 0, anonymousShare: 0 }),
    });
  });

  it('numbers attributions, orders pieces by position and gives each span its text', () => {
    const [attribution] = toContractDocument(docWithAttribution()).attributions;
    expect(attribution).toEqual({
      id: 'a1',
      cue: [{ start: 29, end: 33, text: 'said' }],
      source: [{ start: 19, end: 28, text: 'the mayor' }],
      content: [
        { start: 1, end: 16, text: 'We will rebuild' },
        { start: 36, end: 53, text: 'whatever it costs' },
      ],
      kind: 'direct',
      entity: null,
      via: null,
      parent: null,
      confidence: 0.877,
    });
  });

  it('refuses a span outside the text rather than print offsets that lie', () => {
    const doc = docWithAttribution();
    doc.attributions?.[0].cue.push({ start: 50, end: 999 });
    expect(() => toContractDocument(doc)).toThrow(/a1 cue: span \[50, 999\) lies outside the text/);
  });

  it('prints one line per document, even for text with line breaks and lone surrogates', () => {
    const line = toNdjsonLine(toContractDocument(new Doc('a\nb\u2028c\ud800', 'x')));
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toMatch(/[\n\r\u2028\u2029\u0085]/);
    expect(JSON.parse(line).text).toBe('a\nb\u2028c\ud800');
    expect(JSON.parse(toNdjsonLine(toContractError('x', 'E010 file not found')))).toEqual({
      schema: 'whosaid/1',
      file: 'x',
      error: 'E010 file not found',
    });
  });
});
