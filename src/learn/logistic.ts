/**
 * Logistic regression by batch gradient descent on standardised inputs:
 * small, deterministic, enough to map a few raw model margins to a
 * probability (Platt scaling, 1999).
 */
export interface LogisticModel {
  /** Weights on the raw (unstandardised) inputs. */
  weights: number[];
  bias: number;
}

const ITERATIONS = 2000;
const LEARNING_RATE = 0.5;
/** A little L2 keeps weights finite when one input separates the data. */
const L2 = 1e-3;

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export function predictLogistic(model: LogisticModel, inputs: readonly number[]): number {
  let z = model.bias;
  for (let k = 0; k < model.weights.length; k++) z += model.weights[k] * (inputs[k] ?? 0);
  return sigmoid(z);
}

export function fitLogistic(inputs: readonly (readonly number[])[], labels: readonly boolean[]): LogisticModel {
  const n = inputs.length;
  const d = n > 0 ? inputs[0].length : 0;
  if (n === 0) return { weights: [], bias: 0 };
  const mean = Array.from({ length: d }, (_, k) => inputs.reduce((sum, x) => sum + x[k], 0) / n);
  const scale = Array.from({ length: d }, (_, k) => {
    const variance = inputs.reduce((sum, x) => sum + (x[k] - mean[k]) ** 2, 0) / n;
    return Math.sqrt(variance) || 1;
  });
  const z = inputs.map((x) => x.map((v, k) => (v - mean[k]) / scale[k]));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const gradW = new Array<number>(d).fill(0);
    let gradB = 0;
    for (let i = 0; i < n; i++) {
      let s = b;
      for (let k = 0; k < d; k++) s += w[k] * z[i][k];
      const error = sigmoid(s) - (labels[i] ? 1 : 0);
      for (let k = 0; k < d; k++) gradW[k] += error * z[i][k];
      gradB += error;
    }
    for (let k = 0; k < d; k++) w[k] -= LEARNING_RATE * (gradW[k] / n + L2 * w[k]);
    b -= (LEARNING_RATE * gradB) / n;
  }
  // Fold the standardisation into the weights so prediction uses raw inputs.
  const weights = w.map((wk, k) => wk / scale[k]);
  const bias = b - w.reduce((sum, wk, k) => sum + (wk * mean[k]) / scale[k], 0);
  return { weights, bias };
}
