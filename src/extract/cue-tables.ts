import { memoByObject, POS_TAGS, type Sentence } from '../core/index.js';
import { FrozenPerceptron, type Scorer, SumTable } from '../learn/index.js';
import {
  CUE_CLASSES,
  CUE_MAX_FEATURES,
  type CueScorer,
  cueFeatures,
  historyFeatures,
  MAX_PLACE,
  newCuePlace,
  placeInSentence,
  posFeatures,
  verbClassFeatures,
  wordFeatures,
} from './cue-tagger.js';
import type { TokenView } from './token-view.js';

/** The cue tagger's scores from hashing every feature: for any linear model (training's calibration uses it). */
export class HashedCueScorer implements CueScorer {
  private readonly features = new Int32Array(CUE_MAX_FEATURES);

  constructor(
    private readonly view: TokenView,
    private readonly model: Scorer,
  ) {}

  score(sentence: Sentence, i: number, previousTag: number, twoBack: number, scores: Float64Array): void {
    const count = cueFeatures(this.view, sentence, i, previousTag, twoBack, this.features);
    this.model.scores(this.features, count, scores);
  }
}

/** POS index plus one (0 stands for outside the sentence). */
const POS_VALUES = POS_TAGS.length + 1;
const HISTORY_VALUES = CUE_CLASSES;
const PLACE_VALUES = MAX_PLACE + 1;
const VERB_CLASS_VALUES = 256;

/** The groups' tables; their entries depend on the model only, so every document shares them. */
interface CueTables {
  pos: SumTable;
  history: SumTable;
  verbClass: SumTable;
}

const cueTables = memoByObject(
  (_model: FrozenPerceptron): CueTables => ({
    pos: new SumTable(POS_VALUES * POS_VALUES * POS_VALUES * 2, CUE_CLASSES),
    history: new SumTable(HISTORY_VALUES * 2 * PLACE_VALUES * PLACE_VALUES * POS_VALUES, CUE_CLASSES),
    verbClass: new SumTable(VERB_CLASS_VALUES * HISTORY_VALUES * POS_VALUES, CUE_CLASSES),
  }),
);

/**
 * The cue tagger's scores for a frozen (integer-weight) model: the features
 * that combine only POS, the previous tag, quote state, place in the sentence
 * and the verb class (13 of 38) are looked up as summed weights by those
 * values; the word features are hashed as ever. The sums are the same
 * integers `HashedCueScorer` adds, so the tags are identical (a test compares
 * the two).
 */
export class TabledCueScorer implements CueScorer {
  private readonly place = newCuePlace();
  private readonly features = new Int32Array(CUE_MAX_FEATURES);
  private readonly sums = new Int32Array(CUE_CLASSES);
  private readonly tables: CueTables;

  constructor(
    private readonly view: TokenView,
    private readonly model: FrozenPerceptron,
  ) {
    this.tables = cueTables(model);
  }

  score(sentence: Sentence, i: number, previousTag: number, twoBack: number, scores: Float64Array): void {
    const { view, model, features } = this;
    const place = placeInSentence(view, sentence, i, this.place);
    const { pos, history, verbClass } = this.tables;
    // Each key holds every variable its group reads, so the current token's values fill it.
    const posKey = ((place.posBefore * POS_VALUES + place.pos) * POS_VALUES + place.posAfter) * 2 + place.speechVerb;
    if (!pos.has(posKey)) pos.store(posKey, model, features, posFeatures(view, place, features, 0));
    const historyKey =
      (((previousTag * 2 + place.inQuote) * PLACE_VALUES + place.fromStart) * PLACE_VALUES + place.toEnd) * POS_VALUES +
      place.pos;
    if (!history.has(historyKey)) {
      history.store(historyKey, model, features, historyFeatures(place, previousTag, features, 0));
    }
    const verbKey = (place.verbClass * HISTORY_VALUES + previousTag) * POS_VALUES + place.pos;
    if (!verbClass.has(verbKey))
      verbClass.store(verbKey, model, features, verbClassFeatures(place, previousTag, features, 0));
    // The word features' sums, then the three tables' added, unrolled over the
    // classes: this runs for most tokens (a call and a loop per table and
    // class cost a sixth of cue tagging; the one `writeRawSums` call costs nothing
    // measurable against writing its loop out here).
    const sums = this.sums;
    model.writeRawSums(features, wordFeatures(view, sentence, i, place, previousTag, twoBack, features, 0), sums, 0);
    const posSums = pos.sums;
    const historySums = history.sums;
    const verbSums = verbClass.sums;
    const posAt = posKey * CUE_CLASSES;
    const historyAt = historyKey * CUE_CLASSES;
    const verbAt = verbKey * CUE_CLASSES;
    const scale = model.scale;
    scores[0] = (sums[0] + posSums[posAt] + historySums[historyAt] + verbSums[verbAt]) * scale;
    scores[1] = (sums[1] + posSums[posAt + 1] + historySums[historyAt + 1] + verbSums[verbAt + 1]) * scale;
    scores[2] = (sums[2] + posSums[posAt + 2] + historySums[historyAt + 2] + verbSums[verbAt + 2]) * scale;
  }
}

/** The fastest exact scorer for `model` over one document's tokens. */
export function cueScorerFor(view: TokenView, model: Scorer): CueScorer {
  return model instanceof FrozenPerceptron ? new TabledCueScorer(view, model) : new HashedCueScorer(view, model);
}
