import { describe, expect, it } from 'vitest';
import { reading, spanText } from '../test-support/link-text.js';
import {
  CUE_MIN_SHARE,
  contentWithLearnedEdges,
  cuesWithLearnedEdges,
  cueWithLearnedEdges,
  EdgeCounts,
  learnedEdgeSets,
  NO_EDGES,
  sourceWithLearnedEdges,
} from './learned-edges.js';

describe('EdgeCounts', () => {
  it('learns the word after a cue that annotators take in, and the last word they leave out', () => {
    const counts = new EdgeCounts();
    // `called for` marked whole twice, `said` marked without the day after it twice.
    for (const text of ['Voss called for a recount.', 'Ruiz called for calm.']) {
      const { doc, at } = reading(text);
      counts.add(doc, at('called'), at('for') + 1);
    }
    for (const text of ['Voss said Friday the plan works.', 'Ruiz said Friday it was over.']) {
      const { doc, at } = reading(text);
      counts.add(doc, at('said'), at('said') + 1);
    }
    // Once whole, so the pair is known inside a cue too.
    const { doc, at } = reading('Voss said Friday.');
    counts.add(doc, at('said'), at('Friday') + 1);
    const edges = counts.pairs(CUE_MIN_SHARE);
    expect(edges.takeInNext).toContain('called for');
    expect(edges.leaveOutLast).toContain('said friday');
    expect(edges.takeInNext).not.toContain('said friday');
  });

  it('needs a pair twice and a clear majority', () => {
    const counts = new EdgeCounts();
    const { doc, at } = reading('Voss pushed for a vote.');
    counts.add(doc, at('pushed'), at('for') + 1);
    expect(counts.pairs(CUE_MIN_SHARE).takeInNext).toEqual([]);
  });
});

describe('cueWithLearnedEdges', () => {
  const edges = learnedEdgeSets({
    cue: {
      takeInNext: ['called for'],
      leaveOutLast: ['said friday'],
      takeInPrevious: ['have alleged'],
      leaveOutFirst: [],
    },
    source: NO_EDGES.source,
    content: NO_EDGES.content,
  }).cue;

  it('takes in the word after the cue, and starts a content piece opening on it after it', () => {
    const { doc, at } = reading('Voss called for a recount of the ballots.');
    const content = { first: at('for'), end: at('ballots') + 1, margin: 1 };
    const cue = cueWithLearnedEdges(doc, edges, at('called'), at('called') + 1, undefined, [content]);
    expect(spanText(doc, cue)).toBe('called for');
    expect(spanText(doc, content)).toBe('a recount of the ballots');
  });

  it('leaves out a last word annotators leave out', () => {
    const { doc, at } = reading('Voss said Friday the plan works.');
    const cue = cueWithLearnedEdges(doc, edges, at('said'), at('Friday') + 1, undefined, []);
    expect(spanText(doc, cue)).toBe('said');
  });

  it('takes in the word before the cue unless the source or a content piece holds it', () => {
    const { doc, at } = reading('Prosecutors have alleged that the money is gone.');
    const cue = cueWithLearnedEdges(doc, edges, at('alleged'), at('alleged') + 1, undefined, []);
    expect(spanText(doc, cue)).toBe('have alleged');
    const source = { first: 0, end: at('alleged'), margin: 1 };
    const kept = cueWithLearnedEdges(doc, edges, at('alleged'), at('alleged') + 1, source, []);
    expect(spanText(doc, kept)).toBe('alleged');
  });

  it('changes nothing without learned pairs (models from before them)', () => {
    const { doc, at } = reading('Voss called for a recount.');
    const cue = cueWithLearnedEdges(doc, learnedEdgeSets(NO_EDGES).cue, at('called'), at('called') + 1, undefined, []);
    expect(spanText(doc, cue)).toBe('called');
  });
});

