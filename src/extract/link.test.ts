import { describe, expect, it } from 'vitest';
import { textPipeline } from '../analyze.js';
import { Doc } from '../core/index.js';
import { attributionItem } from '../test-support/attribution.js';
import {
  accordingToClause,
  continuedQuotation,
  dropRepeatedContents,
  endAtParagraph,
  endBeforeCoordinatedCue,
  endBeforeOtherCues,
  invertedReportContent,
  isPassiveCue,
  keepContentsInsideSources,
  quotationCutOff,
  sourceTitleAfterQuote,
  startAtNounPhrase,
  startAtSentenceStart,
  trimNarrationAfterCue,
  withoutDanglingRelative,
  withoutNarrationBeforeQuote,
  withoutPiecesPastOtherCues,
  withoutSourcesClause,
  withParticipleHead,
  withRelativeClauseHead,
  withTrailingApposition,
} from './link.js';
import { loadModel } from './model.js';
import { buildTokenView } from './token-view.js';

function tokenIndex(doc: Doc, word: string): number {
  const tokens = doc.need('tokens');
  for (let i = 0; i < tokens.count; i++) if (doc.text.slice(tokens.start[i], tokens.end[i]) === word) return i;
  throw new Error(`no token ${word}`);
}

function spanText(doc: Doc, run: { first: number; end: number }): string {
  const tokens = doc.need('tokens');
  return doc.text.slice(tokens.start[run.first], tokens.end[run.end - 1]);
}

/** A text read up to the token view, with the given words (first occurrences) marked as cue tokens. */
function reading(text: string, cueWords: string[] = []) {
  const doc = textPipeline.run(new Doc(text, 'x'));
  const view = buildTokenView(doc, loadModel().lexicon);
  const at = (word: string) => tokenIndex(doc, word);
  const isCueToken = new Uint8Array(view.count);
  for (const word of cueWords) isCueToken[at(word)] = 1;
  const cueAt = (word: string, length = 1) => ({ first: at(word), end: at(word) + length, margin: 1 });
  return { doc, view, at, cueAt, isCueToken };
}

describe('withRelativeClauseHead', () => {
  const doc = textPipeline.run(
    new Doc('Mayor Dana Whitlock, who had threatened to veto an earlier draft, said the plan works.', 'x'),
  );
  const said = tokenIndex(doc, 'said');
  const cue = { first: said, end: said + 1, margin: 1 };

  it('moves a source found inside the clause to the speaker before it, clause included', () => {
    const draft = tokenIndex(doc, 'draft');
    const fixed = withRelativeClauseHead(doc, { first: draft - 2, end: draft + 1, margin: 1 }, cue);
    expect(spanText(doc, fixed)).toBe('Mayor Dana Whitlock, who had threatened to veto an earlier draft');
  });

  it('leaves a source that is not inside such a clause alone', () => {
    const mayor = { first: 0, end: 3, margin: 1 };
    expect(withRelativeClauseHead(doc, mayor, cue)).toBe(mayor);
    const plain = textPipeline.run(new Doc('The mayor said the plan works.', 'y'));
    const run = { first: 0, end: 2, margin: 1 };
    const plainCue = { first: 2, end: 3, margin: 1 };
    expect(withRelativeClauseHead(plain, run, plainCue)).toBe(run);
  });

  it('takes a description with `who` and the name beside it when the tagger picked the verb after `who`', () => {
    const expert = textPipeline.run(
      new Doc('Dr. Ines Marr, a geologist who was not part of the survey, noted that the data were thin.', 'z'),
    );
    const was = tokenIndex(expert, 'was');
    const noted = tokenIndex(expert, 'noted');
    const fixed = withRelativeClauseHead(
      expert,
      { first: was, end: was + 1, margin: 1 },
      { first: noted, end: noted + 1, margin: 1 },
    );
    expect(spanText(expert, fixed)).toBe('Dr. Ines Marr, a geologist who was not part of the survey');
  });

  it('leaves a source after an object relative alone', () => {
    const decision = textPipeline.run(new Doc('It was a decision which he has, so far, refused to explain.', 'w'));
    const he = tokenIndex(decision, 'he');
    const refused = tokenIndex(decision, 'refused');
    const run = { first: he, end: he + 1, margin: 1 };
    expect(withRelativeClauseHead(decision, run, { first: refused, end: refused + 1, margin: 1 })).toBe(run);
  });
});

