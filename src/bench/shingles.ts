/**
 * Word-shingle F1, the measure article-extraction benchmarks use: both texts
 * become lower-cased word sequences, each window of `n` consecutive words is
 * a shingle, and precision/recall count shingles shared (as multisets) over
 * those extracted/expected. Punctuation and white space do not count, so
 * paragraph breaks and quote styles cannot move the score; missing or extra
 * sentences do.
 */
export const SHINGLE_SIZE = 4;

export interface ShingleScore {
  precision: number;
  recall: number;
  f1: number;
}

export function shingleF1(extracted: string, expected: string, n = SHINGLE_SIZE): ShingleScore {
  const got = shingleCounts(extracted, n);
  const want = shingleCounts(expected, n);
  let shared = 0;
  let gotTotal = 0;
  let wantTotal = 0;
  for (const count of got.values()) gotTotal += count;
  for (const [shingle, count] of want) {
    wantTotal += count;
    shared += Math.min(count, got.get(shingle) ?? 0);
  }
  if (gotTotal === 0 && wantTotal === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = gotTotal === 0 ? 0 : shared / gotTotal;
  const recall = wantTotal === 0 ? 0 : shared / wantTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function shingleCounts(text: string, n: number): Map<string, number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const counts = new Map<string, number>();
  // A text shorter than n words is one shingle of all its words.
  const last = Math.max(words.length - n, words.length > 0 ? 0 : -1);
  for (let i = 0; i <= last; i++) {
    const shingle = words.slice(i, i + n).join(' ');
    counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}
