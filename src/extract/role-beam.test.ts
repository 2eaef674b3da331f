import { describe, expect, it } from 'vitest';
import { marginOf, seededRandom } from '../learn/index.js';
import { reading, spanText } from '../test-support/link-text.js';
import { runsOf as roleRuns } from './link/runs.js';
import { TaggingBuffers, tagRoles } from './role-beam.js';
import {
  allowRolesAfter,
  CONTENT_B,
  CONTENT_I,
  type CueContext,
  ROLE_CLASSES,
  ROLE_CUE_HISTORY,
  ROLE_O,
  type RoleScorer,
  type RoleTagging,
  SOURCE_B,
  SOURCE_I,
} from './role-tagger.js';

/** A scorer that reads its scores off a script: token j, given the previous tag, gets these five scores. */
class ScriptedScorer implements RoleScorer {
  calls = 0;
  constructor(private readonly script: (j: number, previousTag: number) => number[]) {}
  startCue(_context: CueContext): void {}
  score(j: number, previousTag: number, _twoBack: number, _otherCue: number, scores: Float64Array): void {
    this.calls++;
    scores.set(this.script(j, previousTag));
  }
}

/** Scores that make `tag` the sure choice. */
const sure = (tag: number) => Array.from({ length: ROLE_CLASSES }, (_, c) => (c === tag ? 100 : 0));

/** The text of each run of one role in a tagging. */
function runsOf(doc: ReturnType<typeof reading>['doc'], tagging: RoleTagging, begin: number, inside: number): string[] {
  return roleRuns(tagging, begin, inside).map((run) => spanText(doc, run));
}

