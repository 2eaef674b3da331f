import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../analyze.js';
import { Doc } from '../core/index.js';
import { FrozenPerceptron } from '../learn/index.js';
import { cueScorerFor } from './cue-tables.js';
import { completeAuxiliaryCues, tagCues } from './cue-tagger.js';
import { loadModel } from './model.js';
import { HashedRoleScorer, TabledRoleScorer } from './role-tables.js';
import { tagRoles } from './role-tagger.js';
import { buildTokenView } from './token-view.js';

const examples = new URL('../../examples/', import.meta.url);

/** The document as the attribution stage receives it. */
function beforeAttributions(text: string): Doc {
  const doc = new Doc(text, 'story.txt');
  for (const stage of defaultPipeline.stages) {
    if (stage.name === 'attributions') break;
    stage.run(doc);
  }
  return doc;
}

describe('TabledRoleScorer', () => {
  it('tags every cue window exactly as hashing every feature does, margins included', () => {
    const model = loadModel();
    const role = model.role;
    if (!(role instanceof FrozenPerceptron)) throw new Error('the shipped role tagger is not frozen');
    let windows = 0;
    for (const name of readdirSync(examples).filter((file) => file.endsWith('.txt'))) {
      const doc = beforeAttributions(readFileSync(new URL(name, examples), 'utf8'));
      const view = buildTokenView(doc, model.lexicon);
      const cues = completeAuxiliaryCues(doc, tagCues(doc, view, cueScorerFor(view, model.cue)));
      const isCueToken = new Uint8Array(view.count);
      for (const cue of cues) isCueToken.fill(1, cue.first, cue.end);
      // One scorer each for the whole document, as in analysis: the tabled one's per-cue tables must empty between cues.
      const hashed = new HashedRoleScorer(view, role);
      const tabled = new TabledRoleScorer(view, role);
      for (const cue of cues) {
        const expected = tagRoles(doc, view, hashed, cue, isCueToken);
        const actual = tagRoles(doc, view, tabled, cue, isCueToken);
        expect(actual.first).toBe(expected.first);
        expect([...actual.tags]).toEqual([...expected.tags]);
        expect([...actual.margin]).toEqual([...expected.margin]);
        windows++;
      }
    }
    expect(windows).toBeGreaterThan(20);
  });
});
