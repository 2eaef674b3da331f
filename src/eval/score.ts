import type { Span } from '../core/index.js';
import { type AttributionSpans, SPAN_TYPES, type SpanType } from './brat.js';
import { addDiagnostics, DIAGNOSTIC_NAMES, type Diagnostics, newDiagnostics } from './diagnostics.js';
import type { GoldSet } from './gold.js';
import { greedyMatch } from './match.js';
import { compareCodePoints } from './offsets.js';
import { type PredictionSet, predictionAttributions } from './predictions.js';
import { type TokenSet, WordTokens } from './tokens.js';

/**
 * The attribution scorer of ../shared/docs/evaluation.md. It reproduces the
 * reference implementation, ../shared/tools/score.py, figure for figure (a
 * parity test runs both on PolNeAR dev).
 */

export interface SpanCounts {
  gold: number;
  pred: number;
  /** Pairs made by the greedy matching (overlap). */
  matched: number;
  /** Pairs with identical token sets. */
  exact: number;
  /** Tokens shared by the pairs. */
  token_inter: number;
  gold_tokens: number;
  pred_tokens: number;
}

export interface RelationCounts {
  gold: number;
  pred: number;
  matched: number;
}

export interface Counts {
  cue: SpanCounts;
  source: SpanCounts;
  content: SpanCounts;
  relation: RelationCounts;
}

export interface PRF {
  p: number;
  r: number;
  f1: number;
}

export interface SpanScore {
  exact: PRF;
  overlap: PRF;
  token: PRF;
  counts: SpanCounts;
}

export interface FileSummary {
  gold: number;
  scored_with_predictions: number;
  missing_predictions: string[];
  text_mismatch: string[];
  unknown_predictions: string[];
}

/** score.py's `--json` result, field for field. */
export interface ScoreResult {
  cue: SpanScore;
  source: SpanScore;
  content: SpanScore;
  relation: PRF & { counts: RelationCounts };
  files: FileSummary;
  diagnostics: Diagnostics;
}

export function newCounts(): Counts {
  const span = (): SpanCounts => ({
    gold: 0,
    pred: 0,
    matched: 0,
    exact: 0,
    token_inter: 0,
    gold_tokens: 0,
    pred_tokens: 0,
  });
  return { cue: span(), source: span(), content: span(), relation: { gold: 0, pred: 0, matched: 0 } };
}

/** An attribution as the metrics see it: token sets, plus the cue's characters for token-less cues. */
interface TokenizedAttribution {
  cue: TokenSet;
  source: TokenSet;
  content: TokenSet;
  cueChars: Span[];
}

function charOverlap(a: Span[], b: Span[]): boolean {
  return a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
}

/**
 * Whole attributions pair when content Dice ≥ 0.5, the cues share a token — or,
 * when either cue has no word token (`:` or a dash, common in PolNeAR), share a
 * character — and the sources share a token or are both absent.
 */
function relationEligible(p: TokenizedAttribution, g: TokenizedAttribution): boolean {
  if (4 * p.content.intersectionSize(g.content) < p.content.size + g.content.size) return false;
  const cuesMeet =
    p.cue.intersects(g.cue) || ((p.cue.size === 0 || g.cue.size === 0) && charOverlap(p.cueChars, g.cueChars));
  if (!cuesMeet) return false;
  return (p.source.size === 0 && g.source.size === 0) || p.source.intersects(g.source);
}

/** Adds one article's counts. `text` is the gold text; both sides are UTF-16 spans into it. */
export function scoreDocument(
  text: string,
  goldAttributions: readonly AttributionSpans[],
  predAttributions: readonly AttributionSpans[],
  counts: Counts,
): void {
  const tokens = new WordTokens(text);
  const gold = tokenizeAttributions(tokens, goldAttributions);
  const pred = tokenizeAttributions(tokens, predAttributions);

  for (const type of SPAN_TYPES) {
    const ps = pred.map((a) => a[type]).filter((set) => set.size > 0); // token-less spans dropped
    const gs = gold.map((a) => a[type]).filter((set) => set.size > 0);
    const c = counts[type];
    c.pred += ps.length;
    c.gold += gs.length;
    for (const set of ps) c.pred_tokens += set.size;
    for (const set of gs) c.gold_tokens += set.size;
    for (const [i, j] of greedyMatch(ps, gs, (set) => set)) {
      c.matched++;
      if (ps[i].equals(gs[j])) c.exact++;
      c.token_inter += ps[i].intersectionSize(gs[j]);
    }
  }

  const r = counts.relation;
  r.pred += pred.length;
  r.gold += gold.length;
  r.matched += matchRelations(pred, gold).length;
}

