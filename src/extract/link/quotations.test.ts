import { describe, expect, it } from 'vitest';
import { reading, spanText } from '../../test-support/link-text.js';
import { continuedQuotation, quotationCutOff, withoutNarrationBeforeQuote } from './quotations.js';

describe('withoutNarrationBeforeQuote', () => {
  const { view, at, cueAt } = reading('Asked about the delay, the mayor said, "We will finish it."');
  const said = at('said');
  const source = { first: said - 2, end: said, margin: 1 };
  const narration = { first: 0, end: said - 3, margin: 1 };
  const quote = { first: said + 2, end: view.count, margin: 1 };

  it('drops the unquoted words before the source when a quotation opens after the cue', () => {
    expect(withoutNarrationBeforeQuote(view, [narration, quote], cueAt('said'), source)).toEqual([quote]);
  });

  it('keeps a conjunction that opens the sentence', () => {
    const but = reading('But, the mayor said, "we will finish it."');
    const butSaid = but.at('said');
    const opening = { first: 0, end: 1, margin: 1 };
    const rest = { first: butSaid + 2, end: but.view.count, margin: 1 };
    const source = { first: butSaid - 2, end: butSaid, margin: 1 };
    expect(withoutNarrationBeforeQuote(but.view, [opening, rest], but.cueAt('said'), source)).toEqual([opening, rest]);
  });

  it('keeps them when no quotation follows the cue', () => {
    const plain = { first: said + 1, end: view.count, margin: 1 };
    expect(withoutNarrationBeforeQuote(view, [narration, plain], cueAt('said'), source)).toEqual([narration, plain]);
  });
});

describe('continuedQuotation', () => {
  const text =
    '"We will rebuild," the mayor said at the pier. "Every house, every dock."\n\n"Not soon," a resident said.';
  const first = (at: (word: string) => number) => ({ first: 0, end: at('the'), margin: 1 });

  it('adds the quotation that opens the next sentence of the paragraph', () => {
    const { doc, view, at, cueAt, isCueToken } = reading(text, ['said']);
    const runs = continuedQuotation(doc, view, [first(at)], cueAt('said'), isCueToken);
    expect(runs.map((run) => spanText(doc, run))).toEqual(['"We will rebuild,"', '"Every house, every dock."']);
  });

  it("does the same with NYT's two-apostrophe marks", () => {
    const nyt = "''We will rebuild,'' the mayor said at the pier. ''Every house, every dock.''";
    const { doc, view, at, cueAt, isCueToken } = reading(nyt, ['said']);
    const runs = continuedQuotation(doc, view, [{ first: 0, end: at('the'), margin: 1 }], cueAt('said'), isCueToken);
    expect(runs.map((run) => spanText(doc, run))).toEqual(["''We will rebuild,''", "''Every house, every dock.''"]);
  });

  it('replaces a piece the tagger began at that quotation with the whole of it', () => {
    const { doc, view, at, cueAt, isCueToken } = reading(text, ['said']);
    const mark = { first: at('Every') - 1, end: at('Every'), margin: 1 };
    const runs = continuedQuotation(doc, view, [first(at), mark], cueAt('said'), isCueToken);
    expect(runs.map((run) => spanText(doc, run))).toEqual(['"We will rebuild,"', '"Every house, every dock."']);
  });

  it('replaces pieces the tagger began inside that quotation, its closing mark alone too', () => {
    const { doc, view, at, cueAt, isCueToken } = reading(text, ['said']);
    const closing = at('dock') + 2;
    const marks = [
      { first: at('Every') - 1, end: at('Every'), margin: 1 },
      { first: closing, end: closing + 1, margin: 1 },
    ];
    const runs = continuedQuotation(doc, view, [first(at), ...marks], cueAt('said'), isCueToken);
    expect(runs.map((run) => spanText(doc, run))).toEqual(['"We will rebuild,"', '"Every house, every dock."']);
    const closingOnly = continuedQuotation(doc, view, [first(at), marks[1]], cueAt('said'), isCueToken);
    expect(closingOnly.map((run) => spanText(doc, run))).toEqual(['"We will rebuild,"', '"Every house, every dock."']);
  });

  it('keeps the pieces as they are when one after the cue lies outside the quotation', () => {
    const { doc, view, at, cueAt, isCueToken } = reading(text, ['said']);
    const setting = { first: at('pier'), end: at('pier') + 1, margin: 1 };
    const runs = [first(at), setting];
    expect(continuedQuotation(doc, view, runs, cueAt('said'), isCueToken)).toEqual(runs);
  });

  it('follows a quotation left open at its paragraph into the next, one piece per paragraph', () => {
    const open = reading(
      '"We won," Ferrand told supporters at the hall. "This was for every family.\n\n"I will not forget them."\n\nTurnout was low.',
      ['told'],
    );
    const quote = { first: 0, end: open.at('Ferrand'), margin: 1 };
    const runs = continuedQuotation(open.doc, open.view, [quote], open.cueAt('told'), open.isCueToken);
    expect(runs.map((run) => spanText(open.doc, run))).toEqual([
      '"We won,"',
      '"This was for every family.',
      '"I will not forget them."',
    ]);
  });

  it('leaves the next paragraph, and a quotation with a cue of its own, alone', () => {
    const own = reading(text, ['said', 'house']);
    const only = first(own.at);
    expect(continuedQuotation(own.doc, own.view, [only], own.cueAt('said'), own.isCueToken)).toEqual([only]);
    const next = reading('"We will rebuild," the mayor said.\n\n"Not soon," he said.', ['said']);
    const mayor = first(next.at);
    expect(continuedQuotation(next.doc, next.view, [mayor], next.cueAt('said'), next.isCueToken)).toEqual([mayor]);
  });
});

describe('quotationCutOff', () => {
  const text =
    'The vote came late. "Is it fair?" the mayor said. "We won." The mayor then said the vote was fair.\n\n"Why now?"\n\nThe clerk said nothing.';
  const { doc, view } = reading(text);
  /** The first `said` at or after the text `from`. */
  const cueAfter = (from: string) => {
    const tokens = doc.need('tokens');
    let i = 0;
    while (tokens.start[i] < text.indexOf(from) || text.slice(tokens.start[i], tokens.end[i]) !== 'said') i++;
    return { first: i, end: i + 1, margin: 1 };
  };

  it("gives the quotation that wink-nlp cut off before the cue's sentence", () => {
    const cut = quotationCutOff(doc, view, cueAfter('the mayor said'));
    expect(cut && spanText(doc, cut)).toBe('"Is it fair?"');
  });

  it('gives nothing after a quotation that ends with a full stop, or across a paragraph break', () => {
    expect(quotationCutOff(doc, view, cueAfter('The mayor then'))).toBeNull();
    expect(quotationCutOff(doc, view, cueAfter('The clerk'))).toBeNull();
  });
});
