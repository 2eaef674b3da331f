/**
 * Feature hashing with integers only: a feature is a template number mixed
 * with the hashes of the values it combines, so no feature string is ever
 * built on the hot path. 32-bit FNV-1a for strings, a murmur-style finaliser
 * for mixing. Hashes are signed 32-bit integers (`| 0`, stored in
 * Int32Array): V8 keeps those unboxed, whereas unsigned values above 2^31
 * become heap numbers when passed around — a third of the taggers' time. The
 * bits, and so every weight bucket, are the same either way.
 */

export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function hashString(value: string): number {
  return hashRange(value, 0, value.length);
}

/** hashString(value.slice(from, to)) without building the slice. */
export function hashRange(value: string, from: number, to: number): number {
  let hash = FNV_OFFSET;
  for (let i = from; i < to; i++) hash = hashCharCode(hash, value.charCodeAt(i));
  return hash | 0;
}

/** One more UTF-16 code unit into a running FNV-1a hash (start from `FNV_OFFSET`). */
export function hashCharCode(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** Murmur3's finaliser: spreads every input bit over the low bits the table index uses. */
function finalize(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Combines a running hash with one more 32-bit value (order matters); cheap, finalised once per feature. */
function step(hash: number, value: number): number {
  return (Math.imul(hash ^ value, 0x9e3779b1) + 0x7f4a7c15) | 0;
}

export function mix(hash: number, value: number): number {
  return finalize(step(hash, value));
}

// The features below spell out `step` rather than nest calls to it: the taggers
// build some 40 features a token, and V8 inlined only some of the nested calls
// (the cue tagger spent a third of its time there). One call to `finalize`
// after the written-out steps is as fast as writing it out too (alternating
// passes over train); naming the step's constants made it about 1 % slower.

export function feature1(template: number, a: number): number {
  let h = (Math.imul(0x27d4eb2d ^ template, 0x9e3779b1) + 0x7f4a7c15) | 0;
  h = (Math.imul(h ^ a, 0x9e3779b1) + 0x7f4a7c15) | 0;
  return finalize(h);
}

export function feature2(template: number, a: number, b: number): number {
  let h = (Math.imul(0x165667b1 ^ template, 0x9e3779b1) + 0x7f4a7c15) | 0;
  h = (Math.imul(h ^ a, 0x9e3779b1) + 0x7f4a7c15) | 0;
  h = (Math.imul(h ^ b, 0x9e3779b1) + 0x7f4a7c15) | 0;
  return finalize(h);
}

export function feature3(template: number, a: number, b: number, c: number): number {
  let h = (Math.imul(0x3c6ef372 ^ template, 0x9e3779b1) + 0x7f4a7c15) | 0;
  h = (Math.imul(h ^ a, 0x9e3779b1) + 0x7f4a7c15) | 0;
  h = (Math.imul(h ^ b, 0x9e3779b1) + 0x7f4a7c15) | 0;
  h = (Math.imul(h ^ c, 0x9e3779b1) + 0x7f4a7c15) | 0;
  return finalize(h);
}
