import { gunzipSync, gzipSync } from 'node:zlib';
import { FrozenPerceptron, type Perceptron } from './perceptron.js';

/**
 * Model file: gzip of [4-byte header length][JSON header][int16 weights...],
 * each perceptron's weights quantised with its own scale (see
 * FrozenPerceptron). Most hashed buckets stay zero, so gzip keeps it small.
 */
const MAGIC = 'whosaid-model/1';

export interface ModelHeader {
  format: typeof MAGIC;
  [key: string]: unknown;
}

interface PerceptronEntry {
  classes: number;
  bits: number;
  /** Weight = stored int16 × scale. */
  scale: number;
  /** Index of the first weight in the body. */
  offset: number;
}

function quantize(weights: Float32Array): { values: Int16Array; scale: number } {
  let maxAbs = 0;
  for (const w of weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const values = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) values[i] = Math.round(weights[i] / scale);
  return { values, scale };
}

export function encodeModel(header: Record<string, unknown>, perceptrons: Record<string, Perceptron>): Buffer {
  const entries: Record<string, PerceptronEntry> = {};
  const chunks: Int16Array[] = [];
  let offset = 0;
  for (const [name, p] of Object.entries(perceptrons)) {
    const { values, scale } = quantize(p.weights);
    entries[name] = { classes: p.classes, bits: p.bits, scale, offset };
    chunks.push(values);
    offset += values.length;
  }
  const json = Buffer.from(JSON.stringify({ ...header, format: MAGIC, perceptrons: entries }), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length, 0);
  const body = Buffer.concat(chunks.map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength)));
  return gzipSync(Buffer.concat([length, json, body]), { level: 9 });
}

export function decodeModel(bytes: Buffer): { header: ModelHeader; perceptrons: Record<string, FrozenPerceptron> } {
  const raw = gunzipSync(bytes);
  const jsonLength = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + jsonLength).toString('utf8')) as ModelHeader & {
    perceptrons: Record<string, PerceptronEntry>;
  };
  if (header.format !== MAGIC) throw new Error(`not a whosaid model (format ${String(header.format)})`);
  const bodyStart = 4 + jsonLength;
  // Copy so the Int16Array is aligned whatever the header length.
  const body = new Int16Array(raw.buffer.slice(raw.byteOffset + bodyStart, raw.byteOffset + raw.length));
  const perceptrons: Record<string, FrozenPerceptron> = {};
  for (const [name, entry] of Object.entries(header.perceptrons)) {
    const size = (1 << entry.bits) * entry.classes;
    if (entry.offset + size > body.length) throw new Error('model file is truncated');
    const weights = body.subarray(entry.offset, entry.offset + size);
    perceptrons[name] = new FrozenPerceptron(entry.classes, entry.bits, weights, entry.scale);
  }
  return { header, perceptrons };
}
