import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Doc, type Span } from '../core/index.js';
import { bratAttributions, loadGold, readBrat } from '../eval/index.js';
import { attributionsToBrat, normalizeFragments, toBratAnn } from './brat.js';

const TEXT = '🗳️ "Turnout was high," the clerk said, "and lines were short."\nVoters: "We waited an hour."\n';

function span(needle: string): Span {
  const start = TEXT.indexOf(needle);
  if (start < 0) throw new Error(`not found: ${needle}`);
  return { start, end: start + needle.length };
}

const ATTRIBUTIONS = [
  {
    source: [span('the clerk')],
    cue: [span('said')],
    content: [span('and lines were short.'), span('Turnout was high,')], // out of order on purpose
  },
  { source: [], cue: [span(':')], content: [span('"We waited an hour."')] },
];

describe('attributionsToBrat', () => {
  it("writes PolNeAR's scheme with code point offsets", () => {
    const ann = attributionsToBrat(TEXT, ATTRIBUTIONS);
    const lines = ann.trimEnd().split('\n');
    // The ballot emoji is one code point in brat but two UTF-16 units (plus a variation selector).
    const shift = 1;
    const said = span('said');
    expect(lines).toContain(`T2\tCue ${said.start - shift} ${said.end - shift}\tsaid`);
    expect(lines).toContain('E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3');
    expect(lines).toContain('E2\tAttribution-no-source:T7 Cue:T5 Content:T6');
    expect(lines.find((line) => line.startsWith('T3\t'))).toMatch(
      /^T3\tContent \d+ \d+;\d+ \d+\tTurnout was high, and lines were short\.$/,
    );
  });

  it('reads back as the same spans (round trip through the gold reader)', () => {
    const ann = attributionsToBrat(TEXT, ATTRIBUTIONS);
    const back = bratAttributions(readBrat(ann, TEXT));
    expect(back.problems).toEqual({ danglingRefs: 0, incomplete: 0 });
    expect(back.attributions).toEqual(
      ATTRIBUTIONS.map((a) => ({
        cue: normalizeFragments(a.cue),
        source: normalizeFragments(a.source),
        content: normalizeFragments(a.content),
      })),
    );
  });

  it('keeps every record on one line even when a span crosses a line break', () => {
    const ann = attributionsToBrat(TEXT, [{ source: [], cue: [span('said')], content: [span('short."\nVoters')] }]);
    expect(ann.split('\n').every((line) => line === '' || /^[TE]\d+\t/.test(line))).toBe(true);
    expect(ann).toContain('\tshort." Voters\n');
    expect(readBrat(ann, TEXT).problems.skippedLines).toBe(0);
  });

  it('renders a document and skips attributions without a cue', () => {
    const doc = new Doc(TEXT, 'votes.txt');
    doc.attributions = [
      { ...ATTRIBUTIONS[0], kind: 'mixed', confidence: 1, parent: null, entity: null, via: null, rule: 'test' },
      {
        cue: [],
        source: [],
        content: [span('Turnout')],
        kind: 'direct',
        confidence: 1,
        parent: null,
        entity: null,
        via: null,
        rule: 'test',
      },
    ];
    expect(toBratAnn(doc).match(/^E/gm)).toHaveLength(1);
    expect(toBratAnn(new Doc('Nothing said.'))).toBe('');
  });

  it('round-trips any spans over any text, astral characters included', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'b', ' ', '\n', '\t', 'é', '😀', ':', '"'),
      minLength: 1,
      maxLength: 40,
    });
    const property = fc.property(
      text.chain((t) => {
        // Offsets on code point boundaries, as the analyzer makes them.
        const bounds = [0];
        for (const ch of t) bounds.push(bounds[bounds.length - 1] + ch.length);
        const spanArb = fc
          .tuple(fc.constantFrom(...bounds), fc.constantFrom(...bounds))
          .filter(([a, b]) => a !== b)
          .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
        const fragments = fc.array(spanArb, { minLength: 1, maxLength: 3 });
        const attribution = fc.record({
          cue: fragments,
          source: fc.array(spanArb, { maxLength: 2 }),
          content: fragments,
        });
        return fc.tuple(fc.constant(t), fc.array(attribution, { maxLength: 4 }));
      }),
      ([t, attributions]) => {
        const back = bratAttributions(readBrat(attributionsToBrat(t, attributions), t));
        expect(back.attributions).toEqual(
          attributions.map((a) => ({
            cue: normalizeFragments(a.cue),
            source: normalizeFragments(a.source),
            content: normalizeFragments(a.content),
          })),
        );
      },
    );
    fc.assert(property, { numRuns: 300 });
  });
});

const DEV = join(fileURLToPath(new URL('../../../shared', import.meta.url)), 'data', 'polnear', 'dev');

describe.skipIf(!existsSync(DEV))('brat export of PolNeAR dev gold', () => {
  it('reads back as the same attributions for every article', () => {
    for (const doc of loadGold(DEV).documents) {
      const back = bratAttributions(readBrat(attributionsToBrat(doc.text, doc.attributions), doc.text));
      const normalized = doc.attributions.map((a) => ({
        cue: normalizeFragments(a.cue),
        source: normalizeFragments(a.source),
        content: normalizeFragments(a.content),
      }));
      expect(back.attributions, doc.name).toEqual(normalized);
    }
  });
});
