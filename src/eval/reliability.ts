import type { AttributionSpans } from './brat.js';
import type { GoldSet } from './gold.js';
import { relationHits } from './score.js';

/** Confidence bins of width 0.1; an attribution's bin is floor(confidence × 10). */
const BINS = 10;

export interface ReliabilityBin {
  from: number;
  to: number;
  attributions: number;
  /** Share of them that the relation metric pairs with a gold attribution. */
  correct: number;
  meanConfidence: number;
}

export interface ScoredPrediction {
  name: string;
  attributions: (AttributionSpans & { confidence: number })[];
}

/**
 * A reliability table: predicted attributions grouped by confidence, with the
 * share in each group that is right by the relation metric. A calibrated model
 * has `correct` close to `meanConfidence` in every bin.
 */
export function reliabilityTable(gold: GoldSet, predictions: ScoredPrediction[]): ReliabilityBin[] {
  const byName = new Map(gold.documents.map((doc) => [doc.name, doc]));
  const totals = Array.from({ length: BINS }, () => ({ n: 0, hits: 0, confidence: 0 }));
  for (const prediction of predictions) {
    const doc = byName.get(prediction.name);
    if (!doc) continue;
    const hits = relationHits(doc.text, doc.attributions, prediction.attributions);
    prediction.attributions.forEach((a, i) => {
      const bin = totals[Math.min(BINS - 1, Math.floor(a.confidence * BINS))];
      bin.n++;
      bin.hits += hits[i] ? 1 : 0;
      bin.confidence += a.confidence;
    });
  }
  return totals.map((t, k) => ({
    from: k / BINS,
    to: (k + 1) / BINS,
    attributions: t.n,
    correct: t.n ? t.hits / t.n : 0,
    meanConfidence: t.n ? t.confidence / t.n : 0,
  }));
}

export function formatReliability(bins: ReliabilityBin[]): string {
  const rows = bins
    .filter((bin) => bin.attributions > 0)
    .map(
      (bin) =>
        `| ${bin.from.toFixed(1)}–${bin.to.toFixed(1)} | ${bin.attributions} | ${bin.meanConfidence.toFixed(3)} | ${bin.correct.toFixed(3)} |`,
    );
  return [
    '| confidence | attributions | mean confidence | share correct (relation) |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}
