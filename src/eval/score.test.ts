import { describe, expect, it } from 'vitest';
import type { Span } from '../core/index.js';
import type { AttributionSpans } from './brat.js';
import { newDiagnostics } from './diagnostics.js';
import type { GoldSet } from './gold.js';
import { readPredictions } from './predictions.js';
import { scoreGold } from './score.js';

const TEXT =
  'The governor said the bridge would reopen next week.\n' +
  'Engineers disagreed: the repairs need another month.\n' +
  '"It is safe," a spokesman told reporters.\n';

/** The span of the n-th occurrence of `needle`. */
function span(needle: string, nth = 0, text = TEXT): Span {
  let from = -1;
  for (let k = 0; k <= nth; k++) from = text.indexOf(needle, from + 1);
  if (from < 0) throw new Error(`not found: ${needle}`);
  return { start: from, end: from + needle.length };
}

const GOLD: AttributionSpans[] = [
  { source: [span('The governor')], cue: [span('said')], content: [span('the bridge would reopen next week')] },
  { source: [span('Engineers')], cue: [span(':')], content: [span('the repairs need another month')] },
  { source: [span('a spokesman')], cue: [span('told reporters')], content: [span('"It is safe,"')] },
];

function goldSet(attributions = GOLD, name = 'bridge.txt'): GoldSet {
  return {
    dir: 'memory',
    documents: [{ name, path: `memory/text/${name}`, annPath: 'memory/a.ann', text: TEXT, attributions }],
    diagnostics: newDiagnostics(),
  };
}

/** Scores NDJSON lines built from predicted attributions. */
function score(pred: AttributionSpans[], extra: object = {}, gold = goldSet()) {
  const withText = (list: Span[]) => list.map((s) => ({ ...s, text: TEXT.slice(s.start, s.end) }));
  const line = JSON.stringify({
    file: 'out/bridge.txt',
    text: TEXT,
    attributions: pred.map((a) => ({ cue: withText(a.cue), source: withText(a.source), content: withText(a.content) })),
    ...extra,
  });
  const diagnostics = newDiagnostics();
  return scoreGold(gold, readPredictions(line, diagnostics), diagnostics);
}

describe('scoreGold', () => {
  it('gives 1.0 everywhere for the gold itself; the token-less ":" cue is not a cue span but still relates', () => {
    const result = score(GOLD);
    expect(result.cue.counts.gold).toBe(2); // ':' has no word token
    for (const type of ['cue', 'source', 'content'] as const) {
      expect(result[type].exact.f1).toBe(1);
      expect(result[type].token.f1).toBe(1);
    }
    expect(result.relation).toMatchObject({ p: 1, r: 1, f1: 1, counts: { gold: 3, pred: 3, matched: 3 } });
  });

  it('ignores punctuation and white space at span edges', () => {
    const pred = GOLD.map((a) => ({ ...a, content: a.content.map((s) => ({ start: s.start - 1, end: s.end + 1 })) }));
    expect(score(pred).content.exact.f1).toBe(1);
  });

  it('counts a partial content as overlap, not exact, and scores shared tokens', () => {
    const pred = [{ ...GOLD[0], content: [span('the bridge would reopen')] }];
    const { content, relation } = score(pred);
    expect(content.counts).toMatchObject({ pred: 1, gold: 3, matched: 1, exact: 0, token_inter: 4, pred_tokens: 4 });
    expect(content.overlap.p).toBe(1);
    expect(content.token.r).toBe(4 / 14); // gold contents have 6 + 5 + 3 words
    expect(relation.counts.matched).toBe(1); // Dice 8/10
  });

  it('pairs greedily: the same intersection goes to the smaller union', () => {
    const wide = { ...GOLD[0], content: [span('The governor said the bridge would reopen next week.')] };
    const result = score([wide, GOLD[0]]);
    expect(result.content.counts).toMatchObject({ matched: 1, exact: 1 });
    expect(result.relation.counts.matched).toBe(1);
  });

  it('requires content Dice >= 0.5, meeting cues and matching sources for a relation', () => {
    const shortContent = { ...GOLD[0], content: [span('the bridge')] }; // Dice 4/8: just enough
    const tooShort = { ...GOLD[0], content: [span('bridge')] }; // Dice 2/7
    const noSource = { ...GOLD[0], source: [] };
    const otherCue = { ...GOLD[1], cue: [span('disagreed')] };
    expect(score([shortContent]).relation.counts.matched).toBe(1);
    expect(score([tooShort]).relation.counts.matched).toBe(0);
    expect(score([noSource]).relation.counts.matched).toBe(0);
    expect(score([otherCue]).relation.counts.matched).toBe(0);
    // A token-less predicted cue meets the gold ':' by characters.
    expect(
      score([{ ...GOLD[1], cue: [{ start: span(':').start, end: span(':').end + 1 }] }]).relation.counts.matched,
    ).toBe(1);
  });

  it('scores a prediction for another text as empty, and a missing one as all missed', () => {
    const mismatch = score(GOLD, { text: `${TEXT} ` });
    expect(mismatch.files.text_mismatch).toEqual(['bridge.txt']);
    expect(mismatch.relation.counts).toEqual({ gold: 3, pred: 0, matched: 0 });
    const diagnostics = newDiagnostics();
    const missing = scoreGold(goldSet(), readPredictions('{"file":"other.txt","text":""}\n', diagnostics), diagnostics);
    expect(missing.files).toMatchObject({ missing_predictions: ['bridge.txt'], unknown_predictions: ['other.txt'] });
    expect(missing.content.exact.r).toBe(0);
  });

  it('counts what it cannot use instead of failing', () => {
    const ndjson = [
      JSON.stringify({
        file: 'a/bridge.txt',
        text: TEXT,
        attributions: [
          { cue: [{ start: 13, end: 17, text: 'SAID' }], source: [{ start: 5, end: 2 }], content: 'nope' },
          7,
        ],
      }),
      '{"file": "b/bridge.txt", "text": ""}',
      'not json',
      '[1, 2]',
      '',
    ].join('\r\n');
    const diagnostics = newDiagnostics();
    const result = scoreGold(goldSet(), readPredictions(ndjson, diagnostics), diagnostics);
    expect(result.diagnostics).toMatchObject({
      offset_mismatches: 1,
      pred_malformed_fragments: 2,
      pred_malformed_attributions: 1,
      pred_bad_json_lines: 2,
      pred_duplicate_files: 1,
    });
    expect(result.relation.counts.pred).toBe(2); // a malformed attribution still counts as predicted
    expect(result.cue.exact.p).toBe(1);
  });
});