describe('tagRoles (beam search)', () => {
  const text = 'The mayor said the budget, which passed easily, would hold.';

  it('keeps a content going past a comma when what follows only makes sense inside it', () => {
    const { doc, view, at, cueAt, isCueToken } = reading(text, ['said']);
    const comma = at(',');
    // Before the cue: the mayor is the source. After it: content, except that at the
    // comma O scores a little higher than going on; after an O the tagger is at a loss
    // (four tags nearly tied), while inside the content every later token is sure.
    const scorer = new ScriptedScorer((j, previousTag) => {
      if (j < at('said')) return j === at('The') ? sure(SOURCE_B) : sure(SOURCE_I);
      if (j === at('said') + 1) return sure(CONTENT_B);
      if (j === comma) return [12, 0, 0, 0, 10];
      if (j > comma && previousTag === ROLE_O) return [10, 0, 0, 9, 0];
      return sure(CONTENT_I);
    });
    const tagging = tagRoles(doc, view, scorer, cueAt('said'), isCueToken);
    expect(runsOf(doc, tagging, SOURCE_B, SOURCE_I)).toEqual(['The mayor']);
    expect(runsOf(doc, tagging, CONTENT_B, CONTENT_I)).toEqual(['the budget, which passed easily, would hold.']);
    // The comma's tag lost to O on its own scores: its margin says so.
    expect(tagging.margin[comma - tagging.first]).toBeLessThan(0);
  });

  it('follows each token’s best tag when the scores are sure, scoring each token once', () => {
    const { doc, view, at, cueAt, isCueToken } = reading(text, ['said']);
    const scorer = new ScriptedScorer((j) => {
      if (j < at('said')) return j === at('The') ? sure(SOURCE_B) : sure(SOURCE_I);
      if (j === at('said') + 1) return sure(CONTENT_B);
      return j < at(',') ? sure(CONTENT_I) : sure(ROLE_O);
    });
    const tagging = tagRoles(doc, view, scorer, cueAt('said'), isCueToken);
    expect(runsOf(doc, tagging, CONTENT_B, CONTENT_I)).toEqual(['the budget']);
    const window = tagging.tags.length;
    expect(scorer.calls).toBe(window - 1); // every token but the cue's
    for (let k = 0; k < window; k++) if (tagging.tags[k] !== ROLE_O) expect(tagging.margin[k]).toBe(100);
  });

  it('gives each tagged token the margin of its tag over the best other tag allowed after the previous one', () => {
    const { doc, view, at, cueAt, isCueToken } = reading(text, ['said']);
    // Small integer scores, so that tags tie and an inside tag that may not follow often scores best.
    const random = seededRandom(5);
    const scripted = new Map<string, number[]>();
    const script = (j: number, previousTag: number) => {
      const key = `${j} ${previousTag}`;
      if (!scripted.has(key))
        scripted.set(
          key,
          Array.from({ length: ROLE_CLASSES }, () => Math.floor(random() * 4)),
        );
      return scripted.get(key) as number[];
    };
    const tagging = tagRoles(doc, view, new ScriptedScorer(script), cueAt('said'), isCueToken);
    const allowed: boolean[] = [];
    let previous = ROLE_O;
    for (let k = 0; k < tagging.tags.length; k++) {
      const j = tagging.first + k;
      if (j === at('said')) {
        previous = ROLE_CUE_HISTORY;
        continue;
      }
      const tag = tagging.tags[k];
      allowRolesAfter(previous, allowed);
      const expected =
        tag === ROLE_O ? 0 : marginOf(Float64Array.from(script(j, previous)), ROLE_CLASSES, tag, allowed);
      expect(tagging.margin[k]).toBe(expected);
      previous = tag;
    }
  });

  it('never places an inside tag after another role or outside, whatever the scores', () => {
    const { doc, view, at, cueAt, isCueToken } = reading(text, ['said']);
    // Inside tags always score best, so only the constraints keep the tagging valid.
    const scorer = new ScriptedScorer((j) => (j % 2 === 0 ? [0, 5, 9, 6, 9] : [0, 6, 9, 5, 9]));
    const tagging = tagRoles(doc, view, scorer, cueAt('said'), isCueToken);
    let previous = ROLE_O;
    for (let k = 0; k < tagging.tags.length; k++) {
      const tag = tagging.tags[k];
      if (tag === SOURCE_I) expect([SOURCE_B, SOURCE_I]).toContain(previous);
      if (tag === CONTENT_I) expect([CONTENT_B, CONTENT_I]).toContain(previous);
      previous = tagging.first + k === at('said') ? ROLE_CUE_HISTORY : tag;
    }
  });

  it('closes the window at a later sentence once the content has ended', () => {
    const { doc, view, at, cueAt, isCueToken } = reading(
      'The mayor said the budget would hold. Then she left the hall.',
      ['said'],
    );
    const scorer = new ScriptedScorer((j) => {
      if (j === at('said') + 1) return sure(CONTENT_B);
      if (j > at('said') && j < at('.')) return sure(CONTENT_I);
      // Content again in the next sentence, were the window still open.
      return j > at('.') ? sure(CONTENT_B) : sure(ROLE_O);
    });
    const tagging = tagRoles(doc, view, scorer, cueAt('said'), isCueToken);
    expect(runsOf(doc, tagging, CONTENT_B, CONTENT_I)).toEqual(['the budget would hold']);
  });
});

describe('TaggingBuffers', () => {
  it('hands out zeroed tags and margins that no later window overwrites, past the first chunk too', () => {
    const buffers = new TaggingBuffers();
    const taken = [300, 900, 5, 2000, 40].map((length, k) => {
      const room = buffers.take(length);
      expect(room.tags.length).toBe(length);
      expect(room.margin.length).toBe(length);
      expect(room.tags.every((tag) => tag === 0) && room.margin.every((margin) => margin === 0)).toBe(true);
      room.tags.fill(k + 1);
      room.margin.fill(k + 1);
      return room;
    });
    taken.forEach((room, k) => {
      expect(room.tags.every((tag) => tag === k + 1)).toBe(true);
      expect(room.margin.every((margin) => margin === k + 1)).toBe(true);
    });
  });
});
