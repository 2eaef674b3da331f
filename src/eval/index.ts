export {
  type AttributionSpans,
  type BratAnnotations,
  type BratEvent,
  type BratNote,
  type BratProblems,
  type BratTextBound,
  bratAttributions,
  type GoldProblems,
  readBrat,
  SPAN_TYPES,
  type SpanType,
} from './brat.js';
export { DIAGNOSTIC_NAMES, type DiagnosticName, type Diagnostics, newDiagnostics } from './diagnostics.js';
export { formatScoreJson, formatScoreTable } from './format.js';
export { type GoldDocument, type GoldSet, loadGold, readGoldText } from './gold.js';
export { greedyMatch } from './match.js';
export { type OffsetMap, offsetMap } from './offsets.js';
export {
  addPrediction,
  type PredictionObject,
  type PredictionSet,
  predictionAttributions,
  predictionFromDoc,
  predictionName,
  readPredictions,
} from './predictions.js';
export { formatReliability, type ReliabilityBin, reliabilityTable, type ScoredPrediction } from './reliability.js';
export {
  type Counts,
  newCounts,
  type PRF,
  type RelationCounts,
  relationHits,
  type ScoreResult,
  type SpanCounts,
  type SpanScore,
  scoreDocument,
  scoreGold,
  summarize,
} from './score.js';
export { TokenSet, WordTokens } from './tokens.js';
