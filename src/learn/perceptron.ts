/** What the taggers need of a linear model over hashed features. */
export interface Scorer {
  readonly classes: number;
  /** Writes each class's score for the feature hashes into `out` (length ≥ classes). */
  scores(features: ArrayLike<number>, count: number, out: Float64Array): Float64Array;
  /** Highest-scoring class among the `allowed` ones (all when omitted). */
  best(scores: Float64Array, allowed?: ArrayLike<boolean>): number;
}

export function bestClass(classes: number, scores: Float64Array, allowed?: ArrayLike<boolean>): number {
  let best = -1;
  for (let c = 0; c < classes; c++) {
    if (allowed && !allowed[c]) continue;
    if (best < 0 || scores[c] > scores[best]) best = c;
  }
  return best;
}

/**
 * A trained perceptron frozen for analysis: weights as int16 with one scale.
 * Half the memory of float32 keeps both taggers' tables in the CPU cache
 * (look-ups are what analysis spends its time on); averaged weights span a
 * small range (|w| < 100 on PolNeAR), so 16 bits lose nothing measurable.
 */
export class FrozenPerceptron implements Scorer {
  readonly classes: number;
  readonly bits: number;
  readonly mask: number;
  readonly weights: Int16Array;
  readonly scale: number;
  private readonly scratch: Int32Array;

  constructor(classes: number, bits: number, weights: Int16Array, scale: number) {
    if (weights.length !== (1 << bits) * classes) throw new Error('weights do not match the model shape');
    this.classes = classes;
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.weights = weights;
    this.scale = scale;
    this.scratch = new Int32Array(classes);
  }

  scores(features: ArrayLike<number>, count: number, out: Float64Array): Float64Array {
    const sums = this.scratch;
    this.writeRawSums(features, count, sums, 0);
    return this.scaled(sums, out);
  }

  /** The scores that raw sums (from `addRawSums`, in any number of parts) stand for. */
  scaled(sums: Int32Array, out: Float64Array): Float64Array {
    for (let c = 0; c < this.classes; c++) out[c] = sums[c] * this.scale;
    return out;
  }

  /**
   * Writes the features' raw integer weights per class into
   * `sums[at…at+classes)`, as `addRawSums` into zeros: a typed array's `fill`
   * is a call into the runtime, which on these few entries cost more than the
   * sums (role tagging clears some two million a pass).
   */
  writeRawSums(features: ArrayLike<number>, count: number, sums: Int32Array, at: number): void {
    for (let c = 0; c < this.classes; c++) sums[at + c] = 0;
    this.addRawSums(features, count, sums, at);
  }

  /**
   * Adds the features' raw integer weights per class into `sums[at…at+classes)`
   * (scores are these sums times `scale`): partial sums added up in any order
   * give exactly the integer `scores` would scale.
   */
  addRawSums(features: ArrayLike<number>, count: number, sums: Int32Array, at: number): void {
    const { classes, mask, weights } = this;
    if (classes === 3) {
      this.addRawSums3(features, count, sums, at);
      return;
    }
    if (classes === 5) {
      this.addRawSums5(features, count, sums, at);
      return;
    }
    for (let f = 0; f < count; f++) {
      const base = (features[f] & mask) * classes;
      for (let c = 0; c < classes; c++) sums[at + c] += weights[base + c];
    }
  }

  // Unrolled for the cue tagger (3 classes) and the role tagger (5): the sums
  // stay in integer locals, with no store per class and feature.
  private addRawSums3(features: ArrayLike<number>, count: number, sums: Int32Array, at: number): void {
    const { mask, weights } = this;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    for (let f = 0; f < count; f++) {
      const base = (features[f] & mask) * 3;
      s0 += weights[base];
      s1 += weights[base + 1];
      s2 += weights[base + 2];
    }
    sums[at] += s0;
    sums[at + 1] += s1;
    sums[at + 2] += s2;
  }

  private addRawSums5(features: ArrayLike<number>, count: number, sums: Int32Array, at: number): void {
    const { mask, weights } = this;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    for (let f = 0; f < count; f++) {
      const base = (features[f] & mask) * 5;
      s0 += weights[base];
      s1 += weights[base + 1];
      s2 += weights[base + 2];
      s3 += weights[base + 3];
      s4 += weights[base + 4];
    }
    sums[at] += s0;
    sums[at + 1] += s1;
    sums[at + 2] += s2;
    sums[at + 3] += s3;
    sums[at + 4] += s4;
  }

  best(scores: Float64Array, allowed?: ArrayLike<boolean>): number {
    return bestClass(this.classes, scores, allowed);
  }
}

/**
 * A multi-class averaged perceptron over hashed features (Collins 2002;
 * the averaging trick of Daumé's thesis: keep a running sum of
 * timestamped updates instead of summing weights after every example).
 * Weights live in one Float32Array of `buckets × classes`.
 */
export class Perceptron implements Scorer {
  readonly classes: number;
  readonly bits: number;
  readonly mask: number;
  weights: Float32Array;
  /** Training only: sum of update × time, for averaging. */
  private totals: Float64Array | null = null;
  private time = 0;

  constructor(classes: number, bits: number, weights?: Float32Array) {
    this.classes = classes;
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.weights = weights ?? new Float32Array((1 << bits) * classes);
    if (this.weights.length !== (1 << bits) * classes) throw new Error('weights do not match the model shape');
  }

  scores(features: ArrayLike<number>, count: number, out: Float64Array): Float64Array {
    const { classes, mask, weights } = this;
    out.fill(0, 0, classes);
    for (let f = 0; f < count; f++) {
      const base = (features[f] & mask) * classes;
      for (let c = 0; c < classes; c++) out[c] += weights[base + c];
    }
    return out;
  }

  best(scores: Float64Array, allowed?: ArrayLike<boolean>): number {
    return bestClass(this.classes, scores, allowed);
  }

  startTraining(): void {
    this.totals = new Float64Array(this.weights.length);
    this.time = 0;
  }

  /** One training step: if the guess was wrong, move weights toward the truth. */
  update(features: ArrayLike<number>, count: number, truth: number, guess: number): void {
    const totals = this.totals;
    if (!totals) throw new Error('call startTraining() first');
    this.time++;
    if (truth === guess) return;
    const { classes, mask, weights, time } = this;
    for (let f = 0; f < count; f++) {
      const base = (features[f] & mask) * classes;
      weights[base + truth] += 1;
      totals[base + truth] += time;
      weights[base + guess] -= 1;
      totals[base + guess] -= time;
    }
  }

  /** Replaces the weights by their average over all steps; ends training. */
  finishTraining(): void {
    const totals = this.totals;
    if (!totals) return;
    const t = this.time + 1;
    // w_avg = w - totals / t (each update at time τ contributed for t-τ steps).
    for (let i = 0; i < this.weights.length; i++) this.weights[i] -= totals[i] / t;
    this.totals = null;
  }
}

/**
 * How far class `target` beat the best other allowed class (negative if it
 * lost); the classes' scores start at `at` in `scores`.
 */
export function marginOf(
  scores: Float64Array,
  classes: number,
  target: number,
  allowed?: ArrayLike<boolean>,
  at = 0,
): number {
  let other = -Infinity;
  for (let c = 0; c < classes; c++) {
    if (c !== target && (!allowed || allowed[c]) && scores[at + c] > other) other = scores[at + c];
  }
  return other === -Infinity ? 0 : scores[at + target] - other;
}
