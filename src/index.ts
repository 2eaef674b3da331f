export { analyzeText, defaultPipeline } from './analyze.js';
export * from './core/index.js';
