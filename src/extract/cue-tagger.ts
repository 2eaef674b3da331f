import { type Doc, POS_TAGS, type Sentence } from '../core/index.js';
import { feature1, feature2, feature3, marginOf, type Scorer } from '../learn/index.js';
import type { TokenView } from './token-view.js';

/** Cue tags: outside, first token of a cue, later token of a cue. */
export const CUE_O = 0;
export const CUE_B = 1;
export const CUE_I = 2;
export const CUE_CLASSES = 3;
const MAX_FEATURES = 40;

export interface CueSpan {
  /** Token range [first, end). */
  first: number;
  end: number;
  /** How far the B tag's score beat the next best tag at `first` (calibrated into a confidence later). */
  margin: number;
}

/**
 * Features of token i for the cue tagger: the word and its neighbours, POS
 * n-grams, quote state and sentence position. Returns how many it wrote.
 */
export function cueFeatures(
  view: TokenView,
  sentence: Sentence,
  i: number,
  previousTag: number,
  out: Int32Array,
): number {
  let n = 0;
  const w = view.lower[i];
  const lemma = view.lemma[i];
  const pos = view.pos[i];
  const wPrev = inSentence(view, sentence, i - 1, view.lower);
  const wNext = inSentence(view, sentence, i + 1, view.lower);
  const pPrev = inSentence(view, sentence, i - 1, view.pos);
  const pNext = inSentence(view, sentence, i + 1, view.pos);
  out[n++] = feature1(1, 0);
  out[n++] = feature1(2, w);
  out[n++] = feature1(3, lemma);
  out[n++] = feature1(4, pos);
  out[n++] = feature2(5, lemma, pos);
  out[n++] = feature1(6, view.shape[i]);
  out[n++] = feature1(7, wPrev);
  out[n++] = feature1(8, wNext);
  out[n++] = feature2(9, pPrev, pos);
  out[n++] = feature2(10, pos, pNext);
  out[n++] = feature2(11, lemma, wNext);
  out[n++] = feature2(12, wPrev, lemma);
  out[n++] = feature3(13, inSentence(view, sentence, i - 2, view.pos), pPrev, pos);
  out[n++] = feature1(14, inSentence(view, sentence, i + 2, view.lower));
  out[n++] = feature1(15, inSentence(view, sentence, i - 2, view.lower));
  out[n++] = feature1(16, previousTag);
  out[n++] = feature2(17, previousTag, lemma);
  out[n++] = feature2(18, view.inQuote[i], pos);
  out[n++] = feature2(19, view.inQuote[i], lemma);
  out[n++] = feature1(20, view.suffix[i]);
  out[n++] = feature3(21, pPrev, pos, pNext);
  out[n++] = feature2(22, lemma, inSentence(view, sentence, i + 2, view.lower));
  out[n++] = feature2(23, inSentence(view, sentence, i - 2, view.lower), lemma);
  // Where in the sentence: cues cluster after the subject and at the end (", he said.").
  const fromStart = Math.min(i - sentence.firstToken, 6);
  const toEnd = Math.min(sentence.endToken - 1 - i, 6);
  out[n++] = feature2(24, fromStart, pos);
  out[n++] = feature2(25, toEnd, pos);
  out[n++] = feature2(26, toEnd, lemma);
  // A quote mark just before or after: `..." she said` and `said: "...`.
  const quoteNear = (i > 0 && view.isQuoteMark[i - 1]) || (i > 1 && view.isQuoteMark[i - 2]) ? 1 : 0;
  out[n++] = feature2(27, quoteNear, lemma);
  const commaBefore = view.commasBefore[i] - view.commasBefore[sentence.firstToken] > 0 ? 1 : 0;
  out[n++] = feature3(28, commaBefore, lemma, pos);
  out[n++] = feature2(29, previousTag, pos);
  out[n++] = feature2(30, previousTag, w);
  // WordNet classes generalise to reporting verbs and nouns that train never saw.
  out[n++] = feature2(31, view.verbClass[i], pos);
  out[n++] = feature2(32, view.nounClass[i], pos);
  out[n++] = feature3(33, view.speechVerb[i], pos, wNext);
  out[n++] = feature3(34, view.speechVerb[i], pPrev, pos);
  out[n++] = feature3(35, view.verbClass[i], previousTag, pos);
  return Math.min(n, MAX_FEATURES);
}

/** A token's value, or the boundary marker outside the sentence. */
function inSentence(view: TokenView, sentence: Sentence, k: number, values: Int32Array): number {
  return k >= sentence.firstToken && k < sentence.endToken ? values[k] : view.boundary;
}

/** Greedy left-to-right tagging of each sentence; returns the cues found. */
export function tagCues(doc: Doc, view: TokenView, model: Scorer): CueSpan[] {
  const cues: CueSpan[] = [];
  const features = new Int32Array(MAX_FEATURES);
  const scores = new Float64Array(CUE_CLASSES);
  const allowed = [true, true, false];
  for (const sentence of doc.need('sentences')) {
    let previous = CUE_O;
    let open: CueSpan | null = null;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      if (previous === CUE_O && !view.cueCandidate[i]) {
        open = null;
        continue;
      }
      const count = cueFeatures(view, sentence, i, previous, features);
      model.scores(features, count, scores);
      allowed[CUE_I] = previous !== CUE_O;
      const tag = model.best(scores, allowed);
      if (tag === CUE_B) {
        open = { first: i, end: i + 1, margin: marginOf(scores, CUE_CLASSES, CUE_B, allowed) };
        cues.push(open);
      } else if (tag === CUE_I && open) {
        open.end = i + 1;
      } else {
        open = null;
      }
      previous = tag;
    }
  }
  return cues;
}

/**
 * A cue tagged on an auxiliary and no content word (`had`, `did not`, `have
 * repeatedly`) stopped short of its verb: "who had threatened to veto" has the
 * cue `had threatened`, "did not immediately respond" is one cue. Such a cue
 * takes in the verb that follows (past adverbs and `not`); with no verb after
 * it in the sentence it is dropped.
 */
export function completeAuxiliaryCues(doc: Doc, cues: CueSpan[]): CueSpan[] {
  const tokens = doc.need('tokens');
  const tagOf = (i: number) => POS_TAGS[tokens.pos[i]];
  const kept: CueSpan[] = [];
  for (const cue of cues) {
    // Past the auxiliary and any adverbs or `not`, in the cue and after it.
    const sentence = tokens.sentence[cue.first];
    let k = cue.first;
    while (k < tokens.count && tokens.sentence[k] === sentence && SKIPPED_BEFORE_VERB.has(tagOf(k))) k++;
    if (tagOf(cue.first) !== 'AUX' || k < cue.end) kept.push(cue);
    else if (k < tokens.count && tokens.sentence[k] === sentence && tagOf(k) === 'VERB')
      kept.push({ ...cue, end: k + 1 });
  }
  return kept;
}

/** What may stand between an auxiliary and its verb (`has long argued`, `did not say`, `has been`). */
const SKIPPED_BEFORE_VERB = new Set(['ADV', 'PART', 'AUX']);

export const CUE_MAX_FEATURES = MAX_FEATURES;
