import { describe, expect, it } from 'vitest';
import { textPipeline } from '../analyze.js';
import { Doc } from '../core/index.js';
import type { CueSpan } from './cue-tagger.js';
import {
  signOffs,
  withAsReportedByCues,
  withFrontedSpeechCues,
  withImpersonalReportCues,
  withInvertedReportCues,
  withNameColonCues,
  withPassiveReportCues,
  withPerCues,
  withQuoteTagCues,
  withReportingNounCues,
  withSignOffCues,
  withStatesCues,
  withSurveyCues,
  withTranscriptCues,
} from './rule-cues.js';

/**
 * The cues `rule` finds in `text` (given none), each read from `before`
 * tokens ahead of it to `after` tokens past its last one.
 */
function ruleCueTexts(rule: (doc: Doc, cues: CueSpan[]) => CueSpan[], text: string, before = 0, after = 0): string[] {
  const doc = textPipeline.run(new Doc(text, 'story.txt'));
  const tokens = doc.need('tokens');
  return rule(doc, []).map((cue) =>
    doc.text.slice(tokens.start[cue.first - before], tokens.end[Math.min(cue.end - 1 + after, tokens.count - 1)]),
  );
}

/** A survey cue (`in`) with the three words after it. */
const surveyCueWords = (text: string) => ruleCueTexts(withSurveyCues, text, 0, 3);

describe('withPerCues', () => {
  it('makes `per` and the party it names a cue, opening before a comma or closing after one', () => {
    const text = [
      'Per sources close to the talks, Rovers have agreed terms.',
      'The striker will miss a month, per league sources.',
      'Per the club, the fee is final.',
      'The deal is worth $4 per share, per a filing.',
    ].join(' ');
    expect(ruleCueTexts(withPerCues, text, 0, 2)).toEqual([
      'Per sources close',
      'per league sources',
      'Per the club',
      'per a filing',
    ]);
  });

  it('leaves a unit or a rate alone', () => {
    const text = 'Tickets cost $40 per person. Per capita income rose. It fell 3 per cent, per year.';
    expect(ruleCueTexts(withPerCues, text)).toEqual([]);
  });
});

describe('withQuoteTagCues', () => {
  it('makes the verb of speech after a quotation and its speaker a cue, where the tag ends at the verb', () => {
    const text = [
      '"We have no evidence of that," the chief replied.',
      '"Is it over?" Police Chief Marsh asked, frowning.',
      '"Bravo," the crowd applauded loudly.',
      '"I quit," Lee said, according to the Ledger.',
      '"Too late," you know.',
      '"Who is next?" a staffer in the room wondered.',
    ].join(' ');
    expect(ruleCueTexts(withQuoteTagCues, text, 2)).toEqual([
      'the chief replied',
      'Chief Marsh asked',
      'the room wondered',
    ]);
  });
});

describe('withStatesCues', () => {
  it('makes `states` after a text a cue, also past an aside in commas, and not the noun', () => {
    const text = [
      'The draft states that fines could rise.',
      'The 84-page draft, dated Nov. 3, states that firms could appeal.',
      '"Leave is unpaid," the document states.',
      'In the battleground states that he won, turnout rose.',
      'The report states its case poorly.',
    ].join(' ');
    expect(ruleCueTexts(withStatesCues, text, 1)).toEqual(['draft states', ', states', 'document states']);
  });
});

describe('withSurveyCues', () => {
  it('makes the in before a poll or survey a cue, opening the sentence or after its clause', () => {
    const text =
      'In a Harbor Ledger-WKRT poll released Sunday, 41 percent of voters backed the levy. ' +
      'The mayor trails by six points in the latest county survey.';
    expect(surveyCueWords(text)).toEqual(['In a Harbor Ledger', 'in the latest county']);
  });

  it('leaves a poll inside a subject, a poll that is not the head, and other phrases', () => {
    const text =
      'Most voters in a recent poll said the levy was too high. ' +
      'The council talked in the poll numbers room. ' +
      'She spoke in an interview on Tuesday.';
    expect(surveyCueWords(text)).toEqual([]);
  });

  it('keeps the cues it is given, in text order, and adds none inside them', () => {
    const doc = textPipeline.run(new Doc('The lead grew in a new poll, the paper said.', 'story.txt'));
    const tokens = doc.need('tokens');
    const said = { first: tokens.count - 2, end: tokens.count - 1, margin: 5 };
    const cues = withSurveyCues(doc, [said]);
    expect(cues.map((cue) => tokens.lower[cue.first])).toEqual(['in', 'said']);
    const covering = { first: 3, end: 5, margin: 5 };
    expect(withSurveyCues(doc, [covering])).toEqual([covering]);
  });
});