describe('contentWithLearnedEdges', () => {
  const edges = learnedEdgeSets({
    cue: NO_EDGES.cue,
    source: NO_EDGES.source,
    content: { takeInNext: ['next week'], leaveOutLast: [], takeInPrevious: [], leaveOutFirst: ['about the'] },
  }).content;

  it('moves the outer edges of a content as annotators draw them', () => {
    const { doc, at } = reading('Voss talked about the plan to reopen the plant next week.');
    const cue = { first: at('talked'), end: at('talked') + 1, margin: 1 };
    const content = { first: at('about'), end: at('next') + 1, margin: 1 };
    contentWithLearnedEdges(doc, edges, cue, undefined, [content]);
    expect(spanText(doc, content)).toBe('the plan to reopen the plant next week');
  });

  it('leaves out a first word only where the content has a word before it in its sentence', () => {
    const opening = learnedEdgeSets({
      cue: NO_EDGES.cue,
      source: NO_EDGES.source,
      content: { takeInNext: [], leaveOutLast: [], takeInPrevious: [], leaveOutFirst: ['at a'] },
    }).content;
    const { doc, at } = reading('At a second meeting, the agents asked for radios, the Ledger reported.');
    const content = { first: 0, end: at('radios') + 1, margin: 1 };
    const cue = { first: at('reported'), end: at('reported') + 1, margin: 1 };
    contentWithLearnedEdges(doc, opening, cue, undefined, [content]);
    expect(spanText(doc, content)).toBe('At a second meeting, the agents asked for radios');
    const later = reading('Voss said they looked at a second plan.');
    const piece = { first: later.at('at'), end: later.at('plan') + 1, margin: 1 };
    contentWithLearnedEdges(later.doc, opening, { first: 1, end: 2 }, undefined, [piece]);
    expect(spanText(later.doc, piece)).toBe('a second plan');
  });

  it('never takes in a word of the cue or the source', () => {
    const { doc, at } = reading('The plan works officials said.');
    const both = learnedEdgeSets({
      cue: NO_EDGES.cue,
      source: NO_EDGES.source,
      content: { takeInNext: ['works officials'], leaveOutLast: [], takeInPrevious: [], leaveOutFirst: [] },
    }).content;
    const content = { first: 0, end: at('works') + 1, margin: 1 };
    const source = { first: at('officials'), end: at('officials') + 1, margin: 1 };
    contentWithLearnedEdges(doc, both, { first: at('said'), end: at('said') + 1 }, source, [content]);
    expect(spanText(doc, content)).toBe('The plan works');
    contentWithLearnedEdges(doc, both, { first: at('said'), end: at('said') + 1 }, undefined, [content]);
    expect(spanText(doc, content)).toBe('The plan works officials');
  });
});

describe('sourceWithLearnedEdges', () => {
  const edges = learnedEdgeSets({
    cue: NO_EDGES.cue,
    source: { takeInNext: ['sanders campaign'], leaveOutLast: [], takeInPrevious: ['the sanders'], leaveOutFirst: [] },
    content: NO_EDGES.content,
  }).source;

  it('runs a source on to the words annotators take in', () => {
    const { doc, at } = reading('The Sanders campaign said the count was wrong.');
    const cue = { first: at('said'), end: at('said') + 1, margin: 1 };
    const moved = sourceWithLearnedEdges(
      doc,
      edges,
      { first: at('Sanders'), end: at('Sanders') + 1, margin: 1 },
      cue,
      [],
    );
    expect(spanText(doc, moved)).toBe('The Sanders campaign');
  });

  it('stops at a content piece', () => {
    const { doc, at } = reading('The Sanders campaign said the count was wrong.');
    const cue = { first: at('said'), end: at('said') + 1, margin: 1 };
    const source = { first: at('Sanders'), end: at('Sanders') + 1, margin: 1 };
    const moved = sourceWithLearnedEdges(doc, edges, source, cue, [{ first: 0, end: 1 }]);
    expect(spanText(doc, moved)).toBe('Sanders campaign');
  });
});

describe('cuesWithLearnedEdges', () => {
  const edges = learnedEdgeSets({
    cue: { takeInNext: ['called for', 'said voss'], leaveOutLast: [], takeInPrevious: [], leaveOutFirst: [] },
    source: NO_EDGES.source,
    content: NO_EDGES.content,
  }).cue;

  it('moves tagged cues before roles are tagged, never into the next cue', () => {
    const { doc, at } = reading('Ruiz called for calm, said Voss.');
    const cues = [
      { first: at('called'), end: at('called') + 1, margin: 1 },
      { first: at('said'), end: at('said') + 1, margin: 1 },
      { first: at('Voss'), end: at('Voss') + 1, margin: 1 },
    ];
    cuesWithLearnedEdges(doc, edges, cues);
    expect(cues.map((cue) => spanText(doc, cue))).toEqual(['called for', 'said', 'Voss']);
  });
});
