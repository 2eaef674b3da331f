import { describe, expect, it } from 'vitest';
import { textPipeline } from '../../analyze.js';
import { Doc } from '../../core/index.js';
import { reading, sourceAndContentTexts, spanText, tokenIndex } from '../../test-support/link-text.js';
import { loadModel } from '../model.js';
import { buildTokenView } from '../token-view.js';
import {
  accordingToApposedName,
  accordingToClause,
  accordingToSourceToComma,
  asReportedByClause,
  clauseBeforeInvertedSpeaker,
  clauseTakenForSource,
  endAtParagraph,
  endBeforeCoordinatedCue,
  endBeforeMainClause,
  endBeforeOtherCues,
  endWithRelativeClause,
  invertedReportContent,
  signOffTurn,
  startAfterColonLead,
  startAfterNameTail,
  startAtNounPhrase,
  startAtSentenceStart,
  startAtThatAfterAdverb,
  startAtThatAfterSetting,
  startAtToldSubject,
  startAtToldThat,
  surveyClause,
  surveySourceToComma,
  thatClauseAfterCue,
  thatClauseStub,
  transcriptTurn,
  trimNarrationAfterCue,
  withOpeningBeforeTag,
  withoutOpeningAdverb,
  withoutOpeningDuration,
  withoutPiecesPastOtherCues,
  withoutSettingName,
  withoutSourcesClause,
  withoutSourceWords,
  withoutStrayQuoteMarks,
  withoutTrailingArticles,
  withPrepositionObject,
} from './contents.js';

