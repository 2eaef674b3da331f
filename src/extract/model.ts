import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WhosaidError } from '../core/index.js';
import { decodeModel, type LogisticModel, type ModelHeader, type Scorer } from '../learn/index.js';
import type { LexicalClasses } from '../text/index.js';
import { type LearnedEdgeSets, type LearnedEdges, learnedEdgeSets, NO_EDGES } from './learned-edges.js';

/** The trained extractor: a cue tagger and a role tagger conditioned on each cue. */
export interface AttributionModel {
  header: ModelHeader;
  cue: Scorer;
  role: Scorer;
  /** WordNet classes, carried in the model so analysis needs no dictionary. */
  lexicon: LexicalClasses;
  /** Maps the taggers' margins to a probability; fitted on held-out training articles. */
  calibration: LogisticModel | null;
  /** Attributions less sure than this are dropped (chosen on held-out training articles). */
  minConfidence: number;
  /** Word pairs at cue and content edges the annotators take in or leave out (none in models from before them). */
  edges: LearnedEdgeSets;
}

/** The model shipped in the package (rebuilt by `npm run train:model`). */
export const SHIPPED_MODEL_PATH = fileURLToPath(new URL('../../models/polnear/model.wsm', import.meta.url));

export function parseModel(bytes: Buffer): AttributionModel {
  const { header, perceptrons } = decodeModel(bytes);
  const { cue, role } = perceptrons;
  const lexicon = header.lexicon as LexicalClasses | undefined;
  if (!cue || !role || !lexicon) throw new Error('model lacks its cue tagger, role tagger or lexicon');
  const calibration = (header.calibration as LogisticModel | undefined) ?? null;
  const minConfidence = typeof header.minConfidence === 'number' ? header.minConfidence : 0;
  const edges = learnedEdgeSets((header.edges as Partial<LearnedEdges> | undefined) ?? NO_EDGES);
  return { header, cue, role, lexicon, calibration, minConfidence, edges };
}

const loaded = new Map<string, AttributionModel>();

export function loadModel(path = SHIPPED_MODEL_PATH): AttributionModel {
  let model = loaded.get(path);
  if (!model) {
    try {
      model = parseModel(readFileSync(path));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new WhosaidError('E040', `${path}: ${reason}`);
    }
    loaded.set(path, model);
  }
  return model;
}
