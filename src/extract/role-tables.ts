import { memoByObject, POS_TAGS } from '../core/index.js';
import { FrozenPerceptron, type Scorer, SumTable } from '../learn/index.js';
import {
  type CueContext,
  cueDistanceFeatures,
  cueOnlySideFeatures,
  cueTraitFeatures,
  cueWordSideFeatures,
  directionOf,
  distanceFeatures,
  MAX_COMMAS,
  MAX_DISTANCE_BUCKET,
  MAX_QUOTE_MARKS,
  MAX_SENTENCE_DELTA,
  newRolePlace,
  nounClassFeatures,
  placeInWindow,
  punctuationFeatures,
  ROLE_CLASSES,
  ROLE_CUE_HISTORY,
  ROLE_MAX_FEATURES,
  type RoleScorer,
  roleCueFeatures,
  roleTokenFeatures,
  secondOrderFeatures,
  sentenceFeatures,
  tokenNounClassFeatures,
  tokenPosFeatures,
  tokenWordFeatures,
  wordFeatures,
} from './role-tagger.js';
import type { TokenView } from './token-view.js';

/** Writes the summed weights of token j's cue-independent features (side `dir`) into `scores`. */
type TokenScorer = (j: number, dir: number, scores: Float64Array) => void;

/** Summed weights of each token's cue-independent features, per side, filled on first use. */
class TokenScoreCache {
  /** Scaled sums, `ROLE_CLASSES` per token and side, from the offset `offset` gives. */
  readonly sums: Float32Array;
  private readonly filled: Uint8Array;
  private readonly scratch = new Float64Array(ROLE_CLASSES);

  constructor(
    view: TokenView,
    private readonly scoreToken: TokenScorer,
  ) {
    this.sums = new Float32Array(view.count * 2 * ROLE_CLASSES);
    this.filled = new Uint8Array(view.count * 2);
  }

  /** Where token j's partial scores for side `dir` start in `sums` (computed on first use). */
  offset(j: number, dir: number): number {
    const key = j * 2 + dir - 1;
    const base = key * ROLE_CLASSES;
    if (!this.filled[key]) {
      this.scoreToken(j, dir, this.scratch);
      for (let c = 0; c < ROLE_CLASSES; c++) this.sums[base + c] = this.scratch[c];
      this.filled[key] = 1;
    }
    return base;
  }

  /** Adds token j's cached partial scores (for side `dir`) into `scores`. */
  addTo(j: number, dir: number, scores: Float64Array): void {
    const base = this.offset(j, dir);
    for (let c = 0; c < ROLE_CLASSES; c++) scores[c] += this.sums[base + c];
  }
}

/** The role tagger's scores from hashing every feature: for any linear model (training's calibration uses it). */
export class HashedRoleScorer implements RoleScorer {
  private context: CueContext | null = null;
  private readonly features = new Int32Array(ROLE_MAX_FEATURES);
  private readonly cache: TokenScoreCache;

  constructor(
    private readonly view: TokenView,
    private readonly model: Scorer,
  ) {
    const features = this.features;
    this.cache = new TokenScoreCache(view, (j, dir, scores) => {
      model.scores(features, roleTokenFeatures(view, j, dir, features, 0), scores);
    });
  }

  startCue(context: CueContext): void {
    this.context = context;
  }

  score(j: number, previousTag: number, twoBack: number, otherCue: number, scores: Float64Array): void {
    const context = this.context as CueContext;
    const count = roleCueFeatures(this.view, context, j, previousTag, twoBack, otherCue, this.features);
    this.model.scores(this.features, count, scores);
    this.cache.addTo(j, directionOf(context.cue, j), scores);
  }
}

const POS_VALUES = POS_TAGS.length + 1;
const HISTORY_VALUES = ROLE_CUE_HISTORY + 1;
/** Distance buckets −8…−1 and 1…8. */
const BUCKET_VALUES = 2 * MAX_DISTANCE_BUCKET;
const NOUN_CLASS_VALUES = 256;
const COMMA_VALUES = MAX_COMMAS + 1;
const QUOTE_MARK_VALUES = MAX_QUOTE_MARKS + 1;
const SENTENCE_DELTA_VALUES = 2 * MAX_SENTENCE_DELTA + 1;
const VERB_CLASS_VALUES = 256;

function bucketIndex(bucket: number): number {
  return bucket < 0 ? bucket + MAX_DISTANCE_BUCKET : bucket + MAX_DISTANCE_BUCKET - 1;
}

/** Tables whose entries depend on the model only, so every document shares them. */
interface ModelTables {
  tokenPos: SumTable;
  tokenNounClass: SumTable;
  distance: SumTable;
  punctuation: SumTable;
  sentence: SumTable;
  nounClass: SumTable;
  secondOrder: SumTable;
  cueTraits: SumTable;
}

