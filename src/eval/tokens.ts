import { firstEndingAfter, type Span } from '../core/index.js';

/**
 * Word tokens as the evaluation counts them: Python's `\w+` (re.UNICODE), which
 * is letters, numbers and `_`. Python's `\w` is `str.isalnum()` or `_`, i.e.
 * Unicode categories L* and N* — not combining marks (Mn, Mc) nor connector
 * punctuation other than `_`, which matters for PolNeAR's mojibake texts
 * ("SÃ©golÃ ̈ne" has a U+0308 that splits the word). Checked code point by code
 * point against Python 3.11 (Unicode 14); characters assigned in later Unicode
 * versions are words here and may not be in an older Python.
 */
const WORD = /[\p{L}\p{N}_]+/gu;

/** Word token offsets of one text (UTF-16), in text order. */
export class WordTokens {
  readonly starts: Int32Array;
  readonly ends: Int32Array;

  constructor(text: string) {
    const starts: number[] = [];
    const ends: number[] = [];
    for (const match of text.matchAll(WORD)) {
      starts.push(match.index);
      ends.push(match.index + match[0].length);
    }
    this.starts = Int32Array.from(starts);
    this.ends = Int32Array.from(ends);
  }

  get count(): number {
    return this.starts.length;
  }

  /** The tokens that the fragments overlap, as a token set. */
  tokenSet(fragments: readonly Span[]): TokenSet {
    const ranges: [number, number][] = [];
    for (const { start, end } of fragments) {
      const first = firstGreater(this.ends, start); // first token ending after `start`
      let last = first;
      while (last < this.starts.length && this.starts[last] < end) last++;
      if (last > first) ranges.push([first, last]);
    }
    return TokenSet.fromRanges(ranges);
  }
}

function firstGreater(sorted: Int32Array, value: number): number {
  return firstEndingAfter(sorted, value);
}

/**
 * A set of token indices. A fragment always covers consecutive tokens, so the
 * set is kept as sorted, disjoint, non-adjacent [from, to) ranges: intersections
 * of long contents then cost a few steps, not a walk over every token.
 */
export class TokenSet {
  /** Flat [from0, to0, from1, to1, ...]. */
  private readonly bounds: Int32Array;
  readonly size: number;

  private constructor(bounds: Int32Array, size: number) {
    this.bounds = bounds;
    this.size = size;
  }

  static readonly EMPTY = new TokenSet(new Int32Array(0), 0);

  static fromRanges(ranges: [number, number][]): TokenSet {
    if (ranges.length === 0) return TokenSet.EMPTY;
    ranges.sort((a, b) => a[0] - b[0]);
    const flat: number[] = [];
    let size = 0;
    for (const [from, to] of ranges) {
      const n = flat.length;
      if (n > 0 && from <= flat[n - 1]) {
        if (to > flat[n - 1]) {
          size += to - flat[n - 1];
          flat[n - 1] = to;
        }
      } else {
        flat.push(from, to);
        size += to - from;
      }
    }
    return new TokenSet(Int32Array.from(flat), size);
  }

  /** The token indices, ascending. */
  *[Symbol.iterator](): IterableIterator<number> {
    for (let k = 0; k < this.bounds.length; k += 2) {
      for (let t = this.bounds[k]; t < this.bounds[k + 1]; t++) yield t;
    }
  }

  /** |this ∩ other|. */
  intersectionSize(other: TokenSet): number {
    const a = this.bounds;
    const b = other.bounds;
    if (a.length === 0 || b.length === 0 || a[a.length - 1] <= b[0] || b[b.length - 1] <= a[0]) return 0;
    let i = 0;
    let j = 0;
    let shared = 0;
    while (i < a.length && j < b.length) {
      const from = Math.max(a[i], b[j]);
      const to = Math.min(a[i + 1], b[j + 1]);
      if (to > from) shared += to - from;
      if (a[i + 1] < b[j + 1]) i += 2;
      else j += 2;
    }
    return shared;
  }

  intersects(other: TokenSet): boolean {
    return this.intersectionSize(other) > 0;
  }

  equals(other: TokenSet): boolean {
    if (this.size !== other.size || this.bounds.length !== other.bounds.length) return false;
    for (let k = 0; k < this.bounds.length; k++) if (this.bounds[k] !== other.bounds[k]) return false;
    return true;
  }
}
