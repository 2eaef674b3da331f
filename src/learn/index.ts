export { feature1, feature2, feature3, hashString, mix } from './hashing.js';
export { bestClass, FrozenPerceptron, Perceptron, probabilityOf, type Scorer, softmax } from './perceptron.js';
export { seededRandom, shuffleInPlace } from './random.js';
export { decodeModel, encodeModel, type ModelHeader } from './weights-io.js';