describe('withReportingNounCues', () => {
  const cueWords = (text: string) => ruleCueTexts(withReportingNounCues, text, 1);

  it('makes a reports or notes after a name a cue when a clause or its end follows', () => {
    expect(cueWords('The mill will close in June, the Valley Courier reports.')).toEqual(['Courier reports']);
  });

  it('leaves reports that are reports', () => {
    expect(cueWords('The agency filed two reports on the spill in June.')).toEqual([]);
  });
});

describe('withQuoteTagCues after a setting', () => {
  it('lets where and when the words were said stand between the verb and the end of the tag', () => {
    const text =
      '"Wheat sells itself," she posted on X on Friday. "We are ready," the mayor told the Ledger. "Go," he said loudly.';
    expect(ruleCueTexts(withQuoteTagCues, text, 1)).toEqual(['she posted', 'mayor told']);
  });
});

describe('withInvertedReportCues', () => {
  it('makes the verb after a clause, a comma and a speaker a cue, where and when it was said aside', () => {
    const text =
      'The couple have separated, a representative for the pair confirmed to StarBeat Weekly on Thursday. The borrowing went on, even as growth continued. I did well, to tell you the truth.';
    expect(ruleCueTexts(withInvertedReportCues, text, 2)).toEqual(['the pair confirmed']);
  });

  it('takes what figures showed or a study found for a report too', () => {
    const text =
      'Factory output fell for a third month, official figures showed on Wednesday. Walkers live longer, a large study found.';
    expect(ruleCueTexts(withInvertedReportCues, text, 1)).toEqual(['figures showed', 'study found']);
  });

  it('takes a closing show that wink-nlp read as a noun after a plural speaker', () => {
    const text =
      'Sales rose 4 percent in March, figures from the trade group show. The defense sought leniency, court filings show. She starred in a film, a talent show.';
    expect(ruleCueTexts(withInvertedReportCues, text, 1)).toEqual(['group show', 'filings show']);
  });
});

describe('withPassiveReportCues', () => {
  const cueTexts = (text: string) => ruleCueTexts(withPassiveReportCues, text);

  it('makes a passive of report between a subject and an infinitive a cue, an adverb between included', () => {
    expect(
      cueTexts(
        'Kessler is understood to have agreed terms. The minister was widely said to be furious. Two aides were reported to favor a delay.',
      ),
    ).toEqual(['is understood', 'was widely said', 'were reported']);
  });

  it('leaves belief, other passives, "it" and a participle without an infinitive alone', () => {
    expect(
      cueTexts(
        'The club is believed to have softened. The firm was asked to leave. It is said to be late. The plan was reported last week.',
      ),
    ).toEqual([]);
  });
});

describe('withImpersonalReportCues', () => {
  const cueTexts = (text: string) => ruleCueTexts(withImpersonalReportCues, text);

  it('makes "It is understood" and "it has been reported" before a that clause cues', () => {
    expect(
      cueTexts(
        'It is understood that the council will vote next month. Separately, it has been reported that the mayor will resign.',
      ),
    ).toEqual(['It is understood', 'it has been reported']);
  });

  it('makes "it is understood" after its clause a cue', () => {
    expect(cueTexts('The striker will fly in on Thursday, it is understood. It is thought, too.')).toEqual([
      'it is understood',
    ]);
  });

  it('leaves "it" as a subject of other verbs, and participles without a that clause, alone', () => {
    expect(cueTexts('It is expected that rain will fall. It was said to be late. It is clear that he left.')).toEqual(
      [],
    );
  });

  it('leaves an active "it has said", whose it is a speaker', () => {
    expect(cueTexts('The carrier denied wrongdoing. It has said that it followed the rules.')).toEqual([]);
  });
});

describe('withTranscriptCues', () => {
  const colonCues = (text: string) => ruleCueTexts(withTranscriptCues, text, 1);

  it('makes the colon after each Q and A speaker tag opening a paragraph a cue', () => {
    const text =
      'The minister spoke to Wire.\n\nQ: Will the quota fall?\n\nA: Yes. We follow the advice.\n\nQ: When?\n';
    expect(colonCues(text)).toEqual(['Q:', 'A:', 'Q:']);
  });

  it('needs both tags, at the start of a paragraph', () => {
    expect(colonCues('Plan A: build the bridge.\n\nA: the bridge is built.\n')).toEqual([]);
    expect(colonCues('The minister was asked, Q: will it fall? A: yes.\n')).toEqual([]);
  });
});

