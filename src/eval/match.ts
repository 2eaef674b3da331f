import type { TokenSet } from './tokens.js';

/**
 * One-to-one greedy matching, score.py's `greedy_match`: candidate pairs are the
 * (prediction, gold) pairs whose keys share a token (and that `eligible` allows),
 * taken by largest intersection first, then smallest union, then prediction
 * index, then gold index — the order of Python's sort on
 * `(-intersection, union, i, j)`. Returns [predIndex, goldIndex] pairs.
 */
export function greedyMatch<T>(
  pred: readonly T[],
  gold: readonly T[],
  key: (item: T) => TokenSet,
  eligible?: (p: T, g: T) => boolean,
): [number, number][] {
  const candidates: { inter: number; union: number; i: number; j: number }[] = [];
  const goldKeys = gold.map(key);
  for (let i = 0; i < pred.length; i++) {
    const kp = key(pred[i]);
    if (kp.size === 0) continue;
    for (let j = 0; j < gold.length; j++) {
      const inter = kp.intersectionSize(goldKeys[j]);
      if (inter > 0 && (eligible === undefined || eligible(pred[i], gold[j]))) {
        candidates.push({ inter, union: kp.size + goldKeys[j].size - inter, i, j });
      }
    }
  }
  candidates.sort((a, b) => b.inter - a.inter || a.union - b.union || a.i - b.i || a.j - b.j);
  const usedPred = new Set<number>();
  const usedGold = new Set<number>();
  const pairs: [number, number][] = [];
  for (const { i, j } of candidates) {
    if (usedPred.has(i) || usedGold.has(j)) continue;
    usedPred.add(i);
    usedGold.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}
