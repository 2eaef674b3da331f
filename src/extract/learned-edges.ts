// Where the edges of cues, sources and contents go, learned from the annotations: `called
// for`, `said` (not `said Friday`), `have alleged`; a content that leaves out the `about`
// after its cue.

import type { Doc } from '../core/index.js';
import { isWordToken, type TokenRange } from './link/runs.js';

/**
 * Word pairs at the edges of spans of one role, each written `first second`
 * in lower case, as train's annotators mark them:
 * - `takeInNext`: the span's last word and the word after it, which they take
 *   into the span (`called` `for`, `talked` `about`);
 * - `leaveOutLast`: the span's last two words, the last of which they leave
 *   out (`said` `Friday`);
 * - `takeInPrevious`: the word before the span and its first word, which they
 *   take in (`have` `alleged`);
 * - `leaveOutFirst`: the span's first two words, the first of which they
 *   leave out.
 */
export interface EdgePairs {
  takeInNext: string[];
  leaveOutLast: string[];
  takeInPrevious: string[];
  leaveOutFirst: string[];
}

/** The learned edges of cues, sources and contents. */
export interface LearnedEdges {
  cue: EdgePairs;
  source: EdgePairs;
  content: EdgePairs;
}

const NO_PAIRS: EdgePairs = { takeInNext: [], leaveOutLast: [], takeInPrevious: [], leaveOutFirst: [] };
export const NO_EDGES: LearnedEdges = { cue: NO_PAIRS, source: NO_PAIRS, content: NO_PAIRS };

/**
 * A pair counts when it came up at least twice and the annotators treated it
 * one way at least this share of the times: 0.6 for cues, 0.75 for sources
 * and contents, whose pairs are sparser. Chosen on held-out train over four
 * shuffling seeds (docs/accuracy.md).
 */
const MIN_PAIR_COUNT = 2;
export const CUE_MIN_SHARE = 0.6;
export const PHRASE_MIN_SHARE = 0.75;

const pair = (a: string, b: string) => `${a} ${b}`;
/** Whether token k is a word in the sentence of token `of` (edges never move over punctuation). */
function wordInSentence(doc: Doc, of: number) {
  const { count, sentence } = doc.need('tokens');
  return (k: number) => k >= 0 && k < count && sentence[k] === sentence[of] && isWordToken(doc, k);
}

/** Counts, over gold spans of one role, how each word pair at a span's edge was treated. */
export class EdgeCounts {
  /** Per pair: [last two words of a span, last word and the next, first two words, previous word and the first]. */
  private readonly counts = new Map<string, [number, number, number, number]>();

  private bump(key: string, slot: number): void {
    let entry = this.counts.get(key);
    if (!entry) {
      entry = [0, 0, 0, 0];
      this.counts.set(key, entry);
    }
    entry[slot]++;
  }

  /** One gold span fragment, tokens [first, end). */
  add(doc: Doc, first: number, end: number): void {
    const { lower } = doc.need('tokens');
    const isWord = wordInSentence(doc, first);
    if (isWord(end - 1)) {
      if (isWord(end - 2) && end - 2 >= first) this.bump(pair(lower[end - 2], lower[end - 1]), 0);
      if (isWord(end)) this.bump(pair(lower[end - 1], lower[end]), 1);
    }
    if (isWord(first)) {
      if (isWord(first + 1) && first + 1 < end) this.bump(pair(lower[first], lower[first + 1]), 2);
      if (isWord(first - 1)) this.bump(pair(lower[first - 1], lower[first]), 3);
    }
  }

  pairs(minShare: number): EdgePairs {
    const pairs: EdgePairs = { takeInNext: [], leaveOutLast: [], takeInPrevious: [], leaveOutFirst: [] };
    const decided = (yes: number, no: number) => yes + no >= MIN_PAIR_COUNT && yes >= minShare * (yes + no);
    for (const [key, [lastTwo, lastAndNext, firstTwo, previousAndFirst]] of [...this.counts].sort()) {
      if (decided(lastAndNext, lastTwo)) pairs.leaveOutLast.push(key);
      if (decided(lastTwo, lastAndNext)) pairs.takeInNext.push(key);
      if (decided(firstTwo, previousAndFirst)) pairs.takeInPrevious.push(key);
      if (decided(previousAndFirst, firstTwo)) pairs.leaveOutFirst.push(key);
    }
    return pairs;
  }
}

/** Learned pairs by first word, then second: looked up without building a string per question. */
export class PairSet {
  private readonly seconds = new Map<string, Set<string>>();

  constructor(pairs: readonly string[]) {
    for (const key of pairs) {
      const space = key.indexOf(' ');
      const first = key.slice(0, space);
      let set = this.seconds.get(first);
      if (!set) {
        set = new Set();
        this.seconds.set(first, set);
      }
      set.add(key.slice(space + 1));
    }
  }

  has(first: string, second: string): boolean {
    return this.seconds.get(first)?.has(second) === true;
  }
}

/** The learned pairs of one role, built once per model. */
export interface EdgeSets {
  takeInNext: PairSet;
  leaveOutLast: PairSet;
  takeInPrevious: PairSet;
  leaveOutFirst: PairSet;
}

export interface LearnedEdgeSets {
  cue: EdgeSets;
  source: EdgeSets;
  content: EdgeSets;
}