describe('endBeforeOtherCues', () => {
  const doc = textPipeline.run(
    new Doc('Crews were on their way, the utility said. "Power is back by Tuesday," its spokesman said.', 'x'),
  );
  const view = buildTokenView(doc, loadModel().lexicon);
  const cues = [tokenIndex(doc, 'said'), doc.need('tokens').count - 2];
  const isCueToken = new Uint8Array(view.count);
  for (const i of cues) isCueToken[i] = 1;
  const cue = { first: cues[0], end: cues[0] + 1, margin: 1 };

  it('ends a content before a later sentence with a cue of its own', () => {
    const run = { first: 0, end: cues[1], margin: 1 };
    const [ended] = endBeforeOtherCues(doc, view, [run], cue, isCueToken);
    expect(spanText(doc, ended)).toBe('Crews were on their way, the utility said.');
  });

  it('leaves a content wholly inside such a sentence as it is', () => {
    const quote = { first: cues[0] + 2, end: cues[1] - 2, margin: 1 };
    expect(endBeforeOtherCues(doc, view, [quote], cue, isCueToken)).toEqual([quote]);
  });
});

describe('invertedReportContent', () => {
  const setup = (text: string) => {
    const doc = textPipeline.run(new Doc(text, 'x'));
    const said = tokenIndex(doc, 'said');
    const agency = tokenIndex(doc, 'agency');
    return {
      doc,
      view: buildTokenView(doc, loadModel().lexicon),
      cue: { first: said, end: said + 1, margin: 1 },
      source: { first: agency - 1, end: agency + 1, margin: 1 },
    };
  };

  it('makes the clause before a sentence-final cue and its source the content', () => {
    const { doc, view, cue, source } = setup('The bridge will reopen in May, the agency said Thursday.');
    const found = invertedReportContent(doc, view, cue, source, []);
    expect(found && spanText(doc, found)).toBe('The bridge will reopen in May');
  });

  it('gives nothing when words follow the cue, or before an opening phrase with no verb', () => {
    const after = setup('In May, the agency said Thursday that the bridge will reopen.');
    expect(invertedReportContent(after.doc, after.view, after.cue, after.source, [])).toBeNull();
    const opening = setup('Then, last week, the agency said.');
    expect(invertedReportContent(opening.doc, opening.view, opening.cue, opening.source, [])).toBeNull();
  });
});