function tokenizeAttributions(tokens: WordTokens, list: readonly AttributionSpans[]): TokenizedAttribution[] {
  return list.map((a) => ({
    cue: tokens.tokenSet(a.cue),
    source: tokens.tokenSet(a.source),
    content: tokens.tokenSet(a.content),
    cueChars: a.cue,
  }));
}

function matchRelations(pred: TokenizedAttribution[], gold: TokenizedAttribution[]): [number, number][] {
  return greedyMatch(pred, gold, (a) => a.content, relationEligible);
}

/** For each predicted attribution, whether the relation metric pairs it with a gold one (for reliability tables). */
export function relationHits(
  text: string,
  goldAttributions: readonly AttributionSpans[],
  predAttributions: readonly AttributionSpans[],
): boolean[] {
  const tokens = new WordTokens(text);
  const hits = predAttributions.map(() => false);
  const pairs = matchRelations(
    tokenizeAttributions(tokens, predAttributions),
    tokenizeAttributions(tokens, goldAttributions),
  );
  for (const [i] of pairs) hits[i] = true;
  return hits;
}

export function prf(tpP: number, nP: number, tpR: number, nR: number): PRF {
  const p = nP ? tpP / nP : 0;
  const r = nR ? tpR / nR : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1 };
}

function spanScore(c: SpanCounts): SpanScore {
  return {
    exact: prf(c.exact, c.pred, c.exact, c.gold),
    overlap: prf(c.matched, c.pred, c.matched, c.gold),
    token: prf(c.token_inter, c.pred_tokens, c.token_inter, c.gold_tokens),
    counts: { ...c },
  };
}

/** Precision, recall and F1 from summed counts (micro average). */
export function summarize(counts: Counts): Pick<ScoreResult, SpanType | 'relation'> {
  const r = counts.relation;
  return {
    cue: spanScore(counts.cue),
    source: spanScore(counts.source),
    content: spanScore(counts.content),
    relation: { ...prf(r.matched, r.pred, r.matched, r.gold), counts: { ...r } },
  };
}

/**
 * Scores predictions against a gold set. A gold article without a prediction
 * counts as all missed; a prediction whose `text` is not the gold text counts as
 * empty (its offsets would point elsewhere). `diagnostics` are those collected
 * while reading the predictions; gold's are added.
 */
export function scoreGold(gold: GoldSet, predictions: PredictionSet, diagnostics = newDiagnostics()): ScoreResult {
  const diag = { ...diagnostics };
  addDiagnostics(diag, gold.diagnostics);
  const counts = newCounts();
  const missing: string[] = [];
  const mismatch: string[] = [];
  for (const doc of gold.documents) {
    const prediction = predictions.get(doc.name);
    let pred: AttributionSpans[] = [];
    if (prediction === undefined) missing.push(doc.name);
    else if (prediction.text !== doc.text) mismatch.push(doc.name);
    else pred = predictionAttributions(prediction, doc.text, diag);
    scoreDocument(doc.text, doc.attributions, pred, counts);
  }
  const goldNames = new Set(gold.documents.map((doc) => doc.name));
  const sortedDiagnostics = Object.fromEntries(
    [...DIAGNOSTIC_NAMES].sort(compareCodePoints).map((name) => [name, diag[name]]),
  ) as Diagnostics;
  return {
    ...summarize(counts),
    files: {
      gold: gold.documents.length,
      scored_with_predictions: gold.documents.length - missing.length - mismatch.length,
      missing_predictions: missing,
      text_mismatch: mismatch,
      unknown_predictions: [...predictions.keys()].filter((name) => !goldNames.has(name)).sort(compareCodePoints),
    },
    diagnostics: sortedDiagnostics,
  };
}