describe('withSignOffCues', () => {
  const story = [
    'Readers wrote in after the debate.',
    '“The council has failed us.” ― Edwin G. Monroy “We will not move on this.” ― Ana Ruiz',
    '"Great speech. She is ready."',
    '- President Obama, tweeting after the debate.',
  ].join('\n\n');

  it('makes the dash after a quotation that is a sentence of its own, before a name, a cue', () => {
    expect(ruleCueTexts(withSignOffCues, story, 0, 2)).toEqual(['― Edwin G.', '― Ana Ruiz', '- President Obama']);
  });

  it('gives the name and the quotation of each sign-off', () => {
    const doc = textPipeline.run(new Doc(story, 'story.txt'));
    const tokens = doc.need('tokens');
    const read = signOffs(doc).map(({ dash, quote, nameEnd }) => [
      doc.text.slice(quote.start, quote.end),
      doc.text.slice(tokens.start[dash + 1], tokens.end[nameEnd - 1]),
    ]);
    expect(read).toEqual([
      ['“The council has failed us.”', 'Edwin G. Monroy'],
      ['“We will not move on this.”', 'Ana Ruiz'],
      ['"Great speech. She is ready."', 'President Obama'],
    ]);
  });

  it('leaves a quoted phrase inside a sentence, a subhead between dashes and a pronoun alone', () => {
    expect(ruleCueTexts(withSignOffCues, 'The mayor called him "a friend of the port." - Wire.')).toEqual([]);
    expect(ruleCueTexts(withSignOffCues, '“We take sides.”\n\n– Ready to talk –.\n\nThe talks began.')).toEqual([]);
    expect(ruleCueTexts(withSignOffCues, '“We lost the vote.” ― I, for one, will not forget it.')).toEqual([]);
  });
});

describe('withAsReportedByCues', () => {
  it('finds the participle of a report fronted by `as ... by`, past adverbs and an opening conjunction', () => {
    const story =
      'As reported by the Kestrel Times, the mill will close. And as first noted by Harbor Radio, the ferry stops. ' +
      'As expected by analysts, prices rose. The mill, as reported by the Times, will close. As noted, fares rose.';
    expect(ruleCueTexts(withAsReportedByCues, story, 0, 1)).toEqual(['reported by', 'noted by']);
  });
});

describe('withNameColonCues', () => {
  it('makes the colon between a name and a quotation a cue, after a dash, a line start or a verb that is no cue', () => {
    const story =
      'Rail strike enters third day - Transport analyst Mara Quist: "Nobody wins a long strike."\n\n' +
      'Okafor: "We will not negotiate under threat."\n\n' +
      'The walkout does not surprise economist Lena Park: "It was coming."';
    expect(ruleCueTexts(withNameColonCues, story, 1)).toEqual(['Quist:', 'Okafor:', 'Park:']);
  });

  it('leaves a colon after a preposition or a cue before the name, or after no name', () => {
    const story =
      'He ended with a message to the union chief Okafor: "Come back."\n\nAccording to Rail Weekly: "Talks failed."\n\n' +
      'The goal was clear: "No cuts."\n\nHe shared a post: “@railfan: “Strikes work.” – @okafor';
    expect(ruleCueTexts(withNameColonCues, story)).toEqual([]);
    const doc = textPipeline.run(new Doc('The union, telling Rail Weekly: "We stand firm."', 'story.txt'));
    const telling = doc.need('tokens').lower.indexOf('telling');
    expect(withNameColonCues(doc, [{ first: telling, end: telling + 1, margin: 1 }])).toHaveLength(1);
    // wink-nlp may read the cue as a noun (`quotes`), which the speaker's words must not run past.
    const quoting = textPipeline.run(new Doc('Hale quotes union chief Ada Okafor: "We stand firm."', 'story.txt'));
    const quotes = quoting.need('tokens').lower.indexOf('quotes');
    expect(withNameColonCues(quoting, [{ first: quotes, end: quotes + 1, margin: 1 }])).toHaveLength(1);
  });
});

describe('withFrontedSpeechCues', () => {
  it('finds a speech verb that opens its sentence before a speaker, a relative clause and a quotation', () => {
    const story =
      'The panel met on Monday. Added Mayor Lena Ruiz, who chairs it, "We will not raise fares." ' +
      'Wrote one commuter: "I cannot pay more."';
    expect(ruleCueTexts(withFrontedSpeechCues, story, 0, 1)).toEqual(['Added Mayor', 'Wrote one']);
  });

  it('leaves a verb inside its sentence, a lower-case or uninflected one, and a phrase that is no speaker alone', () => {
    expect(ruleCueTexts(withFrontedSpeechCues, 'The mayor then added one thing, "We will see."')).toEqual([]);
    expect(ruleCueTexts(withFrontedSpeechCues, 'Say what you will, "We will see."')).toEqual([]);
    expect(ruleCueTexts(withFrontedSpeechCues, 'Added to the list, "We will see."')).toEqual([]);
    expect(ruleCueTexts(withFrontedSpeechCues, 'Noted Ruiz, who ran, and won, "We will see."')).toEqual([]);
  });
});