describe('accordingToClause', () => {
  const setup = (text: string, cueWord = 'According') => {
    const doc = textPipeline.run(new Doc(text, 'x'));
    const according = tokenIndex(doc, cueWord);
    const figures = tokenIndex(doc, 'figures');
    return {
      doc,
      view: buildTokenView(doc, loadModel().lexicon),
      cue: { first: according, end: according + 2, margin: 1 },
      source: { first: according + 2, end: figures + 1, margin: 1 },
    };
  };

  it('makes the clause after the source and its comma the content, without the full stop', () => {
    const { doc, view, cue, source } = setup('According to ferry board figures, 12 sailings were cancelled in May.');
    const cancelled = tokenIndex(doc, 'cancelled');
    const found = accordingToClause(doc, view, cue, source, [{ first: cancelled + 1, end: cancelled + 3, margin: 2 }]);
    expect(found.map((run) => spanText(doc, run))).toEqual(['12 sailings were cancelled in May']);
  });

  it('leaves a content reaching past the sentence, or a cue inside the sentence, alone', () => {
    const { doc, view, cue, source } = setup('According to ferry board figures, sailings fell. Fares rose.');
    const past = [{ first: source.end + 1, end: doc.need('tokens').count - 1, margin: 2 }];
    expect(accordingToClause(doc, view, cue, source, past)).toBe(past);
    const inner = setup('Sailings fell in May according to ferry board figures, and fares rose.', 'according');
    const runs = [{ first: 0, end: 4, margin: 2 }];
    expect(accordingToClause(inner.doc, inner.view, inner.cue, inner.source, runs)).toBe(runs);
  });

  it('leaves a cue set off by commas alone when an apposition, not a clause, follows', () => {
    const { doc, view, cue, source } = setup(
      'Sailings fell, according to ferry board figures, a count the unions dispute.',
      'according',
    );
    const runs = [{ first: 0, end: 2, margin: 2 }];
    expect(accordingToClause(doc, view, cue, source, runs)).toBe(runs);
  });

  it('gives the sentence around a cue set off by commas, both sides', () => {
    const { doc, view, cue, source } = setup(
      'On Monday, According to ferry board figures, 12 sailings were cancelled.',
    );
    const found = accordingToClause(doc, view, cue, source, [{ first: 0, end: 2, margin: 2 }]);
    expect(found.map((run) => spanText(doc, run))).toEqual(['On Monday', '12 sailings were cancelled']);
  });
});

describe('startAtNounPhrase', () => {
  const { doc, view, at, cueAt } = reading('Brandt told the council the reserve fund would run dry in April.');
  const source = { first: 0, end: 1, margin: 1 };
  const from = (word: string, offset = 0) => ({ first: at(word) + offset, end: view.count - 1, margin: 1 });

  it('starts a content begun inside a noun phrase at the phrase, not at the cue', () => {
    const run = from('fund');
    startAtNounPhrase(view, [run], cueAt('told'), source);
    expect(spanText(doc, run)).toBe('the reserve fund would run dry in April');
  });

  it('leaves a content that starts on a determiner or a verb alone', () => {
    const onDeterminer = from('fund', -2);
    startAtNounPhrase(view, [onDeterminer], cueAt('told'), source);
    expect(spanText(doc, onDeterminer)).toBe('the reserve fund would run dry in April');
    const onVerb = from('would');
    startAtNounPhrase(view, [onVerb], cueAt('told'), source);
    expect(spanText(doc, onVerb)).toBe('would run dry in April');
  });
});

describe('sourceTitleAfterQuote', () => {
  const { doc, view, at, cueAt } = reading(
    '"We will rebuild," deputy chief operating officer Ana Reyes told reporters.',
  );
  const told = at('told');

  it("moves a title the quotation's piece ran into over to the source", () => {
    const piece = { first: 0, end: at('officer'), margin: 1 };
    const source = sourceTitleAfterQuote(view, [piece], cueAt('told'), { first: at('officer'), end: told, margin: 1 });
    expect(source && spanText(doc, source)).toBe('deputy chief operating officer Ana Reyes');
    expect(spanText(doc, piece)).toBe('"We will rebuild,"');
  });

  it('leaves a piece that ends at its closing mark alone', () => {
    const piece = { first: 0, end: at('deputy'), margin: 1 };
    const source = { first: at('deputy'), end: told, margin: 1 };
    expect(sourceTitleAfterQuote(view, [piece], cueAt('told'), source)).toBe(source);
    expect(piece.end).toBe(at('deputy'));
  });
});

