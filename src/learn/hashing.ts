/**
 * Feature hashing with integers only: a feature is a template number mixed
 * with the hashes of the values it combines, so no feature string is ever
 * built on the hot path. 32-bit FNV-1a for strings, a murmur-style finaliser
 * for mixing.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function hashString(value: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** Combines a running hash with one more 32-bit value (order matters). */
export function mix(hash: number, value: number): number {
  let h = Math.imul(hash ^ value, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

export function feature1(template: number, a: number): number {
  return mix(mix(template, a), 0x27d4eb2d);
}

export function feature2(template: number, a: number, b: number): number {
  return mix(mix(mix(template, a), b), 0x165667b1);
}

export function feature3(template: number, a: number, b: number, c: number): number {
  return mix(mix(mix(mix(template, a), b), c), 0x3c6ef372);
}

/** Memoises string hashes: vocabulary is small next to token counts. */
export class HashCache {
  private readonly cache = new Map<string, number>();

  get(value: string): number {
    let hash = this.cache.get(value);
    if (hash === undefined) {
      hash = hashString(value);
      if (this.cache.size < 1_000_000) this.cache.set(value, hash);
    }
    return hash;
  }
}
