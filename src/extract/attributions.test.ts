import { describe, expect, it } from 'vitest';
import { textPipeline } from '../analyze.js';
import { Doc, Pipeline } from '../core/index.js';
import { examplesBeforeAttributions } from '../test-support/examples.js';
import { attributionStagesWith, extractAttributions } from './attributions.js';
import { loadModel } from './model.js';

describe('attribution stages', () => {
  const model = loadModel();
  const stages = new Pipeline(attributionStagesWith(), ['tokens', 'sentences', 'quotes', 'boilerplate']);

  /** Each attribution of `text`, at floor 0, as the texts of its cue, source and content spans. */
  const cueSourceContentTexts = (text: string) =>
    extractAttributions(textPipeline.run(new Doc(text, 'story.txt')), model, 0).map((a) =>
      [a.cue, a.source, a.content].map((spans) => spans.map((span) => text.slice(span.start, span.end))),
    );

  it('give over a batch, phase by phase, the attributions each document gets alone', () => {
    const expected = examplesBeforeAttributions().map(({ doc }) => extractAttributions(doc, model));
    const batch = examplesBeforeAttributions().map(({ doc }) => doc);
    expect(stages.runBatch(batch).every((failure) => failure === null)).toBe(true);
    expect(batch.map((doc) => doc.attributions)).toEqual(expected);
    const oneByOne = examplesBeforeAttributions().map(({ doc }) => stages.run(doc).attributions);
    expect(oneByOne).toEqual(expected);
    expect(expected.flat().length).toBeGreaterThan(0);
  });

  it('apply the confidence floor they are given', () => {
    const [{ doc }] = examplesBeforeAttributions();
    const floor = 0.9;
    new Pipeline(attributionStagesWith(undefined, floor), ['tokens', 'sentences', 'quotes', 'boilerplate']).run(doc);
    const [again] = examplesBeforeAttributions();
    expect(doc.attributions).toEqual(extractAttributions(again.doc, model, floor));
    expect(doc.attributions?.length).toBeLessThan(extractAttributions(again.doc, model).length);
  });

  it('find a speech verb that opens its sentence before its speaker, and split the two', () => {
    const text =
      'The transit panel met on Monday. Added Mayor Lena Ruiz, who chairs the panel, "We will not raise fares this year."';
    const found = cueSourceContentTexts(text);
    expect(found).toContainEqual([
      ['Added'],
      ['Mayor Lena Ruiz, who chairs the panel'],
      ['"We will not raise fares this year."'],
    ]);
  });

  it("take the colon between a name and a quotation for the name's cue", () => {
    const text = 'POLLS MISSED THE LATE SWING - Survey director Hana Ito: "We stopped calling too soon."';
    const found = cueSourceContentTexts(text);
    expect(found).toContainEqual([[':'], ['Survey director Hana Ito'], ['"We stopped calling too soon."']]);
  });

  it('credit the outlet after a fronted `As detailed by` with the rest of the sentence', () => {
    const text = 'As detailed by Coastal Radio, the ferry runs twice a day.';
    const found = cueSourceContentTexts(text);
    expect(found).toContainEqual([['detailed'], ['Coastal Radio'], ['the ferry runs twice a day']]);
  });

  it('take no recall of goods for a cue', () => {
    const text =
      'Halvorsen Pharma is recalling about 40,000 bottles of a blood pressure drug after tests found traces of a chemical, regulators said.';
    const doc = textPipeline.run(new Doc(text, 'story.txt'));
    const cues = extractAttributions(doc, model, 0).map((a) => a.cue.map((span) => text.slice(span.start, span.end)));
    expect(cues).toContainEqual(['said']);
    expect(cues.flat().some((cue) => cue.includes('recall'))).toBe(false);
  });
});
