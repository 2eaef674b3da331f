import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { feature1 } from './hashing.js';
import { FrozenPerceptron, marginOf, Perceptron } from './perceptron.js';
import { seededRandom, shuffleInPlace } from './random.js';
import { decodeModel, encodeModel } from './weights-io.js';

/** A word → class task: class = word mod 3, one hashed feature per word plus a bias. */
function examples(): [number, number][] {
  return Array.from({ length: 600 }, (_, i) => [i % 200, (i % 200) % 3]);
}

function featuresOf(word: number, out: Uint32Array): number {
  out[0] = feature1(1, 0);
  out[1] = feature1(2, word);
  return 2;
}

function train(): Perceptron {
  const model = new Perceptron(3, 14);
  model.startTraining();
  const features = new Uint32Array(2);
  const scores = new Float64Array(3);
  const data = examples();
  const random = seededRandom(7);
  for (let epoch = 0; epoch < 5; epoch++) {
    for (const [word, truth] of shuffleInPlace(data, random)) {
      const count = featuresOf(word, features);
      model.update(features, count, truth, model.best(model.scores(features, count, scores)));
    }
  }
  model.finishTraining();
  return model;
}

describe('Perceptron', () => {
  it('learns a separable task and its averaged weights classify it', () => {
    const model = train();
    const features = new Uint32Array(2);
    const scores = new Float64Array(3);
    const right = examples().filter(
      ([word, truth]) => model.best(model.scores(features, featuresOf(word, features), scores)) === truth,
    );
    expect(right.length / examples().length).toBeGreaterThanOrEqual(0.95);
  });

  it('is deterministic for a seed', () => {
    expect(Array.from(train().weights)).toEqual(Array.from(train().weights));
  });

  it('respects the allowed classes and reports margins', () => {
    const model = new Perceptron(3, 4);
    const scores = new Float64Array([5, 1, 3]);
    expect(model.best(scores)).toBe(0);
    expect(model.best(scores, [false, true, true])).toBe(2);
    expect(marginOf(scores, 3, 0)).toBe(2);
    expect(marginOf(scores, 3, 1)).toBe(-4);
  });
});

describe('FrozenPerceptron', () => {
  it('scores any number of classes as the plain weighted sum', () => {
    const random = seededRandom(3);
    for (const classes of [2, 3, 4, 5, 6]) {
      const bits = 6;
      const weights = Int16Array.from({ length: (1 << bits) * classes }, () => Math.floor(random() * 2000) - 1000);
      const model = new FrozenPerceptron(classes, bits, weights, 0.01);
      const features = Int32Array.from({ length: 9 }, () => Math.floor(random() * 2 ** 32) | 0);
      const scores = model.scores(features, features.length, new Float64Array(classes));
      for (let c = 0; c < classes; c++) {
        let sum = 0;
        for (const f of features) sum += weights[(f & 63) * classes + c];
        expect(scores[c]).toBe(sum * 0.01);
      }
    }
  });
});

describe('model files', () => {
  it('round-trip: the frozen perceptron scores as the trained one (int16, within rounding)', () => {
    const model = train();
    const { header, perceptrons } = decodeModel(encodeModel({ note: 'test' }, { tagger: model }));
    expect(header.note).toBe('test');
    const frozen = perceptrons.tagger;
    const features = new Uint32Array(2);
    const a = new Float64Array(3);
    const b = new Float64Array(3);
    for (const [word] of examples().slice(0, 50)) {
      const count = featuresOf(word, features);
      model.scores(features, count, a);
      frozen.scores(features, count, b);
      for (let c = 0; c < 3; c++) expect(Math.abs(a[c] - b[c])).toBeLessThan(0.01);
    }
  });

  it('refuses what is not a whosaid model', () => {
    const header = Buffer.from(JSON.stringify({ format: 'something-else', perceptrons: {} }));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length, 0);
    expect(() => decodeModel(gzipSync(Buffer.concat([length, header])))).toThrow(/not a whosaid model/);
  });
});
