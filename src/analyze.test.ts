import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeAll, analyzerWithModel, analyzeText, createAnalyzer, defaultPipeline } from './analyze.js';
import { clearMemos, Doc, Pipeline, type Stage } from './core/index.js';
import { isReportersQuestion, loadModel } from './extract/index.js';
import { toContractDocument } from './report/index.js';
import { SEED_ARTICLE, shouldRunWith } from './test-support/shared-data.js';

/** Reporting words an editor expects every occurrence of to be read as an attribution. */
const REPORTING = /\b(said|told|according to|reported)\b/gi;

describe('analyzeText on a wire story', () => {
  const story = [
    'MILLBROOK, Ore. (AP) — The city council approved a $4 million budget on Tuesday, Mayor Dana Whitfield said.',
    '"This is a budget for the neighborhoods," Whitfield told reporters after the vote. "We listened."',
    'According to the city clerk, the vote was 6-1.',
    'Councilman Roy Abernathy said he voted no because the plan raises water fees.',
    'Police Chief Marta Lind, who had threatened to veto an earlier draft, said the department would hire 12 officers.',
  ].join('\n\n');
  const doc = analyzeText(story, 'story.txt');
  const cueTexts = (doc.attributions ?? []).map((a) => a.cue.map((c) => doc.slice(c)).join(' '));

  it('finds said, told and according to, with their sources', () => {
    expect(cueTexts).toEqual(expect.arrayContaining(['said', 'told', 'According to']));
    const told = doc.attributions?.find((a) => doc.slice(a.cue[0]) === 'told');
    expect(told?.source.map((s) => doc.slice(s))).toEqual(['Whitfield']);
    expect(told?.kind).toBe('direct');
    const clerk = doc.attributions?.find((a) => doc.slice(a.cue[0]) === 'According to');
    expect(clerk?.source.map((s) => doc.slice(s))).toEqual(['the city clerk']);
  });

  it('takes the speaker before a relative clause as the source, clause included', () => {
    const chief = doc.attributions?.find((a) => a.source.some((s) => doc.slice(s).includes('Lind')));
    expect(chief, 'an attribution sourced to the police chief').toBeDefined();
    expect(doc.slice(chief?.source[0] ?? { start: 0, end: 0 })).toMatch(/^Police Chief Marta Lind, who had threatened/);
    expect(chief?.content.map((c) => doc.slice(c)).join(' ')).toContain('hire 12 officers');
  });

  it('keeps every span inside the text and confidences in 0..1', () => {
    for (const a of doc.attributions ?? []) {
      for (const span of [...a.cue, ...a.source, ...a.content]) {
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(story.length);
        expect(span.start).toBeLessThan(span.end);
      }
      expect(a.confidence).toBeGreaterThan(0);
      expect(a.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('analyzeText on aggregator copy', () => {
  /** Each attribution as [source, cue, content], texts joined by ` / `. */
  const read = (text: string) => {
    const doc = analyzeText(text, 'story.txt');
    const join = (spans: { start: number; end: number }[]) => spans.map((span) => doc.slice(span)).join(' / ');
    return (doc.attributions ?? []).map((a) => [join(a.source), join(a.cue), join(a.content)]);
  };

  it('gives an outlet its report and what it cited, when the report ends its sentence', () => {
    expect(
      read(
        'Freight deal talks\n\nHarlow Logistics is in talks to buy Quillby Freight, the Harbor Ledger reported on Tuesday, citing people familiar with the matter.',
      ),
    ).toEqual([
      ['the Harbor Ledger', 'reported', 'Harlow Logistics is in talks to buy Quillby Freight'],
      ['the Harbor Ledger', 'citing', 'people familiar with the matter'],
      // The claim as the people's, reached through the outlet (`relayCitedParties`).
      ['people familiar with the matter', 'citing', 'Harlow Logistics is in talks to buy Quillby Freight'],
    ]);
  });

  it('gives `per` its party and the rest of the sentence, before or after it', () => {
    expect(read('Per sources close to the talks, Rovers have agreed terms with Kone.')[0]).toEqual([
      'sources close to the talks',
      'Per',
      'Rovers have agreed terms with Kone',
    ]);
    expect(read('The striker will miss a month with a knee injury, per league sources.')).toEqual([
      ['league sources', 'per', 'The striker will miss a month with a knee injury'],
    ]);
  });

  it('gives a report fronted by `as` its source and the clause after it', () => {
    expect(read('As the Kestrel Times first reported, senior officers met twice in a hotel outside Lusk.')[0]).toEqual([
      'the Kestrel Times',
      'first reported',
      'senior officers met twice in a hotel outside Lusk',
    ]);
  });

  it('gives an inverted report whose verb says to whom the clause before it', () => {
    expect(
      read(
        'The two have separated after four years, a representative for the couple confirmed to StarBeat Weekly on Thursday.',
      ),
    ).toEqual([['a representative for the couple', 'confirmed', 'The two have separated after four years']]);
  });

  it('gives a possessive the tagger left in the content to the source after it', () => {
    expect(read('The couple have separated, their representative said.')).toEqual([
      ['their representative', 'said', 'The couple have separated'],
    ]);
  });

  it("gives a report the that-clause after what it cited, not words of the outlet's name", () => {
    expect(
      read(
        'The independent outlet Steppe Courier reported, citing relatives of two detained men, that the officers had been denied lawyers.',
      ),
    ).toEqual([
      ['The independent outlet Steppe Courier', 'reported', 'that the officers had been denied lawyers'],
      ['The independent outlet Steppe Courier', 'citing', 'relatives of two detained men'],
      ['relatives of two detained men', 'citing', 'that the officers had been denied lawyers'],
    ]);
  });
});

describe('analyzeText on hearings', () => {
  it('takes the speaker after an opening phrase, not the body the phrase names', () => {
    const doc = analyzeText(
      'In her opening statement before the Senate Homeland Security and Governmental Affairs Committee, Lorraine Beckett, a former Louisiana emergency manager, promised to rebuild trust.',
      'story.txt',
    );
    expect(doc.attributions?.map((a) => a.source.map((span) => doc.slice(span)))).toEqual([
      ['Lorraine Beckett, a former Louisiana emergency manager'],
    ]);
  });
});

describe('analyzeText on television interviews', () => {
  const contentsOf = (text: string) => {
    const doc = analyzeText(text, 'story.txt');
    return (doc.attributions ?? []).map((a) => a.content.map((span) => doc.slice(span)));
  };

  it("leaves a show's quoted title out of the words said, before or after the speaker", () => {
    expect(
      contentsOf(
        'In an interview with CNN\'s "State of the Union," White House chief of staff Miriam Castell said the president expects Congress to "do its job."',
      ),
    ).toEqual([['the president expects Congress to "do its job."']]);
    expect(
      contentsOf(
        '"I\'ll talk to anybody," Castell said on KTVR\'s "Valley Sunday." "But I won\'t sign a blank check."',
      ),
    ).toEqual([['"I\'ll talk to anybody,"', '"But I won\'t sign a blank check."']]);
    expect(
      contentsOf('"I\'ll talk to anybody," Castell told KTVR\'s "Valley Sunday" on Sunday. "But not today."'),
    ).toEqual([['"I\'ll talk to anybody,"', '"But not today."']]);
  });
});

describe('another confidence floor (--min-confidence)', () => {
  // An example with an attribution under the shipped model's floor (at 0.24 with the twenty-third session's model).
  const story = readFileSync(new URL('../examples/harbor-bridge.txt', import.meta.url), 'utf8');
  const confidences = (floor?: number) =>
    (analyzerWithModel(null, floor)(story, 'harbor-bridge.txt').attributions ?? []).map((a) => a.confidence);

  it("keeps, at 0, what the model's floor drops", () => {
    const floor = loadModel().minConfidence;
    const all = confidences(0);
    expect(all.some((confidence) => confidence < floor)).toBe(true);
    expect(confidences().length).toBe(all.filter((confidence) => confidence >= floor).length);
  });

  it("keeps, at a high floor, only attributions at least that sure, and a reporter's question whatever its confidence", () => {
    const doc = analyzerWithModel(null, 0.8)(story, 'harbor-bridge.txt');
    const kept = doc.attributions ?? [];
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(confidences().length);
    for (const a of kept) expect(a.confidence >= 0.8 || isReportersQuestion(doc, a)).toBe(true);
  });
});

describe.runIf(shouldRunWith(SEED_ARTICLE))('the seed article', () => {
  it('reads every said / told / according to / reported as an attribution cue', () => {
    const text = readFileSync(SEED_ARTICLE, 'utf8');
    const doc = analyzeText(text, SEED_ARTICLE);
    const cues = (doc.attributions ?? []).flatMap((a) => a.cue);
    const missed = [...text.matchAll(REPORTING)].filter(
      (m) => !cues.some((c) => c.start < (m.index ?? 0) + m[0].length && (m.index ?? 0) < c.end),
    );
    expect(missed.map((m) => `${m[0]}@${m.index}`)).toEqual([]);
    expect(cues.length).toBeGreaterThanOrEqual(20);
  });

  it('flags the debris and finds both section headings', () => {
    const doc = analyzeText(readFileSync(SEED_ARTICLE, 'utf8'), SEED_ARTICLE);
    const kinds = (doc.boilerplate ?? []).map((b) => b.kind);
    expect(kinds.filter((k) => k === 'ad-marker')).toHaveLength(2);
    expect(kinds).toContain('source-link');
    expect(kinds).toContain('credit');
    expect(doc.headings).toHaveLength(2);
  });
});

describe('analyzeText on words that name object properties', () => {
  // Lexicons are plain objects: a word like `constructor` once found Object's
  // own property and crashed the analysis.
  const names = Object.getOwnPropertyNames(Object.prototype);
  const story = [
    `The ${names.join(' ')} said the bridge was safe.`,
    `"It is ${names.join(' ')}," the constructor told reporters, according to __proto__.`,
  ].join('\n\n');

  it('analyzes them like any other word', () => {
    const doc = analyzeText(story, 'story.txt');
    expect(doc.attributions?.length).toBeGreaterThan(0);
    expect(doc.entities).toBeDefined();
  });
});

describe('analyzing a batch', () => {
  const examples = new URL('../examples/', import.meta.url);
  const articles = ['council-budget.txt', 'harbor-bridge.txt', 'hospital-merger.txt'].map((name) => ({
    text: readFileSync(new URL(name, examples), 'utf8'),
    file: name,
  }));
  const json = (doc: Doc) => JSON.stringify(toContractDocument(doc));

  it('gives each article exactly what analyzing it alone gives', () => {
    const results = analyzeAll(analyzeText, articles);
    expect(results).toHaveLength(articles.length);
    results.forEach((result, k) => {
      if (!(result instanceof Doc)) throw new Error(`article ${k} failed`);
      expect(json(result)).toBe(json(analyzeText(articles[k].text, articles[k].file)));
    });
  });

  it('gives the same output with the process-wide memos emptied (they only save work)', () => {
    const before = analyzeAll(analyzeText, articles).map((result) => json(result as Doc));
    clearMemos();
    const after = analyzeAll(analyzeText, articles).map((result) => json(result as Doc));
    expect(after).toEqual(before);
  });

  it('keeps a stage failure with its article and finishes the others', () => {
    const failing: Stage = {
      name: 'fails-on-boom',
      needs: [],
      adds: [],
      run(doc) {
        if (doc.text.includes('boom')) throw new Error('boom');
      },
    };
    const pipeline = new Pipeline([...defaultPipeline.stages.slice(0, 2), failing, ...defaultPipeline.stages.slice(2)]);
    const batch = [articles[0], { text: 'boom, the officials said.', file: 'boom.txt' }, articles[1]];
    const results = analyzeAll(createAnalyzer(pipeline), batch);
    expect('error' in results[1] && (results[1].error as Error).message).toBe('boom');
    for (const k of [0, 2]) {
      const result = results[k];
      if (!(result instanceof Doc)) throw new Error(`article ${k} failed`);
      expect(json(result)).toBe(json(analyzeText(batch[k].text, batch[k].file)));
    }
  });

  it('goes one by one with an analyzer that cannot batch, failures kept in place', () => {
    const oneByOne = (text: string, file?: string) => {
      if (text.includes('boom')) throw new Error('boom');
      return analyzeText(text, file);
    };
    const results = analyzeAll(oneByOne, [articles[2], { text: 'boom', file: 'boom.txt' }]);
    expect(results[0] instanceof Doc && json(results[0])).toBe(json(analyzeText(articles[2].text, articles[2].file)));
    expect('error' in results[1]).toBe(true);
  });
});
