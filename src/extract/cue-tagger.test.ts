import { describe, expect, it } from 'vitest';
import { textPipeline } from '../analyze.js';
import { Doc } from '../core/index.js';
import { reading } from '../test-support/link-text.js';
import { paragraphStage, tokenStage } from '../text/index.js';
import {
  type CueSpan,
  completeAuxiliaryCues,
  completeInfinitiveCues,
  mergeOverlappingCues,
  takeInAuxiliaries,
  withoutAddingTo,
  withoutDurationCues,
  withoutEpithetParticiples,
  withoutMastheadCues,
  withoutMoneyClaims,
  withoutNamingParticiples,
  withoutPhoneCalls,
  withoutProductRecalls,
  withoutRelayParticiples,
  withoutSettingNouns,
  withoutSummonsCues,
} from './cue-tagger.js';
import { loadModel } from './model.js';
import { buildTokenView } from './token-view.js';

function tokenized(text: string): Doc {
  const doc = new Doc(text, 'story.txt');
  paragraphStage.run(doc);
  tokenStage.run(doc);
  return doc;
}

/** The cue spanning the given words of the text (first occurrence, from offset `from` on). */
function cueOn(doc: Doc, words: string, from = 0): CueSpan {
  const start = doc.text.indexOf(words, from);
  const tokens = doc.need('tokens');
  let first = 0;
  while (tokens.start[first] < start) first++;
  let end = first;
  while (end < tokens.count && tokens.end[end] <= start + words.length) end++;
  return { first, end, margin: 1 };
}

/** Which tokens are speech or thought verbs, as the token view of the same text reads them. */
const speechVerbs = (doc: Doc) =>
  buildTokenView(textPipeline.run(new Doc(doc.text, 'story.txt')), loadModel().lexicon).speechVerb;

const textOf = (doc: Doc, cue: CueSpan) =>
  doc.text.slice(doc.need('tokens').start[cue.first], doc.need('tokens').end[cue.end - 1]);

describe('completeAuxiliaryCues', () => {
  it('takes in the verb after a cue of auxiliaries only, past adverbs and not', () => {
    const doc = tokenized(
      'The mayor, who had threatened a veto, said it passed. The aide has not yet said why. The firm did not immediately respond.',
    );
    const cues = completeAuxiliaryCues(
      doc,
      [cueOn(doc, 'had'), cueOn(doc, 'has'), cueOn(doc, 'did not')],
      speechVerbs(doc),
    );
    expect(cues.map((cue) => textOf(doc, cue))).toEqual([
      'had threatened',
      'has not yet said',
      'did not immediately respond',
    ]);
  });

  it('completes a cue tagged from not, and keeps it when no verb follows', () => {
    const doc = tokenized('The firm did not immediately respond. Not so, she said.');
    const cues = completeAuxiliaryCues(doc, [cueOn(doc, 'not immediately'), cueOn(doc, 'Not')], speechVerbs(doc));
    expect(cues.map((cue) => textOf(doc, cue))).toEqual(['not immediately respond', 'Not']);
  });

  it('drops a cue of auxiliaries with no verb after it in the sentence, and leaves other cues alone', () => {
    const doc = tokenized('It is unclear whether the plan works, the mayor said.');
    const said = cueOn(doc, 'said');
    expect(completeAuxiliaryCues(doc, [cueOn(doc, 'is'), said], speechVerbs(doc))).toEqual([said]);
  });

  it('drops a cue of auxiliaries whose verb is neither speech nor thought', () => {
    const doc = tokenized('Port officials have repeatedly met with the union, the mayor said.');
    const said = cueOn(doc, 'said');
    expect(completeAuxiliaryCues(doc, [cueOn(doc, 'have repeatedly'), said], speechVerbs(doc))).toEqual([said]);
  });
});

describe('completeAuxiliaryCues with a light adverb', () => {
  it('takes in the verb, whatever it is, after a cue of `also` or `just` alone right after its subject', () => {
    const doc = tokenized('The mayor also slid the budget into the debate. Voters just shrugged.');
    const cues = completeAuxiliaryCues(doc, [cueOn(doc, 'also'), cueOn(doc, 'just')], speechVerbs(doc));
    expect(cues.map((cue) => textOf(doc, cue))).toEqual(['also slid', 'just shrugged']);
  });

  it('leaves the adverb alone after a comma (`also known as`) or with no verb after it', () => {
    const doc = tokenized('The group, also known as the Coalition, met. The mayor also, she said.');
    const after = doc.text.indexOf('mayor');
    const cues = completeAuxiliaryCues(doc, [cueOn(doc, 'also'), cueOn(doc, 'also', after)], speechVerbs(doc));
    expect(cues.map((cue) => textOf(doc, cue))).toEqual(['also', 'also']);
  });
});

