export { attributionStage } from './attributions.js';
