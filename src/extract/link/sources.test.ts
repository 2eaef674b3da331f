import { describe, expect, it } from 'vitest';
import { textPipeline } from '../../analyze.js';
import { Doc } from '../../core/index.js';
import { reading, sourceAndContentTexts, spanText, tokenIndex } from '../../test-support/link-text.js';
import { loadModel } from '../model.js';
import { buildTokenView } from '../token-view.js';
import {
  acrossTitleBreak,
  antecedentOfClosedRelative,
  frontedCueSpeaker,
  isPassiveCue,
  nameAfterCue,
  nameReadAsAdverbBefore,
  sourceTitleAfterQuote,
  subjectLeftOutBeforeCue,
  swappedInvertedSpeaker,
  withCoordinatedSpeakers,
  withNameBeforeAge,
  withNameOpening,
  withOpeningDeterminer,
  withOpeningGerund,
  withoutDanglingRelative,
  withoutMannerPhrase,
  withoutOpeningConjunction,
  withoutTrailingArticle,
  withoutTrailingDay,
  withParticipleDay,
  withParticipleHead,
  withPossessedAfterCue,
  withRelativeClauseHead,
  withRestrictiveClauseHead,
  withSourceRunBefore,
  withTrailingApposition,
  withTrailingRelativeClause,
  withWholeName,
  withWholePartyTag,
} from './sources.js';

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

  // The quotation goes on in the next sentence: a second content piece after the source.
  const goesOn = (text: string) => {
    const { doc, view, at, cueAt } = reading(text);
    const said = at('said');
    const name = { first: said + 1, end: at(',', said), margin: 1 };
    const later = { first: at('"', said), end: view.count, margin: 1 };
    return spanText(
      doc,
      withTrailingApposition(doc, view, name, cueAt('said'), [{ first: 0, end: said, margin: 1 }, later]),
    );
  };

  it('takes in a role noun before `of` or `at` as an apposition, with the quotation going on after it', () => {
    expect(goesOn('"We will vote," said Ada Voss, head of the farm caucus. "Then we go home."')).toBe(
      'Ada Voss, head of the farm caucus',
    );
    expect(goesOn('"We will vote," said Ada Voss, the caucus chair. "Then we go home."')).toBe(
      'Ada Voss, the caucus chair',
    );
  });

  it('leaves out a relative clause when the quotation goes on after it', () => {
    expect(goesOn('"We will vote," said Ada Voss, whose district grows corn. "Then we go home."')).toBe('Ada Voss');
  });
});

