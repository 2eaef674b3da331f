import type { Doc } from '../core/index.js';
import type { CueSpan } from './cue-tagger.js';
import {
  allowRolesAfter,
  CONTENT_B,
  CONTENT_I,
  cueContext,
  ROLE_CLASSES,
  ROLE_CUE_HISTORY,
  ROLE_O,
  type RoleScorer,
  type RoleTagging,
  roleWindow,
} from './role-tagger.js';
import { isQuoted, type TokenView } from './token-view.js';

/**
 * Beam search over the role tags of one cue's window.
 *
 * The tagger scores a token's tags given the two tags before it, so a greedy
 * pass commits to each tag before seeing what follows: a content that stops
 * at a comma cannot take up again, though the words after it say it goes on.
 * The beam keeps the few best taggings, each scored by the sum of its tags'
 * log-probabilities (a softmax over the allowed tags' scores, flattened by
 * `TEMPERATURE`). Held-out train, fixed taggers: content exact +0.003 to
 * +0.008 on each of four shuffling seeds; retrained: content exact +0.004
 * to +0.006, source exact −0.001 to +0.005 (docs/accuracy.md).
 */
export const BEAM_WIDTH = 4;
/**
 * Divides the scores before the softmax: perceptron scores lie far apart, and
 * unflattened the beam keeps the greedy tagging (held-out train: 5 and 10 did
 * best; 1, 3, 15 and 30 less well; 100 worse than greedy).
 */
export const TEMPERATURE = 10;
/**
 * A tagging this far (in log-probability) behind the best is dropped, so that
 * in confident stretches the beam is one wide and costs what a greedy pass
 * does (as accurate as an unpruned beam on held-out train).
 */
export const PRUNING_GAP = 1;
/**
 * A content still "runs into" the next sentence if it ended this few tokens
 * before it (the full stop). 1 beat 3 on 20 % of train held out.
 */
const CONTENT_CARRY_TOKENS = 1;
/** A softmax term this small (exp(−30)) changes no sum. */
const NEGLIGIBLE = -30;
/** History states: the previous tag (0–5, 5 for a cue token) times 8 plus the one before it. */
const STATES = 64;

/**
 * `allowRolesAfter` as a table, `ROLE_CLASSES` flags per previous tag: read
 * for every class of every tagging, where a JS array of booleans cost a type
 * check per read.
 */
const ALLOWED_AFTER = new Uint8Array((ROLE_CUE_HISTORY + 1) * ROLE_CLASSES);
for (let previousTag = 0; previousTag <= ROLE_CUE_HISTORY; previousTag++) {
  const allowed: boolean[] = [];
  allowRolesAfter(previousTag, allowed);
  for (let c = 0; c < ROLE_CLASSES; c++) ALLOWED_AFTER[previousTag * ROLE_CLASSES + c] = allowed[c] ? 1 : 0;
}

/** Buffers reused across windows: analysis is single-threaded and a window is decoded at once. */
const beam = {
  parent: new Uint8Array(1024),
  tag: new Uint8Array(1024),
  margin: new Float32Array(1024),
  score: new Float64Array(BEAM_WIDTH),
  previous: new Uint8Array(BEAM_WIDTH),
  twoBack: new Uint8Array(BEAM_WIDTH),
  lastContent: new Int32Array(BEAM_WIDTH),
  /** The kept extensions' two-back tags and last content tokens, read from their parents before those are overwritten. */
  nextTwoBack: new Uint8Array(BEAM_WIDTH),
  nextLastContent: new Int32Array(BEAM_WIDTH),
  /** Per history state at the current token: the tags' log-probabilities and margins over the best other allowed tag. */
  stateMargins: new Float64Array(STATES * ROLE_CLASSES),
  scores: new Float64Array(ROLE_CLASSES),
  stateLogProbabilities: new Float64Array(STATES * ROLE_CLASSES),
  /** The step at which each state's entries were filled (steps count from 1 in each window). */
  stateStamp: new Int32Array(STATES),
  stamp: 0,
  /** The best extensions at the current token, best first. */
  candidateScore: new Float64Array(BEAM_WIDTH),
  candidateSlot: new Uint8Array(BEAM_WIDTH),
  candidateTag: new Uint8Array(BEAM_WIDTH),
  candidateMargin: new Float64Array(BEAM_WIDTH),
};

function ensureSteps(steps: number): void {
  if (beam.parent.length >= steps * BEAM_WIDTH) return;
  const size = steps * BEAM_WIDTH * 2;
  beam.parent = new Uint8Array(size);
  beam.tag = new Uint8Array(size);
  beam.margin = new Float32Array(size);
}

