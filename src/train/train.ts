import { textPipeline } from '../analyze.js';
import { type Doc, Doc as Document, type Sentence } from '../core/index.js';
import { type GoldDocument, relationHits } from '../eval/index.js';
import {
  allowRolesAfter,
  buildTokenView,
  CONTENT_B,
  CONTENT_I,
  CUE_B,
  CUE_CLASSES,
  CUE_I,
  CUE_MAX_FEATURES,
  CUE_MIN_SHARE,
  CUE_O,
  type CueSpan,
  cueContext,
  cueFeatures,
  EdgeCounts,
  extractAttributions,
  isReportersQuestion,
  type LearnedEdges,
  learnedEdgeSets,
  PHRASE_MIN_SHARE,
  ROLE_CLASSES,
  ROLE_CUE_HISTORY,
  ROLE_MAX_FEATURES,
  ROLE_O,
  roleFeatures,
  roleWindow,
  SOURCE_B,
  SOURCE_I,
  type TokenView,
} from '../extract/index.js';
import {
  encodeModel,
  fitLogistic,
  type LogisticModel,
  Perceptron,
  predictLogistic,
  seededRandom,
  shuffleInPlace,
} from '../learn/index.js';
import { type LexicalClasses, loadLexicalClasses } from '../text/index.js';
import { goldCues, goldRoles, tokensOf } from './gold-tags.js';

export interface TrainOptions {
  epochs: number;
  seed: number;
  /**
   * log2 of each tagger's hashed feature space. 20 measured best on PolNeAR
   * dev; 18 lost about a point of cue F1 to collisions.
   */
  bits: number;
  /**
   * Each tagger is the average of this many perceptrons trained in different
   * shuffling orders (seeds derived from `seed`): one linear model as large
   * and as fast as one perceptron, whose scores are the members' mean.
   */
  members: number;
  log?: (line: string) => void;
}

/**
 * Epochs: dev F1 was flat from 4 to 12 passes (cue tagger sweep); 8 is in the
 * middle. Members: three against one gave relation F1 +0.002 to +0.006 and
 * source exact +0.004 to +0.006 on held-out train, on each of four seeds, at
 * three times the training time (docs/accuracy.md).
 */
export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { epochs: 8, seed: 1, bits: 20, members: 3 };

interface Prepared {
  doc: Doc;
  view: TokenView;
  cueTags: Uint8Array;
  cues: (CueSpan | null)[];
  isCueToken: Uint8Array;
  gold: GoldDocument;
}

function prepare(gold: GoldDocument, lexicon: LexicalClasses): Prepared {
  const doc = textPipeline.run(new Document(gold.text, gold.name));
  const view = buildTokenView(doc, lexicon);
  const { tags, cues } = goldCues(doc, gold.attributions);
  const isCueToken = new Uint8Array(view.count);
  for (let i = 0; i < tags.length; i++) isCueToken[i] = tags[i] === CUE_O ? 0 : 1;
  return { doc, view, cueTags: tags, cues, isCueToken, gold };
}

function trainCueSentence(
  p: Prepared,
  sentence: Sentence,
  model: Perceptron,
  features: Int32Array,
  scores: Float64Array,
) {
  let previous = CUE_O;
  let twoBack = CUE_O;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    // Skipped at analysis too; the skipped token is O.
    if (previous === CUE_O && !p.view.cueCandidate[i]) {
      twoBack = CUE_O;
      continue;
    }
    const count = cueFeatures(p.view, sentence, i, previous, twoBack, features);
    model.scores(features, count, scores);
    const guess = model.best(scores, [true, true, previous !== CUE_O]);
    // A gold I after a predicted O cannot be decoded: from here it starts a cue. Updating
    // toward the impossible I would only push O down against B on every feature.
    const truth = p.cueTags[i] === CUE_I && previous === CUE_O ? CUE_B : p.cueTags[i];
    model.update(features, count, truth, guess);
    twoBack = previous;
    previous = guess;
  }
}

function trainRoles(
  p: Prepared,
  index: number,
  seen: Set<number>,
  model: Perceptron,
  features: Int32Array,
  scores: Float64Array,
) {
  const cue = p.cues[index];
  if (!cue || seen.has(cue.first)) return; // one training window per cue
  seen.add(cue.first);
  const window = roleWindow(p.doc, cue, p.view);
  const truth = goldRoles(p.doc, p.gold.attributions[index], window.first, window.end);
  const context = cueContext(p.view, cue);
  const allowed: boolean[] = [];
  let previous = ROLE_O;
  let twoBack = ROLE_O;
  for (let j = window.first; j < window.end; j++) {
    if (j >= cue.first && j < cue.end) {
      twoBack = previous;
      previous = ROLE_CUE_HISTORY;
      continue;
    }
    const count = roleFeatures(p.view, context, j, previous, twoBack, p.isCueToken[j], features);
    model.scores(features, count, scores);
    allowRolesAfter(previous, allowed);
    const guess = model.best(scores, allowed);
    model.update(features, count, reachableRole(truth[j - window.first], allowed), guess);
    twoBack = previous;
    previous = guess;
  }
}

