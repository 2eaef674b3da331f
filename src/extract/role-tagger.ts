import type { Doc } from '../core/index.js';
import { feature1, feature2, feature3 } from '../learn/index.js';
import type { CueSpan } from './cue-tagger.js';
import { isQuoted, type TokenView } from './token-view.js';

/** Role tags for tokens around one cue. */
export const ROLE_O = 0;
export const SOURCE_B = 1;
export const SOURCE_I = 2;
export const CONTENT_B = 3;
export const CONTENT_I = 4;
export const ROLE_CLASSES = 5;
/** Stands for "the previous token was part of the cue" in history features. */
const CUE_HISTORY = 5;
const MAX_FEATURES = 40;
/** Sentences before and after the cue's own that may hold its source or content (PolNeAR: ~97 % of content tokens lie within ±1). */
export const WINDOW_SENTENCES_BEFORE = 1;
export const WINDOW_SENTENCES_AFTER = 2;
/** Hard cap on tokens each side of the cue, so a run-on "sentence" (a megabyte without a full stop) stays linear. */
const WINDOW_MAX_TOKENS_EACH_SIDE = 150;
/**
 * A "sentence" this long is one the splitter could not cut (keyword lists, a
 * scraped table, text without full stops): PolNeAR's longest is 222 tokens.
 * Its sentence bounds say nothing, so its cues get a narrower window: in such
 * text cues come every few words and each one's window was the whole cap.
 */
const RUNAWAY_SENTENCE_TOKENS = 500;
const RUNAWAY_WINDOW_TOKENS_EACH_SIDE = 40;
/** Cue lengths from this many tokens up share one feature value. */
const MAX_CUE_LENGTH_VALUE = 4;

export interface RoleTagging {
  /** First token of the window. */
  first: number;
  tags: Uint8Array;
  /** How far the chosen tag's score beat the next best, per window token (source and content tokens only). */
  margin: Float32Array;
}

/**
 * Token range of the window around a cue. The sentence before is looked at
 * only when the cue's sentence opens inside a quotation (`"We won. We have
 * the votes," she said`): otherwise a source or content there is rare, and
 * skipping it halves the tagging work.
 */
export function roleWindow(doc: Doc, cue: CueSpan, view?: TokenView): { first: number; end: number } {
  const sentences = doc.need('sentences');
  const s = doc.need('tokens').sentence[cue.first];
  const opening = sentences[s].firstToken;
  const opensInQuote = !view || isQuoted(view, opening);
  const from = Math.max(0, s - (opensInQuote ? WINDOW_SENTENCES_BEFORE : 0));
  const to = Math.min(sentences.length - 1, s + WINDOW_SENTENCES_AFTER);
  const runaway = sentences[s].endToken - opening > RUNAWAY_SENTENCE_TOKENS;
  const reach = runaway ? RUNAWAY_WINDOW_TOKENS_EACH_SIDE : WINDOW_MAX_TOKENS_EACH_SIDE;
  return {
    first: Math.max(sentences[from].firstToken, cue.first - reach),
    end: Math.min(sentences[to].endToken, cue.end + reach),
  };
}

/** The largest distance bucket (`distanceBucket` gives ±1…±MAX_DISTANCE_BUCKET). */
export const MAX_DISTANCE_BUCKET = 8;
/** Commas and quote marks between token and cue, and sentences from the cue's, are counted up to these. */
export const MAX_COMMAS = 3;
export const MAX_QUOTE_MARKS = 2;
export const MAX_SENTENCE_DELTA = 2;

function distanceBucket(rel: number): number {
  const a = Math.abs(rel);
  const b = a <= 3 ? a : a <= 5 ? 4 : a <= 9 ? 5 : a <= 15 ? 6 : a <= 25 ? 7 : MAX_DISTANCE_BUCKET;
  return rel < 0 ? -b : b;
}

/** Context of the cue that every window token's features share. */
export interface CueContext {
  cue: CueSpan;
  lemma: number;
  lower: number;
  after: number;
  before: number;
  sentence: number;
  inQuote: number;
  verbClass: number;
  /** The cue's last word and its length in tokens (capped): `told reporters`, `said in a statement`. */
  last: number;
  length: number;
}