/** Scores token j's tags for one history state, once per state and token. */
function scoreState(scorer: RoleScorer, j: number, previous: number, twoBack: number, otherCue: number): number {
  const state = previous * 8 + twoBack;
  const at = state * ROLE_CLASSES;
  if (beam.stateStamp[state] === beam.stamp) return at;
  beam.stateStamp[state] = beam.stamp;
  const scores = beam.scores;
  scorer.score(j, previous, twoBack, otherCue, scores);
  // The best allowed tag and the best of the others: a tag's margin is its score less the
  // best other allowed tag's (`marginOf`).
  const allowedAt = previous * ROLE_CLASSES;
  let best = -1;
  let max = Number.NEGATIVE_INFINITY;
  let second = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < ROLE_CLASSES; c++) {
    if (!ALLOWED_AFTER[allowedAt + c]) continue;
    if (scores[c] > max) {
      second = max;
      max = scores[c];
      best = c;
    } else if (scores[c] > second) {
      second = scores[c];
    }
  }
  const margins = beam.stateMargins;
  for (let c = 0; c < ROLE_CLASSES; c++) {
    const other = c === best ? second : max;
    margins[at + c] = other === Number.NEGATIVE_INFINITY ? 0 : scores[c] - other;
  }
  // The scaled scores first, then less the log of their exponentials' sum (the best
  // tag's is exp(0) = 1, no call needed).
  const logProbabilities = beam.stateLogProbabilities;
  let sum = 0;
  for (let c = 0; c < ROLE_CLASSES; c++) {
    const scaled = (scores[c] - max) / TEMPERATURE;
    logProbabilities[at + c] = scaled;
    if (ALLOWED_AFTER[allowedAt + c] && scaled > NEGLIGIBLE) sum += scaled === 0 ? 1 : Math.exp(scaled);
  }
  const logSum = Math.log(sum);
  for (let c = 0; c < ROLE_CLASSES; c++) logProbabilities[at + c] -= logSum;
  return at;
}

/** Adds an extension to the candidates kept sorted best first (earlier ones win ties); returns their count. */
function offer(count: number, value: number, slot: number, tag: number, margin: number): number {
  const { candidateScore, candidateSlot, candidateTag, candidateMargin } = beam;
  let k = count;
  if (k === BEAM_WIDTH) {
    if (value <= candidateScore[k - 1]) return count;
    k--;
  }
  while (k > 0 && candidateScore[k - 1] < value) {
    candidateScore[k] = candidateScore[k - 1];
    candidateSlot[k] = candidateSlot[k - 1];
    candidateTag[k] = candidateTag[k - 1];
    candidateMargin[k] = candidateMargin[k - 1];
    k--;
  }
  candidateScore[k] = value;
  candidateSlot[k] = slot;
  candidateTag[k] = tag;
  candidateMargin[k] = margin;
  return Math.min(count + 1, BEAM_WIDTH);
}

/** Tokens of the first chunk `TaggingBuffers` allocates; each later one is at least twice the last. */
const FIRST_CHUNK_TOKENS = 1024;

/**
 * Room for the taggings of one document: each window's tags and margins are
 * views into shared chunks, since a typed array of its own per window cost
 * a microsecond or two to allocate (two per cue, some 40,000 a pass over
 * train).
 */
export class TaggingBuffers {
  private tags = new Uint8Array(0);
  private margins = new Float32Array(0);
  private used = 0;

  /** Zeroed tags and margins for a window of `length` tokens. */
  take(length: number): { tags: Uint8Array; margin: Float32Array } {
    if (this.used + length > this.tags.length) {
      const size = Math.max(length, 2 * this.tags.length, FIRST_CHUNK_TOKENS);
      this.tags = new Uint8Array(size);
      this.margins = new Float32Array(size);
      this.used = 0;
    }
    const from = this.used;
    this.used += length;
    return { tags: this.tags.subarray(from, this.used), margin: this.margins.subarray(from, this.used) };
  }
}

/**
 * Tags the window around one cue (`roleWindow`); cue tokens stay outside
 * every role. Each token's margin is how far its tag's score beat the next
 * allowed tag's under the tagging's own history (negative where the beam
 * overruled the token's best tag); the confidence reads it. The tagging's
 * arrays come from `buffers` (fresh ones unless given).
 */