describe('endBeforeOtherCues', () => {
  const { doc, view } = reading(
    'Crews were on their way, the utility said. "Power is back by Tuesday," its spokesman said.',
  );
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
    const { doc, view, at, cueAt } = reading(text);
    return { doc, view, cue: cueAt('said'), source: { first: at('agency') - 1, end: at('agency') + 1, margin: 1 } };
  };

  it('makes the clause before a sentence-final cue and its source the content', () => {
    const { doc, view, cue, source } = setup('The bridge will reopen in May, the agency said Thursday.');
    const found = invertedReportContent(doc, view, cue, source, []);
    expect(found && spanText(doc, found)).toBe('The bridge will reopen in May');
  });

  it('looks past where the words were said: at a news conference', () => {
    const { doc, view, cue, source } = setup('The bridge will reopen in May, the agency said at a news conference.');
    const found = invertedReportContent(doc, view, cue, source, []);
    expect(found && spanText(doc, found)).toBe('The bridge will reopen in May');
    const other = setup('The bridge will reopen in May, the agency said at night, and the city agreed.');
    expect(invertedReportContent(other.doc, other.view, other.cue, other.source, [])).toBeNull();
  });

  it('looks past the one a sentence-final `told` told, which is no content', () => {
    const text = 'Prices will rise next year, a senior official told The Harbor Post.';
    const { doc, view, at, cueAt } = reading(text);
    const cue = cueAt('told');
    const source = { first: at('a'), end: at('official') + 1, margin: 1 };
    const found = invertedReportContent(doc, view, cue, source, []);
    expect(found && spanText(doc, found)).toBe('Prices will rise next year');
    // The tagger took the newspaper for the content: it gives way to the clause.
    const object = { first: at('The'), end: at('Post') + 1, margin: 1 };
    const instead = invertedReportContent(doc, view, cue, source, [object]);
    expect(instead && spanText(doc, instead)).toBe('Prices will rise next year');
  });

  it("stops at a comma that opens the narrator's clause after the cue", () => {
    const { doc, view, cue, source } = setup(
      'The bridge will reopen in May, the agency said on Thursday, as crews began repairs.',
    );
    const found = invertedReportContent(doc, view, cue, source, []);
    expect(found && spanText(doc, found)).toBe('The bridge will reopen in May');
    const participle = setup(
      'The bridge will reopen in May, the agency said on Friday, sending shares in its builder up.',
    );
    const after = invertedReportContent(participle.doc, participle.view, participle.cue, participle.source, []);
    expect(after && spanText(participle.doc, after)).toBe('The bridge will reopen in May');
  });

  it('stops at a clause of time after the cue, whatever the tagger took in it', () => {
    const text = "The bridge will reopen in May, the agency said on Thursday, a day after the two cities' mayors met.";
    const { doc, view, cue, source } = setup(text);
    const { at } = reading(text);
    // The tagger's piece in the clause of time (`' mayors met`) gives way.
    const taken = { first: at('mayors') - 1, end: at('met') + 1, margin: 1 };
    const found = invertedReportContent(doc, view, cue, source, [taken]);
    expect(found && spanText(doc, found)).toBe('The bridge will reopen in May');
  });

  it('passes a phrase naming where it was said, and a phrase without a verb after a comma', () => {
    const filing = setup('The bridge will reopen in May, the agency said in a filing on Friday.');
    const found = invertedReportContent(filing.doc, filing.view, filing.cue, filing.source, []);
    expect(found && spanText(filing.doc, found)).toBe('The bridge will reopen in May');
    const phrase = setup('The bridge will reopen in May, the agency said, the second delay this year.');
    const after = invertedReportContent(phrase.doc, phrase.view, phrase.cue, phrase.source, []);
    expect(after && spanText(phrase.doc, after)).toBe('The bridge will reopen in May');
    const quoted = setup('Asked whether the bridge would reopen in May, the agency said, "Probably."');
    expect(invertedReportContent(quoted.doc, quoted.view, quoted.cue, quoted.source, [])).toBeNull();
  });

  it("replaces the tagger's pieces that stop short of the comma, or start inside the clause", () => {
    const text = 'The founder of the firm resigned after investors revolted, the agency said.';
    const { doc, view, cue, source, at } = { ...setup(text), at: reading(text).at };
    const scraps = [
      { first: at('The'), end: at('The') + 1, margin: 1 },
      { first: at('of'), end: at('of') + 1, margin: 1 },
    ];
    const found = invertedReportContent(doc, view, cue, source, scraps);
    expect(found && spanText(doc, found)).toBe('The founder of the firm resigned after investors revolted');
    const tail = [{ first: at('after'), end: at('revolted') + 1, margin: 1 }];
    const whole = invertedReportContent(doc, view, cue, source, tail);
    expect(whole && spanText(doc, whole)).toBe('The founder of the firm resigned after investors revolted');
    const exact = [{ first: 0, end: at('revolted') + 1, margin: 1 }];
    expect(invertedReportContent(doc, view, cue, source, exact)).toBeNull();
  });

  it("replaces a piece that starts on a relative clause's pronoun after the subject's comma", () => {
    const text = 'Meridian Health, which runs 14 hospitals, will cut 1,200 jobs, the agency said.';
    const { doc, view, cue, source, at } = { ...setup(text), at: reading(text).at };
    const piece = [{ first: at('which'), end: at('agency') - 2, margin: 1 }];
    const found = invertedReportContent(doc, view, cue, source, piece);
    expect(found && spanText(doc, found)).toBe('Meridian Health, which runs 14 hospitals, will cut 1,200 jobs');
  });

  it('reads a headline without final punctuation, whose verb the tagger may miss', () => {
    const headline = reading('Port operator near deal to buy rival, sources say\n\nThe story follows.');
    const cue = headline.cueAt('say');
    const source = { first: cue.first - 1, end: cue.first, margin: 1 };
    const found = invertedReportContent(headline.doc, headline.view, cue, source, []);
    expect(found && spanText(headline.doc, found)).toBe('Port operator near deal to buy rival');
  });

  it("gives nothing when words other than a narrator's clause follow the cue, or before an opening phrase with no verb", () => {
    const after = setup('In May, the agency said Thursday that the bridge will reopen.');
    expect(invertedReportContent(after.doc, after.view, after.cue, after.source, [])).toBeNull();
    const clause = setup('The bridge will reopen in May, the agency said Thursday that crews were ready.');
    expect(invertedReportContent(clause.doc, clause.view, clause.cue, clause.source, [])).toBeNull();
    const opening = setup('Then, last week, the agency said.');
    expect(invertedReportContent(opening.doc, opening.view, opening.cue, opening.source, [])).toBeNull();
  });

  it('ends the report before a participle that reports more, which is an attribution of its own', () => {
    const text = 'Two people were killed, police said on Monday, adding that the driver had fled.';
    const { doc, view, at, cueAt } = reading(text);
    const source = { first: at('police'), end: at('said'), margin: 1 };
    const added = [{ first: at('driver') - 1, end: at('.'), margin: 1 }];
    const found = invertedReportContent(doc, view, cueAt('said'), source, added);
    expect(found && spanText(doc, found)).toBe('Two people were killed');
    // wink-nlp reads this `warning` as a noun.
    const warned = setup('Insects have fallen by half, the agency said on Thursday, warning that crops were at risk.');
    const clause = invertedReportContent(warned.doc, warned.view, warned.cue, warned.source, []);
    expect(clause && spanText(warned.doc, clause)).toBe('Insects have fallen by half');
  });

  it("finds no inverted report when the speaker's comma closes the narrator's clause", () => {
    const text = 'On Tuesday, even as shares were tumbling, Mr. Ackman wrote to investors, telling them to hold.';
    const { doc, view, at, cueAt } = reading(text);
    const source = { first: at('Mr.'), end: at('wrote'), margin: 1 };
    expect(invertedReportContent(doc, view, cueAt('wrote'), source, [])).toBeNull();
    const hers = setup(
      'While some could get a slap on the wrist, the agency said, revoking clearances would be harsh.',
    );
    const clause = invertedReportContent(hers.doc, hers.view, hers.cue, hers.source, []);
    expect(clause && spanText(hers.doc, clause)).toBe('While some could get a slap on the wrist');
    const main = setup('The deal was revived, after the talks had collapsed, the agency said.');
    const found = invertedReportContent(main.doc, main.view, main.cue, main.source, []);
    expect(found && spanText(main.doc, found)).toBe('The deal was revived, after the talks had collapsed');
  });

  it("ends the report before the narrator's adding to a thing", () => {
    const text =
      'Factory output fell for a third month in October, the agency said on Wednesday, adding to signs of a slowdown.';
    const { doc, view, at, cueAt } = reading(text);
    const source = { first: at('the'), end: at('said'), margin: 1 };
    const pieces = [
      { first: 0, end: 1, margin: 1 },
      { first: at('signs'), end: at('.'), margin: 1 },
    ];
    const found = invertedReportContent(doc, view, cueAt('said'), source, pieces);
    expect(found && spanText(doc, found)).toBe('Factory output fell for a third month in October');
  });
});

describe('accordingToApposedName', () => {
  const apposed = (text: string, contentFrom: string) => {
    const { doc, view, at, cueAt } = reading(text);
    const source = { first: at('According') + 2, end: at(','), margin: 1 };
    const content = { first: at(contentFrom), end: view.count, margin: 1 };
    const found = accordingToApposedName(doc, view, cueAt('According', 2), source, [content]);
    return sourceAndContentTexts(doc, found);
  };

  it('gives the name between the source and a quotation to the source', () => {
    expect(apposed('According to the minister, Hans Keller, "nobody wins."', 'Hans')).toEqual({
      source: 'the minister, Hans Keller',
      content: ['"nobody wins."'],
    });
  });

  it("leaves a name that is the clause's subject alone", () => {
    expect(apposed('According to the report, Ruiz, the mayor, knew of the plan.', 'Ruiz')).toBeNull();
  });

  it("gives a person's role between the source and a clause to the source", () => {
    expect(apposed('According to Jo Hale, the campaign director, the ads will run through May.', 'the')).toEqual({
      source: 'Jo Hale, the campaign director',
      content: ['the ads will run through May.'],
    });
  });

  it('leaves a phrase that is no role of a person, or no clause after it, alone', () => {
    expect(apposed("According to Jo Hale, the ads, the campaign's biggest buy, will run.", 'the')).toBeNull();
    expect(apposed('According to Jo Hale, the campaign director, who joined in May.', 'the')).toBeNull();
  });
});