function edgeSets(pairs: EdgePairs): EdgeSets {
  return {
    takeInNext: new PairSet(pairs.takeInNext),
    leaveOutLast: new PairSet(pairs.leaveOutLast),
    takeInPrevious: new PairSet(pairs.takeInPrevious),
    leaveOutFirst: new PairSet(pairs.leaveOutFirst),
  };
}

/** The sets for a model's learned edges; a role the model has none for moves no edge. */
export function learnedEdgeSets(edges: Partial<LearnedEdges>): LearnedEdgeSets {
  return {
    cue: edgeSets(edges.cue ?? NO_PAIRS),
    source: edgeSets(edges.source ?? NO_PAIRS),
    content: edgeSets(edges.content ?? NO_PAIRS),
  };
}

/**
 * A span's edges moved by one word each as the annotators would: at the end,
 * a word taken in or else the last word left out; at the start, a word taken
 * in or else the first left out. A word is left out only where the span has
 * a neighbour in its sentence on that side, as in the counts (a content
 * opening its sentence keeps its `At`: held-out train, fixed taggers,
 * content exact +0.0003 to +0.0004 on each of four seeds). A word is taken
 * in only when `free` says no other part of the attribution holds it; a span
 * keeps at least one word. Returns the new token range.
 */
function movedEdges(doc: Doc, sets: EdgeSets, first: number, end: number, free: (k: number) => boolean): TokenRange {
  const { lower, sentence } = doc.need('tokens');
  const isWord = wordInSentence(doc, first);
  const inSentence = (k: number) => k >= 0 && k < sentence.length && sentence[k] === sentence[first];
  if (isWord(end - 1) && isWord(end) && free(end) && sets.takeInNext.has(lower[end - 1], lower[end])) {
    end++;
  } else if (
    end - first > 1 &&
    inSentence(end) &&
    isWord(end - 2) &&
    isWord(end - 1) &&
    sets.leaveOutLast.has(lower[end - 2], lower[end - 1])
  ) {
    end--;
  }
  if (
    isWord(first) &&
    isWord(first - 1) &&
    free(first - 1) &&
    sets.takeInPrevious.has(lower[first - 1], lower[first])
  ) {
    first--;
  } else if (
    end - first > 1 &&
    inSentence(first - 1) &&
    isWord(first + 1) &&
    isWord(first) &&
    sets.leaveOutFirst.has(lower[first], lower[first + 1])
  ) {
    first++;
  }
  return { first, end };
}

const held = (k: number, range: TokenRange | undefined) => range !== undefined && range.first <= k && k < range.end;

/**
 * A linked cue's edges as the annotators would draw them. A content piece
 * opening on the word the cue takes in starts after it (`asked for` +
 * `secure phones`). Returns the cue's new token range.
 */
export function cueWithLearnedEdges(
  doc: Doc,
  sets: EdgeSets,
  first: number,
  end: number,
  source: TokenRange | undefined,
  contents: TokenRange[],
): TokenRange {
  const moved = movedEdges(
    doc,
    sets,
    first,
    end,
    (k) => !held(k, source) && (k >= end || !contents.some((run) => held(k, run))),
  );
  if (moved.end > end) {
    for (let k = contents.length - 1; k >= 0; k--) {
      const run = contents[k];
      if (run.first !== end) continue;
      if (run.end > moved.end) run.first = moved.end;
      else if (contents.length > 1) contents.splice(k, 1);
    }
  }
  return moved;
}

/** A linked source's edges as the annotators would draw them, never over the cue or a content piece. */
export function sourceWithLearnedEdges<R extends TokenRange>(
  doc: Doc,
  sets: EdgeSets,
  source: R,
  cue: TokenRange,
  contents: TokenRange[],
): R {
  const free = (k: number) => !held(k, cue) && !contents.some((run) => held(k, run));
  const moved = movedEdges(doc, sets, source.first, source.end, free);
  return moved.first === source.first && moved.end === source.end ? source : { ...source, ...moved };
}

/**
 * A linked content's outer edges (the first piece's start, the last piece's
 * end) as the annotators would draw them, never over the cue or the source.
 */
export function contentWithLearnedEdges(
  doc: Doc,
  sets: EdgeSets,
  cue: TokenRange,
  source: TokenRange | undefined,
  contents: TokenRange[],
): void {
  if (contents.length === 0) return;
  const free = (k: number) => !held(k, cue) && !held(k, source);
  const head = contents[0];
  const tail = contents[contents.length - 1];
  const movedHead = movedEdges(doc, sets, head.first, head.end, free);
  head.first = movedHead.first;
  if (head === tail) head.end = movedHead.end;
  else tail.end = movedEdges(doc, sets, tail.first, tail.end, free).end;
}

/**
 * The tagged cues' edges moved as the annotators draw them, before sources
 * and contents are tagged: a cue never grows into its neighbour. `cues` are
 * in text order.
 */
export function cuesWithLearnedEdges(doc: Doc, sets: EdgeSets, cues: TokenRange[]): void {
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c];
    const next = cues[c + 1];
    const previous = cues[c - 1];
    const free = (k: number) => !(next && k >= next.first) && !(previous && k < previous.end);
    const moved = movedEdges(doc, sets, cue.first, cue.end, free);
    cue.first = moved.first;
    cue.end = moved.end;
  }
}