export function tagRoles(
  doc: Doc,
  view: TokenView,
  scorer: RoleScorer,
  cue: CueSpan,
  isCueToken: Uint8Array,
  buffers = new TaggingBuffers(),
): RoleTagging {
  const window = roleWindow(doc, cue, view);
  scorer.startCue(cueContext(view, cue));
  const sentences = doc.need('sentences');
  const sentenceOfCue = view.sentence[cue.first];
  const length = window.end - window.first;
  ensureSteps(length);
  const { parent, tag, margin, score, previous, twoBack, lastContent } = beam;
  const { nextTwoBack, nextLastContent, candidateScore, candidateSlot, candidateTag } = beam;
  beam.stateStamp.fill(0);
  beam.stamp = 0;
  let size = 1;
  score[0] = 0;
  previous[0] = ROLE_O;
  twoBack[0] = ROLE_O;
  lastContent[0] = -1;
  // The best tagging whose window closed (all O from `finishedStep` on).
  let finishedScore = Number.NEGATIVE_INFINITY;
  let finishedStep = -1;
  let finishedSlot = 0;
  let step = 0;
  for (let j = window.first; j < window.end; j++, step++) {
    const at = step * BEAM_WIDTH;
    if (j >= cue.first && j < cue.end) {
      for (let s = 0; s < size; s++) {
        parent[at + s] = s;
        tag[at + s] = ROLE_O;
        margin[at + s] = 0;
        twoBack[s] = previous[s];
        previous[s] = ROLE_CUE_HISTORY;
      }
      continue;
    }
    // Past the cue's sentence, a later sentence matters only while the content is still
    // to come (`she said:` then the quote), runs into it (it ended within the last few
    // tokens: the full stop and a closing quote mark lie outside it), or when it opens a
    // quotation in the same paragraph (`"X," she said. "Y."` is one attribution in two
    // pieces; a quote in the next paragraph usually has a cue of its own).
    let closes = false;
    if (j > cue.end && view.sentence[j] !== view.sentence[j - 1] && view.sentence[j] > sentenceOfCue) {
      const sameParagraph = sentences[view.sentence[j]].paragraph === sentences[view.sentence[j - 1]].paragraph;
      closes = !(sameParagraph && isQuoted(view, j));
    }
    beam.stamp++;
    let count = 0;
    for (let s = 0; s < size; s++) {
      if (closes && lastContent[s] >= 0 && j - lastContent[s] > CONTENT_CARRY_TOKENS) {
        if (score[s] > finishedScore) {
          finishedScore = score[s];
          finishedStep = step;
          finishedSlot = s;
        }
        continue;
      }
      // Log-probabilities only fall: a tagging no better than a closed one cannot win.
      if (score[s] <= finishedScore) continue;
      const state = scoreState(scorer, j, previous[s], twoBack[s], isCueToken[j]);
      const allowedAt = previous[s] * ROLE_CLASSES;
      for (let c = 0; c < ROLE_CLASSES; c++) {
        if (!ALLOWED_AFTER[allowedAt + c]) continue;
        const value = score[s] + beam.stateLogProbabilities[state + c];
        if (count === BEAM_WIDTH && value <= candidateScore[BEAM_WIDTH - 1]) continue;
        count = offer(count, value, s, c, c === ROLE_O ? 0 : beam.stateMargins[state + c]);
      }
    }
    // In confident stretches only one tagging is left.
    while (count > 1 && candidateScore[count - 1] < candidateScore[0] - PRUNING_GAP) count--;
    for (let k = 0; k < count; k++) {
      const s = candidateSlot[k];
      const chosen = candidateTag[k];
      parent[at + k] = s;
      tag[at + k] = chosen;
      margin[at + k] = beam.candidateMargin[k];
      nextTwoBack[k] = previous[s];
      nextLastContent[k] = chosen === CONTENT_B || chosen === CONTENT_I ? j : lastContent[s];
    }
    // The kept extensions become the taggings (element by element: a subarray per step
    // cost more than the rest of the step).
    for (let k = 0; k < count; k++) {
      score[k] = candidateScore[k];
      previous[k] = candidateTag[k];
      twoBack[k] = nextTwoBack[k];
      lastContent[k] = nextLastContent[k];
    }
    size = count;
    if (size === 0) break;
  }
  // The best open tagging, unless a closed one beat it; a closed tagging's tags end
  // before the step at which it closed.
  let end = step;
  let slot = 0;
  if (size === 0 || score[0] <= finishedScore) {
    end = finishedStep;
    slot = finishedSlot;
  }
  const { tags, margin: margins } = buffers.take(length);
  for (let t = end - 1; t >= 0; t--) {
    const at = t * BEAM_WIDTH + slot;
    tags[t] = tag[at];
    margins[t] = margin[at];
    slot = parent[at];
  }
  return { first: window.first, tags, margin: margins };
}