describe('completeInfinitiveCues', () => {
  it('takes in the verb after a cue ending on the infinitive marker', () => {
    const doc = tokenized('A spokesman declined to say why. The board refused to comment.');
    const cues = completeInfinitiveCues(doc, [cueOn(doc, 'declined to'), cueOn(doc, 'refused to')]);
    expect(cues.map((cue) => textOf(doc, cue))).toEqual(['declined to say', 'refused to comment']);
  });

  it('leaves according to, and cues not ending on to, alone', () => {
    const doc = tokenized('Costs rose, according to court filings. The mayor said so.');
    const according = cueOn(doc, 'according to');
    const said = cueOn(doc, 'said');
    expect(completeInfinitiveCues(doc, [according, said])).toEqual([according, said]);
  });
});

describe('withoutDurationCues', () => {
  it('ends a cue before the for of a stretch of time, and keeps a for that takes an object', () => {
    const doc = tokenized('Analysts have warned for months that jobs would go. Unions called for a strike.');
    const cues = withoutDurationCues(doc, [cueOn(doc, 'have warned for'), cueOn(doc, 'called for')]);
    expect(cues.map((cue) => textOf(doc, cue))).toEqual(['have warned', 'called for']);
  });
});

describe('withoutProductRecalls', () => {
  it('drops a recall of goods and keeps a recall of memory', () => {
    const doc = tokenized(
      'He did not recall the dinner. Kestrel Motors is recalling nearly 120,000 vehicles. She recalled that the vote was close. Orla is recalling small, blue baby bottles.',
    );
    const cues = [
      cueOn(doc, 'recalling'),
      cueOn(doc, 'recall'),
      cueOn(doc, 'recalled'),
      cueOn(doc, 'recalling', doc.text.indexOf('Orla')),
    ];
    const kept = withoutProductRecalls(doc, cues);
    expect(kept.map((cue) => textOf(doc, cue))).toEqual(['recall', 'recalled']);
  });
});

describe('withoutEpithetParticiples', () => {
  it('drops noted as an epithet before a speaker, and keeps it as a verb or a fronted cue', () => {
    const doc = tokenized(
      'Noted historian Paul Amsel said the move was overdue. The noted economist Ruth Kemp warned of a slump. Kemp noted that rents rose. The report noted Senate Democrats opposed the bill. Noted Mayor Lena Ruiz: "We are ready."',
    );
    const cues = [
      'Noted historian',
      'said',
      'noted economist',
      'warned',
      'noted that',
      'noted Senate',
      'opposed',
      'Noted Mayor',
    ].map((words) => {
      const cue = cueOn(doc, words);
      return { ...cue, end: cue.first + 1 };
    });
    const kept = withoutEpithetParticiples(doc, cues);
    expect(kept.map((cue) => textOf(doc, cue))).toEqual(['said', 'warned', 'noted', 'noted', 'opposed', 'Noted']);
  });
});

describe('withoutRelayParticiples', () => {
  it('drops the participle through which an outlet passed on the words, and keeps a quoted with a subject', () => {
    const doc = tokenized(
      'An official quoted by the Ledger said the talks had stalled. The paper quoted by name only one official. Ruiz was quoted by the paper.',
    );
    const cues = [
      cueOn(doc, 'quoted by the Ledger'),
      cueOn(doc, 'said'),
      cueOn(doc, 'quoted by name'),
      cueOn(doc, 'quoted by the paper'),
    ].map((cue) => ({ ...cue, end: cue.first + 1 }));
    const kept = withoutRelayParticiples(doc, cues);
    expect(
      kept.map((cue) => doc.text.slice(doc.need('tokens').start[cue.first], doc.need('tokens').end[cue.first])),
    ).toEqual(['said', 'quoted', 'quoted']);
  });
});

