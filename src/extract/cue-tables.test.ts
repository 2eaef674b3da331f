import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../analyze.js';
import { Doc } from '../core/index.js';
import { FrozenPerceptron } from '../learn/index.js';
import { HashedCueScorer, TabledCueScorer } from './cue-tables.js';
import { CUE_CLASSES } from './cue-tagger.js';
import { loadModel } from './model.js';
import { buildTokenView } from './token-view.js';

const examples = new URL('../../examples/', import.meta.url);

describe('TabledCueScorer', () => {
  it('scores every token after every tag exactly as hashing every feature does', () => {
    const model = loadModel();
    const cue = model.cue;
    if (!(cue instanceof FrozenPerceptron)) throw new Error('the shipped cue tagger is not frozen');
    let compared = 0;
    for (const name of readdirSync(examples).filter((file) => file.endsWith('.txt'))) {
      const doc = new Doc(readFileSync(new URL(name, examples), 'utf8'), name);
      for (const stage of defaultPipeline.stages) {
        if (stage.name === 'attributions') break;
        stage.run(doc);
      }
      const view = buildTokenView(doc, model.lexicon);
      // One scorer each for the whole document, as in analysis: tables filled by one token serve the next.
      const hashed = new HashedCueScorer(view, cue);
      const tabled = new TabledCueScorer(view, cue);
      const expected = new Float64Array(CUE_CLASSES);
      const actual = new Float64Array(CUE_CLASSES);
      for (const sentence of doc.need('sentences')) {
        for (let i = sentence.firstToken; i < sentence.endToken; i++) {
          for (let previous = 0; previous < CUE_CLASSES; previous++) {
            hashed.score(sentence, i, previous, expected);
            tabled.score(sentence, i, previous, actual);
            expect([...actual]).toEqual([...expected]);
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
