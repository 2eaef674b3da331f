import { describe, expect, it } from 'vitest';
import { type AttributionLayerItem, Doc, type EntityLayerItem } from '../core/index.js';
import { attributionItem } from '../test-support/attribution.js';
import { computeReport } from './metrics.js';

const TEXT = 'The mayor said yes. A source said no. The Ledger reported that Pell said maybe. Weather was fine.';
//            0         1         2         3         4         5         6         7         8         9
function at(word: string, from = 0): { start: number; end: number } {
  const start = TEXT.indexOf(word, from);
  return { start, end: start + word.length };
}

type Sketch = Omit<Partial<AttributionLayerItem>, 'source' | 'cue'> & { source: string; cue: string };

function attribution(partial: Sketch): AttributionLayerItem {
  const { source, cue, ...rest } = partial;
  return attributionItem({ source: source === '' ? [] : [at(source)], cue: [at(cue)], ...rest });
}

function docWith(attributions: AttributionLayerItem[], entities?: EntityLayerItem[]): Doc {
  const doc = new Doc(TEXT);
  const sentenceEnds = [...TEXT.matchAll(/\./g)].map((m) => m.index + 1);
  doc.sentences = sentenceEnds.map((end, i) => ({
    start: i === 0 ? 0 : sentenceEnds[i - 1] + 1,
    end,
    firstToken: 0,
    endToken: 0,
    paragraph: 0,
  }));
  doc.attributions = attributions;
  doc.entities = entities;
  return doc;
}

const entity = (id: string, kind: EntityLayerItem['kind'], named: boolean): EntityLayerItem => ({
  id,
  name: id,
  kind,
  named,
  descriptor: null,
  mentions: [],
});

describe('computeReport', () => {
  it('is all zeros without attributions', () => {
    expect(computeReport(docWith([]))).toEqual({
      sentences: 4,
      attributedSentences: 0,
      attributions: 0,
      sources: 0,
      namedSources: 0,
      anonymousSources: 0,
      anonymousShare: 0,
      directQuoteShare: 0,
      secondHandShare: 0,
      noComment: 0,
    });
  });

  it('counts sources from lower-cased source words when there are no entities', () => {
    const report = computeReport(
      docWith([
        attribution({ source: 'The mayor', cue: 'said', kind: 'direct' }),
        attribution({ source: 'A source', cue: 'said no' }),
        attribution({ source: '', cue: 'reported' }),
      ]),
    );
    expect(report).toMatchObject({
      sentences: 4,
      attributedSentences: 3,
      attributions: 3,
      sources: 2,
      namedSources: 0,
      anonymousSources: 0,
      directQuoteShare: 0.333,
    });
  });

  it('uses entities for named, anonymous and second-hand counts', () => {
    const ledger = attribution({ source: 'The Ledger', cue: 'reported', entity: 'e3' });
    const pell = attribution({ source: 'Pell', cue: 'said maybe', entity: 'e4', parent: 2 });
    const report = computeReport(
      docWith(
        [
          attribution({ source: 'The mayor', cue: 'said', entity: 'e1', via: 'e3' }),
          attribution({ source: 'A source', cue: 'said no', entity: 'e2', kind: 'mixed' }),
          ledger,
          pell,
        ],
        [
          entity('e1', 'person', true),
          entity('e2', 'anonymous', false),
          entity('e3', 'media', true),
          entity('e4', 'person', true),
        ],
      ),
    );
    expect(report).toMatchObject({
      attributedSentences: 3,
      attributions: 4,
      sources: 4,
      namedSources: 3,
      anonymousSources: 1,
      anonymousShare: 0.25,
      directQuoteShare: 0,
      secondHandShare: 0.5, // the mayor (via) and Pell (nested under the Ledger)
    });
  });

  it('leaves sentences inside boilerplate out of the count', () => {
    const doc = docWith([]);
    doc.boilerplate = [{ ...at('Weather was fine.'), kind: 'credit' }];
    expect(computeReport(doc).sentences).toBe(3);
  });
});
