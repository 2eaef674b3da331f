export { feature1, feature2, feature3, HashCache, hashString, mix } from './hashing.js';
export { Perceptron, probabilityOf, softmax } from './perceptron.js';
export { seededRandom, shuffleInPlace } from './random.js';
export { decodeModel, encodeModel, type ModelHeader } from './weights-io.js';