export function cueContext(view: TokenView, cue: CueSpan): CueContext {
  return {
    cue,
    lemma: view.lemma[cue.first],
    lower: view.lower[cue.first],
    after: cue.end < view.count ? view.lower[cue.end] : view.boundary,
    before: cue.first > 0 ? view.lower[cue.first - 1] : view.boundary,
    sentence: view.sentence[cue.first],
    inQuote: view.inQuote[cue.first],
    verbClass: view.verbClass[cue.end - 1],
    last: view.lower[cue.end - 1],
    length: Math.min(MAX_CUE_LENGTH_VALUE, cue.end - cue.first),
  };
}

/** Before (1) or after (2) the cue. */
export function directionOf(cue: CueSpan, j: number): number {
  return j < cue.first ? 1 : 2;
}

/**
 * Scores the role tags of window tokens for one cue at a time: the hashed
 * features (`HashedRoleScorer`) or the same sums from tables
 * (`TabledRoleScorer`, for a frozen model), in `role-tables.ts`.
 */
export interface RoleScorer {
  startCue(context: CueContext): void;
  /** Writes each role tag's score for token j into `scores`; `twoBack` is the tag of token j − 2 (O at the window's start). */
  score(j: number, previousTag: number, twoBack: number, otherCue: number, scores: Float64Array): void;
}

/**
 * Features of token j that depend only on the token and its side of the cue:
 * the same for every cue, so inference caches their summed weights per
 * (token, side) — a token sits in two or three cues' windows on average.
 */
export function roleTokenFeatures(view: TokenView, j: number, dir: number, out: Int32Array, start: number): number {
  let n = tokenPosFeatures(view, j, dir, out, start);
  n = tokenNounClassFeatures(view.nounClass[j], dir, out, n);
  return tokenWordFeatures(view, j, dir, out, n);
}

/** The POS of the token (document neighbours, not sentence ones) and its quote state, by side. */
export function tokenPosFeatures(view: TokenView, j: number, dir: number, out: Int32Array, n: number): number {
  const pos = view.pos[j];
  const pPrev = j > 0 ? view.pos[j - 1] : view.boundary;
  const pNext = j + 1 < view.count ? view.pos[j + 1] : view.boundary;
  out[n++] = feature2(4, dir, pos);
  out[n++] = feature2(9, view.inQuote[j], dir);
  out[n++] = feature3(17, pPrev, pos, dir);
  out[n++] = feature3(18, pos, pNext, dir);
  return n;
}

/** Sources are people and groups (noun.person, noun.group): `spokeswoman`, `committee`. */
export function tokenNounClassFeatures(nounClass: number, dir: number, out: Int32Array, n: number): number {
  out[n++] = feature2(31, nounClass, dir);
  return n;
}

/** The token's word, the word before it, the two words after it and its shape, by side. */
export function tokenWordFeatures(view: TokenView, j: number, dir: number, out: Int32Array, n: number): number {
  out[n++] = feature2(5, dir, view.lower[j]);
  out[n++] = feature3(16, j > 0 ? view.lower[j - 1] : view.boundary, view.pos[j], dir);
  out[n++] = feature2(23, view.shape[j], dir);
  // Lookahead: a content ends before `on Tuesday`, `at a rally`, `, he said`.
  out[n++] = feature2(34, j + 1 < view.count ? view.lower[j + 1] : view.boundary, dir);
  out[n++] = feature2(35, j + 2 < view.count ? view.lower[j + 2] : view.boundary, dir);
  return n;
}

/**
 * Where token j lies relative to one cue, in the small-valued variables the
 * cue-relative features combine. Every one has a handful of values, which is
 * what lets inference look their features' weights up in small tables
 * (`role-tables.ts`) instead of hashing them per token.
 */
export interface RolePlace {
  /** Before (1) or after (2) the cue. */
  dir: number;
  /** Signed, bucketed distance to the cue: ±1…±8. */
  bucket: number;
  pos: number;
  inQuote: number;
  /** Commas (0–3) and quote marks (0–2) between the token and the cue. */
  commas: number;
  quoteMarks: number;
  /** Sentences from the cue's (−2…2), and whether the token opens its sentence. */
  sentenceDelta: number;
  sentenceStart: number;
}