describe('accordingToSourceToComma', () => {
  const cut = (text: string, sourceTo: string, back = 0) => {
    const { doc, view, at, cueAt } = reading(text);
    const source = { first: at('According') + 2, end: at(sourceTo) - back, margin: 1 };
    return spanText(doc, accordingToSourceToComma(doc, view, cueAt('According', 2), source));
  };

  it('ends a source that ran on into the clause at the comma before it', () => {
    expect(cut('According to court records, the city had spent $400,000 on lawyers.', 'on')).toBe('court records');
  });

  it('keeps an apposition, and a source that stops at its comma', () => {
    expect(cut("According to Jo Hale, the campaign's director, the ads will run.", ',')).toBe('Jo Hale');
    expect(cut("According to Jo Hale, the campaign's director, the ads will run.", 'ads', 2)).toBe(
      "Jo Hale, the campaign's director",
    );
  });
});

describe('accordingToClause', () => {
  const setup = (text: string, cueWord = 'According') => {
    const { doc, view, at, cueAt } = reading(text);
    return { doc, view, cue: cueAt(cueWord, 2), source: { first: at(cueWord) + 2, end: at('figures') + 1, margin: 1 } };
  };

  it('makes the clause after the source and its comma the content, without the full stop', () => {
    const { doc, view, cue, source } = setup('According to ferry board figures, 12 sailings were cancelled in May.');
    const cancelled = tokenIndex(doc, 'cancelled');
    const found = accordingToClause(doc, view, cue, source, [{ first: cancelled + 1, end: cancelled + 3, margin: 2 }]);
    expect(found.map((run) => spanText(doc, run))).toEqual(['12 sailings were cancelled in May']);
  });

  it('finds that clause, with margin 0, when the tagger gave the cue no content at all', () => {
    const { doc, view, cue, source } = setup('According to ferry board figures, 12 sailings were cancelled in May.');
    const found = accordingToClause(doc, view, cue, source, []);
    expect(found.map((run) => [spanText(doc, run), run.margin])).toEqual([['12 sailings were cancelled in May', 0]]);
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

  it('drops a piece after the source that opens an apposition or a participle, when content lies before the cue', () => {
    const { doc, view, cue, source } = setup(
      'Sailings fell, according to ferry board figures, a count the unions dispute.',
      'according',
    );
    const before = { first: 0, end: 2, margin: 2 };
    const after = { first: source.end + 1, end: doc.need('tokens').count - 1, margin: 2 };
    expect(accordingToClause(doc, view, cue, source, [before, after])).toEqual([before]);
  });

  it('gives the sentence around a cue set off by commas, both sides', () => {
    const { doc, view, cue, source } = setup(
      'On Monday, According to ferry board figures, 12 sailings were cancelled.',
    );
    const found = accordingToClause(doc, view, cue, source, [{ first: 0, end: 2, margin: 2 }]);
    expect(found.map((run) => spanText(doc, run))).toEqual(['On Monday', '12 sailings were cancelled']);
  });
});

/** The content a rule leaves of one running from `from` to the full stop, for the cue on `cue`. */
function contentAfter(rule: typeof startAtToldThat) {
  return (text: string, from: string, cue: string) => {
    const { doc, view, at, cueAt } = reading(text);
    const run = { first: at(from), end: view.count - 1, margin: 1 };
    rule(doc, view, [run], cueAt(cue));
    return spanText(doc, run);
  };
}

describe('startAtToldThat', () => {
  const to = contentAfter(startAtToldThat);

  it('starts a content after a telling verb at the that past the person told', () => {
    expect(to('Voss told the council on Monday that the fund would run dry.', 'the', 'told')).toBe(
      'that the fund would run dry',
    );
  });

  it('reads a capitalised word as part of the name told, and a that before a word of measure as opening the clause', () => {
    expect(to('Hoek told The Calder Herald that about half had left.', 'Herald', 'told')).toBe(
      'that about half had left',
    );
  });

  it('reads a hyphenated word as part of the setting, and starts at the subject after a name told without that', () => {
    expect(to("Voss told analysts on the firm's second-quarter call that sales fell.", 'the', 'told')).toBe(
      'that sales fell',
    );
    expect(to('A spokeswoman told Harbor Ledger the plant had closed.', 'Harbor', 'told')).toBe('the plant had closed');
    expect(to('Voss told Harbor Ledger reporters about it.', 'Harbor', 'told')).toBe(
      'Harbor Ledger reporters about it',
    );
  });

  it('starts a question after ask at its whether, if or what past the person asked', () => {
    expect(to('Reyes asked the directors whether the deal should proceed.', 'the', 'asked')).toBe(
      'whether the deal should proceed',
    );
    expect(to('Reyes asked her what she did on the staff.', 'her', 'asked')).toBe('what she did on the staff');
    expect(to('Reyes asked about what he calls a cover-up.', 'about', 'asked')).toBe('about what he calls a cover-up');
  });

  it('keeps a relative that, and the object of a verb that tells no one', () => {
    expect(to('Voss told the aide that drafted it to resign.', 'the', 'told')).toBe(
      'the aide that drafted it to resign',
    );
    expect(to('Voss said the bill that passed was flawed.', 'the', 'said')).toBe('the bill that passed was flawed');
  });
});

describe('startAfterColonLead', () => {
  /** The cue and content left of a content the tagger began right after a one-word cue at `cueWord`. */
  const split = (text: string, cueWord: string) => {
    const { doc, view, cueAt } = reading(text);
    const cue = cueAt(cueWord, 1);
    const run = { first: cue.end, end: view.count, margin: 1 };
    const end = startAfterColonLead(doc, view, [run], cue);
    return [spanText(doc, { first: cue.first, end: end >= 0 ? end : cue.end }), spanText(doc, run)];
  };

  it.each([
    ['Ruiz explained it this way: "We build first."', 'explained', 'explained it this way:', '"We build first."'],
    ['The agency tweeted this: "Roads are closed."', 'tweeted', 'tweeted this:', '"Roads are closed."'],
    ['Hale wrote in a memo: "We go on."', 'wrote', 'wrote in a memo:', '"We go on."'],
    ['Hale emailed supporters saying: "We go on."', 'emailed', 'emailed supporters saying:', '"We go on."'],
  ])(
    "gives the cue a light lead up to the colon, a setting's or one ending on a speech verb: %s",
    (text, cue, ...parts) => {
      expect(split(text, cue)).toEqual(parts);
    },
  );

  it.each([
    ['Hale told Channel 4: "We are done."', 'told', 'told', '"We are done."'],
    ['Hale scolded him: "You are late."', 'scolded', 'scolded', '"You are late."'],
    ['Hale delivered a blunt retort: "No deal."', 'delivered', 'delivered', 'a blunt retort: "No deal."'],
    ['Reyes said the plan is simple: cut costs.', 'said', 'said', 'the plan is simple: cut costs.'],
    ['Reyes said, in short: cut costs.', 'said', 'said', ', in short: cut costs.'],
    ['Matthews: this: "It works."', ':', ':', 'this: "It works."'],
    ['Hale told aides the plan is simple: cut costs.', 'told', 'told', 'aides the plan is simple: cut costs.'],
    ['Hale told aides, smiling: "Fine."', 'told', 'told', 'aides, smiling: "Fine."'],
  ])(
    'leaves the one told out of the cue, and a noun phrase, a clause or a pause in the content: %s',
    (text, cue, ...parts) => {
      expect(split(text, cue)).toEqual(parts);
    },
  );
});

describe('startAtThatAfterSetting', () => {
  /** The content left of one the tagger began right after a cue of `cueLength` tokens from `cueWord`. */
  const contentLeft = (text: string, cueWord: string, cueLength: number) => {
    const { doc, view, cueAt } = reading(text);
    const cue = cueAt(cueWord, cueLength);
    const run = { first: cue.end, end: view.count - 1, margin: 1 };
    startAtThatAfterSetting(doc, view, [run], cue);
    return spanText(doc, run);
  };

  it('starts the content at the that after where the words were said', () => {
    expect(contentLeft('Analysts said in a note to clients that the warning was worse than feared.', 'said', 5)).toBe(
      'that the warning was worse than feared',
    );
    expect(contentLeft('Hale posted on X that the board should sell the unit.', 'posted', 2)).toBe(
      'that the board should sell the unit',
    );
  });

  it('finds the that past a longer setting, a determiner that and before a subordinate clause', () => {
    expect(
      contentLeft("Whitfield noted in a guest column in Sunday's Harbor Gazette that anger had grown.", 'noted', 2),
    ).toBe('that anger had grown');
    expect(
      contentLeft(
        'The auditor concluded in that case that while the aides were careless, no law was broken.',
        'concluded',
        2,
      ),
    ).toBe('that while the aides were careless, no law was broken');
  });

  it('keeps a clause that belongs to the object: after `on` a thing, not a name; after a preposition of topic', () => {
    expect(contentLeft('Reyes commented on the report that the mill would close.', 'commented', 2)).toBe(
      'the report that the mill would close',
    );
    expect(contentLeft('Critics pointed to charities that the group funds.', 'pointed', 2)).toBe(
      'charities that the group funds',
    );
  });
});

describe('startAtToldSubject', () => {
  const to = contentAfter(startAtToldSubject);

  it('starts a content begun at its verb at the subject after the person told', () => {
    expect(to('Osterman told reporters the plant would stay open.', 'would', 'told')).toBe('the plant would stay open');
    expect(to('Osterman told him no final decision had been made.', 'had', 'told')).toBe(
      'no final decision had been made',
    );
  });

  it('reads an `of` as part of the noun phrases between the cue and the clause', () => {
    expect(to('Ekdal told reporters the port of Harwick would reopen.', 'would', 'told')).toBe(
      'the port of Harwick would reopen',
    );
    expect(to('Ekdal told members of staff the port would reopen.', 'would', 'told')).toBe('the port would reopen');
  });

  it('leaves it alone after a verb that tells no one', () => {
    expect(to('Osterman said the plant would stay open.', 'would', 'said')).toBe('would stay open');
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

  it('ends a piece that ran on into the speaker of the cue right after it', () => {
    const { doc, view, at, cueAt, isCueToken } = reading(
      'Dozens of donors said they had been overcharged, Mayor Ana Ruiz said Friday.',
      ['said'],
    );
    const secondSaid = view.count - 3;
    isCueToken[secondSaid] = 1;
    const run = { first: at('they'), end: secondSaid, margin: 1 };
    endBeforeCoordinatedCue(doc, view, [run], cueAt('said'), isCueToken);
    expect(spanText(doc, run)).toBe('they had been overcharged');
  });

  it('leaves a piece with no other cue in it alone', () => {
    const { doc, view, at, cueAt, isCueToken } = reading(text, ['told']);
    const run = { first: at('her'), end: view.count - 1, margin: 1 };
    endBeforeCoordinatedCue(doc, view, [run], cueAt('told'), isCueToken);
    expect(run.end).toBe(view.count - 1);
  });
});

describe('endWithRelativeClause', () => {
  const ended = contentAfter(endWithRelativeClause);

  it('ends a content with the relative clause its cue stands in', () => {
    expect(ended('Curiel, who through his office declined to comment, was born in Chicago.', 'to', 'declined')).toBe(
      'to comment',
    );
  });

  it('leaves a cue in the main clause alone', () => {
    expect(ended('Curiel said the plan, which he wrote, was sound.', 'the', 'said')).toBe(
      'the plan, which he wrote, was sound',
    );
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

describe('withoutPiecesPastOtherCues', () => {
  const { doc, view } = reading(
    '"We think they got it wrong," the coach said Monday, adding that the club had appealed.',
  );
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

describe('trimNarrationAfterCue', () => {
  const text =
    '"We will finish the bridge," Mayor Lena Ortiz said at a news conference Monday. "Nobody should doubt it." Her aide said the budget would grow. "It will not," a council member said when asked about it. "No," the clerk said, the vote was final.';
  const { doc, view } = reading(text);
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

  it("starts a piece at the quotation after a comma that ends the cue's setting", () => {
    const {
      doc: court,
      view: courtView,
      at,
    } = reading('"We respect the verdict," she said outside the courthouse, "but the evidence was thin."');
    const said = at('said');
    const pieces = [
      { first: 0, end: at('she'), margin: 1 },
      { first: at('outside') + 1, end: court.need('tokens').count, margin: 1 },
    ];
    const kept = trimNarrationAfterCue(courtView, pieces, { first: said, end: said + 1, margin: 1 });
    expect(kept.map((run) => spanText(court, run))).toEqual([
      '"We respect the verdict,"',
      '"but the evidence was thin."',
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
    const { doc: interview, view: interviewView } = reading(
      '"We will rebuild," the mayor said in an interview Tuesday.',
    );
    const said = tokenIndex(interview, 'said');
    const quote = { first: 0, end: tokenIndex(interview, 'the'), margin: 1 };
    const object = { first: said + 2, end: interview.need('tokens').count - 1, margin: 1 };
    const kept = trimNarrationAfterCue(interviewView, [quote, object], { first: said, end: said + 2, margin: 1 });
    expect(kept).toEqual([quote]);
  });

  it('drops a short quotation after a name as a title, and keeps a quotation after the cue', () => {
    const { doc: show, view: showView, at } = reading('"We will rebuild," Ortiz said Sunday on KTVB\'s "Idaho Today."');
    const said = at('said');
    const quote = { first: 0, end: at('Ortiz'), margin: 1 };
    const title = { first: show.need('tokens').count - 5, end: show.need('tokens').count, margin: 1 };
    expect(spanText(show, title)).toBe('"Idaho Today."');
    expect(trimNarrationAfterCue(showView, [quote, title], { first: said, end: said + 1, margin: 1 })).toEqual([quote]);
    const { doc: more, view: moreView, at: moreAt } = reading('"We will rebuild," Ortiz said, "and soon."');
    const moreSaid = moreAt('said');
    const pieces = [
      { first: 0, end: moreAt('Ortiz'), margin: 1 },
      { first: moreSaid + 2, end: more.need('tokens').count, margin: 1 },
    ];
    expect(trimNarrationAfterCue(moreView, pieces, { first: moreSaid, end: moreSaid + 1, margin: 1 })).toEqual(pieces);
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
    const { doc, view } = reading(text);
    const run = { first: tokenIndex(doc, 'the'), end: doc.need('tokens').count, margin: 1 };
    endAtParagraph(doc, view, [run]);
    expect(spanText(doc, run)).toBe('the bridge would reopen in May.');
  });
});

describe('withOpeningBeforeTag', () => {
  const completed = (text: string, source: string) => {
    const { doc, view, at, cueAt } = reading(text);
    const cue = cueAt('said');
    const speaker = { first: at(source), end: cue.first, margin: 1 };
    const after = { first: cue.end + 1, end: view.count, margin: 1 };
    return withOpeningBeforeTag(doc, view, [after], cue, speaker).map((run) => spanText(doc, run));
  };

  it('takes the words before a tag inside the sentence in as the first piece when the rest goes on mid-clause', () => {
    expect(completed('An economic downturn, he said, "could be a good time to borrow."', 'he')).toEqual([
      'An economic downturn',
      '"could be a good time to borrow."',
    ]);
  });

  it('leaves a setting, a fragment with a quote mark and a rest that opens a clause alone', () => {
    expect(completed('In 2008, the mayor said, the city nearly ran out of money.', 'the')).toEqual([
      'the city nearly ran out of money.',
    ]);
    expect(completed('Six months ago, the mayor said, the city nearly ran out of money.', 'the')).toHaveLength(1);
    expect(completed('The "bold" plan, the mayor said, was too costly.', 'the')).toHaveLength(1);
    expect(completed('The port is closed, the mayor said, The city has no ferry.', 'the')).toHaveLength(1);
  });
});

describe('endBeforeMainClause', () => {
  const ended = (text: string, from: string) => {
    const { doc, view, at, cueAt } = reading(text);
    const run = { first: at(from), end: view.count - 1, margin: 1 };
    endBeforeMainClause(doc, view, [run], cueAt('Asked'));
    return spanText(doc, run);
  };

  it("ends an opening Asked's question at the comma before the main clause", () => {
    expect(ended('Asked whether the squad was shaken, Kowal paused.', 'whether')).toBe('whether the squad was shaken');
    expect(ended('Asked what he believed, he said no.', 'what')).toBe('what he believed');
  });

  it('runs on past a comma that opens no clause, and leaves a cue inside the sentence alone', () => {
    expect(ended('Asked whether Ruiz, the mayor, would run, aides smiled.', 'whether')).toBe(
      'whether Ruiz, the mayor, would run',
    );
    const { doc, view, at, cueAt } = reading('Reporters Asked whether it was over, she said yes.');
    const run = { first: at('whether'), end: view.count - 1, margin: 1 };
    endBeforeMainClause(doc, view, [run], cueAt('Asked'));
    expect(spanText(doc, run)).toBe('whether it was over, she said yes');
  });
});

describe('withPrepositionObject', () => {
  const runOn = (text: string, from: string, to: string, cueWords: string[] = []) => {
    const { doc, view, at, isCueToken } = reading(text, cueWords);
    const run = { first: at(from), end: at(to) + 1, margin: 1 };
    withPrepositionObject(doc, view, [run], isCueToken);
    return spanText(doc, run);
  };

  it("runs a content that stops on a preposition on over its object to the clause's end", () => {
    expect(
      runOn('She warned that reserves could fall below the level the charter sets, the memo said.', 'that', 'below'),
    ).toBe('that reserves could fall below the level the charter sets');
    expect(runOn('She had argued against the ban at a closed-door meeting, aides said.', 'the', 'at')).toBe(
      'the ban at a closed-door meeting',
    );
  });

  it('leaves a preposition before punctuation or another cue, and other last words, alone', () => {
    expect(runOn('He asked what the plan was for. Nobody knew.', 'what', 'for')).toBe('what the plan was for');
    expect(runOn('She said the vote was about jobs, he added.', 'the', 'was')).toBe('the vote was');
    expect(runOn('She said the fight was over before Ruiz said it was.', 'the', 'before', ['Ruiz'])).toBe(
      'the fight was over before',
    );
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

describe('withoutOpeningAdverb', () => {
  const opened = (text: string) => {
    const { doc, view } = reading(text);
    const run = { first: 0, end: view.count - 1, margin: 1 };
    withoutOpeningAdverb(doc, view, [run]);
    return spanText(doc, run);
  };

  it('starts a content after a lone opening adverb and its comma', () => {
    expect(opened('However, the fund will run dry in May, the mayor said.')).toBe(
      'the fund will run dry in May, the mayor said',
    );
  });

  it('keeps an opening phrase that is more than an adverb', () => {
    expect(opened('In May, the fund will run dry, the mayor said.')).toBe(
      'In May, the fund will run dry, the mayor said',
    );
  });
});

describe('withoutSettingName', () => {
  it("drops a name after the cue's setting preposition when the attribution has another piece", () => {
    const text = '"Parks matter," Mayor Lena Ortiz said at a news conference in Riverside Park.';
    const { doc, view, at, cueAt } = reading(text);
    const quote = { first: 0, end: at('Mayor'), margin: 1 };
    const park = { first: at('Riverside'), end: at('.'), margin: 1 };
    expect(withoutSettingName(doc, view, [quote, park], cueAt('said'))).toEqual([quote]);
    expect(withoutSettingName(doc, view, [park], cueAt('said'))).toEqual([park]);
  });

  it('keeps a piece with words other than a name', () => {
    const text = '"Parks matter," Mayor Lena Ortiz said at a news conference in the park.';
    const { doc, view, at, cueAt } = reading(text);
    const quote = { first: 0, end: at('Mayor'), margin: 1 };
    const park = { first: at('park') - 1, end: at('.'), margin: 1 };
    expect(withoutSettingName(doc, view, [quote, park], cueAt('said'))).toEqual([quote, park]);
  });
});

describe('startAtThatAfterAdverb', () => {
  const started = (text: string, cueWord: string, from: string) => {
    const { doc, view, at, cueAt } = reading(text);
    const run = { first: at(from), end: view.count - 1, margin: 1 };
    startAtThatAfterAdverb(doc, view, [run], cueAt(cueWord));
    return spanText(doc, run);
  };

  it('starts a content after its cue at the that past a lone adverb', () => {
    expect(started('Their manager said afterwards that the win was deserved.', 'said', 'afterwards')).toBe(
      'that the win was deserved',
    );
  });

  it('starts a content at the that past an adverb set off by commas after the cue', () => {
    expect(started('She cautioned, though, that the study was small.', 'cautioned', 'though')).toBe(
      'that the study was small',
    );
    expect(started('She cautioned, however, that the study was small.', 'cautioned', ',')).toBe(
      'that the study was small',
    );
  });

  it('keeps a question word or not before that', () => {
    expect(started('Parents worried how that money might be spent.', 'worried', 'how')).toBe(
      'how that money might be spent',
    );
  });
});

describe('withoutOpeningDuration', () => {
  it('starts a content after its cue at the that past a stretch of time', () => {
    const { doc, view, at, cueAt } = reading('Groups have argued for months that the dredging would harm the bay.');
    const cue = cueAt('have', 2);
    const run = { first: at('for'), end: view.count - 1, margin: 1 };
    withoutOpeningDuration(doc, [run], cue);
    expect(spanText(doc, run)).toBe('that the dredging would harm the bay');
  });

  it('leaves a stretch of time with no that after it alone', () => {
    const { doc, view, at, cueAt } = reading('Groups have argued for months about the dredging of the bay.');
    const run = { first: at('for'), end: view.count - 1, margin: 1 };
    withoutOpeningDuration(doc, [run], cueAt('have', 2));
    expect(spanText(doc, run)).toBe('for months about the dredging of the bay');
  });
});

describe('startAfterNameTail', () => {
  const to = contentAfter(startAfterNameTail);

  it('starts a content begun inside a name after its cue at the that after the name', () => {
    expect(to('They reported in the journal Pediatric Health that students slept less.', 'Health', 'reported')).toBe(
      'that students slept less',
    );
  });

  it('leaves a content that opens with a whole name, or has no that after it', () => {
    expect(to('Voss said Harbor University would close.', 'Harbor', 'said')).toBe('Harbor University would close');
    expect(to('They wrote in the journal Pediatric Health about sleep.', 'Health', 'wrote')).toBe('Health about sleep');
  });
});

describe('withoutStrayQuoteMarks', () => {
  const text = 'Callahan said Democrats were moving the goalposts. "We had a deal," she said.';

  it('ends a content before the mark that opens the next quotation', () => {
    const { doc, view, at } = reading(text);
    const run = { first: at('Democrats'), end: at('We'), margin: 1 };
    const [kept] = withoutStrayQuoteMarks(doc, view, [run]);
    expect(spanText(doc, kept)).toBe('Democrats were moving the goalposts.');
  });

  it('drops a piece with no word beside one with words, and keeps a lone wordless piece', () => {
    const { doc, view, at } = reading(text);
    const words = { first: at('Democrats'), end: at('goalposts') + 1, margin: 1 };
    const mark = { first: at('We') - 1, end: at('We'), margin: 1 };
    expect(withoutStrayQuoteMarks(doc, view, [words, mark])).toEqual([words]);
    expect(withoutStrayQuoteMarks(doc, view, [{ ...mark }])).toHaveLength(1);
  });
});

describe('withoutSourceWords', () => {
  const { doc, at } = reading('"We slept in our cabs," one driver, who gave his name as Mehmet, told Wire.');
  const source = { first: at('one'), end: at('told') - 1, margin: 1 };

  it('ends a piece that runs into the source before it, and starts one inside it after it', () => {
    const quote = { first: 0, end: at('his'), margin: 1 };
    const [ended] = withoutSourceWords([quote], source);
    expect(spanText(doc, ended)).toBe('"We slept in our cabs,"');
    const inside = { first: at('who'), end: at('Wire') + 1, margin: 1 };
    const [started] = withoutSourceWords([inside], source);
    expect(spanText(doc, started)).toBe(', told Wire');
  });

  it('keeps the pieces when all would go', () => {
    const within = { first: at('who'), end: at('Mehmet') + 1, margin: 1 };
    expect(withoutSourceWords([within], source)).toEqual([within]);
  });
});

describe('asReportedByClause', () => {
  it('takes the reporter after by as the source and the rest of the sentence as the content', () => {
    const { doc, view, cueAt } = reading('As first reported by the Harbor Ledger, the plant will close in May.');
    const found = asReportedByClause(doc, view, cueAt('reported'));
    expect(found && spanText(doc, found.source)).toBe('the Harbor Ledger');
    expect(found?.contents.map((run) => spanText(doc, run))).toEqual(['the plant will close in May']);
  });

  it('leaves a sentence that does not open with as', () => {
    const { doc, view, cueAt } = reading('The plant, reported by the Ledger, will close in May.');
    expect(asReportedByClause(doc, view, cueAt('reported'))).toBeNull();
  });
});

describe('clauseBeforeInvertedSpeaker', () => {
  const text = 'But the delay makes the illness hard to spot, said Dr. Lena Ortiz, an allergist.';
  const { doc, view, at, cueAt } = reading(text);
  const speaker = { first: at('Dr.'), end: at('allergist') + 1, margin: 1 };

  it('makes the clause before a comma and a speech verb the content when the speaker follows the verb', () => {
    const found = clauseBeforeInvertedSpeaker(doc, view, cueAt('said'), speaker);
    expect(found.map((run) => spanText(doc, run))).toEqual(['the delay makes the illness hard to spot']);
  });

  it('finds nothing without a speaker right after the cue, a clause, or a verb of speech', () => {
    expect(clauseBeforeInvertedSpeaker(doc, view, cueAt('said'), undefined)).toEqual([]);
    const phrase = reading('After a long and costly delay, said Dr. Lena Ortiz.');
    const ortiz = { first: phrase.at('Dr.'), end: phrase.at('Ortiz') + 1, margin: 1 };
    expect(clauseBeforeInvertedSpeaker(phrase.doc, phrase.view, phrase.cueAt('said'), ortiz)).toEqual([]);
    const passive = reading('The plan was widely praised, promoted by Mayor Ines Ruiz.');
    const ruiz = { first: passive.at('Mayor'), end: passive.at('Ruiz') + 1, margin: 1 };
    expect(clauseBeforeInvertedSpeaker(passive.doc, passive.view, passive.cueAt('promoted'), ruiz)).toEqual([]);
  });
});

describe('clauseTakenForSource', () => {
  const { doc, view, at, cueAt } = reading('Police said residents near the plant should stay indoors.');
  const police = { first: at('Police'), end: at('Police') + 1, margin: 1 };
  const clause = { first: at('residents'), end: at('indoors') + 1, margin: 1 };

  it('makes a clause tagged as a second source after the cue the content', () => {
    const found = clauseTakenForSource(view, cueAt('said'), police, [police, clause]);
    expect(found.map((run) => spanText(doc, run))).toEqual(['residents near the plant should stay indoors']);
  });

  it('leaves a phrase without a verb, and a cue with no source before it', () => {
    const phrase = { first: at('residents'), end: at('plant') + 1, margin: 1 };
    expect(clauseTakenForSource(view, cueAt('said'), police, [police, phrase])).toEqual([]);
    expect(clauseTakenForSource(view, cueAt('said'), clause, [clause])).toEqual([]);
  });
});

describe('surveyClause', () => {
  it('takes the poll up to its comma as the source and the rest of the sentence as the content', () => {
    const { doc, view, cueAt } = reading(
      'In the latest Harbor Ledger poll, conducted in May, the levy led 52 percent to 41 percent.',
    );
    const found = surveyClause(doc, view, cueAt('In'));
    expect(found && spanText(doc, found.source)).toBe('the latest Harbor Ledger poll, conducted in May');
    expect(found?.contents.map((run) => spanText(doc, run))).toEqual(['the levy led 52 percent to 41 percent']);
  });

  it('leaves an in that does not open its sentence', () => {
    const { doc, view, cueAt } = reading('The levy led by 11 points in the latest poll, the paper said.');
    expect(surveyClause(doc, view, cueAt('in'))).toBeNull();
  });
});

describe('surveySourceToComma', () => {
  it('ends the poll after a survey cue at its comma, but not before a participle', () => {
    const { doc, at, cueAt } = reading('The levy led in the same poll in August, the Ledger reports.');
    const cut = surveySourceToComma(doc, cueAt('in'), { first: at('the'), end: at('Ledger') + 1, margin: 1 });
    expect(spanText(doc, cut)).toBe('the same poll in August');
    const taken = reading('The levy led in a poll, taken Monday, by two points.');
    const source = { first: taken.at('a'), end: taken.at('Monday') + 1, margin: 1 };
    expect(spanText(taken.doc, surveySourceToComma(taken.doc, taken.cueAt('in'), source))).toBe('a poll, taken Monday');
  });
});

describe('thatClauseAfterCue', () => {
  it('finds the clause after a short phrase following the cue', () => {
    const { doc, view, cueAt } = reading('Lazar admitted in his plea that he had broken into the account.');
    const found = thatClauseAfterCue(doc, view, cueAt('admitted'));
    expect(found.map((run) => spanText(doc, run))).toEqual(['that he had broken into the account']);
  });

  it('finds nothing past a verb, or for a relative that', () => {
    const verb = reading('Lazar admitted he was wrong and said that it was over.');
    expect(thatClauseAfterCue(verb.doc, verb.view, verb.cueAt('admitted'))).toEqual([]);
    const relative = reading('Lazar admitted the error that cost him.');
    expect(thatClauseAfterCue(relative.doc, relative.view, relative.cueAt('admitted'))).toEqual([]);
  });
});

describe('thatClauseStub', () => {
  /** `asides`: other cue words in the sentence (a citing participle). */
  const stub = (text: string, cue: string, words: number, asides: string[] = []) => {
    const { doc, view, at, cueAt } = reading(text);
    const that = at('that');
    const isCueToken = new Uint8Array(view.count);
    for (const word of [cue, ...asides]) isCueToken[at(word)] = 1;
    const runs = thatClauseStub(doc, view, [{ first: that, end: that + words, margin: 1 }], cueAt(cue), isCueToken);
    return runs.map((run) => spanText(doc, run));
  };

  it('runs a that-clause the tagger stopped after its first words to the end of the sentence', () => {
    expect(stub('The ministry confirmed on Tuesday that an outbreak had killed 14 people.', 'confirmed', 1)).toEqual([
      'that an outbreak had killed 14 people',
    ]);
    expect(stub('The company denied on Monday that it had hidden the losses.', 'denied', 2)).toEqual([
      'that it had hidden the losses',
    ]);
  });

  it('runs on past a citing aside before the that, and after an adjective opening the subject', () => {
    const text =
      'The Courant reported on Sunday, citing people close to the owners, that former coach Ian Dale would return.';
    expect(stub(text, 'reported', 1, ['citing'])).toEqual(['that former coach Ian Dale would return']);
    // Commas with no citing cue after the first: a setting of its own, left alone.
    const setting = 'The Courant reported on Sunday, a busy day for the club, that the coach would return.';
    expect(stub(setting, 'reported', 1)).toEqual(['that']);
  });

  it('leaves a demonstrative that, and a clause that ends the sentence, alone', () => {
    expect(stub('Kerr disputed that argument in letters to the board.', 'disputed', 2)).toEqual(['that argument']);
    expect(stub('Kerr disputed that vague argument in letters to the board.', 'disputed', 1)).toEqual(['that']);
    expect(stub('The mayor said that.', 'said', 1)).toEqual(['that']);
  });
});

describe('transcriptTurn', () => {
  const text = 'The minister spoke to Wire.\n\nQ: Will the quota fall?\n\nA: Yes. We follow the advice.\n\nQ: When?\n';

  it("gives a speaker tag's colon the tag as source and the rest of its paragraph as content", () => {
    const { doc, view, at } = reading(text);
    const colon = at('Yes') - 1;
    const turn = transcriptTurn(doc, view, { first: colon, end: colon + 1, margin: 1 });
    expect(turn && spanText(doc, turn.source)).toBe('A');
    expect(turn?.contents.map((run) => spanText(doc, run))).toEqual(['Yes. We follow the advice.']);
  });

  it('leaves other cues alone', () => {
    const { doc, view, cueAt } = reading(text);
    expect(transcriptTurn(doc, view, cueAt('spoke'))).toBeNull();
  });
});

describe('withoutTrailingArticles', () => {
  const trimmed = (text: string, from: string, to: string) => {
    const { doc, view, at } = reading(text);
    const runs = withoutTrailingArticles(doc, view, [{ first: at(from), end: at(to) + 1, margin: 1 }]);
    return runs.map((run) => spanText(doc, run));
  };

  it('drops an article ending a content, with the comma or preposition before it', () => {
    expect(
      trimmed("The deal caps each nurse's patients, the main sticking point, the union said.", 'The', 'the'),
    ).toEqual(["The deal caps each nurse's patients"]);
    expect(trimmed('He denied the accusations through a spokesman.', 'the', 'a')).toEqual(['the accusations']);
  });

  it('drops a conjunction left dangling at the end, with the comma before it', () => {
    expect(trimmed('Grain prices rose 2% in May, but remain high, the ministry said.', 'Grain', 'but')).toEqual([
      'Grain prices rose 2% in May',
    ]);
    expect(trimmed('Rents rose and', 'Rents', 'and')).toEqual(['Rents rose']);
  });

  it('keeps a content that ends on a noun, and a piece that is nothing but an article', () => {
    expect(trimmed('She said the plan was a success.', 'the', 'success')).toEqual(['the plan was a success']);
    expect(trimmed('The plan failed.', 'The', 'The')).toEqual(['The']);
  });
});

describe('signOffTurn', () => {
  it('gives a sign-off dash the name after it as source and the quotation before it as content', () => {
    const { doc, cueAt } = reading('Readers wrote in.\n\n“The council has failed us.” ― Edwin G. Monroy');
    const turn = signOffTurn(doc, cueAt('―'));
    expect(turn && spanText(doc, turn.source)).toBe('Edwin G. Monroy');
    expect(turn?.contents.map((run) => spanText(doc, run))).toEqual(['“The council has failed us.”']);
    expect(signOffTurn(doc, cueAt('wrote'))).toBeNull();
  });
});
