import { describe, expect, it } from 'vitest';
import { textPipeline } from '../../analyze.js';
import { Doc } from '../../core/index.js';
import { attributionItem } from '../../test-support/attribution.js';
import { loadModel } from '../model.js';
import { buildTokenView } from '../token-view.js';
import {
  assignParents,
  closedParentheticalParticiples,
  contentsAfterRelativeAsides,
  dropRepeatedContents,
  endBeforeOthersSentences,
  keepContentsInsideSources,
  layoutLabels,
  participleAfterReport,
  participleAsidesBeforeThat,
  participleSubject,
  quotationParagraphs,
  quotedAsSaying,
  raisedSubjects,
  reducedPassiveReports,
  relayedQuotations,
  sharedSubjectOfJoinedCue,
  sourcesBeforeInnerClauses,
  subjectBeforeParticipleAside,
  subjectOfJoinedVerb,
  subjectOfVerbBeforeJoinedCue,
  subjectsOfPassiveReports,
  subjectWithAsideOfJoinedVerb,
  withoutCrossingSpans,
  withoutFurnitureInContents,
  withoutLeadingBullets,
  withoutOthersSpeakers,
} from './document.js';

/** The document of `text`, the span of a phrase in it (from `from` on), and the text of spans. */
function reading(text: string) {
  const doc = textPipeline.run(new Doc(text, 'x'));
  const at = (phrase: string, from = 0) => {
    const start = text.indexOf(phrase, from);
    return { start, end: start + phrase.length };
  };
  const textOf = (spans: { start: number; end: number }[]) => spans.map((span) => text.slice(span.start, span.end));
  return { doc, at, textOf };
}

describe('dropRepeatedContents', () => {
  const span = (start: number, end: number) => ({ start, end });
  it('keeps the surer of two attributions with one content, and every other', () => {
    const said = attributionItem({ cue: [span(10, 14)], content: [span(20, 40)], confidence: 0.9 });
    const statement = attributionItem({ cue: [span(15, 19)], content: [span(20, 40)], confidence: 0.6 });
    const other = attributionItem({ cue: [span(50, 54)], content: [span(20, 41)], confidence: 0.5 });
    expect(dropRepeatedContents([statement, said, other])).toEqual([said, other]);
  });
});

