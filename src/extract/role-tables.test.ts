import { describe, expect, it } from 'vitest';
import { examplesBeforeAttributions, shippedFrozenTaggers } from '../test-support/examples.js';
import { cueScorerFor } from './cue-tables.js';
import { completeAuxiliaryCues, tagCues } from './cue-tagger.js';
import { tagRoles } from './role-beam.js';
import { HashedRoleScorer, TabledRoleScorer } from './role-tables.js';

describe('TabledRoleScorer', () => {
  it('tags every cue window exactly as hashing every feature does, margins included', () => {
    const { cue: cueTagger, role } = shippedFrozenTaggers();
    let windows = 0;
    for (const { doc, view } of examplesBeforeAttributions()) {
      const cues = completeAuxiliaryCues(doc, tagCues(doc, view, cueScorerFor(view, cueTagger)), view.speechVerb);
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
