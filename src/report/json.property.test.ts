import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyze.js';
import type { ContractDocument, TextSpan } from '../core/index.js';
import { toContractDocument, toNdjsonLine } from './json.js';

/** Pieces that stress the analyzer: quote marks of every kind, cue words, line breaks, astral and lone surrogates. */
const piece = fc.oneof(
  fc.constantFrom(
    '"',
    '“',
    '”',
    "'",
    '‘',
    '’',
    '«',
    '»',
    '„',
    "''",
    '``',
    ',',
    '.',
    ':',
    '—',
    ' ',
    '\n',
    '\n\n',
    '\r\n',
  ),
  fc.constantFrom('said', 'told reporters', 'according to', 'Mayor Whitlock', 'he', 'declined to comment', '[ad_1]'),
  fc.constantFrom('😀', '\ud800', '\udc00', '\u00a0', '\ufeff', '\u2028', '\u0000', 'é', 'ﬁ', '\u0301'),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ maxLength: 12 }),
);
const articleLike = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(''));

function allSpans(json: ContractDocument): TextSpan[] {
  return [
    ...json.boilerplate,
    ...json.headings,
    ...json.noComment,
    ...json.attributions.flatMap((a) => [...a.cue, ...a.source, ...a.content]),
    ...json.entities.flatMap((e) => e.mentions),
  ];
}

function checkDocument(text: string): void {
  const json = toContractDocument(analyzeText(text, 'prop.txt'));
  expect(json.text).toBe(text);
  for (const span of allSpans(json)) {
    expect(0 <= span.start && span.start <= span.end && span.end <= text.length).toBe(true);
    expect(span.text).toBe(text.slice(span.start, span.end));
  }
  const ids = new Set(json.attributions.map((a) => a.id));
  const parentOf = new Map(json.attributions.map((a) => [a.id, a.parent]));
  for (const attribution of json.attributions) {
    if (attribution.parent !== null) expect(ids.has(attribution.parent)).toBe(true);
    // Walking up the nesting ends: no attribution is its own ancestor.
    const seen = new Set([attribution.id]);
    for (let up = attribution.parent; up !== null; up = parentOf.get(up) ?? null) {
      expect(seen.has(up)).toBe(false);
      seen.add(up);
    }
  }
  for (const value of Object.values(json.report)) {
    if (typeof value === 'number') expect(Number.isFinite(value) && value >= 0).toBe(true);
  }
  expect(JSON.parse(toNdjsonLine(json)).text).toBe(text);
}

describe('analyzeText + JSON, for any input', () => {
  it('never throws; spans lie in the text and equal their slice', () => {
    fc.assert(
      fc.property(articleLike, (text) => checkDocument(text)),
      { numRuns: 300 },
    );
  });

  it('handles arbitrary full-Unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => checkDocument(text)),
      { numRuns: 100 },
    );
  });
});

// Pathological inputs (1 MB without punctuation, 20k unbalanced quote marks) run through
// the built CLI with a time limit in src/cli/main.test.ts: a child process can be stopped.