describe('endBeforeCoordinatedCue', () => {
  const text = 'She told reporters her team had been robbed, and later said she would appeal the result.';

  it('ends a piece before the conjunction that joins another cue to it', () => {
    const { doc, view, at, cueAt, isCueToken } = reading(text, ['told', 'said']);
    const run = { first: at('her'), end: view.count - 1, margin: 1 };
    endBeforeCoordinatedCue(doc, view, [run], cueAt('told'), isCueToken);
    expect(spanText(doc, run)).toBe('her team had been robbed');
  });

  it('ends a piece before the comma that sets off a participle cue', () => {
    const { doc, view, at, cueAt, isCueToken } = reading('He voiced regret over the vote, saying it came too soon.', [
      'voiced',
      'saying',
    ]);
    const run = { first: at('voiced') + 1, end: view.count - 1, margin: 1 };
    endBeforeCoordinatedCue(doc, view, [run], cueAt('voiced'), isCueToken);
    expect(spanText(doc, run)).toBe('regret over the vote');
  });

  it("ends a piece before the comma that sets off another cue's own speaker", () => {
    const { doc, view, cueAt, isCueToken } = reading('Asked how much it would cost, the mayor said: "A lot."', [
      'Asked',
      'said',
    ]);
    const run = { first: 1, end: view.count, margin: 1 };
    endBeforeCoordinatedCue(doc, view, [run], cueAt('Asked'), isCueToken);
    expect(spanText(doc, run)).toBe('how much it would cost');
  });

  it('leaves a piece with no other cue in it alone', () => {
    const { doc, view, at, cueAt, isCueToken } = reading(text, ['told']);
    const run = { first: at('her'), end: view.count - 1, margin: 1 };
    endBeforeCoordinatedCue(doc, view, [run], cueAt('told'), isCueToken);
    expect(run.end).toBe(view.count - 1);
  });
});