/** A gold inside-tag that the predicted history forbids becomes the role's begin-tag. */
function reachableRole(tag: number, allowed: boolean[]): number {
  if (allowed[tag]) return tag;
  return tag === SOURCE_I ? SOURCE_B : tag === CONTENT_I ? CONTENT_B : tag;
}

interface Taggers {
  cue: Perceptron;
  role: Perceptron;
}

/** Seeds of an ensemble's later members: far apart, so no two members share a shuffling order. */
const MEMBER_SEED_STRIDE = 7919;

/** The taggers averaged over `options.members` shuffling orders (see TrainOptions). */
function trainTaggers(prepared: Prepared[], options: TrainOptions, log: (line: string) => void): Taggers {
  const sum = trainMember(prepared, options, log);
  for (let m = 1; m < options.members; m++) {
    const seed = options.seed + MEMBER_SEED_STRIDE * m;
    const member = trainMember(prepared, { ...options, seed }, (line) => log(`member ${m + 1}: ${line}`));
    addInto(sum.cue.weights, member.cue.weights);
    addInto(sum.role.weights, member.role.weights);
  }
  if (options.members > 1) {
    scaleInPlace(sum.cue.weights, 1 / options.members);
    scaleInPlace(sum.role.weights, 1 / options.members);
  }
  return sum;
}

function addInto(target: Float32Array, other: Float32Array): void {
  for (let i = 0; i < target.length; i++) target[i] += other[i];
}

function scaleInPlace(weights: Float32Array, factor: number): void {
  for (let i = 0; i < weights.length; i++) weights[i] *= factor;
}