const modelTables = memoByObject(
  (_model: FrozenPerceptron): ModelTables => ({
    tokenPos: new SumTable(2 * POS_VALUES * POS_VALUES * POS_VALUES * 2, ROLE_CLASSES),
    tokenNounClass: new SumTable(2 * NOUN_CLASS_VALUES, ROLE_CLASSES),
    distance: new SumTable(BUCKET_VALUES * POS_VALUES * HISTORY_VALUES, ROLE_CLASSES),
    punctuation: new SumTable(2 * 2 * QUOTE_MARK_VALUES * COMMA_VALUES * POS_VALUES, ROLE_CLASSES),
    sentence: new SumTable(2 * SENTENCE_DELTA_VALUES * 2 * 2, ROLE_CLASSES),
    nounClass: new SumTable(NOUN_CLASS_VALUES * BUCKET_VALUES * HISTORY_VALUES, ROLE_CLASSES),
    secondOrder: new SumTable(HISTORY_VALUES * HISTORY_VALUES * 2, ROLE_CLASSES),
    cueTraits: new SumTable(VERB_CLASS_VALUES * 2 * 2 * POS_VALUES * 2, ROLE_CLASSES),
  }),
);

/** The feature groups of `role-tagger.ts` (`cueSideFeatures` in its three parts), one per table. */
const Group = {
  Distance: 0,
  Punctuation: 1,
  Sentence: 2,
  CueWordSide: 3,
  CueOnlySide: 4,
  CueTraits: 5,
  CueDistance: 6,
  NounClass: 7,
  SecondOrder: 8,
} as const;
type Group = (typeof Group)[keyof typeof Group];

/**
 * The role tagger's scores for a frozen (integer-weight) model, without
 * hashing most features. All but two cue-relative features combine only
 * small-valued variables (side, distance bucket, POS, previous tag, comma and
 * quote-mark counts, the cue's words), so each group's summed weights are
 * looked up by those values: in tables shared by every document, or, for the
 * groups that read the cue's words, in tables emptied at each cue. The sums
 * are the same integers `HashedRoleScorer` adds, so the tags are identical
 * (a test compares the two) at a fraction of the cost.
 */
export class TabledRoleScorer implements RoleScorer {
  private context: CueContext | null = null;
  private readonly place = newRolePlace();
  private readonly features = new Int32Array(ROLE_MAX_FEATURES);
  private readonly sums = new Int32Array(ROLE_CLASSES);
  private readonly tables: ModelTables;
  private readonly cueWordSide = new SumTable(2 * POS_VALUES, ROLE_CLASSES);
  private readonly cueOnlySide = new SumTable(2, ROLE_CLASSES);
  private readonly cueDistance = new SumTable(BUCKET_VALUES * 2 * HISTORY_VALUES, ROLE_CLASSES);
  private readonly cache: TokenScoreCache;
  /** Each group's table, indexed by `Group`, and the current token's key in it. */
  private readonly groups: SumTable[];
  private readonly keys = new Int32Array(Object.keys(Group).length);

  constructor(
    private readonly view: TokenView,
    private readonly model: FrozenPerceptron,
  ) {
    this.tables = modelTables(model);
    const { distance, punctuation, sentence, nounClass, secondOrder, cueTraits } = this.tables;
    this.groups = [
      distance,
      punctuation,
      sentence,
      this.cueWordSide,
      this.cueOnlySide,
      cueTraits,
      this.cueDistance,
      nounClass,
      secondOrder,
    ];
    this.cache = new TokenScoreCache(view, (j, dir, scores) => this.scoreToken(j, dir, scores));
  }

  startCue(context: CueContext): void {
    this.context = context;
    this.cueWordSide.clear();
    this.cueOnlySide.clear();
    this.cueDistance.clear();
  }