describe('withWholePartyTag', () => {
  const run = (text: string, lastWord: string) => {
    const { doc, view, at, cueAt } = reading(text);
    const source = { first: at('said') + 1, end: at(lastWord) + 1, margin: 1 };
    return spanText(doc, withWholePartyTag(doc, view, source, cueAt('said')));
  };

  it('runs a source cut inside its party tag on to the bracket or the state', () => {
    expect(run('"No," said Rep. Ana Ruiz (D-N.Y.), a backer of the bill.', 'N')).toBe('Rep. Ana Ruiz (D-N.Y.)');
    expect(run('"No," said Rep. Ana Ruiz (D-N.Y.), a backer of the bill.', '.')).toBe('Rep. Ana Ruiz (D-N.Y.)');
    expect(run('"No," said Sen. Dale Orr, R-Wis., on Tuesday.', '-')).toBe('Sen. Dale Orr, R-Wis.');
  });

  it('leaves a whole tag, and a hyphen that is no party tag, alone', () => {
    expect(run('"No," said Rep. Ana Ruiz (D-N.Y.), a backer of the bill.', ')')).toBe('Rep. Ana Ruiz (D-N.Y.)');
    expect(run('"No," said Ana Ruiz, R-rated film critic, on Tuesday.', '-')).toBe('Ana Ruiz, R-');
  });

  it('never runs into the cue', () => {
    const { doc, view, at, cueAt } = reading('Rep. Ana Ruiz (D-N said the bill fails.');
    const source = { first: 0, end: at('N') + 1, margin: 1 };
    expect(spanText(doc, withWholePartyTag(doc, view, source, cueAt('said')))).toBe('Rep. Ana Ruiz (D-N');
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

  it('takes in the head before a participle set off by a comma, and nothing across other punctuation', () => {
    const { doc: memo, view, at, cueAt } = reading('The memo, written by a senior engineer, says the towers are old.');
    const agent = { first: at('by'), end: at('says') - 1, margin: 1 };
    expect(spanText(memo, withParticipleHead(memo, view, agent, cueAt('says'), []))).toBe(
      'The memo, written by a senior engineer',
    );
    const {
      doc: list,
      view: listView,
      at: listAt,
      cueAt: listCueAt,
    } = reading('Rain, wind and hail, caused by the storm, says little.');
    const storm = { first: listAt('by'), end: listAt('says') - 1, margin: 1 };
    expect(withParticipleHead(list, listView, storm, listCueAt('says'), [])).toBe(storm);
  });

  it("takes in the phrase before a participle when the source is its preposition's object before a speech verb", () => {
    const briefed = reading('A diplomat briefed on the talks said the delegation had left.');
    const talks = { first: briefed.at('on') + 1, end: briefed.at('said'), margin: 1 };
    expect(spanText(briefed.doc, withParticipleHead(briefed.doc, briefed.view, talks, briefed.cueAt('said'), []))).toBe(
      'A diplomat briefed on the talks',
    );
    const months = reading('Nine months passed before a judge ordered a review.');
    const judge = { first: months.at('before') + 1, end: months.at('ordered'), margin: 1 };
    expect(withParticipleHead(months.doc, months.view, judge, months.cueAt('ordered'), [])).toBe(judge);
  });

  it('takes in the phrase before a participle when the source is the agent after its `by`', () => {
    const { doc: quoted, view, at, cueAt } = reading('An official quoted by the paper said prices could double.');
    const agent = { first: at('by') + 1, end: at('said'), margin: 1 };
    expect(spanText(quoted, withParticipleHead(quoted, view, agent, cueAt('said'), []))).toBe(
      'An official quoted by the paper',
    );
    // Not after a preposition's `by`: `Sales by the firm rose, it said` has no participle.
    const {
      doc: sales,
      view: salesView,
      at: salesAt,
      cueAt: salesCueAt,
    } = reading('Sales by the firm fell, analysts said.');
    const firm = { first: salesAt('by') + 1, end: salesAt('fell'), margin: 1 };
    expect(withParticipleHead(sales, salesView, firm, salesCueAt('said'), [])).toBe(firm);
    // Nor after a clause: the participle's head is no noun phrase there.
    const {
      doc: suit,
      view: suitView,
      at: suitAt,
      cueAt: suitCueAt,
    } = reading('The office slammed a suit filed by a fired aide alleging fraud.');
    const aide = { first: suitAt('by') + 1, end: suitAt('alleging'), margin: 1 };
    expect(withParticipleHead(suit, suitView, aide, suitCueAt('alleging'), [])).toBe(aide);
  });
});

describe('withPossessedAfterCue', () => {
  it("runs a source after its cue on through a possessor's noun phrase and the name in apposition", () => {
    const text = '"Sleep matters," said the study\'s lead author, Amara Osei.';
    const { doc, view, at, cueAt } = reading(text);
    const study = { first: at('the'), end: at('study') + 1, margin: 1 };
    const name = { first: at('Amara'), end: at('Osei') + 1, margin: 1 };
    const found = withPossessedAfterCue(doc, view, study, [study, name], cueAt('said'));
    expect(spanText(doc, found)).toBe("the study's lead author, Amara Osei");
    expect(spanText(doc, withPossessedAfterCue(doc, view, study, [study], cueAt('said')))).toBe(
      "the study's lead author",
    );
  });

  it('leaves a source before its cue alone', () => {
    const { doc, view, at, cueAt } = reading("The study's lead author said sleep matters.");
    const study = { first: at('The'), end: at('study') + 1, margin: 1 };
    expect(withPossessedAfterCue(doc, view, study, [study], cueAt('said'))).toEqual(study);
  });
});

describe('withRestrictiveClauseHead', () => {
  const sourceOf = (text: string, head: string, cue: string) => {
    const { doc, view, at, cueAt } = reading(text);
    const source = { first: at(head) - 1, end: at(cue), margin: 1 };
    return spanText(doc, withRestrictiveClauseHead(doc, view, source, cueAt(cue)));
  };

  it("gives a source inside a relative clause before the cue the clause's head", () => {
    expect(sourceOf('Civil rights groups that brought the lawsuit welcomed the ruling.', 'lawsuit', 'welcomed')).toBe(
      'Civil rights groups that brought the lawsuit',
    );
  });

  it('leaves a source after a clause that opens no relative, or after a head that is not a noun phrase, alone', () => {
    expect(sourceOf('Lawyers said that the judge erred.', 'judge', 'erred')).toBe('the judge');
    expect(sourceOf('Reports that the judge erred spread fast.', 'judge', 'erred')).toBe('the judge');
    expect(sourceOf('After the vote, groups that sued the city welcomed it.', 'city', 'welcomed')).toBe('the city');
  });
});

describe('withTrailingRelativeClause', () => {
  const sourceOf = (text: string, cue: string, to = 'who') => {
    const { doc, view, at, cueAt } = reading(text);
    const source = { first: 0, end: at(to) + 1, margin: 1 };
    return spanText(doc, withTrailingRelativeClause(doc, view, source, cueAt(cue)));
  };

  it('takes in the relative clause between a source ending on its pronoun and the comma before the cue', () => {
    expect(sourceOf('Dr. Alan Greer, a neurologist who has treated the patients, said the drug helped.', 'said')).toBe(
      'Dr. Alan Greer, a neurologist who has treated the patients',
    );
  });

  it('leaves a source whose clause holds punctuation or no comma before the cue, or no pronoun, alone', () => {
    expect(sourceOf('Ana Ruiz, who ran, and won, said no.', 'said')).toBe('Ana Ruiz, who');
    expect(sourceOf('Ana Ruiz, who ran the race said no.', 'said')).toBe('Ana Ruiz, who');
    expect(sourceOf('Ana Ruiz, a runner who ran, said no.', 'said', 'runner')).toBe('Ana Ruiz, a runner');
  });

  it('takes in the rest of a clause opened by a comma and the pronoun that the source stopped inside', () => {
    expect(sourceOf('Ana Ruiz, who was trying to get home to Phoenix, said she was tired.', 'said', 'was')).toBe(
      'Ana Ruiz, who was trying to get home to Phoenix',
    );
    expect(sourceOf('The runner who was tired and cold, said no.', 'said', 'was')).toBe('The runner who was');
    expect(sourceOf('Ana Ruiz, who ran, has won the race of her, telling no one.', 'telling', 'of')).toBe(
      'Ana Ruiz, who ran, has won the race of',
    );
    expect(sourceOf('Ana Ruiz, who founded Edge, an advocacy group based in Ohio, said no.', 'said', 'group')).toBe(
      'Ana Ruiz, who founded Edge, an advocacy group based in Ohio',
    );
  });
});

describe('antecedentOfClosedRelative', () => {
  const sourceOf = (text: string, cue: string) => {
    const { doc, view, at, cueAt } = reading(text);
    const who = { first: at('who'), end: at('who') + 1, margin: 1 };
    return spanText(doc, antecedentOfClosedRelative(doc, view, who, cueAt(cue)));
  };

  it("gives a cue after a closed relative clause the clause's antecedent, not the pronoun", () => {
    expect(sourceOf('One of them, who asked not to be named, described the mood as bitter.', 'described')).toBe(
      'One of them',
    );
  });

  it('keeps the pronoun for a cue inside the clause, and an antecedent that is an object', () => {
    expect(sourceOf('One of them, who asked not to be named, described the mood.', 'asked')).toBe('who');
    expect(sourceOf('She thanked the envoy, who stayed late, said the aide.', 'said')).toBe('who');
  });
});

describe('withSourceRunBefore', () => {
  /** The source `withSourceRunBefore` makes of the tagged pieces [near] and [far] (each `[first word, word after]`). */
  const joined = (text: string, near: [string, string], far: [string, string], cue: string) => {
    const { doc, view, at, cueAt } = reading(text);
    const nearRun = { first: at(near[0]), end: at(near[1]), margin: 1 };
    const farRun = { first: at(far[0]), end: at(far[1]), margin: 2 };
    return spanText(doc, withSourceRunBefore(doc, view, nearRun, [farRun, nearRun], cueAt(cue)));
  };

  it('joins a source broken in two inside one noun phrase before the cue', () => {
    const text = 'Engineers at Pacific Ridge Power warned in 2019 that the line was old.';
    expect(joined(text, ['Ridge', 'warned'], ['Engineers', 'at'], 'warned')).toBe('Engineers at Pacific Ridge Power');
    const study = "A study by the city's transport department estimated that traffic would fall.";
    expect(joined(study, ['department', 'estimated'], ['A', 'study'], 'estimated')).toBe(
      "A study by the city's transport department",
    );
  });

  it('keeps the nearer piece alone across a verb, punctuation, or a that', () => {
    const text = 'Engineers, not lawyers, wrote it, and the firm warned that the line was old.';
    expect(joined(text, ['the', 'warned'], ['Engineers', ','], 'warned')).toBe('the firm');
    const win = 'She scored twice in a 2-1 win that coach Ada Reyes called historic.';
    expect(joined(win, ['coach', 'called'], ['a', 'that'], 'called')).toBe('coach Ada Reyes');
    const after = 'She resigned as chief executive on Monday after a group of investors demanded it.';
    expect(joined(after, ['a', 'demanded'], ['chief', 'on'], 'demanded')).toBe('a group of investors');
  });
});

describe('withoutMannerPhrase', () => {
  const sourceOf = (text: string) => {
    const { doc, at, cueAt } = reading(text);
    const said = at('said');
    return spanText(doc, withoutMannerPhrase(doc, { first: 0, end: said - 1, margin: 1 }, cueAt('said')));
  };

  it('ends a source before a comma and a phrase naming how it spoke', () => {
    expect(sourceOf('The port authority, in a statement issued Sunday, said the talks had failed.')).toBe(
      'The port authority',
    );
  });

  it('keeps a phrase set off by commas that names no medium', () => {
    expect(sourceOf('Voters, in rural counties especially, said the talks had failed.')).toBe(
      'Voters, in rural counties especially',
    );
  });
});

describe('swappedInvertedSpeaker', () => {
  const swap = (text: string, sourceFrom: string, contentTo?: string) => {
    const { doc, view, at, cueAt } = reading(text);
    const said = at('said');
    const source = { first: at(sourceFrom), end: said - 1, margin: 1 };
    const content = { first: said + 1, end: contentTo ? at(contentTo) : view.count - 1, margin: 2 };
    const swapped = swappedInvertedSpeaker(doc, view, cueAt('said'), source, [content]);
    return sourceAndContentTexts(doc, swapped);
  };

  it('swaps a clause taken for the source and a speaker taken for the content', () => {
    expect(swap('Insurers expect thousands of claims, said Nora Quist.', 'thousands')).toEqual({
      source: 'Nora Quist',
      content: ['Insurers expect thousands of claims'],
    });
  });

  it('cuts the speaker before a participle the tagger ran it into, as the sentence end would', () => {
    expect(swap('Fares will not rise this year, said the mayor, adding that the city would pay.', 'this')).toEqual({
      source: 'the mayor',
      content: ['Fares will not rise this year'],
    });
    expect(swap('Fares will not rise this year, said the mayor, a former banker, "as we promised."', 'this')).toEqual({
      source: 'the mayor, a former banker',
      content: ['Fares will not rise this year', '"as we promised.'],
    });
  });

  it('swaps an opening and a speaker the tagger ran into the quotation that resumes after it', () => {
    const text = 'The ruling, said Lucia Ferro of the coalition, "is a reminder that poverty is no crime."';
    expect(swap(text, 'The')).toEqual({
      source: 'Lucia Ferro of the coalition',
      content: ['The ruling', '"is a reminder that poverty is no crime.'],
    });
    expect(swap('The "ruling", said Lucia Ferro of the coalition, "is a reminder."', 'The')).toBeNull();
  });

  it('cuts the speaker before an apposition that runs to the sentence end, unless an aside came before', () => {
    const text = 'The study shows a link, said Hugo Lindell, a cardiologist who was not involved.';
    expect(swap(text, 'a')).toEqual({ source: 'Hugo Lindell', content: ['The study shows a link'] });
    // wink-nlp reads `Watch` as a verb, so the words before the aside look like a clause.
    const aside = 'Judicial Watch, in releasing the email, said testimony by Ada Hicks, the former envoy.';
    expect(swap(aside, 'in')).toBeNull();
  });

  it('leaves a clause after the cue, and an opening phrase with no verb, alone', () => {
    expect(swap('The mayor, she said, will resign on Friday.', 'The')).toBeNull();
    expect(swap('On Friday, said Nora Quist.', 'Friday')).toBeNull();
  });

  it('takes the clause for the content when the tagger gave no source and the speaker as the content', () => {
    const untagged = (text: string) => {
      const { doc, view, at, cueAt } = reading(text);
      const noted = at('noted');
      const speaker = { first: noted + 1, end: view.count - 1, margin: 2 };
      const swapped = swappedInvertedSpeaker(doc, view, cueAt('noted'), undefined, [speaker]);
      return sourceAndContentTexts(doc, swapped);
    };
    expect(untagged('Debates rarely move the race, noted network analyst Dana Fields.')).toEqual({
      source: 'network analyst Dana Fields',
      content: ['Debates rarely move the race'],
    });
    expect(untagged('In the end, noted network analyst Dana Fields.')).toBeNull();
  });

  // The tagger split the clause: its subject taken for the source, a quoted stretch for a content piece.
  const splitSwap = (text: string, speakerTo?: string) => {
    const { doc, view, at, cueAt } = reading(text);
    const said = at('said');
    const source = { first: 0, end: at('has'), margin: 1 };
    const quoted = { first: at('"'), end: said - 1, margin: 1 };
    const speaker = { first: said + 1, end: speakerTo ? at(speakerTo) : view.count - 1, margin: 2 };
    const swapped = swappedInvertedSpeaker(doc, view, cueAt('said'), source, [quoted, speaker]);
    return sourceAndContentTexts(doc, swapped);
  };

  it('swaps a speaker that ends the sentence when the tagger split the clause before the cue', () => {
    expect(
      splitSwap(
        'The agency has sent an envoy "only to listen" and not to bargain, said a senior official at the ministry.',
      ),
    ).toEqual({
      source: 'a senior official at the ministry',
      content: ['The agency has sent an envoy "only to listen" and not to bargain'],
    });
  });

  it('leaves a split clause alone when the phrase after the cue does not end the sentence', () => {
    expect(
      splitSwap(
        'The agency has sent an envoy "only to listen" and not to bargain, said a senior official at the ministry on a call.',
        'on',
      ),
    ).toBeNull();
  });
});

describe('withWholeName', () => {
  const { doc, view, at, cueAt } = reading('Senator Hillary Rodham Clinton said on Monday that the bill would pass.');

  it('runs a source stopped inside a name on to its end, and no further than the cue', () => {
    const first = { first: at('Senator'), end: at('Hillary') + 1, margin: 1 };
    expect(spanText(doc, withWholeName(doc, view, first, cueAt('said')))).toBe('Senator Hillary Rodham Clinton');
  });

  it('leaves a source that ends on a common word alone', () => {
    const { doc: other, view: otherView, cueAt: otherCueAt } = reading('The senator Clinton said the bill would pass.');
    const senator = { first: 0, end: 2, margin: 1 };
    expect(withWholeName(other, otherView, senator, otherCueAt('said'))).toEqual(senator);
  });
});

describe('withNameOpening', () => {
  it('takes in the capitalized words before a source back to their the, when one is not read as a name', () => {
    const { doc, view, at } = reading('The Met Office warned that gusts would reach 100 mph.');
    const office = { first: at('Office'), end: at('Office') + 1, margin: 1 };
    expect(view.count > 0 && spanText(doc, withNameOpening(doc, view, office))).toBe('The Met Office');
  });

  it('leaves a source alone after a name read as one, or after lower-case words', () => {
    const { doc, view, at } = reading(
      'In the U.S. Senate Republicans said the bill would pass, and the big Ledger reported it.',
    );
    const republicans = { first: at('Republicans'), end: at('Republicans') + 1, margin: 1 };
    expect(withNameOpening(doc, view, republicans)).toEqual(republicans);
    const ledger = { first: at('Ledger'), end: at('Ledger') + 1, margin: 1 };
    expect(withNameOpening(doc, view, ledger)).toEqual(ledger);
  });
});

describe('nameAfterCue', () => {
  it('takes the name right after a cue whose content came first', () => {
    const { doc, view, at, cueAt } = reading('"We will win," said Dana Whitlock in her speech.');
    const quote = { first: 0, end: at('said'), margin: 1 };
    const found = nameAfterCue(view, cueAt('said'), [quote]);
    expect(found && spanText(doc, found)).toBe('Dana Whitlock');
  });

  it('takes nothing when the content follows the cue, or no name does', () => {
    const { view, at, cueAt } = reading('Whitlock said Dana Reyes would win.');
    expect(nameAfterCue(view, cueAt('said'), [{ first: at('Dana'), end: view.count - 1, margin: 1 }])).toBeUndefined();
    const other = reading('"We will win," said the mayor.');
    expect(
      other.view && nameAfterCue(other.view, other.cueAt('said'), [{ first: 0, end: other.at('said'), margin: 1 }]),
    ).toBeUndefined();
  });
});

describe('withOpeningDeterminer', () => {
  const { doc, at, cueAt } = reading('The trade group wrote on social media that its members lost money.');
  const cue = cueAt('wrote');
  const source = { first: at('trade'), end: at('wrote'), margin: 1 };
  const claim = { first: at('that'), end: at('money') + 1, margin: 1 };

  it('gives the source the article the tagger took for a content piece of its own', () => {
    const contents = [{ first: 0, end: 1, margin: 1 }, claim];
    const fixed = withOpeningDeterminer(doc, source, cue, contents);
    expect(spanText(doc, fixed)).toBe('The trade group');
    expect(contents).toEqual([claim]);
  });

  it('leaves the article when it is the only content piece', () => {
    const contents = [{ first: 0, end: 1, margin: 1 }];
    expect(withOpeningDeterminer(doc, source, cue, contents)).toBe(source);
    expect(contents).toHaveLength(1);
  });
});

describe('withOpeningDeterminer with a possessive', () => {
  it('gives the source the possessive and modifiers the tagger cut off its head at the sentence start', () => {
    const { doc, at, cueAt } = reading('Its defence ministry said no aircraft had crossed the border.');
    const source = { first: at('ministry'), end: at('said'), margin: 1 };
    const claim = { first: at('no'), end: at('.'), margin: 1 };
    const contents = [{ first: 0, end: at('ministry'), margin: 1 }, claim];
    expect(spanText(doc, withOpeningDeterminer(doc, source, cueAt('said'), contents))).toBe('Its defence ministry');
    expect(contents).toEqual([claim]);
  });

  it('leaves an article and noun before the source alone: a noun and its relative clause', () => {
    const { doc, at, cueAt } = reading('The amount officials gave the campaign was large.');
    const source = { first: at('officials'), end: at('officials') + 1, margin: 1 };
    const contents = [
      { first: 0, end: at('officials'), margin: 1 },
      { first: at('the'), end: at('.'), margin: 1 },
    ];
    expect(withOpeningDeterminer(doc, source, cueAt('gave'), contents)).toBe(source);
  });
});

describe('subjectLeftOutBeforeCue', () => {
  /** The cue spans the auxiliary and the verb: `had expected`. */
  const found = (text: string, aux: string, verb: string, contentFrom: string) => {
    const { doc, view, at } = reading(text);
    const contents = [
      { first: at(aux) - 1, end: at(aux), margin: 1 },
      { first: at(contentFrom), end: view.count - 1, margin: 1 },
    ].filter((run) => run.first < at(aux) - 1 || run.first >= at(verb) + 1);
    const source = subjectLeftOutBeforeCue(doc, view, { first: at(aux), end: at(verb) + 1, margin: 1 }, contents);
    return { source: source && spanText(doc, source), contents: contents.map((run) => spanText(doc, run)) };
  };

  it('takes the subject from the sentence start to a verb cue for the speaker the tagger left out', () => {
    expect(found('Economists polled by the Ledger had expected a reading of 2.9%.', 'had', 'expected', 'a')).toEqual({
      source: 'Economists polled by the Ledger',
      contents: ['a reading of 2.9%'],
    });
  });

  it('leaves subjects of seeming, impersonal subjects, a clause before an adjective cue, and a subject before an infinitive', () => {
    const { doc, view, at } = reading('It seems a near certainty.');
    const seems = { first: at('seems'), end: at('seems') + 1, margin: 1 };
    expect(subjectLeftOutBeforeCue(doc, view, seems, [{ first: at('a'), end: 5, margin: 1 }])).toBeUndefined();
    const cited = reading('He cited lower expected interest rates.');
    const expected = { first: cited.at('expected'), end: cited.at('expected') + 1, margin: 1 };
    const rates = { first: cited.at('interest'), end: cited.view.count - 1, margin: 1 };
    expect(subjectLeftOutBeforeCue(cited.doc, cited.view, expected, [rates])).toBeUndefined();
    const raised = reading('The mayor has wanted to resign.');
    const wanted = { first: raised.at('has'), end: raised.at('wanted') + 1, margin: 1 };
    const infinitive = { first: raised.at('to'), end: raised.view.count - 1, margin: 1 };
    expect(subjectLeftOutBeforeCue(raised.doc, raised.view, wanted, [infinitive])).toBeUndefined();
  });
});

describe('nameReadAsAdverbBefore', () => {
  it('takes a one-word name that wink-nlp read as an adverb opening the sentence', () => {
    const { doc, view, cueAt } = reading('The firm cut routes. Skyward said riders would see longer waits.');
    const source = nameReadAsAdverbBefore(doc, view, cueAt('said'));
    expect(source && spanText(doc, source)).toBe('Skyward');
  });

  it('leaves sentence adverbs and question words out', () => {
    const later = reading('The firm cut routes. Later said to be furious, the mayor called a meeting.');
    expect(nameReadAsAdverbBefore(later.doc, later.view, later.cueAt('said'))).toBeUndefined();
    const when = reading('The firm cut routes. When asked, the mayor declined to comment.');
    expect(nameReadAsAdverbBefore(when.doc, when.view, when.cueAt('asked'))).toBeUndefined();
  });
});

describe('withCoordinatedSpeakers', () => {
  /** The source made of the tagged run [first word, word after] before `cue`. */
  const speakers = (text: string, run: [string, string], cue: string) => {
    const { doc, view, at, cueAt } = reading(text);
    return spanText(
      doc,
      withCoordinatedSpeakers(doc, view, { first: at(run[0]), end: at(run[1]), margin: 1 }, cueAt(cue)),
    );
  };

  it('takes in the speakers listed before a source that starts after `and` or inside the list', () => {
    expect(speakers('Nurses and hospital doctors warned of longer waits.', ['hospital', 'warned'], 'warned')).toBe(
      'Nurses and hospital doctors',
    );
    expect(speakers('Ortega, Lind and two aides knew the vote was lost.', ['Lind', 'knew'], 'knew')).toBe(
      'Ortega, Lind and two aides',
    );
    const though = 'Though growers and shipping firms described the rules as costly, the board kept them.';
    expect(speakers(though, ['shipping', 'described'], 'described')).toBe('growers and shipping firms');
  });

  it('leaves a source after `and` alone when a clause comes before it', () => {
    const clause = 'Jones praised the plan and Smith said it was late.';
    expect(speakers(clause, ['Smith', 'said'], 'said')).toBe('Smith');
    const opening = 'On Tuesday, ranchers and farmers said the drought had worsened.';
    expect(speakers(opening, ['farmers', 'said'], 'said')).toBe('farmers');
  });
});

describe('acrossTitleBreak', () => {
  const mended = (text: string, from: string, to: string) => {
    const { doc, view, at } = reading(text);
    return spanText(doc, acrossTitleBreak(doc, view, { first: at(from), end: at(to), margin: 1 }));
  };

  it('takes in the title that wink-nlp cut off before a name', () => {
    expect(mended('The Rev. Al Green said he would march on Friday.', 'Al', 'said')).toBe('The Rev. Al Green');
    expect(mended('Sens. Ada Voss and Tom Reyes said the bill would pass.', 'Ada', 'said')).toBe(
      'Sens. Ada Voss and Tom Reyes',
    );
  });

  it('runs a source that ends on such a title on through the name', () => {
    expect(mended('"Stay off the water," said Lt. Cmdr. Pia Norberg, a spokeswoman.', 'Lt.', 'Pia')).toBe(
      'Lt. Cmdr. Pia Norberg',
    );
  });

  it('leaves a source alone after a full stop that ends a sentence', () => {
    expect(mended('He lives on Main St. Ann Lee said the house is old.', 'Ann', 'said')).toBe('Ann Lee');
    expect(mended('They met the Sen. Ann Lee said so later.', 'Ann', 'said')).toBe('Ann Lee');
  });
});

describe('withoutTrailingArticle', () => {
  it('runs a source that ends on an article on over the noun phrase after it, not into the verb', () => {
    const { doc, view, cueAt } = reading('The port authority rejected the report, saying the figures were wrong.');
    const article = { first: 0, end: 1, margin: 1 };
    const fixed = withoutTrailingArticle(doc, view, article, cueAt('saying'), []);
    expect(fixed && spanText(doc, fixed)).toBe('The port authority');
  });

  it('drops an article with no noun after it, and a preposition before it', () => {
    const { doc, view, at, cueAt } = reading('Mayor Dana Whitlock in an interview praised the plan.');
    const cut = withoutTrailingArticle(doc, view, { first: 0, end: at('an') + 1, margin: 1 }, cueAt('interview'), []);
    expect(cut && spanText(doc, cut)).toBe('Mayor Dana Whitlock');
    expect(
      withoutTrailingArticle(doc, view, { first: at('an'), end: at('an') + 1, margin: 1 }, cueAt('interview'), []),
    ).toBeUndefined();
  });

  it('runs a source that ends on `of` on over its subject noun phrase or a gerund phrase before the comma', () => {
    const leaders = reading('Leaders of three provinces held a call to discuss the border.');
    const of = { first: 0, end: leaders.at('of') + 1, margin: 1 };
    const fixed = withoutTrailingArticle(leaders.doc, leaders.view, of, leaders.cueAt('to'), []);
    expect(fixed && spanText(leaders.doc, fixed)).toBe('Leaders of three provinces');
    const aide = reading('An aide who spoke for fear of losing her job, said the plan failed.');
    const fear = { first: 0, end: aide.at('of') + 1, margin: 1 };
    const gerund = withoutTrailingArticle(aide.doc, aide.view, fear, aide.cueAt('said'), []);
    expect(gerund && spanText(aide.doc, gerund)).toBe('An aide who spoke for fear of losing her job');
    // Not over a phrase that is no verb's subject: `One of the decisions they made`.
    const one = reading('One of the decisions they made was to hit back, blasting Trump.');
    const cut = withoutTrailingArticle(one.doc, one.view, { first: 0, end: 2, margin: 1 }, one.cueAt('blasting'), []);
    expect(cut && spanText(one.doc, cut)).toBe('One');
  });

  it('leaves other sources, and the A of a Q&A answer, alone', () => {
    const { doc, view, at, cueAt } = reading('A: We will follow the advice, the minister said.');
    const answer = { first: 0, end: 1, margin: 1 };
    expect(withoutTrailingArticle(doc, view, answer, cueAt(':'), [])).toBe(answer);
    const minister = { first: at('the'), end: at('minister') + 1, margin: 1 };
    expect(withoutTrailingArticle(doc, view, minister, cueAt('said'), [])).toBe(minister);
  });
});

describe('withOpeningGerund', () => {
  const sourceOf = (text: string, from: string) => {
    const { doc, view, at, cueAt } = reading(text);
    return spanText(doc, withOpeningGerund(doc, view, { first: at(from), end: at('said'), margin: 1 }, cueAt('said')));
  };

  it('takes in a capitalized -ing word that opens the sentence before the source noun', () => {
    expect(sourceOf('Shipping companies said the backlog would clear.', 'companies')).toBe('Shipping companies');
  });

  it('leaves a source that does not follow one alone', () => {
    expect(sourceOf('The shipping companies said the backlog would clear.', 'shipping')).toBe('shipping companies');
    expect(sourceOf('Citing delays, companies said the backlog would clear.', 'companies')).toBe('companies');
  });
});

describe('withNameBeforeAge', () => {
  /** The source `withNameBeforeAge` gives a source of the number `age` before the cue `cue`. */
  const fromAge = (text: string, age: string, cue: string) => {
    const { doc, view, at, cueAt } = reading(text);
    const number = { first: at(age), end: at(age) + 1, margin: 1 };
    const fixed = withNameBeforeAge(doc, view, number, cueAt(cue));
    return fixed === number ? null : spanText(doc, fixed);
  };

  it('gives a source that is only an age the name before it, and a short description opening the sentence', () => {
    expect(fromAge('His wife, Betty, 79, added: "Nothing is left."', '79', 'added')).toBe('His wife, Betty, 79');
    expect(fromAge('Earl Dunn, 81, said the water rose.', '81', 'said')).toBe('Earl Dunn, 81');
  });

  it('leaves a number that is no age set off by commas alone', () => {
    expect(fromAge('A poll found that of Hillary Clinton, 79 said the same.', '79', 'said')).toBeNull();
  });
});

describe('frontedCueSpeaker', () => {
  const fronted = (text: string, cueWord = 'Said') => {
    const { doc, view, at, cueAt } = reading(text);
    const cue = cueAt(cueWord);
    const content = { first: at(cueWord) + 1, end: view.count, margin: 2 };
    const found = frontedCueSpeaker(doc, view, cue, undefined, [content]);
    return sourceAndContentTexts(doc, found);
  };

  it('splits the speaker after a cue that opens its sentence from the quotation after the colon or comma', () => {
    expect(fronted('Voters shrugged. Said one farmer from Ames: "We have heard it all before."')).toEqual({
      source: 'one farmer from Ames',
      content: ['"We have heard it all before."'],
    });
    expect(fronted('Voters shrugged. Added Mayor Ruiz, "We will see."', 'Added')).toEqual({
      source: 'Mayor Ruiz',
      content: ['"We will see."'],
    });
  });

  it('takes a relative clause after the speaker into the source', () => {
    expect(fronted('Voters shrugged. Added Mayor Ruiz, who chairs the panel, "We will see."', 'Added')).toEqual({
      source: 'Mayor Ruiz, who chairs the panel',
      content: ['"We will see."'],
    });
    expect(fronted('Voters shrugged. Added Mayor Ruiz, who chairs it, and won, "We will see."', 'Added')).toBeNull();
  });

  it('leaves a cue inside its sentence, a comma with no quotation after it, and a tagged source alone', () => {
    expect(fronted('Voters shrugged and said one thing: "We have heard it all before."', 'said')).toBeNull();
    expect(fronted('Voters shrugged. Said one farmer, the plan is dead.')).toBeNull();
    const { doc, view, at, cueAt } = reading('Said Ruiz: "We will see."');
    const source = { first: at('Ruiz'), end: at('Ruiz') + 1, margin: 1 };
    expect(frontedCueSpeaker(doc, view, cueAt('Said'), source, [{ first: 1, end: view.count, margin: 1 }])).toBeNull();
  });
});

describe('withoutOpeningConjunction', () => {
  const sourceOf = (text: string, from: string, to: string) => {
    const { doc, at } = reading(text);
    return spanText(doc, withoutOpeningConjunction(doc, { first: at(from), end: at(to), margin: 1 }));
  };

  it('starts a source after the conjunction that opens its clause', () => {
    expect(sourceOf('They will strike unless organizers agree to talks.', 'unless', 'agree')).toBe('organizers');
    expect(sourceOf('She wrote that police had found nothing.', 'that', 'had')).toBe('police');
    expect(sourceOf('She wrote that Ortiz had found nothing.', 'that', 'had')).toBe('Ortiz');
  });

  it('keeps that as the determiner of a source, and a lone word', () => {
    expect(sourceOf('That group said it would sue.', 'That', 'said')).toBe('That group');
    expect(sourceOf('He was the one that said so.', 'that', 'said')).toBe('that');
  });
});

describe('withoutTrailingDay', () => {
  const sourceOf = (text: string, cue: string) => {
    const { doc, at, cueAt } = reading(text);
    return spanText(doc, withoutTrailingDay(doc, { first: 0, end: at(cue), margin: 1 }, cueAt(cue)));
  };

  it('ends a source right before its cue before the day it spoke', () => {
    expect(sourceOf('A federal judge on Thursday said the law was void.', 'said')).toBe('A federal judge');
    expect(sourceOf('The senator last Friday told reporters he would run.', 'told')).toBe('The senator');
  });

  it('keeps a day inside a clause of the source', () => {
    expect(sourceOf('A poll conducted on Thursday found the race tied.', 'found')).toBe('A poll conducted on Thursday');
  });
});

describe('withParticipleDay', () => {
  const sourceOf = (text: string, to: string, cue: string) => {
    const { doc, at, cueAt } = reading(text);
    return spanText(doc, withParticipleDay(doc, { first: 0, end: at(to) + 1, margin: 1 }, cueAt(cue)));
  };

  it('takes in the day a source ending on a participle names before the cue', () => {
    expect(sourceOf('A report released on Monday found delays.', 'released', 'found')).toBe(
      'A report released on Monday',
    );
    expect(sourceOf('Disclosures filed Sunday night revealed losses.', 'filed', 'revealed')).toBe(
      'Disclosures filed Sunday night',
    );
  });

  it('leaves a source that ends on a noun, or a day with more before the cue', () => {
    expect(sourceOf('The report on Monday found delays.', 'report', 'found')).toBe('The report');
    expect(sourceOf('A report released on Monday by the agency found delays.', 'released', 'found')).toBe(
      'A report released',
    );
  });
});