describe('withoutSettingNouns', () => {
  it("drops the noun of a speech verb's setting taken for a cue, and keeps a verb there or a noun elsewhere", () => {
    const text = [
      '"It is a bold bet," Okafor said in a phone interview. "It may fail."',
      'Ruiz wrote in an email that the deal was off.',
      'Hale said in a statement announcing the sale that it was done.',
      'The interview showed that Hale was unsure.',
    ].join(' ');
    const { doc, view } = reading(text);
    const cues = [
      cueOn(doc, 'said'),
      cueOn(doc, 'phone interview'),
      cueOn(doc, 'wrote'),
      cueOn(doc, 'email'),
      cueOn(doc, 'said', text.indexOf('said in a statement')),
      cueOn(doc, 'announcing'),
      cueOn(doc, 'interview', text.indexOf('interview showed')),
      cueOn(doc, 'showed'),
    ];
    const kept = withoutSettingNouns(doc, cues, view);
    expect(kept.map((cue) => textOf(doc, cue))).toEqual(['said', 'wrote', 'said', 'announcing', 'interview', 'showed']);
  });
});

describe('withoutSummonsCues', () => {
  it('drops a passive called sent somewhere, and keeps one before a verb or an active one', () => {
    const text =
      'Officers were called to the shop at 7 p.m. The aide was called to testify. Ruiz called to the crowd to stay calm.';
    const doc = tokenized(text);
    const cues = [cueOn(doc, 'were called'), cueOn(doc, 'was called'), cueOn(doc, 'called to the crowd')].map(
      (cue, k) => (k === 2 ? { ...cue, end: cue.first + 1 } : cue),
    );
    expect(withoutSummonsCues(doc, cues).map((cue) => textOf(doc, cue))).toEqual(['was called', 'called']);
  });
});

describe('withoutPhoneCalls', () => {
  it('drops calls after phone, and keeps a call that is words said', () => {
    const text = 'The firm did not answer phone calls seeking comment. Ruiz calls the plan a scam.';
    const doc = tokenized(text);
    const cues = [cueOn(doc, 'calls seeking'), cueOn(doc, 'calls the')].map((cue) => ({ ...cue, end: cue.first + 1 }));
    expect(withoutPhoneCalls(doc, cues).map((cue) => textOf(doc, cue))).toEqual(['calls']);
    expect(withoutPhoneCalls(doc, cues)[0].first).toBe(cues[1].first);
  });
});

describe('withoutAddingTo', () => {
  it('drops adding to a thing, and keeps adding to people or adding that', () => {
    const text =
      'Output fell, the agency said, adding to signs of a slowdown. The mayor spoke, adding to reporters that no cuts were planned. Hale agreed, adding that it was late.';
    const { doc, view } = reading(text);
    const cues = [cueOn(doc, 'adding to signs'), cueOn(doc, 'adding to reporters'), cueOn(doc, 'adding that')].map(
      (cue) => ({ ...cue, end: cue.first + 1 }),
    );
    expect(withoutAddingTo(doc, cues, view).map((cue) => cue.first)).toEqual([cues[1].first, cues[2].first]);
  });
});

describe('withoutMoneyClaims', () => {
  it('drops a claim of money, and keeps a claim of responsibility or of a fact', () => {
    const doc = tokenized(
      'He had claimed thousands of pounds in expenses. The group claimed responsibility. Ruiz claimed it cost 5 dollars.',
    );
    const cues = [cueOn(doc, 'claimed'), cueOn(doc, 'claimed responsibility'), cueOn(doc, 'claimed it')].map((cue) => ({
      ...cue,
      end: cue.first + 1,
    }));
    expect(withoutMoneyClaims(doc, cues)).toEqual([cues[1], cues[2]]);
  });
});

describe('withoutMastheadCues', () => {
  it("drops a masthead word inside an outlet's name, and keeps the verb", () => {
    const doc = tokenized('Hoek told The Calder Herald that it was over. Critics herald the plan.');
    const kept = withoutMastheadCues(doc, [cueOn(doc, 'told'), cueOn(doc, 'Herald'), cueOn(doc, 'herald')]);
    expect(kept.map((cue) => textOf(doc, cue))).toEqual(['told', 'herald']);
  });
});

