export { FNV_OFFSET, feature1, feature2, feature3, hashCharCode, hashRange, hashString, mix } from './hashing.js';
export { fitLogistic, type LogisticModel, predictLogistic, sigmoid } from './logistic.js';
export {
  bestClass,
  FrozenPerceptron,
  marginOf,
  Perceptron,
  type Scorer,
} from './perceptron.js';
export { seededRandom, shuffleInPlace } from './random.js';
export { SumTable } from './sum-table.js';
export { decodeModel, encodeModel, type ModelHeader } from './weights-io.js';
