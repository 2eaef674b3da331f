import type { FrozenPerceptron } from './perceptron.js';

/**
 * Summed raw weights of one group of features per key (the values of the
 * variables the group reads), filled on first use: inference looks the sum
 * up instead of hashing the group's features again. An entry holds while its
 * stamp equals the table's; a new stamp empties the table at once.
 */
export class SumTable {
  readonly sums: Int32Array;
  readonly stamps: Int32Array;
  stamp = 1;

  constructor(
    entries: number,
    readonly classes: number,
  ) {
    this.sums = new Int32Array(entries * classes);
    this.stamps = new Int32Array(entries);
  }

  has(key: number): boolean {
    return this.stamps[key] === this.stamp;
  }

  /** Stores under `key` the features' summed raw weights (at `key × classes`). */
  store(key: number, model: FrozenPerceptron, features: ArrayLike<number>, count: number): void {
    model.writeRawSums(features, count, this.sums, key * this.classes);
    this.stamps[key] = this.stamp;
  }

  /** Adds the entry under `key` into `sums` (one per class). */
  addTo(key: number, sums: Int32Array): void {
    const base = key * this.classes;
    for (let c = 0; c < this.classes; c++) sums[c] += this.sums[base + c];
  }

  clear(): void {
    this.stamp++;
  }
}