describe('withoutNamingParticiples', () => {
  it('drops a participle that names the noun before it, and keeps called and named with a subject', () => {
    const doc = textPipeline.run(
      new Doc(
        [
          'Residents formed a new tenants group called the Harbor Street Alliance, the paper said.',
          'The levy, known as the Clean Water Charge, pays for pipes.',
          'A trade newsletter called "Port Week" reported the sale.',
          'One councillor called Mayor Ortiz a liar.',
          'A neighbor called Ortiz "a menace."',
          'Ann Lee, a former aide, called "a disgrace" what the mayor did.',
          'Ann Lee, a former aide, called Ben Cole on Friday.',
          'The board named Ben Cole as its chair.',
        ].join(' '),
        'story.txt',
      ),
    );
    const view = buildTokenView(doc, loadModel().lexicon);
    // The participle (and `as` of `known as`) at the start of each context.
    const participle = (context: string): CueSpan => {
      const { first } = cueOn(doc, context);
      return { first, end: context.startsWith('known as') ? first + 2 : first + 1, margin: 1 };
    };
    const contexts = [
      'called the Harbor',
      'known as the Clean',
      'called "Port',
      'called Mayor',
      'called Ortiz',
      'called "a disgrace',
      'called Ben',
      'named Ben',
    ];
    const kept = withoutNamingParticiples(doc, contexts.map(participle), view);
    expect(kept.map((cue) => contexts[contexts.map(participle).findIndex((c) => c.first === cue.first)])).toEqual([
      'called Mayor',
      'called Ortiz',
      'called "a disgrace',
      'called Ben',
      'named Ben',
    ]);
  });
});

describe('takeInAuxiliaries', () => {
  it('takes the auxiliaries and adverbs before a cue verb into the cue, past not', () => {
    const doc = tokenized(
      'The union has also announced a strike. Officials have vigorously denied it. The mayor had not said why. The aide later wrote to him.',
    );
    const cues = takeInAuxiliaries(doc, [
      cueOn(doc, 'announced'),
      cueOn(doc, 'denied'),
      cueOn(doc, 'said'),
      cueOn(doc, 'wrote'),
    ]);
    expect(cues.map((cue) => textOf(doc, cue))).toEqual([
      'has also announced',
      'have vigorously denied',
      'had not said',
      'later wrote',
    ]);
  });

  it('walks back from a cue tagged from not or an adverb before its verb, but not from to', () => {
    const doc = tokenized('The office did not immediately respond. The board has to approve the plan.');
    const cues = takeInAuxiliaries(doc, [cueOn(doc, 'not immediately respond'), cueOn(doc, 'to approve')]);
    expect(cues.map((cue) => textOf(doc, cue))).toEqual(['did not immediately respond', 'to approve']);
  });

  it('leaves out an adverb that opens its own clause', () => {
    const doc = tokenized('When asked about the plan, the mayor said it works.');
    expect(takeInAuxiliaries(doc, [cueOn(doc, 'asked')]).map((cue) => textOf(doc, cue))).toEqual(['asked']);
  });

  it('leaves out a capitalized word opening the sentence that wink-nlp read as an adverb (a name)', () => {
    const doc = tokenized('Jolly said the plan works. Skyward declined to comment. So says the mayor.');
    const cues = takeInAuxiliaries(doc, [cueOn(doc, 'Jolly said'), cueOn(doc, 'declined'), cueOn(doc, 'So says')]);
    expect(cues.map((cue) => textOf(doc, cue))).toEqual(['said', 'declined', 'So says']);
  });

  it('leaves modals out, and cues that do not start on a verb alone', () => {
    const doc = tokenized('The board will have said so by then. According to the memo, it will announce cuts.');
    const according = cueOn(doc, 'According to');
    const cues = takeInAuxiliaries(doc, [cueOn(doc, 'said'), according, cueOn(doc, 'announce')]);
    expect(cues.map((cue) => textOf(doc, cue))).toEqual(['have said', 'According to', 'announce']);
  });
});

describe('mergeOverlappingCues', () => {
  it('makes one cue of an auxiliary and its verb tagged apart, as sure as the surer', () => {
    const doc = tokenized('The senator has not ignored the poll, and aides said so.');
    const completed = completeAuxiliaryCues(doc, [{ ...cueOn(doc, 'has not'), margin: 3 }], speechVerbs(doc));
    const verb = takeInAuxiliaries(doc, [{ ...cueOn(doc, 'ignored'), margin: 9 }]);
    const said = cueOn(doc, 'said');
    const cues = mergeOverlappingCues([...completed, ...verb, said]);
    expect(cues.map((cue) => [textOf(doc, cue), cue.margin])).toEqual([
      ['has not ignored', 9],
      ['said', 1],
    ]);
  });
});