  score(j: number, previousTag: number, twoBack: number, otherCue: number, scores: Float64Array): void {
    const context = this.context as CueContext;
    const view = this.view;
    const place = placeInWindow(view, context, j, this.place);
    const { pos, inQuote } = place;
    const side = place.dir - 1;
    const bucket = bucketIndex(place.bucket);
    const keys = this.keys;
    keys[Group.Distance] = (bucket * POS_VALUES + pos) * HISTORY_VALUES + previousTag;
    keys[Group.Punctuation] =
      (((side * 2 + inQuote) * QUOTE_MARK_VALUES + place.quoteMarks) * COMMA_VALUES + place.commas) * POS_VALUES + pos;
    keys[Group.Sentence] =
      ((side * SENTENCE_DELTA_VALUES + place.sentenceDelta + MAX_SENTENCE_DELTA) * 2 + place.sentenceStart) * 2 +
      otherCue;
    keys[Group.NounClass] = (view.nounClass[j] * BUCKET_VALUES + bucket) * HISTORY_VALUES + previousTag;
    keys[Group.CueWordSide] = side * POS_VALUES + pos;
    keys[Group.CueOnlySide] = side;
    keys[Group.CueTraits] = (((context.verbClass * 2 + context.inQuote) * 2 + side) * POS_VALUES + pos) * 2 + inQuote;
    keys[Group.CueDistance] = (bucket * 2 + inQuote) * HISTORY_VALUES + previousTag;
    keys[Group.SecondOrder] = (twoBack * HISTORY_VALUES + previousTag) * 2 + side;
    const { groups, model, features } = this;
    // The hashed features' sums, then each group's added in locals, unrolled over
    // the classes: this runs for every token of every cue's window (a call and a
    // loop per group cost a fifth of role tagging; the one `writeRawSums` call costs
    // nothing measurable against writing its loop out here).
    const sums = this.sums;
    model.writeRawSums(features, wordFeatures(context, view.lower[j], previousTag, features, 0), sums, 0);
    let s0 = sums[0];
    let s1 = sums[1];
    let s2 = sums[2];
    let s3 = sums[3];
    let s4 = sums[4];
    for (let g = 0; g < groups.length; g++) {
      const table = groups[g];
      const key = keys[g];
      // A key holds every variable its group reads, so the current token's values fill it.
      if (!table.has(key)) {
        table.store(key, model, features, this.groupFeatures(g as Group, j, previousTag, twoBack, otherCue));
      }
      const from = table.sums;
      const base = key * ROLE_CLASSES;
      s0 += from[base];
      s1 += from[base + 1];
      s2 += from[base + 2];
      s3 += from[base + 3];
      s4 += from[base + 4];
    }
    // Scaled, then the token's cached scores added: the same two steps as `HashedRoleScorer`.
    const scale = model.scale;
    const token = this.cache.offset(j, place.dir);
    const tokenSums = this.cache.sums;
    scores[0] = s0 * scale + tokenSums[token];
    scores[1] = s1 * scale + tokenSums[token + 1];
    scores[2] = s2 * scale + tokenSums[token + 2];
    scores[3] = s3 * scale + tokenSums[token + 3];
    scores[4] = s4 * scale + tokenSums[token + 4];
  }

  /** Token j's cue-independent scores: POS and noun-class features from tables, word features hashed. */
  private scoreToken(j: number, dir: number, scores: Float64Array): void {
    const { view, model, features, sums } = this;
    const { tokenPos, tokenNounClass } = this.tables;
    const side = dir - 1;
    const before = j > 0 ? view.pos[j - 1] : 0;
    const after = j + 1 < view.count ? view.pos[j + 1] : 0;
    const posKey =
      (((side * POS_VALUES + before) * POS_VALUES + view.pos[j]) * POS_VALUES + after) * 2 + view.inQuote[j];
    if (!tokenPos.has(posKey)) tokenPos.store(posKey, model, features, tokenPosFeatures(view, j, dir, features, 0));
    const nounKey = side * NOUN_CLASS_VALUES + view.nounClass[j];
    if (!tokenNounClass.has(nounKey)) {
      tokenNounClass.store(nounKey, model, features, tokenNounClassFeatures(view.nounClass[j], dir, features, 0));
    }
    model.writeRawSums(features, tokenWordFeatures(view, j, dir, features, 0), sums, 0);
    tokenPos.addTo(posKey, sums);
    tokenNounClass.addTo(nounKey, sums);
    model.scaled(sums, scores);
  }

  private groupFeatures(group: Group, j: number, previousTag: number, twoBack: number, otherCue: number): number {
    const { place, features } = this;
    const context = this.context as CueContext;
    switch (group) {
      case Group.Distance:
        return distanceFeatures(place, previousTag, features, 0);
      case Group.Punctuation:
        return punctuationFeatures(place, features, 0);
      case Group.Sentence:
        return sentenceFeatures(place, otherCue, features, 0);
      case Group.CueWordSide:
        return cueWordSideFeatures(context, place, features, 0);
      case Group.CueOnlySide:
        return cueOnlySideFeatures(context, place.dir, features, 0);
      case Group.CueTraits:
        return cueTraitFeatures(context, place, features, 0);
      case Group.CueDistance:
        return cueDistanceFeatures(context, place, previousTag, features, 0);
      case Group.NounClass:
        return nounClassFeatures(this.view.nounClass[j], place, previousTag, features, 0);
      case Group.SecondOrder:
        return secondOrderFeatures(twoBack, previousTag, place.dir, features, 0);
    }
  }
}

/** The fastest exact scorer for `model` over one document's tokens. */
export function roleScorerFor(view: TokenView, model: Scorer): RoleScorer {
  return model instanceof FrozenPerceptron ? new TabledRoleScorer(view, model) : new HashedRoleScorer(view, model);
}
