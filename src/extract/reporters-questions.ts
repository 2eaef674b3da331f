import { type AttributionLayerItem, type Doc, firstEndingAfter } from '../core/index.js';

/**
 * `Asked whether he would run again, the mayor said ...`, `When asked why,
 * ...`: the reporter's question, which PolNeAR's annotators mark as an
 * attribution without a source (cue `asked`, the question its content). The
 * calibration scores it low, as it scores every attribution without a
 * source, yet on the held-out train articles such attributions below the
 * floor were right 12 times in 14 (fixed taggers, seed 1), so they are kept
 * whatever their confidence (cue exact +0.0019 to +0.0029, relation +0.0019
 * to +0.0025 on each of four seeds: docs/accuracy.md). The cue is the one
 * word `asked`, opening its sentence or right after `when`.
 */
export function isReportersQuestion(doc: Doc, attribution: AttributionLayerItem): boolean {
  if (attribution.source.length > 0 || attribution.cue.length !== 1) return false;
  const tokens = doc.need('tokens');
  const cue = attribution.cue[0];
  const at = firstEndingAfter(tokens.end, cue.start);
  if (at >= tokens.count || tokens.start[at] !== cue.start || tokens.end[at] !== cue.end) return false;
  if (tokens.lower[at] !== 'asked') return false;
  const sentence = doc.need('sentences')[tokens.sentence[at]];
  return at === sentence.firstToken || (tokens.lower[at - 1] === 'when' && at - 1 >= sentence.firstToken);
}
