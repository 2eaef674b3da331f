import { describe, expect, it } from 'vitest';
import { reading } from '../test-support/link-text.js';
import { linkAttribution } from './link.js';
import { loadModel } from './model.js';
import { CONTENT_B, CONTENT_I, ROLE_O, SOURCE_B, SOURCE_I } from './role-tagger.js';

/** Links the cue `said` of `text` given role tags: `source` and `content` as [first word, last word]. */
function linked(text: string, source: [string, string], content: [string, string]) {
  const { doc, view, at, cueAt, isCueToken } = reading(text, ['said']);
  const tags = new Uint8Array(view.count).fill(ROLE_O);
  const mark = ([from, to]: [string, string], begin: number, inside: number) => {
    tags[at(from)] = begin;
    for (let k = at(from) + 1; k <= at(to); k++) tags[k] = inside;
  };
  mark(source, SOURCE_B, SOURCE_I);
  mark(content, CONTENT_B, CONTENT_I);
  const tagging = { first: 0, tags, margin: new Float32Array(view.count).fill(10) };
  const attribution = linkAttribution(doc, view, cueAt('said'), tagging, null, isCueToken, loadModel().edges);
  const texts = (spans: { start: number; end: number }[]) => spans.map((s) => doc.text.slice(s.start, s.end));
  return attribution ? { source: texts(attribution.source), content: texts(attribution.content) } : null;
}

describe('linkAttribution', () => {
  it('gives the source the article the tagger left at the end of the content before it', () => {
    const text = 'Crews closed three ports as waves broke over sea walls, the coast guard said.';
    expect(linked(text, ['coast', 'guard'], ['Crews', 'the'])).toEqual({
      source: ['the coast guard'],
      content: ['Crews closed three ports as waves broke over sea walls'],
    });
  });

  it('ends a content before the full stop or comma it was tagged with, but keeps a quotation whole', () => {
    expect(linked('The mayor said the road would reopen on Monday.', ['The', 'mayor'], ['the', '.'])).toEqual({
      source: ['The mayor'],
      content: ['the road would reopen on Monday'],
    });
    expect(linked('The mayor said, "It will reopen."', ['The', 'mayor'], ['It', 'reopen'])?.content).toEqual([
      '"It will reopen."',
    ]);
  });
});