describe('withoutSourcesClause', () => {
  const doc = textPipeline.run(
    new Doc('Most of the crop is lost, according to the growers union, which puts losses at 9 million.', 'x'),
  );
  const according = tokenIndex(doc, 'according');
  const union = tokenIndex(doc, 'union');
  const which = tokenIndex(doc, 'which');
  const cue = { first: according, end: according + 2, margin: 1 };
  const claim = { first: 0, end: according - 1, margin: 1 };
  const clause = { first: which, end: doc.need('tokens').count - 1, margin: 1 };

  it("drops the source's own relative clause after it", () => {
    const source = { first: according + 2, end: union + 1, margin: 1 };
    expect(withoutSourcesClause(doc, [claim, clause], cue, source)).toEqual([claim]);
  });

  it('keeps the pieces when the source stands before the cue', () => {
    const before = { first: 0, end: 1, margin: 1 };
    expect(withoutSourcesClause(doc, [claim, clause], cue, before)).toEqual([claim, clause]);
  });
});

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

  it('replaces a piece the tagger began at that quotation with the whole of it', () => {
    const { doc, view, at, cueAt, isCueToken } = reading(text, ['said']);
    const mark = { first: at('Every') - 1, end: at('Every'), margin: 1 };
    const runs = continuedQuotation(doc, view, [first(at), mark], cueAt('said'), isCueToken);
    expect(runs.map((run) => spanText(doc, run))).toEqual(['"We will rebuild,"', '"Every house, every dock."']);
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

describe('withTrailingApposition', () => {
  const { doc, view, at, cueAt } = reading('"We will vote," said Sen. Ada Voss, a backer of the bill.');
  const source = { first: at('Sen.'), end: at('Voss') + 1, margin: 1 };
  const quote = { first: 0, end: at('said'), margin: 1 };

  it('takes in the apposition after a source that follows its cue', () => {
    const found = withTrailingApposition(doc, view, source, cueAt('said'), [quote]);
    expect(spanText(doc, found)).toBe('Sen. Ada Voss, a backer of the bill');
  });

  it('leaves a source with a content after it alone', () => {
    const after = { first: at('backer'), end: view.count - 1, margin: 1 };
    expect(withTrailingApposition(doc, view, source, cueAt('said'), [quote, after])).toBe(source);
  });
});

describe('withoutPiecesPastOtherCues', () => {
  const doc = textPipeline.run(
    new Doc('"We think they got it wrong," the coach said Monday, adding that the club had appealed.', 'x'),
  );
  const view = buildTokenView(doc, loadModel().lexicon);
  const said = tokenIndex(doc, 'said');
  const adding = tokenIndex(doc, 'adding');
  const isCueToken = new Uint8Array(view.count);
  isCueToken[said] = 1;
  isCueToken[adding] = 1;
  const quote = { first: 0, end: tokenIndex(doc, 'the'), margin: 1 };
  const appeal = { first: adding + 2, end: view.count - 1, margin: 1 };

  it("drops a piece that another cue stands between, and keeps the cue's own", () => {
    const kept = withoutPiecesPastOtherCues(
      view,
      [quote, appeal],
      { first: said, end: said + 1, margin: 1 },
      isCueToken,
    );
    expect(kept).toEqual([quote]);
  });

  it('keeps the pieces when dropping would leave none', () => {
    expect(withoutPiecesPastOtherCues(view, [appeal], { first: said, end: said + 1, margin: 1 }, isCueToken)).toEqual([
      appeal,
    ]);
  });

  it('drops a piece before the cue that sits after another cue of the same source', () => {
    const both = reading('The senator called the ruling "a disgrace" and said lawmakers would respond.', [
      'called',
      'said',
    ]);
    const quoted = { first: both.at('a'), end: both.at('disgrace') + 1, margin: 1 };
    const after = { first: both.at('said') + 1, end: both.view.count - 1, margin: 1 };
    const source = { first: 0, end: 2, margin: 1 };
    const kept = withoutPiecesPastOtherCues(both.view, [quoted, after], both.cueAt('said'), both.isCueToken, source);
    expect(kept).toEqual([after]);
  });

  it('keeps a quotation that opens a later sentence', () => {
    const later = reading('"It was close," the senator said, pointing to the tally. "We will try again."', [
      'said',
      'pointing',
    ]);
    const first = { first: 0, end: later.at('the'), margin: 1 };
    const second = { first: later.at('tally') + 2, end: later.view.count, margin: 1 };
    const kept = withoutPiecesPastOtherCues(later.view, [first, second], later.cueAt('said'), later.isCueToken);
    expect(kept).toEqual([first, second]);
  });
});

describe('dropRepeatedContents', () => {
  const span = (start: number, end: number) => ({ start, end });
  it('keeps the surer of two attributions with one content, and every other', () => {
    const said = attributionItem({ cue: [span(10, 14)], content: [span(20, 40)], confidence: 0.9 });
    const statement = attributionItem({ cue: [span(15, 19)], content: [span(20, 40)], confidence: 0.6 });
    const other = attributionItem({ cue: [span(50, 54)], content: [span(20, 41)], confidence: 0.5 });
    expect(dropRepeatedContents([statement, said, other])).toEqual([said, other]);
  });
});

describe('withoutDanglingRelative', () => {
  it('ends a source before a relative pronoun it ends with, and keeps a lone one', () => {
    const doc = textPipeline.run(new Doc('Rafael Ochoa, who chairs the panel, called it odd and said no.', 'x'));
    const who = tokenIndex(doc, 'who');
    expect(spanText(doc, withoutDanglingRelative(doc, { first: 0, end: who + 1, margin: 1 }))).toBe('Rafael Ochoa');
    const lone = { first: who, end: who + 1, margin: 1 };
    expect(withoutDanglingRelative(doc, lone)).toBe(lone);
  });
});

describe('keepContentsInsideSources', () => {
  // 'Mayor Dana Whitlock, who had threatened to veto an earlier draft, said the plan works.'
  const span = (start: number, end: number) => ({ start, end });
  const outer = attributionItem({ source: [span(0, 64)], cue: [span(66, 70)], content: [span(71, 85)] });

  it("ends the content of an attribution said within another one's source where that source ends", () => {
    const inner = attributionItem({ source: [span(21, 24)], cue: [span(25, 39)], content: [span(40, 85)] });
    keepContentsInsideSources([outer, inner]);
    expect(inner.content).toEqual([span(40, 64)]);
    expect(outer.content).toEqual([span(71, 85)]);
  });

  it('leaves a content alone when none of it lies inside that source', () => {
    const inner = attributionItem({ source: [span(21, 24)], cue: [span(25, 39)], content: [span(71, 85)] });
    keepContentsInsideSources([outer, inner]);
    expect(inner.content).toEqual([span(71, 85)]);
  });
});

describe('trimNarrationAfterCue', () => {
  const text =
    '"We will finish the bridge," Mayor Lena Ortiz said at a news conference Monday. "Nobody should doubt it." Her aide said the budget would grow. "It will not," a council member said when asked about it. "No," the clerk said, the vote was final.';
  const doc = textPipeline.run(new Doc(text, 'x'));
  const view = buildTokenView(doc, loadModel().lexicon);
  const tokens = doc.need('tokens');
  /** The token range of the first `words` at or after character `from`. */
  const runOver = (words: string, from = 0) => {
    const start = text.indexOf(words, from);
    let first = 0;
    while (tokens.start[first] < start) first++;
    let end = first;
    while (end < tokens.count && tokens.end[end] <= start + words.length) end++;
    return { first, end, margin: 1 };
  };
  const cueAt = (from: number) => runOver('said', from);
  const texts = (runs: { first: number; end: number }[]) => runs.map((run) => spanText(doc, run));

  it('starts a piece after the cue at the quotation it runs into, not at the narration before it', () => {
    const runs = [
      runOver('"We will finish the bridge,"'),
      runOver('at a news conference Monday. "Nobody should doubt it."'),
    ];
    expect(texts(trimNarrationAfterCue(view, runs, cueAt(0)))).toEqual([
      '"We will finish the bridge,"',
      '"Nobody should doubt it."',
    ]);
  });

  it("drops narration that stays in the cue's sentence, but not a clause that may be what was said", () => {
    const member = text.indexOf('a council member');
    const asked = [runOver('"It will not,"'), runOver('when asked about it', member)];
    expect(texts(trimNarrationAfterCue(view, asked, cueAt(member)))).toEqual(['"It will not,"']);
    const clerk = text.indexOf('the clerk');
    const clause = [runOver('"No,"', clerk - 6), runOver('the vote was final', clerk)];
    expect(texts(trimNarrationAfterCue(view, clause, cueAt(clerk)))).toEqual(['"No,"', 'the vote was final']);
  });

  it("drops the object of the cue's preposition though it opens like a subject", () => {
    const interview = textPipeline.run(new Doc('"We will rebuild," the mayor said in an interview Tuesday.', 'y'));
    const interviewView = buildTokenView(interview, loadModel().lexicon);
    const said = tokenIndex(interview, 'said');
    const quote = { first: 0, end: tokenIndex(interview, 'the'), margin: 1 };
    const object = { first: said + 2, end: interview.need('tokens').count - 1, margin: 1 };
    const kept = trimNarrationAfterCue(interviewView, [quote, object], { first: said, end: said + 2, margin: 1 });
    expect(kept).toEqual([quote]);
  });

  it('leaves the pieces alone when the content before the cue is not a quotation', () => {
    const aide = text.indexOf('Her aide');
    const runs = [runOver('Her aide', aide), runOver('the budget would grow. "It will not,"', aide)];
    expect(texts(trimNarrationAfterCue(view, runs, cueAt(aide)))).toEqual([
      'Her aide',
      'the budget would grow. "It will not,"',
    ]);
  });
});

describe('endAtParagraph', () => {
  it('ends a content piece with the paragraph it starts in', () => {
    const text = 'The mayor said the bridge would reopen in May.\n\nThe council has not voted on the repairs.';
    const doc = textPipeline.run(new Doc(text, 'x'));
    const view = buildTokenView(doc, loadModel().lexicon);
    const run = { first: tokenIndex(doc, 'the'), end: doc.need('tokens').count, margin: 1 };
    endAtParagraph(doc, view, [run]);
    expect(spanText(doc, run)).toBe('the bridge would reopen in May.');
  });
});

describe('isPassiveCue', () => {
  const text =
    'Voters were asked about the plan. The mayor was told by aides that it failed. She is saying no. Drivers were also asked.';
  const doc = textPipeline.run(new Doc(text, 'x'));
  const cueOver = (words: string) => {
    const first = tokenIndex(doc, words.split(' ')[0]);
    return { first, end: first + words.split(' ').length, margin: 1 };
  };

  it('reads a be-form and a participle with no agent as passive', () => {
    expect(isPassiveCue(doc, cueOver('were asked'))).toBe(true);
  });

  it('reads past an adverb between the be-form and the participle', () => {
    const also = tokenIndex(doc, 'also');
    expect(isPassiveCue(doc, { first: also - 1, end: also + 2, margin: 1 })).toBe(true);
  });

  it('does not when an agent follows, or for a progressive', () => {
    expect(isPassiveCue(doc, cueOver('was told'))).toBe(false);
    expect(isPassiveCue(doc, cueOver('is saying'))).toBe(false);
  });
});

describe('startAtSentenceStart', () => {
  const view = (doc: Doc) => buildTokenView(doc, loadModel().lexicon);
  const cueAt = (doc: Doc, word: string) => {
    const i = tokenIndex(doc, word);
    return { first: i, end: i + 1, margin: 1 };
  };

  it('starts a content piece before the cue where its sentence starts, past a leading But', () => {
    const doc = textPipeline.run(
      new Doc('But most of the 80,000 homes will have power by Tuesday, officials said.', 'x'),
    );
    const piece = { first: tokenIndex(doc, '80,000'), end: tokenIndex(doc, 'Tuesday') + 1, margin: 1 };
    startAtSentenceStart(doc, view(doc), [piece], cueAt(doc, 'said'));
    expect(spanText(doc, piece)).toBe('most of the 80,000 homes will have power by Tuesday');
  });

  it('leaves a piece alone when punctuation or a verb lies before it', () => {
    const doc = textPipeline.run(new Doc('Storms left 80,000 homes dark, officials said.', 'x'));
    const piece = { first: tokenIndex(doc, '80,000'), end: tokenIndex(doc, 'dark') + 1, margin: 1 };
    startAtSentenceStart(doc, view(doc), [piece], cueAt(doc, 'said'));
    expect(spanText(doc, piece)).toBe('80,000 homes dark');
  });

  it('leaves a piece alone when punctuation lies before it', () => {
    const doc = textPipeline.run(new Doc('On Sunday, about 80,000 homes were dark, officials said.', 'x'));
    const piece = { first: tokenIndex(doc, 'about'), end: tokenIndex(doc, 'dark') + 1, margin: 1 };
    startAtSentenceStart(doc, view(doc), [piece], cueAt(doc, 'said'));
    expect(spanText(doc, piece)).toBe('about 80,000 homes were dark');
  });
});

describe('withParticipleHead', () => {
  const doc = textPipeline.run(
    new Doc('A report released in May by the state emergency office found that drains were failing.', 'x'),
  );
  const found = tokenIndex(doc, 'found');
  const cue = { first: found, end: found + 1, margin: 1 };
  const byAgent = { first: tokenIndex(doc, 'by'), end: found, margin: 1 };

  it('makes a source that starts at the agent of a participle the whole phrase', () => {
    const fixed = withParticipleHead(doc, buildTokenView(doc, loadModel().lexicon), byAgent, cue, []);
    expect(spanText(doc, fixed)).toBe('A report released in May by the state emergency office');
  });

  it('leaves it alone when a content lies before it', () => {
    const content = { first: 0, end: 2, margin: 1 };
    expect(withParticipleHead(doc, buildTokenView(doc, loadModel().lexicon), byAgent, cue, [content])).toBe(byAgent);
  });
});

describe('quotationCutOff', () => {
  const text =
    'The vote came late. "Is it fair?" the mayor said. "We won." The mayor then said the vote was fair.\n\n"Why now?"\n\nThe clerk said nothing.';
  const doc = textPipeline.run(new Doc(text, 'x'));
  const view = buildTokenView(doc, loadModel().lexicon);
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
