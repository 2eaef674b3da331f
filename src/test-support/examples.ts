import { readdirSync, readFileSync } from 'node:fs';
import { defaultPipeline } from '../analyze.js';
import { Doc } from '../core/index.js';
import { buildTokenView, loadModel, type TokenView } from '../extract/index.js';
import { FrozenPerceptron } from '../learn/index.js';

const EXAMPLES = new URL('../../examples/', import.meta.url);

/**
 * Each invented example article as the attribution stage receives it (every
 * earlier stage run), with its token view under the shipped model.
 */
export function examplesBeforeAttributions(): { doc: Doc; view: TokenView }[] {
  const model = loadModel();
  return readdirSync(EXAMPLES)
    .filter((file) => file.endsWith('.txt'))
    .map((name) => {
      const doc = new Doc(readFileSync(new URL(name, EXAMPLES), 'utf8'), name);
      for (const stage of defaultPipeline.stages) {
        if (stage.name === 'cues') break;
        stage.run(doc);
      }
      return { doc, view: buildTokenView(doc, model.lexicon) };
    });
}

/** The shipped model's taggers, which analysis freezes to integer weights. */
export function shippedFrozenTaggers(): { cue: FrozenPerceptron; role: FrozenPerceptron } {
  const { cue, role } = loadModel();
  if (!(cue instanceof FrozenPerceptron) || !(role instanceof FrozenPerceptron)) {
    throw new Error('the shipped taggers are not frozen');
  }
  return { cue, role };
}
