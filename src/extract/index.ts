export { attributionStages, attributionStagesWith, extractAttributions } from './attributions.js';
export {
  CUE_B,
  CUE_CLASSES,
  CUE_I,
  CUE_MAX_FEATURES,
  CUE_O,
  type CueSpan,
  cueFeatures,
  tagCues,
} from './cue-tagger.js';
export {
  CUE_MIN_SHARE,
  EdgeCounts,
  type LearnedEdges,
  learnedEdgeSets,
  PHRASE_MIN_SHARE,
} from './learned-edges.js';
export { type AttributionModel, loadModel, parseModel, SHIPPED_MODEL_PATH } from './model.js';
export { isReportersQuestion } from './reporters-questions.js';
export {
  allowRolesAfter,
  CONTENT_B,
  CONTENT_I,
  cueContext,
  ROLE_CLASSES,
  ROLE_CUE_HISTORY,
  ROLE_MAX_FEATURES,
  ROLE_O,
  roleFeatures,
  roleWindow,
  SOURCE_B,
  SOURCE_I,
} from './role-tagger.js';
export { buildTokenView, type TokenView } from './token-view.js';