export function newRolePlace(): RolePlace {
  return { dir: 0, bucket: 0, pos: 0, inQuote: 0, commas: 0, quoteMarks: 0, sentenceDelta: 0, sentenceStart: 0 };
}

const scratchPlace = newRolePlace();

/** Fills `place` for token j (outside the cue) relative to `context`'s cue. */
export function placeInWindow(view: TokenView, context: CueContext, j: number, place: RolePlace): RolePlace {
  const { cue } = context;
  const rel = j < cue.first ? j - cue.first : j - cue.end + 1;
  const near = rel < 0 ? j + 1 : cue.end;
  const far = rel < 0 ? cue.first : j;
  place.dir = directionOf(cue, j);
  place.bucket = distanceBucket(rel);
  place.pos = view.pos[j];
  place.inQuote = view.inQuote[j];
  place.commas = Math.min(MAX_COMMAS, view.commasBefore[far] - view.commasBefore[near]);
  place.quoteMarks = Math.min(MAX_QUOTE_MARKS, view.quoteMarksBefore[far] - view.quoteMarksBefore[near]);
  place.sentenceDelta = Math.max(
    -MAX_SENTENCE_DELTA,
    Math.min(MAX_SENTENCE_DELTA, view.sentence[j] - context.sentence),
  );
  place.sentenceStart = j === 0 || view.sentence[j - 1] !== view.sentence[j] ? 1 : 0;
  return place;
}

// The cue-relative features, grouped by the variables each group reads (the
// groups are the tables of `role-tables.ts`).

/** Side, distance and POS, alone and with the previous tag. */
export function distanceFeatures(place: RolePlace, previousTag: number, out: Int32Array, n: number): number {
  const { dir, bucket, pos } = place;
  out[n++] = feature1(1, dir);
  out[n++] = feature1(2, bucket);
  out[n++] = feature2(3, bucket, pos);
  // History: what the previous token was tagged.
  out[n++] = feature1(12, previousTag);
  out[n++] = feature2(13, previousTag, pos);
  out[n++] = feature2(15, previousTag, dir);
  out[n++] = feature2(24, previousTag, bucket);
  out[n++] = feature3(29, previousTag, pos, dir);
  return n;
}

/** Commas and quote marks between the token and the cue. */
export function punctuationFeatures(place: RolePlace, out: Int32Array, n: number): number {
  const { dir, pos, commas, quoteMarks } = place;
  out[n++] = feature3(10, place.inQuote, quoteMarks, dir);
  out[n++] = feature3(11, commas, dir, pos);
  out[n++] = feature3(28, commas, quoteMarks, dir);
  return n;
}

/** Which sentence, and whether another cue's token: its content rarely reaches past it. */
export function sentenceFeatures(place: RolePlace, otherCue: number, out: Int32Array, n: number): number {
  const { dir, sentenceDelta } = place;
  out[n++] = feature2(8, sentenceDelta, dir);
  out[n++] = feature3(19, place.sentenceStart, sentenceDelta, dir);
  out[n++] = feature2(25, otherCue, dir);
  return n;
}

/**
 * The cue's words, length and traits by side: one group to training, three
 * parts to inference's tables, split by the variables each reads (one per-cue
 * table keyed by side, POS and quote state refilled all nine features ~17
 * times a cue). The parts' order is not the features' first order; the
 * perceptron's updates and the shipped model's integer sums do not depend on
 * it (a model retrained with this order was byte-identical).
 */
export function cueSideFeatures(context: CueContext, place: RolePlace, out: Int32Array, n: number): number {
  n = cueOnlySideFeatures(context, place.dir, out, n);
  n = cueWordSideFeatures(context, place, out, n);
  return cueTraitFeatures(context, place, out, n);
}

/** The cue's words by side and POS. */
export function cueWordSideFeatures(context: CueContext, place: RolePlace, out: Int32Array, n: number): number {
  const { dir, pos } = place;
  out[n++] = feature3(7, context.lemma, dir, pos);
  out[n++] = feature3(21, context.after, dir, pos);
  out[n++] = feature3(22, context.before, dir, pos);
  out[n++] = feature3(39, context.last, dir, pos);
  return n;
}