function trainMember(prepared: Prepared[], options: TrainOptions, log: (line: string) => void): Taggers {
  const started = Date.now();
  const cue = new Perceptron(CUE_CLASSES, options.bits);
  const role = new Perceptron(ROLE_CLASSES, options.bits);
  cue.startTraining();
  role.startTraining();
  const random = seededRandom(options.seed);
  const cueFeaturesBuffer = new Int32Array(CUE_MAX_FEATURES);
  const roleFeaturesBuffer = new Int32Array(ROLE_MAX_FEATURES);
  const scores = new Float64Array(Math.max(CUE_CLASSES, ROLE_CLASSES));
  const order = prepared.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const d of order) {
      const p = prepared[d];
      for (const sentence of p.doc.need('sentences')) trainCueSentence(p, sentence, cue, cueFeaturesBuffer, scores);
      const seen = new Set<number>();
      for (let a = 0; a < p.gold.attributions.length; a++) trainRoles(p, a, seen, role, roleFeaturesBuffer, scores);
    }
    log(
      `epoch ${epoch}/${options.epochs} on ${prepared.length} articles, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  cue.finishTraining();
  role.finishTraining();
  return { cue, role };
}

/** Where annotators put the edges of cues, sources and contents, counted over the articles' gold fragments. */
function learnEdges(prepared: Prepared[]): LearnedEdges {
  const cue = new EdgeCounts();
  const source = new EdgeCounts();
  const content = new EdgeCounts();
  for (const { doc, gold } of prepared) {
    for (const attribution of gold.attributions) {
      for (const [counts, fragments] of [
        [cue, attribution.cue],
        [source, attribution.source],
        [content, attribution.content],
      ] as const) {
        for (const fragment of fragments) {
          const range = tokensOf(doc, fragment);
          if (range) counts.add(doc, range.first, range.end);
        }
      }
    }
  }
  return {
    cue: cue.pairs(CUE_MIN_SHARE),
    source: source.pairs(PHRASE_MIN_SHARE),
    content: content.pairs(PHRASE_MIN_SHARE),
  };
}

/**
 * The calibration is fitted on every article once, each time held out from
 * taggers trained on the other four fifths (5-fold). One fold alone (the
 * first 20 %) let the floor move between 0.3 and 0.4 with the shuffling seed;
 * five folds gave relation F1 +0.001 and content overlap +0.004 on held-out
 * train over four seeds (docs/accuracy.md), at five times the calibration's
 * training time.
 */
const CALIBRATION_FOLDS = 5;
/** Below this many articles there is nothing sensible to hold out. */
const MIN_ARTICLES_TO_CALIBRATE = 20;

/**
 * Fits the map from the taggers' margins to a probability of being right (by
 * the relation metric): in each fold, taggers trained on 80 % of the articles
 * extract from the other 20 %, and a logistic regression learns from what
 * came out of all five.
 */
function fitCalibration(
  prepared: Prepared[],
  lexicon: LexicalClasses,
  options: TrainOptions,
  log: (line: string) => void,
): Calibration | null {
  if (prepared.length < MIN_ARTICLES_TO_CALIBRATE) return null;
  const order = shuffleInPlace(
    prepared.map((_, i) => i),
    seededRandom(options.seed + 1),
  );
  const inputs: number[][] = [];
  const labels: boolean[] = [];
  const alwaysKept: boolean[] = [];
  let goldCount = 0;
  for (const [fold, articles] of foldsOf(order, CALIBRATION_FOLDS).entries()) {
    const heldOut = new Set(articles);
    const training = prepared.filter((_, i) => !heldOut.has(i));
    const taggers = trainTaggers(training, options, (line) =>
      log(`calibration fold ${fold + 1}/${CALIBRATION_FOLDS}: ${line}`),
    );
    const model = {
      ...taggers,
      lexicon,
      calibration: null,
      minConfidence: 0,
      edges: learnedEdgeSets(learnEdges(training)),
      header: { format: 'whosaid-model/1' as const },
    };
    for (const i of heldOut) {
      const { doc, gold } = prepared[i];
      goldCount += gold.attributions.length;
      const attributions = extractAttributions(doc, model);
      const hits = relationHits(gold.text, gold.attributions, attributions);
      attributions.forEach((attribution, k) => {
        // One derived from another (the person an outlet quoted) has no margins of its own to learn from.
        if (!attribution.evidence) return;
        inputs.push(attribution.evidence);
        labels.push(hits[k]);
        alwaysKept.push(isReportersQuestion(doc, attribution));
      });
    }
  }
  const logistic = fitLogistic(inputs, labels);
  const minConfidence = bestConfidenceFloor(
    inputs.map((x) => predictLogistic(logistic, x)),
    labels,
    goldCount,
    alwaysKept,
  );
  log(
    `calibration: fitted on ${inputs.length} attributions from held-out articles; keeping confidence ≥ ${minConfidence}`,
  );
  return { logistic, minConfidence };
}

/** `order` cut into `count` folds of one size, the last taking what is left over. */
function foldsOf(order: number[], count: number): number[][] {
  const size = Math.round(order.length / count);
  return Array.from({ length: count }, (_, fold) =>
    order.slice(fold * size, fold === count - 1 ? order.length : (fold + 1) * size),
  );
}

interface Calibration {
  logistic: LogisticModel;
  minConfidence: number;
}

/** Candidate floors: attributions below the floor are dropped; 0 keeps all. */
const CONFIDENCE_FLOORS = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4];

/**
 * The confidence below which attributions cost more precision than they bring
 * recall: the floor that maximises relation F1 on the held-out articles,
 * F1 = 2·right / (kept + gold). Attributions marked `alwaysKept` (a
 * reporter's question) are kept at every floor, as extraction keeps them.
 */
export function bestConfidenceFloor(
  confidences: number[],
  right: boolean[],
  goldCount: number,
  alwaysKept: boolean[] = [],
): number {
  let best = 0;
  let bestF1 = -1;
  for (const floor of CONFIDENCE_FLOORS) {
    let kept = 0;
    let hits = 0;
    confidences.forEach((confidence, k) => {
      if (confidence < floor && !alwaysKept[k]) return;
      kept++;
      if (right[k]) hits++;
    });
    const f1 = kept + goldCount > 0 ? (2 * hits) / (kept + goldCount) : 0;
    if (f1 > bestF1) {
      bestF1 = f1;
      best = floor;
    }
  }
  return best;
}

/** Trains the cue and role taggers on gold documents; returns the encoded model file. */
export function trainModel(golds: GoldDocument[], options: TrainOptions = DEFAULT_TRAIN_OPTIONS): Buffer {
  const log = options.log ?? (() => {});
  const started = Date.now();
  const lexicon = loadLexicalClasses();
  const prepared = golds.map((gold) => prepare(gold, lexicon));
  log(`prepared ${prepared.length} articles in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const calibration = fitCalibration(prepared, lexicon, options, log);
  const { cue, role } = trainTaggers(prepared, options, log);
  const header = {
    trainedOn: golds.length,
    epochs: options.epochs,
    seed: options.seed,
    bits: options.bits,
    members: options.members,
    calibration: calibration?.logistic ?? null,
    minConfidence: calibration?.minConfidence ?? 0,
    lexicon,
    edges: learnEdges(prepared),
  };
  return encodeModel(header, { cue, role });
}
