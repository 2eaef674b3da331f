/** A half-open [start, end) range of UTF-16 code units (JavaScript string indices). */
export interface Span {
  start: number;
  end: number;
}

/** A span as the output contract writes it: offsets plus the covered text. */
export interface TextSpan extends Span {
  text: string;
}

export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function withText(text: string, span: Span): TextSpan {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

export function byStart(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * Binary search: the first index in [0, count) for which `isBefore` is false,
 * given that it is true for a prefix of the indices and false after.
 */
export function partitionPoint(count: number, isBefore: (index: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first value in an ascending list that is greater than `offset`: with span ends, the first span ending after it. */
export function firstEndingAfter(sortedEnds: ArrayLike<number>, offset: number): number {
  return partitionPoint(sortedEnds.length, (i) => sortedEnds[i] <= offset);
}
