import { describe, expect, it } from 'vitest';
import type { Doc } from '../core/index.js';
import { entityOf, resolveWith, viaOf } from '../test-support/resolve-with.js';

/** Each attribution as `source | cue | content`. */
function rows(doc: Doc): string[] {
  return (doc.attributions ?? []).map((a) =>
    [a.source, a.cue, a.content].map((spans) => spans.map((span) => doc.slice(span)).join(' / ')).join(' | '),
  );
}

describe('claims an outlet relays from the parties it cites', () => {
  it('gives the cited party the report, reached through the outlet, and keeps both of PolNeAR', () => {
    const doc = resolveWith(
      'Harlan Mining is weighing a sale of its copper unit, the Ledger reported on Tuesday, citing two people familiar with the matter.',
      [
        ['the Ledger', 'reported', 'Harlan Mining is weighing a sale of its copper unit'],
        ['the Ledger', 'citing', 'two people familiar with the matter'],
      ],
    );
    expect(rows(doc)).toEqual([
      'the Ledger | reported | Harlan Mining is weighing a sale of its copper unit',
      'the Ledger | citing | two people familiar with the matter',
      'two people familiar with the matter | citing | Harlan Mining is weighing a sale of its copper unit',
    ]);
    expect(entityOf(doc, 2)?.kind).toBe('anonymous');
    expect(viaOf(doc, 2)?.name).toBe('Ledger');
    expect(doc.attributions?.[2].via).toBe(doc.attributions?.[0].entity);
  });

  it('reads a relative `which cited` on the outlet the same way, the source without its own clause', () => {
    const doc = resolveWith(
      'According to the Halvard Daily, which cited a banker who was involved, the board hired advisers in April.',
      [
        ['the Halvard Daily', 'According to', 'the board hired advisers in April'],
        ['which', 'cited', 'a banker who was involved'],
      ],
    );
    expect(rows(doc)[2]).toBe('a banker | cited | the board hired advisers in April');
    expect(viaOf(doc, 2)?.name).toBe('Halvard Daily');
  });

  it('reads a document citing its sources the same way', () => {
    const doc = resolveWith('The audit, citing two harbor inspectors, said the cranes had failed twice.', [
      ['The audit', 'citing', 'two harbor inspectors'],
      ['The audit', 'said', 'the cranes had failed twice'],
    ]);
    expect(rows(doc)[1]).toBe('two harbor inspectors | citing | the cranes had failed twice');
    expect(viaOf(doc, 1)?.kind).toBe('document');
  });

  it('relays for a reporter who reports, and for a report whose clause comes before its cue', () => {
    const reporter = resolveWith('Valmont want a higher fee, Ines Marchetti reported Wednesday, citing club sources.', [
      ['Ines Marchetti', 'reported', 'Valmont want a higher fee'],
      ['Ines Marchetti', 'citing', 'club sources'],
    ]);
    expect(rows(reporter)[2]).toBe('club sources | citing | Valmont want a higher fee');
    const inverted = resolveWith(
      'Each episode cost $18 million, the Ledger said, citing a person with knowledge of it.',
      [
        ['the Ledger', 'said', 'Each episode cost $18 million'],
        ['the Ledger', 'citing', 'a person with knowledge of it'],
      ],
    );
    expect(rows(inverted)[2]).toBe('a person with knowledge of it | citing | Each episode cost $18 million');
  });

  it('renumbers parents past the added attribution', () => {
    const doc = resolveWith(
      'The mine will close, the Ledger reported, citing a company memo. Later the Ledger said the union had threatened a strike.',
      [
        ['the Ledger', 'reported', 'The mine will close'],
        ['the Ledger', 'citing', 'a company memo'],
        ['the Ledger', 'said', 'the union had threatened a strike'],
        ['the union', 'had threatened', 'a strike', 2],
      ],
    );
    expect(doc.attributions).toHaveLength(5);
    expect(rows(doc)[2]).toBe('a company memo | citing | The mine will close');
    expect(entityOf(doc, 2)?.kind).toBe('document');
    expect(doc.attributions?.[4].parent).toBe(3);
  });

  it('relays nothing when the citer is no outlet, the cited words are no party, or the report is no claim', () => {
    const senator = resolveWith(
      'Growth will slow, Senator Ada Fenwright said, citing two economists at the Treasury.',
      [
        ['Senator Ada Fenwright', 'said', 'Growth will slow'],
        ['Senator Ada Fenwright', 'citing', 'two economists at the Treasury'],
      ],
    );
    expect(senator.attributions).toHaveLength(2);
    const reason = resolveWith('Growth will slow, the Ledger reported, citing weak exports.', [
      ['the Ledger', 'reported', 'Growth will slow'],
      ['the Ledger', 'citing', 'weak exports'],
    ]);
    expect(reason.attributions).toHaveLength(2);
    const topic = resolveWith('The Ledger first reported the talks, citing people familiar with the matter.', [
      ['The Ledger', 'first reported', 'the talks'],
      ['The Ledger', 'citing', 'people familiar with the matter'],
    ]);
    expect(topic.attributions).toHaveLength(2);
  });
});