/** The cue's words and length by side alone; a multi-word cue's last word and length: `said in a statement` has its source before it. */
export function cueOnlySideFeatures(context: CueContext, dir: number, out: Int32Array, n: number): number {
  out[n++] = feature2(6, context.lemma, dir);
  out[n++] = feature2(38, context.last, dir);
  out[n++] = feature2(40, context.length, dir);
  return n;
}

/** The cue's small-valued traits: quote state and verb class. */
export function cueTraitFeatures(context: CueContext, place: RolePlace, out: Int32Array, n: number): number {
  const { dir, pos } = place;
  out[n++] = feature3(26, place.inQuote, context.inQuote, dir);
  out[n++] = feature3(32, context.verbClass, dir, pos);
  return n;
}

/** The cue's words by distance. */
export function cueDistanceFeatures(
  context: CueContext,
  place: RolePlace,
  previousTag: number,
  out: Int32Array,
  n: number,
): number {
  out[n++] = feature3(27, context.after, place.bucket, place.inQuote);
  out[n++] = feature3(30, context.lemma, place.bucket, previousTag);
  return n;
}

/** The token's WordNet noun class by distance. */
export function nounClassFeatures(
  nounClass: number,
  place: RolePlace,
  previousTag: number,
  out: Int32Array,
  n: number,
) {
  out[n++] = feature3(33, nounClass, place.bucket, previousTag);
  return n;
}

/** The token's word, with the cue's and with the previous tag. */
export function wordFeatures(context: CueContext, word: number, previousTag: number, out: Int32Array, n: number) {
  out[n++] = feature2(20, context.lower, word);
  out[n++] = feature2(14, previousTag, word);
  return n;
}

/** Second-order history: a one-token source or content (`he`, `"Yes."`) ends differently from a longer one. */
export function secondOrderFeatures(twoBack: number, previousTag: number, dir: number, out: Int32Array, n: number) {
  out[n++] = feature3(36, twoBack, previousTag, dir);
  return n;
}

/**
 * Features of token j relative to one cue and the previous tag: signed
 * distance, commas and quote marks in between, the cue word by direction.
 */
export function roleCueFeatures(
  view: TokenView,
  context: CueContext,
  j: number,
  previousTag: number,
  twoBack: number,
  otherCue: number,
  out: Int32Array,
  place = scratchPlace,
): number {
  placeInWindow(view, context, j, place);
  let n = distanceFeatures(place, previousTag, out, 0);
  n = punctuationFeatures(place, out, n);
  n = sentenceFeatures(place, otherCue, out, n);
  n = cueSideFeatures(context, place, out, n);
  n = cueDistanceFeatures(context, place, previousTag, out, n);
  n = nounClassFeatures(view.nounClass[j], place, previousTag, out, n);
  n = wordFeatures(context, view.lower[j], previousTag, out, n);
  return secondOrderFeatures(twoBack, previousTag, place.dir, out, n);
}

/** All features of token j for one cue (training uses this; inference caches the token part). */
export function roleFeatures(
  view: TokenView,
  context: CueContext,
  j: number,
  previousTag: number,
  twoBack: number,
  otherCue: number,
  out: Int32Array,
): number {
  const n = roleCueFeatures(view, context, j, previousTag, twoBack, otherCue, out);
  return roleTokenFeatures(view, j, directionOf(context.cue, j), out, n);
}

/**
 * Sets which role tags may follow `previousTag` (an inside tag only after its
 * role's begin or inside tag); `allowed` holds one flag per tag.
 */
export function allowRolesAfter(previousTag: number, allowed: boolean[]): void {
  allowed[ROLE_O] = true;
  allowed[SOURCE_B] = true;
  allowed[SOURCE_I] = previousTag === SOURCE_B || previousTag === SOURCE_I;
  allowed[CONTENT_B] = true;
  allowed[CONTENT_I] = previousTag === CONTENT_B || previousTag === CONTENT_I;
}

export const ROLE_MAX_FEATURES = MAX_FEATURES;
export const ROLE_CUE_HISTORY = CUE_HISTORY;
