import { gunzipSync, gzipSync } from 'node:zlib';
import { Perceptron } from './perceptron.js';

/**
 * Model file: gzip of [4-byte header length][JSON header][float32 weights...].
 * Float32 as trained: int16 quantisation was tried and lost accuracy, because
 * the bias weights are thousands of times larger than lexical ones. Most
 * hashed buckets stay zero, so gzip keeps the file small.
 */
const MAGIC = 'whosaid-model/1';

export interface ModelHeader {
  format: typeof MAGIC;
  [key: string]: unknown;
}

interface PerceptronEntry {
  classes: number;
  bits: number;
  /** Index of the first weight in the body. */
  offset: number;
}

export function encodeModel(header: Record<string, unknown>, perceptrons: Record<string, Perceptron>): Buffer {
  const entries: Record<string, PerceptronEntry> = {};
  const chunks: Float32Array[] = [];
  let offset = 0;
  for (const [name, p] of Object.entries(perceptrons)) {
    entries[name] = { classes: p.classes, bits: p.bits, offset };
    chunks.push(p.weights);
    offset += p.weights.length;
  }
  const json = Buffer.from(JSON.stringify({ ...header, format: MAGIC, perceptrons: entries }), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length, 0);
  const body = Buffer.concat(chunks.map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength)));
  return gzipSync(Buffer.concat([length, json, body]), { level: 9 });
}

export function decodeModel(bytes: Buffer): { header: ModelHeader; perceptrons: Record<string, Perceptron> } {
  const raw = gunzipSync(bytes);
  const jsonLength = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + jsonLength).toString('utf8')) as ModelHeader & {
    perceptrons: Record<string, PerceptronEntry>;
  };
  if (header.format !== MAGIC) throw new Error(`not a whosaid model (format ${String(header.format)})`);
  const bodyStart = 4 + jsonLength;
  // Copy so the Float32Array is aligned whatever the header length.
  const body = new Float32Array(raw.buffer.slice(raw.byteOffset + bodyStart, raw.byteOffset + raw.length));
  const perceptrons: Record<string, Perceptron> = {};
  for (const [name, entry] of Object.entries(header.perceptrons)) {
    const size = (1 << entry.bits) * entry.classes;
    const weights = body.subarray(entry.offset, entry.offset + size);
    perceptrons[name] = new Perceptron(entry.classes, entry.bits, weights);
  }
  return { header, perceptrons };
}