describe('assignParents', () => {
  const span = (start: number, end: number) => ({ start, end });
  // 'Ames noted that Bryce appeared unsteady in the debate.' with `appeared` given the whole sentence.
  const noted = () =>
    attributionItem({ source: [span(0, 4)], cue: [span(5, 10)], content: [span(11, 54)], confidence: 0.9 });
  const appeared = () => attributionItem({ cue: [span(23, 31)], content: [span(0, 54)], confidence: 0.3 });

  it('nests an attribution in the one with the shortest content holding its cue', () => {
    const outer = attributionItem({ cue: [span(5, 10)], content: [span(11, 80)] });
    const middle = attributionItem({ cue: [span(20, 24)], content: [span(25, 60)] });
    const inner = attributionItem({ cue: [span(30, 34)], content: [span(35, 50)] });
    const attributions = [outer, middle, inner];
    assignParents(attributions);
    expect(attributions.map((a) => a.parent)).toEqual([null, 0, 1]);
  });

  it('never nests two attributions in each other: the surer is the outer one', () => {
    const attributions = [noted(), appeared()];
    assignParents(attributions);
    expect(attributions.map((a) => a.parent)).toEqual([null, 0]);
    const reversed = [{ ...appeared(), confidence: 0.95 }, noted()];
    assignParents(reversed);
    expect(reversed.map((a) => a.parent)).toEqual([null, 0]);
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

describe('contentsAfterRelativeAsides', () => {
  const text = 'According to the Harbor Gazette, which cited two dock workers, the cranes failed twice.';
  const { doc, at, textOf } = reading(text);
  const according = () =>
    attributionItem({
      source: [at('the Harbor Gazette')],
      cue: [at('According to')],
      content: [{ start: at('which').start, end: at('twice').end }],
    });

  it('starts a content after a relative clause on its source that is an attribution of its own', () => {
    const outer = according();
    const cited = attributionItem({ source: [at('which')], cue: [at('cited')], content: [at('two dock workers')] });
    contentsAfterRelativeAsides(doc, [outer, cited]);
    expect(textOf(outer.content)).toEqual(['the cranes failed twice']);
  });

  it("ends the clause's own content at its comma when it ran on into the main clause", () => {
    const outer = according();
    const cited = attributionItem({
      source: [at('which')],
      cue: [at('cited')],
      content: [{ start: at('two dock workers').start, end: at('the cranes').end }],
    });
    contentsAfterRelativeAsides(doc, [outer, cited]);
    expect(textOf(cited.content)).toEqual(['two dock workers']);
    expect(textOf(outer.content)).toEqual(['the cranes failed twice']);
  });

  it('keeps a content whose opening clause holds no attribution', () => {
    const outer = according();
    contentsAfterRelativeAsides(doc, [outer]);
    expect(textOf(outer.content)).toEqual(['which cited two dock workers, the cranes failed twice']);
  });
});

describe('sourcesBeforeInnerClauses', () => {
  const text = '"We will appeal," said Tom Barkley, who said he had expected the ruling, and Ana Ruiz, a lawyer.';
  const { doc, at, textOf } = reading(text);

  it('ends a source before a relative clause that holds another cue', () => {
    const outer = attributionItem({
      source: [{ start: at('Tom').start, end: at('ruling').end }],
      cue: [at('said')],
      content: [at('We will appeal')],
    });
    const inner = attributionItem({ source: [at('who')], cue: [at('said', 20)], content: [at('he had expected')] });
    sourcesBeforeInnerClauses(doc, [outer, inner]);
    expect(textOf(outer.source)).toEqual(['Tom Barkley']);
  });

  it('keeps a relative clause with no cue in it, and a source the other cue lies past', () => {
    const outer = attributionItem({
      source: [{ start: at('Tom').start, end: at('ruling').end }],
      cue: [at('said')],
      content: [at('We will appeal')],
    });
    const elsewhere = attributionItem({ source: [at('Ana Ruiz')], cue: [at('a lawyer')], content: [at('We will')] });
    sourcesBeforeInnerClauses(doc, [outer, elsewhere]);
    expect(textOf(outer.source)).toEqual(['Tom Barkley, who said he had expected the ruling']);
  });
});

describe('withoutCrossingSpans', () => {
  const text = 'Voters asked whether the plan would pass, 46 percent of voters said no, the poll found.';
  const { doc, at, textOf } = reading(text);

  it('ends a content before a surer attribution span it ran into', () => {
    const asked = attributionItem({
      cue: [at('asked')],
      content: [{ start: at('whether').start, end: at('46 percent').end }],
      confidence: 0.5,
    });
    const said = attributionItem({ source: [at('46 percent of voters')], cue: [at('said')], content: [at('no')] });
    expect(withoutCrossingSpans(doc, [asked, said])).toEqual([asked, said]);
    expect(textOf(asked.content)).toEqual(['whether the plan would pass']);
    expect(textOf(said.source)).toEqual(['46 percent of voters']);
  });

  it('starts a less sure span after the content it crossed', () => {
    const asked = attributionItem({ cue: [at('asked')], content: [at('whether the plan would pass')] });
    const said = attributionItem({
      source: [{ start: at('plan').start, end: at('46 percent of voters').end }],
      cue: [at('said')],
      content: [at('no')],
      confidence: 0.5,
    });
    withoutCrossingSpans(doc, [asked, said]);
    expect(textOf(said.source)).toEqual(['46 percent of voters']);
  });

  it("runs a content left with a bare `that` on over the clause of a surer speaker's attribution", () => {
    const told = reading('Two aides told the paper that the minister, Ilse Marten, had argued against the ban.');
    const tellers = told.at('Two aides');
    const that = told.at('that the minister');
    const toldAttribution = attributionItem({
      source: [tellers],
      cue: [told.at('told')],
      content: [that],
      confidence: 0.4,
    });
    const argued = attributionItem({
      source: [told.at('the minister, Ilse Marten')],
      cue: [told.at('had argued against')],
      content: [told.at('the ban')],
      confidence: 0.8,
    });
    withoutCrossingSpans(told.doc, [toldAttribution, argued]);
    expect(told.textOf(toldAttribution.content)).toEqual([
      'that the minister, Ilse Marten, had argued against the ban',
    ]);
    expect(told.textOf(argued.source)).toEqual(['the minister, Ilse Marten']);
  });

  it('lets a content holding another cue take in the rest of that attribution', () => {
    const found = attributionItem({ cue: [at('found')], content: [at('46 percent of voters said no')] });
    const said = attributionItem({
      source: [at('46 percent of voters')],
      cue: [at('said')],
      content: [at('no, the poll')],
    });
    withoutCrossingSpans(doc, [found, said]);
    expect(textOf(found.content)).toEqual(['46 percent of voters said no, the poll']);
    expect(textOf(said.content)).toEqual(['no, the poll']);
  });
});

describe('endBeforeOthersSentences', () => {
  const text =
    '"The numbers speak for themselves," the commissioner said, adding that the league would keep its smaller teams. "They are the heart of this sport." She left. "And they will stay," he added.';

  it("ends a content that ran over its sentence's end into another attribution's quotation", () => {
    const { doc, at, textOf } = reading(text);
    const said = attributionItem({
      source: [at('the commissioner')],
      cue: [at('said')],
      content: [at('"The numbers speak for themselves,"'), at('"They are the heart of this sport."')],
      confidence: 0.9,
    });
    const adding = attributionItem({
      source: [at('the commissioner')],
      cue: [at('adding')],
      content: [at('that the league would keep its smaller teams. "They are the heart of this sport."')],
      confidence: 0.6,
    });
    endBeforeOthersSentences(doc, [said, adding]);
    expect(textOf(adding.content)).toEqual(['that the league would keep its smaller teams']);
    expect(textOf(said.content)).toEqual([
      '"The numbers speak for themselves,"',
      '"They are the heart of this sport."',
    ]);
  });

  it('leaves a quotation that carries on with And, and a piece in the same sentence, alone', () => {
    const { doc, at, textOf } = reading(text);
    const left = attributionItem({
      cue: [at('left')],
      content: [at('She left. "And they will stay,"')],
      confidence: 0.4,
    });
    const added = attributionItem({ source: [at('he')], cue: [at('added')], content: [at('"And they will stay,"')] });
    const adding = attributionItem({
      cue: [at('adding')],
      content: [at('that the league would keep its smaller teams')],
      confidence: 0.4,
    });
    const keep = attributionItem({ cue: [at('said')], content: [at('its smaller teams')], confidence: 0.9 });
    endBeforeOthersSentences(doc, [left, added, adding, keep]);
    expect(textOf(left.content)).toEqual(['She left. "And they will stay,"']);
    expect(textOf(adding.content)).toEqual(['that the league would keep its smaller teams']);
  });
});

describe('withoutOthersSpeakers', () => {
  it("ends a content before the joining word of another attribution's clause it ran into", () => {
    const { doc, at, textOf } = reading(
      'The poll showed that most voters distrust the plan, and 40 percent said it would fail.',
    );
    const showed = attributionItem({
      cue: [at('showed')],
      content: [at('that most voters distrust the plan, and 40 percent')],
    });
    const said = attributionItem({ source: [at('40 percent')], cue: [at('said')], content: [at('it would fail')] });
    withoutOthersSpeakers(doc, [showed, said]);
    expect(textOf(showed.content)).toEqual(['that most voters distrust the plan']);
  });

  it('takes in the whole of another attribution whose speaker it ended on with no joining word', () => {
    const { doc, at, textOf } = reading('Hale writes: The report mentions neither mayor by name.');
    const writes = attributionItem({ source: [at('Hale')], cue: [at('writes:')], content: [at('The report')] });
    const mentions = attributionItem({
      source: [at('The report')],
      cue: [at('mentions')],
      content: [at('neither mayor by name')],
    });
    withoutOthersSpeakers(doc, [writes, mentions]);
    expect(textOf(writes.content)).toEqual(['The report mentions neither mayor by name']);
  });

  it("leaves a subject the two share alone when the other is said within the content's later piece", () => {
    const { doc, at, textOf } = reading('Kessler is understood to have agreed terms with the club.');
    const understood = attributionItem({
      cue: [at('is understood')],
      content: [at('Kessler'), at('to have agreed terms with the club')],
    });
    const agreed = attributionItem({
      source: [at('Kessler')],
      cue: [at('agreed')],
      content: [at('terms with the club')],
    });
    withoutOthersSpeakers(doc, [understood, agreed]);
    expect(textOf(understood.content)).toEqual(['Kessler', 'to have agreed terms with the club']);
  });

  it("ends a content before the other's quotation that comes before its speaker", () => {
    const { doc, at, textOf } = reading('The aide told reporters the talks had failed: "We tried," he told them.');
    const told = attributionItem({ cue: [at('told')], content: [at('the talks had failed: "We tried," he')] });
    const he = at('he told').start;
    const quoted = attributionItem({
      source: [{ start: he, end: he + 2 }],
      cue: [at('told them')],
      content: [at('"We tried,"')],
    });
    withoutOthersSpeakers(doc, [told, quoted]);
    expect(textOf(told.content)).toEqual(['the talks had failed']);
  });

  it('leaves a content that holds the other cue too, or none of the other speaker', () => {
    const { doc, at, textOf } = reading('Hale said the mayor claimed victory, and aides cheered.');
    const said = attributionItem({
      source: [at('Hale')],
      cue: [at('said')],
      content: [at('the mayor claimed victory')],
    });
    const claimed = attributionItem({ source: [at('the mayor')], cue: [at('claimed')], content: [at('victory')] });
    withoutOthersSpeakers(doc, [said, claimed]);
    expect(textOf(said.content)).toEqual(['the mayor claimed victory']);
  });
});

describe('closedParentheticalParticiples', () => {
  it("ends a participle's content at the comma that closes it, and gives the verb after it the participle's source", () => {
    const text =
      'The Harbor Courier, citing two people close to the talks, reported that the board had voted. Lee said, citing the budget, that fares would rise.';
    const { doc, at, textOf } = reading(text);
    const citing = attributionItem({
      source: [at('The Harbor Courier')],
      cue: [at('citing')],
      content: [at('two people close to the talks, reported that the board had voted')],
    });
    const reported = attributionItem({
      source: [at('two people close to the talks')],
      cue: [at('reported')],
      content: [at('that the board had voted')],
    });
    // `said, citing ...`: no verb follows the participle's clause, so nothing changes.
    const said = attributionItem({ source: [at('Lee')], cue: [at('said')], content: [at('that fares would rise')] });
    const second = attributionItem({
      source: [at('Lee')],
      cue: [at('citing', 100)],
      content: [at('the budget, that fares would rise')],
    });
    closedParentheticalParticiples(doc, [citing, reported, said, second]);
    expect(textOf(citing.content)).toEqual(['two people close to the talks']);
    expect(textOf(reported.source)).toEqual(['The Harbor Courier']);
    expect(textOf(second.content)).toEqual(['the budget, that fares would rise']);
    expect(textOf(said.source)).toEqual(['Lee']);
  });
});

describe('quotedAsSaying', () => {
  it("adds the quoted person's own attribution inside the outlet's, and nothing for other contents", () => {
    const text =
      'The Courier quoted Mayor Lena Ortiz, a Democrat, as saying that the city "cannot keep paying." The Courier said the city was broke.';
    const { doc, at, textOf } = reading(text);
    const quoted = attributionItem({
      source: [at('The Courier')],
      cue: [at('quoted')],
      content: [at('Mayor Lena Ortiz, a Democrat, as saying that the city "cannot keep paying."')],
    });
    const said = attributionItem({
      source: [at('The Courier', 10)],
      cue: [at('said')],
      content: [at('the city was broke')],
    });
    const all = quotedAsSaying(doc, buildTokenView(doc, loadModel().lexicon), [quoted, said]);
    expect(all).toHaveLength(3);
    const hers = all[1];
    expect(textOf(hers.source)).toEqual(['Mayor Lena Ortiz, a Democrat']);
    expect(textOf(hers.cue)).toEqual(['as saying']);
    expect(textOf(hers.content)).toEqual(['the city "cannot keep paying."']);
    expect(hers.kind).toBe('mixed');
    expect(all[0]).toBe(quoted);
    expect(all[2]).toBe(said);
  });

  it('calls words wholly inside quotation marks direct: the marks are no unquoted words', () => {
    const text = 'The Courier quoted Ortiz as saying "We will not close the clinic."';
    const { doc, at } = reading(text);
    const quoted = attributionItem({
      source: [at('The Courier')],
      cue: [at('quoted')],
      content: [at('Ortiz as saying "We will not close the clinic."')],
    });
    const [, hers] = quotedAsSaying(doc, buildTokenView(doc, loadModel().lexicon), [quoted]);
    expect(hers.kind).toBe('direct');
  });
});

describe('relayedQuotations', () => {
  it("gives a quotation tagged before `, according to` its speaker's attribution inside the outlet's", () => {
    const text =
      '"We have the votes," Senator Paul Okafor said, according to the Ledger. "No," Lee said, according to aides.';
    const { doc, at, textOf } = reading(text);
    const ledger = attributionItem({
      source: [at('the Ledger')],
      cue: [at('according to')],
      content: [at('"We have the votes," Senator Paul Okafor said')],
    });
    // The second quotation's tag already has an attribution: nothing is added for it.
    const lee = attributionItem({ source: [at('Lee')], cue: [at('said', 60)], content: [at('"No,"')] });
    const aides = attributionItem({
      source: [at('aides')],
      cue: [at('according to', 60)],
      content: [at('"No," Lee said')],
    });
    const all = relayedQuotations(doc, [ledger, lee, aides]);
    expect(all).toHaveLength(4);
    const his = all[0];
    expect(textOf(his.source)).toEqual(['Senator Paul Okafor']);
    expect(textOf(his.cue)).toEqual(['said']);
    expect(textOf(his.content)).toEqual(['"We have the votes,"']);
    expect(his.kind).toBe('direct');
    expect(all.slice(1)).toEqual([ledger, lee, aides]);
  });

  it('adds nothing where no `according to` attribution holds the quotation', () => {
    const text = '"We have the votes," Okafor said, according to the Ledger.';
    const { doc } = reading(text);
    expect(relayedQuotations(doc, [])).toEqual([]);
  });
});

describe('quotationParagraphs', () => {
  it('adds a paragraph that is one quotation, with no cue, to the words of the attribution before it', () => {
    const text = [
      '"It reached our street," Lindqvist told reporters.',
      '"The smoke was so thick we could not see the fence."',
      '"We left at midnight."',
      'Fire officials said the blaze was contained.',
      '"We expect rain," a spokesman said.',
    ].join('\n\n');
    const { doc, at, textOf } = reading(text);
    const hers = attributionItem({
      source: [at('Lindqvist')],
      cue: [at('told')],
      content: [at('"It reached our street,"')],
      kind: 'direct',
    });
    const officials = attributionItem({
      source: [at('Fire officials')],
      cue: [at('said')],
      content: [at('the blaze was contained')],
    });
    const spokesman = attributionItem({
      source: [at('a spokesman')],
      cue: [at('said', text.indexOf('rain'))],
      content: [at('"We expect rain,"')],
    });
    quotationParagraphs(doc, [hers, officials, spokesman]);
    expect(textOf(hers.content)).toEqual([
      '"It reached our street,"',
      '"The smoke was so thick we could not see the fence."',
      '"We left at midnight."',
    ]);
    expect(hers.kind).toBe('direct');
    // A quotation tagged with its own cue stays that speaker's alone.
    expect(textOf(officials.content)).toEqual(['the blaze was contained']);
    expect(textOf(spokesman.content)).toEqual(['"We expect rain,"']);
  });
});

describe('participleAsidesBeforeThat', () => {
  it("ends an aside's content at the comma before the verb's that-clause", () => {
    const text = 'The Ledger reported, citing a leaked assessment, that the strikes destroyed two depots.';
    const { doc, at, textOf } = reading(text);
    const reported = attributionItem({
      source: [at('The Ledger')],
      cue: [at('reported')],
      content: [at('that the strikes destroyed two depots')],
    });
    const citing = attributionItem({
      source: [at('The Ledger')],
      cue: [at('citing')],
      content: [at('a leaked assessment, that the strikes destroyed two depots')],
    });
    participleAsidesBeforeThat(doc, [reported, citing]);
    expect(textOf(citing.content)).toEqual(['a leaked assessment']);
    expect(textOf(reported.content)).toEqual(['that the strikes destroyed two depots']);
  });
});

describe('layoutLabels', () => {
  it("gives a fact-check's claim to the name after the dash, and drops a label with none", () => {
    const text = 'FACT CHECK: Did crime really fall?\n\nCLAIM: "Crime has dropped 40 percent." — Mayor Carol Dunmore';
    const { doc, at, textOf } = reading(text);
    const heading = attributionItem({
      source: [at('FACT CHECK')],
      cue: [at(':')],
      content: [at('Did crime really fall?')],
    });
    const claim = attributionItem({
      source: [at('CLAIM')],
      cue: [at(':', text.indexOf('CLAIM'))],
      content: [at('"Crime has dropped 40 percent."')],
    });
    const kept = layoutLabels(doc, [heading, claim]);
    expect(kept).toEqual([claim]);
    expect(textOf(claim.source)).toEqual(['Mayor Carol Dunmore']);
  });
});

describe('subjectBeforeParticipleAside', () => {
  it('gives a cue after a participle aside the subject before the aside, not a noun inside it', () => {
    const text =
      'Danvers, speaking to reporters outside the Treasury, said polls were wrong. Lee, tired, said so. The mayor said, standing outside, that he would stay.';
    const { doc, at, textOf } = reading(text);
    const said = attributionItem({
      source: [at('the Treasury')],
      cue: [at('said')],
      content: [at('polls were wrong')],
    });
    const tired = attributionItem({ source: [at('Lee')], cue: [at('said', 80)], content: [at('so')] });
    subjectBeforeParticipleAside(doc, [said, tired]);
    expect(textOf(said.source)).toEqual(['Danvers']);
    expect(textOf(tired.source)).toEqual(['Lee']);
  });

  it('reads past an aside as long as a reason for anonymity', () => {
    const text =
      'Two delegates, speaking on condition of anonymity because they were not authorized to talk to the media, said the targets would stay.';
    const { doc, at, textOf } = reading(text);
    const said = attributionItem({
      source: [at('the media')],
      cue: [at('said')],
      content: [at('the targets would stay')],
    });
    subjectBeforeParticipleAside(doc, [said]);
    expect(textOf(said.source)).toEqual(['Two delegates']);
  });
});

describe('subjectOfJoinedVerb', () => {
  it('gives a cue joined by and to a verb that is no cue the subject of that verb, not its object', () => {
    const text = 'He congratulated Ferrand and said he would stay. It hit Ortiz and said so.';
    const { doc, at, textOf } = reading(text);
    const said = attributionItem({ source: [at('Ferrand')], cue: [at('said')], content: [at('he would stay')] });
    const hit = attributionItem({ source: [at('Ortiz')], cue: [at('said', 40)], content: [at('so')] });
    subjectOfJoinedVerb(doc, [said, hit]);
    expect(textOf(said.source)).toEqual(['He']);
    expect(textOf(hit.source)).toEqual(['Ortiz']);
  });
});

describe('subjectWithAsideOfJoinedVerb', () => {
  const sourceOf = (text: string, object: string) => {
    const { doc, at, textOf } = reading(text);
    const found = attributionItem({ source: [at(object)], cue: [at('found')], content: [at('that')] });
    subjectWithAsideOfJoinedVerb(doc, [found]);
    return textOf(found.source).join();
  };

  it("gives a cue joined by `, and` the first verb's subject with its aside, not the object's end", () => {
    expect(
      sourceOf(
        'The researchers, led by Dr. Ana Rao, studied two trials of the drug, Pellora, and found that it helped.',
        'Pellora',
      ),
    ).toBe('The researchers, led by Dr. Ana Rao');
  });

  it('leaves a source when no aside follows the subject, or a verb lies in what the first verb took', () => {
    expect(sourceOf('The researchers studied the drug, Pellora, and found that it helped.', 'Pellora')).toBe('Pellora');
    expect(
      sourceOf('The researchers, led by Dr. Ana Rao, said trials showed Pellora and found that it helped.', 'Pellora'),
    ).toBe('Pellora');
  });
});

describe('subjectOfVerbBeforeJoinedCue', () => {
  const text =
    'The central bank kept its main rate at 4.25 percent on Thursday but signalled that cuts could come. Officials met the mayor, who was tired, and said he would sign.';

  it("gives a cue joined by but or and to a verb that is no cue that verb's subject", () => {
    const { doc, at, textOf } = reading(text);
    const signalled = attributionItem({
      source: [at('percent')],
      cue: [at('signalled')],
      content: [at('that cuts could come')],
    });
    const bare = attributionItem({ cue: [at('signalled')], content: [at('that cuts could come')] });
    subjectOfVerbBeforeJoinedCue(doc, [signalled, bare]);
    expect(textOf(signalled.source)).toEqual(['The central bank']);
    expect(textOf(bare.source)).toEqual(['The central bank']);
  });

  it('leaves a cue after a clause with punctuation or a verb of its own alone', () => {
    const { doc, at, textOf } = reading(text);
    const said = attributionItem({ source: [at('the mayor')], cue: [at('said')], content: [at('he would sign')] });
    subjectOfVerbBeforeJoinedCue(doc, [said]);
    expect(textOf(said.source)).toEqual(['the mayor']);
  });
});

describe('sharedSubjectOfJoinedCue', () => {
  /** The source the joined cue `cue` ends with, when the tagger gave it `source`. */
  const sourceAfter = (text: string, cue: string, source: string | null) => {
    const { doc, at, textOf } = reading(text);
    const said = attributionItem({ source: [at('Lazar')], cue: [at('said')], content: [at('he welcomed')] });
    const joined = attributionItem({ source: source ? [at(source)] : [], cue: [at(cue)], content: [at('that he')] });
    sharedSubjectOfJoinedCue(doc, [said, joined]);
    return textOf(joined.source).join();
  };

  it('gives a cue joined by and the source of the earlier cue in its sentence', () => {
    const text = 'Lazar said he welcomed extradition to the United States and added that he would plead.';
    expect(sourceAfter(text, 'added', 'the United States')).toBe('Lazar');
  });

  it('gives a joined cue with no source the earlier one, unless it is passive', () => {
    const text = 'Lazar said he welcomed extradition to the United States and added that he would plead.';
    expect(sourceAfter(text, 'added', null)).toBe('Lazar');
    const passive = 'Lazar said he welcomed extradition and was told that he would be tried.';
    expect(sourceAfter(passive, 'was told', null)).toBe('');
  });

  it('does the same for a cue joined by but', () => {
    const text = 'Lazar said he welcomed extradition to the United States but added that he would fight.';
    expect(sourceAfter(text, 'added', 'the United States')).toBe('Lazar');
  });

  it('does the same for a participle after a comma', () => {
    const text = 'Lazar said he welcomed extradition to the United States, adding that he would plead.';
    expect(sourceAfter(text, 'adding', 'the United States')).toBe('Lazar');
  });

  it("replaces a participle's source that ran back over words before the earlier source", () => {
    const text = 'Regulators opened an inquiry into Harlow Brothers, the Midwest Journal reported, citing two people.';
    const { doc, at, textOf } = reading(text);
    const reported = attributionItem({
      source: [at('the Midwest Journal')],
      cue: [at('reported')],
      content: [at('Regulators opened an inquiry into Harlow Brothers')],
    });
    const citing = attributionItem({
      source: [at('Harlow Brothers, the Midwest Journal')],
      cue: [at('citing')],
      content: [at('two people')],
    });
    sharedSubjectOfJoinedCue(doc, [reported, citing]);
    expect(textOf(citing.source)).toEqual(['the Midwest Journal']);
  });

  it("replaces a participle's source that is a piece of the earlier source", () => {
    const text = 'Kemi Obuya, chief economist at Harbour Capital, said the plan was credible, adding that it was late.';
    const { doc, at, textOf } = reading(text);
    const said = attributionItem({
      source: [at('Kemi Obuya, chief economist at Harbour Capital')],
      cue: [at('said')],
      content: [at('the plan was credible')],
    });
    const adding = attributionItem({ source: [at('chief')], cue: [at('adding')], content: [at('that it was late')] });
    sharedSubjectOfJoinedCue(doc, [said, adding]);
    expect(textOf(adding.source)).toEqual(['Kemi Obuya, chief economist at Harbour Capital']);
  });

  it("replaces a joined cue's source that is the opening of the earlier source, not one at its end", () => {
    const text = 'Its defence ministry said no aircraft crossed the border and called the claim baseless.';
    const { doc, at, textOf } = reading(text);
    const said = attributionItem({
      source: [at('Its defence ministry')],
      cue: [at('said')],
      content: [at('no aircraft crossed the border')],
    });
    const called = attributionItem({ source: [at('Its')], cue: [at('called')], content: [at('the claim baseless')] });
    sharedSubjectOfJoinedCue(doc, [said, called]);
    expect(textOf(called.source)).toEqual(['Its defence ministry']);

    const other = reading('Reform of the system and he pledged change and said the party would win.');
    const pledged = attributionItem({
      source: [other.at('Reform of the system and he')],
      cue: [other.at('pledged')],
      content: [other.at('change')],
    });
    const saidAfter = attributionItem({
      source: [other.at('he')],
      cue: [other.at('said')],
      content: [other.at('the party would win')],
    });
    sharedSubjectOfJoinedCue(other.doc, [pledged, saidAfter]);
    expect(other.textOf(saidAfter.source)).toEqual(['he']);
  });

  it('leaves a cue of a clause of its own alone', () => {
    const text = 'Lazar said he welcomed extradition to the United States, but officials added that he lied.';
    expect(sourceAfter(text, 'added', 'officials')).toBe('officials');
  });

  it('takes no source from a colon cue, which has no verb to join', () => {
    const { doc, at, textOf } = reading('A: I came home and a neighbor came in and told me they had gone.');
    const turn = attributionItem({ source: [at('A')], cue: [at(':')], content: [at('I came home')] });
    const told = attributionItem({ source: [at('a neighbor')], cue: [at('told')], content: [at('they had gone')] });
    sharedSubjectOfJoinedCue(doc, [turn, told]);
    expect(textOf(told.source)).toEqual(['a neighbor']);
  });
});

describe('participleSubject', () => {
  const sourceOf = (text: string, cue: string) => {
    const { doc, at, textOf } = reading(text);
    const attribution = attributionItem({ cue: [at(cue)], content: [at('two')] });
    participleSubject(doc, [attribution]);
    return textOf(attribution.source).join();
  };

  it("gives a participle cue with no source its sentence's opening noun phrase", () => {
    expect(sourceOf('The port report listed the failures, citing two inspectors.', 'citing')).toBe('The port report');
  });

  it('reads a participle after a quotation closed by its comma', () => {
    expect(sourceOf('The board called the plan "unrealistic," citing two inspectors.', 'citing')).toBe('The board');
  });

  it('takes an inner `of` before a name into the subject', () => {
    expect(sourceOf('The Bank of Ardenne raised its rate, citing two inspectors.', 'citing')).toBe(
      'The Bank of Ardenne',
    );
    expect(sourceOf('Most of them left early, citing two inspectors.', 'citing')).toBe('');
  });

  it('reads the subject after a dateline, and past a day before the verb', () => {
    expect(
      sourceOf('MERRIVALE (Wire) — A federal judge on Thursday blocked the rules, citing two inspectors.', 'citing'),
    ).toBe('A federal judge');
  });

  it('gives a participle cue opening its sentence the subject after its clause, and ends the content there', () => {
    const { doc, at, textOf } = reading('Noting that the port had reopened, the minister said trade would recover.');
    const noting = attributionItem({ cue: [at('Noting')], content: [at('that the port had reopened, the minister')] });
    participleSubject(doc, [noting]);
    expect(textOf(noting.source)).toEqual(['the minister']);
    expect(textOf(noting.content)).toEqual(['that the port had reopened']);
  });

  it('leaves a sentence that opens otherwise alone', () => {
    expect(sourceOf('Last week, officials listed the failures, citing two inspectors.', 'citing')).toBe('');
  });
});

describe('raisedSubjects', () => {
  const subjectOf = (text: string, subject: string, cue: string) => {
    const { doc, at, textOf } = reading(text);
    const attribution = attributionItem({ cue: [at(cue)], content: [at(subject), at('to ')] });
    attribution.content[1] = { start: at('to ').start, end: text.length - 1 };
    raisedSubjects(doc, [attribution]);
    return textOf(attribution.content)[0];
  };

  it('keeps the subject alone before a verb of seeming with an infinitive after it', () => {
    expect(subjectOf('The vote came the same night she is expected to win.', 'the same night she', 'is expected')).toBe(
      'she',
    );
    expect(subjectOf('Aides worry that he seems to ignore the polls.', 'that he', 'seems')).toBe('he');
    expect(subjectOf('In a busy year expected to bring record turnout.', 'In a busy year', 'expected')).toBe(
      'a busy year',
    );
  });

  it('leaves a subject that is a whole noun phrase, or ends on an object pronoun', () => {
    expect(subjectOf('The new law appears to cost jobs.', 'The new law', 'appears')).toBe('The new law');
    expect(subjectOf('None of them seemed to fit the plan.', 'None of them', 'seemed')).toBe('None of them');
  });
});

describe('participleAfterReport', () => {
  const sourceOfParticiple = (text: string, reportSource: string, report: string, participle: string) => {
    const { doc, at, textOf } = reading(text);
    const reported = attributionItem({ source: [at(reportSource)], cue: [at(report)], content: [at('Harlow')] });
    const citing = attributionItem({ source: [at('Harlow')], cue: [at(participle)], content: [at('people')] });
    participleAfterReport(doc, [reported, citing]);
    return textOf(citing.source);
  };

  it("gives a participle after a report's cue (and its time words) the report's source", () => {
    expect(
      sourceOfParticiple(
        'Harlow is in talks, the Harbor Ledger reported on Tuesday, citing people familiar with the matter.',
        'the Harbor Ledger',
        'reported',
        'citing',
      ),
    ).toEqual(['the Harbor Ledger']);
  });

  it("gives a participle after an inverted report's speaker that report's source", () => {
    const text = 'Fares will not rise, said the transit chief, adding that the city would pay.';
    const { doc, at, textOf } = reading(text);
    const said = attributionItem({ source: [at('the transit chief')], cue: [at('said')], content: [at('Fares')] });
    const adding = attributionItem({ source: [at('Fares')], cue: [at('adding')], content: [at('that the city')] });
    participleAfterReport(doc, [said, adding]);
    expect(textOf(adding.source)).toEqual(['the transit chief']);
  });

  it('leaves it after a verb that is not one of saying or report', () => {
    expect(
      sourceOfParticiple(
        'Harlow made moves the board might appreciate, citing people who know him.',
        'the board',
        'appreciate',
        'citing',
      ),
    ).toEqual(['Harlow']);
  });
});

describe('reducedPassiveReports', () => {
  const read = (text: string, source: string, cue: string, content: string) => {
    const { doc, at, textOf } = reading(text);
    const attribution = attributionItem({ source: [at(source)], cue: [at(cue)], content: [at(content)] });
    reducedPassiveReports(doc, [attribution]);
    return [textOf(attribution.source), textOf(attribution.content)];
  };

  it('reads a noun before a participle of report and `to be` as what is reported, with no source', () => {
    expect(
      read(
        'The deal is close, with talks said to be at an advanced stage.',
        'talks',
        'said',
        'to be at an advanced stage',
      ),
    ).toEqual([[], ['talks', 'to be at an advanced stage']]);
  });

  it("reads an opening participle of report before `to be` as said of the main clause's subject", () => {
    const opening = (text: string) => {
      const { doc, at, textOf } = reading(text);
      const attribution = attributionItem({
        cue: [at('Said')],
        content: [{ start: at('to').start, end: text.length - 1 }],
      });
      reducedPassiveReports(doc, [attribution]);
      return [textOf(attribution.source), textOf(attribution.content)];
    };
    expect(opening('Said to be worth $2 billion, the firm will open three plants.')).toEqual([
      [],
      ['to be worth $2 billion', 'the firm'],
    ]);
    expect(opening('Said to be worth $2 billion, it will open three plants.')).toEqual([
      [],
      ['to be worth $2 billion'],
    ]);
  });

  it('leaves a speaker before an active verb alone', () => {
    expect(read('Officials said to expect delays.', 'Officials', 'said', 'to expect delays')).toEqual([
      ['Officials'],
      ['to expect delays'],
    ]);
    expect(read('Officials said to have patience.', 'Officials', 'said', 'to have patience')).toEqual([
      ['Officials'],
      ['to have patience'],
    ]);
  });
});

describe('subjectsOfPassiveReports', () => {
  const contentOf = (text: string, cue: string, source = '') => {
    const { doc, at, textOf } = reading(text);
    const to = at('to ', at(cue).end);
    const attribution = attributionItem({
      cue: [at(cue)],
      source: source ? [at(source)] : [],
      content: [{ start: to.start, end: text.length - 1 }],
    });
    subjectsOfPassiveReports(doc, [attribution]);
    return textOf(attribution.content);
  };

  it('puts the subject before a passive cue of report first in the content', () => {
    expect(contentOf('The firm is said to have offered a longer lease.', 'is said')).toEqual([
      'The firm',
      'to have offered a longer lease',
    ]);
    expect(contentOf('Two of the advisers were believed to favor a delay.', 'were believed')).toEqual([
      'Two of the advisers',
      'to favor a delay',
    ]);
  });

  it("takes in the whole subject where the tagger found a piece of it, but not a subject pronoun's phrase", () => {
    const { doc, at, textOf } = reading('The minister is said to be furious.');
    const said = attributionItem({ cue: [at('is said')], content: [at('The'), at('to be furious')] });
    subjectsOfPassiveReports(doc, [said]);
    expect(textOf(said.content)).toEqual(['The minister', 'to be furious']);
    const second = reading('It is a seat which he is said to covet.');
    const which = attributionItem({
      cue: [second.at('is said')],
      content: [second.at('which'), second.at('to covet')],
    });
    subjectsOfPassiveReports(second.doc, [which]);
    expect(second.textOf(which.content)).toEqual(['which', 'to covet']);
  });

  it('leaves cues with a source, active cues and other verbs alone', () => {
    expect(contentOf('Officials said the firm is said to have offered more.', 'is said', 'Officials')).toEqual([
      'to have offered more',
    ]);
    expect(contentOf('The firm wants to offer a longer lease.', 'wants')).toEqual(['to offer a longer lease']);
    expect(contentOf('The firm was asked to offer a longer lease.', 'was asked')).toEqual(['to offer a longer lease']);
  });
});

describe('withoutLeadingBullets', () => {
  it("starts a list item's source and content after its bullet", () => {
    const { doc, at, textOf } = reading(
      'Key points:\n• Whitlock said the clock starts Tuesday.\n• Talks resume, she said.',
    );
    const said = attributionItem({
      source: [at('• Whitlock')],
      cue: [at('said')],
      content: [at('the clock starts Tuesday')],
    });
    const she = attributionItem({
      source: [at('she')],
      cue: [at('said', at('she').start)],
      content: [at('• Talks resume')],
    });
    withoutLeadingBullets(doc, [said, she]);
    expect(textOf(said.source)).toEqual(['Whitlock']);
    expect(textOf(she.content)).toEqual(['Talks resume']);
  });
});

describe('withoutFurnitureInContents', () => {
  it('drops a content piece inside a time line and ends one that runs into it', () => {
    const { doc, at, textOf } = reading(
      'Singer and actor split after four years, rep confirms\n\nUpdated: 9:14 PM PST, April 2, 2026\n\nThe couple have separated.',
    );
    const confirms = attributionItem({
      source: [at('rep')],
      cue: [at('confirms')],
      content: [at('Singer and actor split after four years'), at('Updated')],
    });
    const runsOn = attributionItem({
      source: [at('rep')],
      cue: [at('confirms')],
      content: [{ start: 0, end: at('Updated: 9:14 PM').end }],
    });
    withoutFurnitureInContents(doc, [confirms, runsOn]);
    expect(textOf(confirms.content)).toEqual(['Singer and actor split after four years']);
    expect(textOf(runsOn.content)).toEqual(['Singer and actor split after four years, rep confirms']);
  });
});
