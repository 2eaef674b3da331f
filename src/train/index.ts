export { goldCues, goldRoles, tokensOf } from './gold-tags.js';
export { DEFAULT_TRAIN_OPTIONS, type TrainOptions, trainModel } from './train.js';
