import { describe, expect, it } from 'vitest';
import { type AttributionLayerItem, Doc } from '../core/index.js';
import { attributionItem } from '../test-support/attribution.js';
import { entityOf, entityOf0, resolveWith, textStages, viaOf } from '../test-support/resolve-with.js';
import { endsWithOf, mergeSorted, resolveDocument } from './resolve.js';

describe('names and titles', () => {
  it('reads a titled name followed by an affiliation as the person, the title and affiliation as descriptor', () => {
    const doc = resolveWith(
      'Health economist Daniel Okoro of Westmarch University said prices rose. The chairman of the Harbor Authority said they would not. Okoro said so again.',
      [
        ['Health economist Daniel Okoro of Westmarch University', 'said', 'prices rose'],
        ['The chairman of the Harbor Authority', 'said', 'they would not'],
        ['Okoro', 'said', 'so again'],
      ],
    );
    const okoro = entityOf(doc, 0);
    expect(okoro).toMatchObject({ kind: 'person', name: 'Daniel Okoro' });
    expect(okoro?.descriptor).toBe('Health economist of Westmarch University');
    expect(entityOf(doc, 2)?.id).toBe(okoro?.id);
    expect(entityOf(doc, 1)?.name).toBe('The chairman of the Harbor Authority');
  });

  it('reads a titled name before a body named by its common noun as the person', () => {
    const doc = resolveWith('"It jumped the river," said Battalion Chief Rosa Delgado of the state fire agency.', [
      ['Battalion Chief Rosa Delgado of the state fire agency', 'said', '"It jumped the river,"'],
    ]);
    expect(entityOf(doc, 0)).toMatchObject({ kind: 'person', name: 'Rosa Delgado' });
    expect(entityOf(doc, 0)?.descriptor).toBe('Battalion Chief of the state fire agency');
  });

  it('reads a role word and a title before a name and an affiliation as the person, and Cllr as a title', () => {
    const doc = resolveWith(
      'Criminologist Dr. Arjun Mehta of Ashby State University said the figures misled. "It is a stretch," he said. Cllr Martin Greaves said so too.',
      [
        ['Criminologist Dr. Arjun Mehta of Ashby State University', 'said', 'the figures misled'],
        ['he', 'said', '"It is a stretch,"'],
        ['Cllr Martin Greaves', 'said', 'so too'],
      ],
    );
    expect(entityOf(doc, 0)).toMatchObject({ kind: 'person', name: 'Arjun Mehta' });
    expect(entityOf(doc, 1)?.id).toBe(entityOf(doc, 0)?.id);
    expect(entityOf(doc, 2)).toMatchObject({ kind: 'person', name: 'Martin Greaves' });
  });

  it('splits a constituency and MP off the member: "Tamsley MP Josephine Adair"', () => {
    const doc = resolveWith('Tamsley MP Josephine Adair said she would vote against.', [
      ['Tamsley MP Josephine Adair', 'said', 'she would vote against'],
    ]);
    expect(entityOf(doc, 0)).toMatchObject({ kind: 'person', name: 'Josephine Adair', descriptor: 'Tamsley MP' });
  });

  it('takes a capitalised role word off a name (Pensioner, Democrat), and a group in British spelling for no name', () => {
    const doc = resolveWith(
      'Pensioner Maureen Halloran said bills doubled. Democrat Hillary Clinton said so. Hillary Clinton said it again. Organisers said 900 came. Gov. Nathan Deal said no.',
      [
        ['Pensioner Maureen Halloran', 'said', 'bills doubled'],
        ['Democrat Hillary Clinton', 'said', 'so'],
        ['Hillary Clinton', 'said', 'it again'],
        ['Organisers', 'said', '900 came'],
        ['Gov. Nathan Deal', 'said', 'no'],
      ],
    );
    expect(entityOf(doc, 0)).toMatchObject({ kind: 'person', name: 'Maureen Halloran' });
    expect(entityOf(doc, 1)?.name).toBe('Hillary Clinton');
    expect(entityOf(doc, 2)?.id).toBe(entityOf(doc, 1)?.id);
    expect(entityOf(doc, 3)).toMatchObject({ kind: 'anonymous', named: false });
    expect(entityOf(doc, 4)).toMatchObject({ kind: 'person', name: 'Nathan Deal' });
  });

  it('takes a role word off a two-word name the list of given names lacks, but not off a title of a text', () => {
    const doc = resolveWith(
      'Manager Hanna Kowal said the squad was ready. The bureau mails its American Community Survey to households. The survey asks where residents were born.',
      [
        ['Manager Hanna Kowal', 'said', 'the squad was ready'],
        ['The survey', 'asks', 'where residents were born'],
      ],
    );
    expect(entityOf(doc, 0)).toMatchObject({ kind: 'person', name: 'Hanna Kowal' });
    expect(entityOf(doc, 1)?.name).toBe('American Community Survey');
  });

  it('reads a person named before the firm they work for as the person', () => {
    const doc = resolveWith('"It holds," said Phil Musser of the consulting firm IMGE.', [
      ['Phil Musser of the consulting firm IMGE', 'said', '"It holds,"'],
    ]);
    expect(entityOf(doc, 0)).toMatchObject({ kind: 'person', name: 'Phil Musser' });
  });

  it('takes a title ending in Attorney, Prosecutor or Councilwoman off the name', () => {
    const doc = resolveWith(
      'Assistant District Attorney Lionel Haverty said the case was strong. City Councilwoman Ada Ferris said it was not.',
      [
        ['Assistant District Attorney Lionel Haverty', 'said', 'the case was strong'],
        ['City Councilwoman Ada Ferris', 'said', 'it was not'],
      ],
    );
    expect(entityOf(doc, 0)).toMatchObject({ kind: 'person', name: 'Lionel Haverty' });
    expect(entityOf(doc, 1)).toMatchObject({ kind: 'person', name: 'Ada Ferris' });
  });

  it('names the one an unnamed description introduced when the next sentence gives a name with that title', () => {
    const doc = resolveWith(
      'A federal judge on Friday refused to dismiss the lawsuit. U.S. District Judge Harriet Mabry ruled that it could proceed. "It will proceed," a judge in another county said.',
      [
        ['A federal judge', 'refused', 'to dismiss the lawsuit'],
        ['U.S. District Judge Harriet Mabry', 'ruled', 'that it could proceed'],
        ['a judge in another county', 'said', '"It will proceed,"'],
      ],
    );
    expect(entityOf(doc, 0)).toMatchObject({ kind: 'person', name: 'Harriet Mabry' });
    expect(entityOf(doc, 1)?.id).toBe(entityOf(doc, 0)?.id);
    expect(entityOf(doc, 2)?.id).not.toBe(entityOf(doc, 0)?.id);
  });

  it('reads a hyphenated surname after a title, an age after a name, and "the 26-year-old" as that person', () => {
    const doc = resolveWith(
      'Olympic sprint champion Dayo Okonkwo-Reid said she was innocent. The 26-year-old said she would appeal. A neighbour, Tom Reyes, 51, said the track was wet. Professor Hilde Maraval said so.',
      [
        ['Olympic sprint champion Dayo Okonkwo-Reid', 'said', 'she was innocent'],
        ['The 26-year-old', 'said', 'she would appeal'],
        ['A neighbour, Tom Reyes, 51', 'said', 'the track was wet'],
        ['Professor Hilde Maraval', 'said', 'so'],
      ],
    );
    expect(entityOf(doc, 0)).toMatchObject({ kind: 'person', name: 'Dayo Okonkwo-Reid' });
    expect(entityOf(doc, 1)?.id).toBe(entityOf(doc, 0)?.id);
    expect(entityOf(doc, 2)).toMatchObject({ kind: 'person', name: 'Tom Reyes' });
    expect(entityOf(doc, 3)).toMatchObject({ kind: 'person', name: 'Hilde Maraval' });
  });

  it('reads a titled name before an affiliation that names what it is as the person', () => {
    const doc = resolveWith(
      'Consumer advocate Walter Pryce of the group SafeCrib Alliance said the recall came late. "It should have come in spring," he said.',
      [
        ['Consumer advocate Walter Pryce of the group SafeCrib Alliance', 'said', 'the recall came late'],
        ['he', 'said', '"It should have come in spring,"'],
      ],
    );
    expect(entityOf(doc, 0)).toMatchObject({ kind: 'person', name: 'Walter Pryce' });
    expect(entityOf(doc, 1)?.id).toBe(entityOf(doc, 0)?.id);
  });

  it('reads "the system" as the health system or company named lately', () => {
    const doc = resolveWith(
      'Talks between St. Aldric Health and Valley Mercy Partners went on. The system said it would not comment.',
      [['The system', 'said', 'it would not comment']],
    );
    expect(entityOf(doc, 0)?.name).toBe('Valley Mercy Partners');
  });

  it('reads names ending in a business word as companies, which "the company" and the short name refer to', () => {
    const doc = resolveWith(
      'Kidsafe Home Products is recalling 3,000 cribs. Kidsafe said a buckle was faulty. The company said repairs were free. Sierra Coastal Electric said power was restored.',
      [
        ['Kidsafe', 'said', 'a buckle was faulty'],
        ['The company', 'said', 'repairs were free'],
        ['Sierra Coastal Electric', 'said', 'power was restored'],
      ],
    );
    expect(entityOf(doc, 0)).toMatchObject({ kind: 'organization', name: 'Kidsafe Home Products' });
    const more = resolveWith(
      'Cloud provider Nimbara said the outage was over. Sierra Coastal Power said lines were down. Samantha Power said so. Early official results showed a tie.',
      [
        ['Cloud provider Nimbara', 'said', 'the outage was over'],
        ['Sierra Coastal Power', 'said', 'lines were down'],
        ['Samantha Power', 'said', 'so'],
        ['Early official results', 'showed', 'a tie'],
      ],
    );
    expect([0, 1, 2, 3].map((k) => entityOf(more, k)?.kind)).toEqual([
      'organization',
      'organization',
      'person',
      'document',
    ]);
    expect(entityOf(doc, 1)?.id).toBe(entityOf(doc, 0)?.id);
    expect(entityOf(doc, 2)?.kind).toBe('organization');
  });

  it('groups full names, surnames and honorifics into one named person with the title as descriptor', () => {
    const doc = resolveWith(
      'Port Alder Mayor Ines Valdera said on Tuesday the ferry would run again. "We are close," Valdera said. Ms. Valdera said repairs cost more than planned.',
      [
        ['Port Alder Mayor Ines Valdera', 'said', 'the ferry would run again'],
        ['Valdera', 'said', '"We are close,"'],
        ['Ms. Valdera', 'said', 'repairs cost more than planned'],
      ],
    );
    const mayor = entityOf(doc, 0);
    expect(mayor).toMatchObject({ kind: 'person', named: true, name: 'Ines Valdera' });
    expect(mayor?.descriptor).toMatch(/Mayor/);
    expect(entityOf(doc, 1)?.id).toBe(mayor?.id);
    expect(entityOf(doc, 2)?.id).toBe(mayor?.id);
  });

  it('keeps two people with one surname apart', () => {
    const doc = resolveWith('Karl Osterby said the vote was fair. Greta Osterby, his sister, said it was not.', [
      ['Karl Osterby', 'said', 'the vote was fair'],
      ['Greta Osterby', 'said', 'it was not'],
    ]);
    expect(entityOf(doc, 0)?.id).not.toBe(entityOf(doc, 1)?.id);
  });

  it('resolves "the president" to the person the article titles president', () => {
    const doc = resolveWith(
      'President Arno Kessel met the delegation on Monday. The talks were useful, the president said afterwards.',
      [['the president', 'said', 'The talks were useful']],
    );
    expect(entityOf(doc, 0)?.name).toBe('Arno Kessel');
  });
});

describe('titles with an `of` phrase, and bodies inside titles', () => {
  it('keeps the prime minister apart from the finance minister, whom "the finance minister" still names', () => {
    const doc = resolveWith(
      'Finance Minister Oriel Danvers said the levy would stay. The prime minister said he backed it. The finance minister said so again.',
      [
        ['Finance Minister Oriel Danvers', 'said', 'the levy would stay'],
        ['The prime minister', 'said', 'he backed it'],
        ['The finance minister', 'said', 'so again'],
      ],
    );
    expect(entityOf(doc, 1)?.id).not.toBe(entityOf(doc, 0)?.id);
    expect(entityOf(doc, 2)?.id).toBe(entityOf(doc, 0)?.id);
  });

  it('finds the name after "Chief of Staff" and keeps "Secretary of Defense" apart from a Secretary of State', () => {
    const doc = resolveWith(
      'White House Chief of Staff Tavish Morrow said the talks would go on. Secretary of State Ann Lee said so too. Secretary of Defense said nothing, the aide said.',
      [
        ['White House Chief of Staff Tavish Morrow', 'said', 'the talks would go on'],
        ['Secretary of State Ann Lee', 'said', 'so too'],
        ['Secretary of Defense', 'said', 'nothing'],
      ],
    );
    expect(entityOf(doc, 0)).toMatchObject({
      kind: 'person',
      name: 'Tavish Morrow',
      descriptor: 'White House Chief of Staff',
    });
    expect(entityOf(doc, 1)).toMatchObject({ kind: 'person', name: 'Ann Lee' });
    expect(entityOf(doc, 2)?.id).not.toBe(entityOf(doc, 1)?.id);
    // An office one person holds: no anonymous source.
    expect(entityOf(doc, 2)).toMatchObject({ kind: 'person', named: false });
  });

  it('reads two titles joined by `and` as one person', () => {
    const doc = resolveWith('Former Secretary of State and presidential nominee Ann Lee said the deal was sound.', [
      ['Former Secretary of State and presidential nominee Ann Lee', 'said', 'the deal was sound'],
    ]);
    expect(entityOf(doc, 0)).toMatchObject({ kind: 'person', name: 'Ann Lee' });
  });

  it('names no person after a body a title word cut: "the Defense Ministry", "the Democratic Party"', () => {
    const doc = resolveWith(
      'A spokeswoman for the Ruritanian Defense Ministry said the drill was routine. The broader Democratic Party said it would wait.',
      [
        ['A spokeswoman for the Ruritanian Defense Ministry', 'said', 'the drill was routine'],
        ['The broader Democratic Party', 'said', 'it would wait'],
      ],
    );
    expect(entityOf(doc, 0)).toMatchObject({ kind: 'anonymous', named: false });
    expect(entityOf(doc, 1)).toMatchObject({ kind: 'organization', name: 'Democratic Party' });
    const possessed = resolveWith(
      'Under his Justice Department, cases rose, aides said. His Justice Department said so.',
      [['His Justice Department', 'said', 'so']],
    );
    expect(entityOf(possessed, 0)).toMatchObject({ kind: 'government', name: 'Justice Department' });
  });
});

describe('clauses and tags after a name', () => {
  it('takes the name a whose-clause ends on for the speaker, not a name whose clause goes on', () => {
    const doc = resolveWith(
      'Morrow was endorsed by the Harbor Workers Union, whose president, Dana Kell, said members would canvass. Ann Roe, whose husband, Tom Roe, was killed in the blast, said the report was late.',
      [
        ['the Harbor Workers Union, whose president, Dana Kell', 'said', 'members would canvass'],
        ['Ann Roe, whose husband, Tom Roe, was killed in the blast', 'said', 'the report was late'],
      ],
    );
    expect(entityOf(doc, 0)?.name).toBe('Dana Kell');
    expect(entityOf(doc, 1)?.name).toBe('Ann Roe');
  });

  it('reads past a party tag after the name, with or without brackets', () => {
    const doc = resolveWith(
      "The bill's sponsor, Sen. Dale Overbeck, R-Kingman, argued that farmers could not wait. Rep. Lee Park (D-Ore.) said the same.",
      [
        ["The bill's sponsor, Sen. Dale Overbeck, R-Kingman", 'argued', 'that farmers could not wait'],
        ['Rep. Lee Park (D-Ore.)', 'said', 'the same'],
      ],
    );
    expect(entityOf(doc, 0)?.name).toBe('Dale Overbeck');
    expect(entityOf(doc, 1)?.name).toBe('Lee Park');
  });
});

describe('pronouns', () => {
  it('reads he after a quotation as the subject of the sentence just before, in its paragraph, over an earlier speaker', () => {
    const doc = resolveWith(
      'Amos Greenleaf told the judge his client had been sober.\n\nTrevor Lund briefly addressed the court. "Nothing I say makes this right," he said.',
      [
        ['Amos Greenleaf', 'told', 'his client had been sober'],
        ['he', 'said', '"Nothing I say makes this right,"'],
      ],
    );
    expect(entityOf(doc, 1)?.name).toBe('Trevor Lund');
  });

  it('knows the gender of more given names (Beatrix, Imogen, Rupert), which a he or she then agrees with', () => {
    const doc = resolveWith(
      'Edwin Falk said on Monday he would retire. The family released a statement issued by his daughter, Beatrix Falk. "He was a giant," she said.',
      [
        ['Edwin Falk', 'said', 'he would retire'],
        ['The family', 'released a statement', 'issued by his daughter, Beatrix Falk'],
        ['she', 'said', '"He was a giant,"'],
      ],
    );
    expect(entityOf(doc, 2)?.name).toBe('Beatrix Falk');
  });

  it('takes no platform, "X", for he or she: "in a post on X, she wrote" is the woman named before', () => {
    const doc = resolveWith(
      'Mayor Ines Caldera spoke on Friday. In a post on X, she wrote that talks would resume. Later she wrote on X that she was grateful.',
      [
        ['she', 'wrote', 'that talks would resume'],
        ['she', 'wrote', 'that she was grateful'],
      ],
    );
    expect(entityOf(doc, 0)?.name).toBe('Ines Caldera');
    expect(entityOf(doc, 1)?.name).toBe('Ines Caldera');
    const truth = resolveWith(
      'Gov. Ray Holm weighed in on Sunday. In a post on Truth Social, he called the plan a disgrace.',
      [['he', 'called', 'the plan a disgrace']],
    );
    expect(entityOf(truth, 0)?.name).toBe('Ray Holm');
    const company = resolveWith(
      'Its maker, Halvane Labs, posted on Instagram that the tea was safe. The company insisted it had followed the rules.',
      [
        ['Its maker, Halvane Labs', 'posted on Instagram', 'that the tea was safe'],
        ['The company', 'insisted', 'it had followed the rules'],
      ],
    );
    expect(entityOf(company, 1)?.name).toBe('Halvane Labs');
  });

  it('takes no one who asked a question for the she who replies to it', () => {
    const doc = resolveWith(
      'Lorraine Beckett said she would rebuild trust. Sen. Naomi Farrant asked whether Beckett would resist pressure. She replied, "Aid follows need."',
      [
        ['Lorraine Beckett', 'said', 'she would rebuild trust'],
        ['Sen. Naomi Farrant', 'asked', 'whether Beckett would resist pressure'],
        ['She', 'replied', '"Aid follows need."'],
      ],
    );
    expect(entityOf(doc, 2)?.name).toBe('Lorraine Beckett');
  });

  it('takes no group of people, "the family", for he or she', () => {
    const doc = resolveWith(
      'Ann Lee said the fund was empty. The family said it was grieving. "He was kind," she said.',
      [
        ['Ann Lee', 'said', 'the fund was empty'],
        ['The family', 'said', 'it was grieving'],
        ['she', 'said', '"He was kind,"'],
      ],
    );
    expect(entityOf(doc, 2)?.name).toBe('Ann Lee');
  });

  it('resolves he and she by gender to the nearest speaker', () => {
    const doc = resolveWith(
      'Senator Paula Brandt met Governor Tomas Ferreira in Lisbon. "It went well," she said. He said the budget would pass.',
      [
        ['she', 'said', '"It went well,"'],
        ['He', 'said', 'the budget would pass'],
      ],
    );
    expect(entityOf(doc, 0)?.name).toBe('Paula Brandt');
    expect(entityOf(doc, 1)?.name).toBe('Tomas Ferreira');
    expect(entityOf(doc, 1)?.mentions.length).toBeGreaterThanOrEqual(2);
  });

  it("does not give a he to a speaker known by a woman's given name alone", () => {
    const doc = resolveWith(
      'Kevin Ames watched the debate with his wife. "I would," Melanie said. "We will win," he said.',
      [
        ['Melanie', 'said', '"I would,"'],
        ['he', 'said', '"We will win,"'],
      ],
    );
    expect(entityOf(doc, 0)?.name).toBe('Melanie');
    expect(entityOf(doc, 1)?.name).toBe('Kevin Ames');
  });

  it('resolves a relative pronoun to the phrase before it', () => {
    const doc = resolveWith('Reporters asked the Harbor Authority, which said the pier was safe.', [
      ['which', 'said', 'the pier was safe'],
    ]);
    expect(entityOf(doc, 0)).toMatchObject({ kind: 'government', name: 'Harbor Authority' });
  });

  it('makes a quoted "I" the speaker of the quotation', () => {
    const doc = resolveWith('"I think the plan will fail," said Lorenzo Vidal, a farmer.', [
      ['I', 'think', 'the plan will fail', 1],
      ['Lorenzo Vidal, a farmer', 'said', '"I think the plan will fail,"'],
    ]);
    expect(entityOf(doc, 0)?.id).toBe(entityOf(doc, 1)?.id);
    expect(entityOf(doc, 1)?.descriptor).toBe('a farmer');
  });
});

describe('descriptions and anonymous sources', () => {
  it("takes a headline's capitalised company noun for no name", () => {
    const doc = resolveWith(
      'Airline cancels flights as pilots strike\n\nLuftreich cancelled 800 flights. The airline said the walkout was unfair.',
      [['The airline', 'said', 'the walkout was unfair']],
    );
    expect(entityOf(doc, 0)).toMatchObject({ name: 'The airline', kind: 'organization' });
  });

  it("reads people familiar with someone's plans as anonymous, the possessive inside what describes them", () => {
    const doc = resolveWith(
      "Grayline wants two seats, according to people familiar with the fund's thinking. The talks stalled, said people briefed on the talks.",
      [
        ["people familiar with the fund's thinking", 'according to', 'Grayline wants two seats'],
        ['people briefed on the talks', 'said', 'The talks stalled'],
      ],
    );
    expect(entityOf(doc, 0)).toMatchObject({ name: "people familiar with the fund's thinking", kind: 'anonymous' });
    expect(entityOf(doc, 1)).toMatchObject({ name: 'people briefed on the talks', kind: 'anonymous' });
  });

  it("reads a body's name inside a person's description as a modifier, and party figures as people", () => {
    const doc = resolveWith(
      'A Department for Transport source said the cap was dropped. Four senior party figures called for a contest.',
      [
        ['A Department for Transport source', 'said', 'the cap was dropped'],
        ['Four senior party figures', 'called for', 'a contest'],
      ],
    );
    expect(entityOf(doc, 0)?.kind).toBe('anonymous');
    expect(entityOf(doc, 1)?.kind).toBe('anonymous');
  });

  it('takes no conjunction `that` into a description of people after it', () => {
    const doc = resolveWith('Ministers reject fare cap\n\nAn aide told Wire that ministers had rejected a cap.', [
      ['Ministers', 'reject', 'fare cap'],
      ['An aide', 'told', 'that ministers had rejected a cap'],
    ]);
    expect(doc.entities?.map((entity) => entity.name)).not.toContain('that ministers');
  });

  it('reads a possessive after a preposition as inside what describes the head, not its possessor', () => {
    const doc = resolveWith(
      "The campaign spent $2 million, according to filings with the city's ethics board. A spokesman for the governor's office said the figure was wrong.",
      [
        ["filings with the city's ethics board", 'according to', 'The campaign spent $2 million'],
        ["A spokesman for the governor's office", 'said', 'the figure was wrong'],
      ],
    );
    expect(entityOf(doc, 0)?.kind).toBe('document');
    expect(entityOf(doc, 1)?.kind).toBe('anonymous');
  });

  it("reads an aide or a lawyer named after the person they serve as someone else, a spokesman as that person's voice", () => {
    const doc = resolveWith(
      'A former aide to Sen. Tom Baylor said the files were shredded. A lawyer for Mayor Ines Ruiz said the mayor was abroad. A spokesman for Sen. Tom Baylor said he would not resign. Secretary of State Dana Okafor said the talks would go on.',
      [
        ['A former aide to Sen. Tom Baylor', 'said', 'the files were shredded'],
        ['A lawyer for Mayor Ines Ruiz', 'said', 'the mayor was abroad'],
        ['A spokesman for Sen. Tom Baylor', 'said', 'he would not resign'],
        ['Secretary of State Dana Okafor', 'said', 'the talks would go on'],
      ],
    );
    expect([0, 1].map((k) => [entityOf(doc, k)?.name, entityOf(doc, k)?.kind])).toEqual([
      ['A former aide to Sen. Tom Baylor', 'anonymous'],
      ['A lawyer for Mayor Ines Ruiz', 'anonymous'],
    ]);
    expect(entityOf(doc, 2)?.name).toBe('Tom Baylor');
    expect(entityOf(doc, 3)?.name).toBe('Dana Okafor');
  });

  it('takes a name after a comma for a description it goes on from, not for the object before it', () => {
    const doc = resolveWith(
      'Asked whether the suspect knew the victim, Marsh said no. As a senator, Kaine said yes. His daughter, Ellie, said so.',
      [
        ['Marsh', 'said', 'no'],
        ['Kaine', 'said', 'yes'],
        ['His daughter, Ellie', 'said', 'so'],
      ],
    );
    const mentions = (k: number) => entityOf(doc, k)?.mentions.map((m) => doc.slice(m));
    expect(mentions(0)).toEqual(['Marsh']);
    expect(mentions(1)).toEqual(['a senator', 'Kaine']);
    expect(entityOf(doc, 2)?.name).toBe('Ellie');
  });

  it('reads "the source" as the unnamed source quoted lately', () => {
    const doc = resolveWith(
      'A person close to the singer told reporters she was tired. "She felt cornered," the source said.',
      [
        ['A person close to the singer', 'told', 'she was tired'],
        ['the source', 'said', '"She felt cornered,"'],
      ],
    );
    expect(entityOf(doc, 1)?.id).toBe(entityOf(doc, 0)?.id);
  });

  it('links later descriptions to an earlier one by head noun and modifiers', () => {
    const doc = resolveWith(
      'A former Ruritanian naval officer said the fleet was idle. The former officer said pay was late. The Ruritanian officer said morale was low.',
      [
        ['A former Ruritanian naval officer', 'said', 'the fleet was idle'],
        ['The former officer', 'said', 'pay was late'],
        ['The Ruritanian officer', 'said', 'morale was low'],
      ],
    );
    const officer = entityOf(doc, 0);
    expect(officer).toMatchObject({ kind: 'anonymous', named: false });
    expect(officer?.descriptor).toBe('A former Ruritanian naval officer');
    expect(entityOf(doc, 1)?.id).toBe(officer?.id);
    expect(entityOf(doc, 2)?.id).toBe(officer?.id);
  });

  it('keeps unrelated anonymous sources apart and ties "the sources" to "two sources"', () => {
    const doc = resolveWith(
      'Two sources said the deal was close. A senior official said talks would resume. The sources said a draft exists.',
      [
        ['Two sources', 'said', 'the deal was close'],
        ['A senior official', 'said', 'talks would resume'],
        ['The sources', 'said', 'a draft exists'],
      ],
    );
    const sources = entityOf(doc, 0);
    expect(sources?.kind).toBe('anonymous');
    expect(entityOf(doc, 1)?.kind).toBe('anonymous');
    expect(entityOf(doc, 1)?.id).not.toBe(sources?.id);
    expect(entityOf(doc, 2)?.id).toBe(sources?.id);
  });

  it('classifies documents, government bodies and organizations', () => {
    const doc = resolveWith(
      'The report said costs doubled. The Ministry of Fisheries said it disagreed. The Coastal Anglers Association said catches fell.',
      [
        ['The report', 'said', 'costs doubled'],
        ['The Ministry of Fisheries', 'said', 'it disagreed'],
        ['The Coastal Anglers Association', 'said', 'catches fell'],
      ],
    );
    expect(entityOf(doc, 0)?.kind).toBe('document');
    expect(entityOf(doc, 1)?.kind).toBe('government');
    expect(entityOf(doc, 2)?.kind).toBe('organization');
  });

  it('types a text described by a participle phrase as a document, not as the name at its end', () => {
    const doc = resolveWith(
      'A court filing unsealed last week showed the payments. A study published on Wednesday in the journal Ecology Letters found bees were harmed.',
      [
        ['A court filing unsealed last week', 'showed', 'the payments'],
        ['A study published on Wednesday in the journal Ecology Letters', 'found', 'bees were harmed'],
      ],
    );
    expect(entityOf(doc, 0)?.kind).toBe('document');
    expect(entityOf(doc, 1)?.kind).toBe('document');
  });

  it('reads people by what they do as anonymous, and a body described as private as an organization', () => {
    const doc = resolveWith(
      'One juror said deliberations were tense. Investors said the deal was fair. The Crop Protection Council, an industry group, said the findings were flawed.',
      [
        ['One juror', 'said', 'deliberations were tense'],
        ['Investors', 'said', 'the deal was fair'],
        ['The Crop Protection Council, an industry group', 'said', 'the findings were flawed'],
      ],
    );
    expect(entityOf(doc, 0)?.kind).toBe('anonymous');
    expect(entityOf(doc, 1)?.kind).toBe('anonymous');
    expect(entityOf(doc, 2)).toMatchObject({ kind: 'organization', name: 'Crop Protection Council' });
  });

  it('reads "one of them" as anonymous and "Neither government" as no named body', () => {
    const doc = resolveWith(
      'Two diplomats said talks stalled. One of them said so. Neither government released the text.',
      [
        ['Two diplomats', 'said', 'talks stalled'],
        ['One of them', 'said', 'so'],
        ['Neither government', 'released', 'the text'],
      ],
    );
    expect(entityOf(doc, 1)?.kind).toBe('anonymous');
    expect(entityOf(doc, 2)).toMatchObject({ kind: 'government', named: false });
  });

  it('types a copy, draft or excerpt of a text as a document', () => {
    const doc = resolveWith('Costs doubled, according to a copy of the plan. A draft said the port would close.', [
      ['a copy of the plan', 'according to', 'Costs doubled'],
      ['A draft', 'said', 'the port would close'],
    ]);
    expect(entityOf(doc, 0)?.kind).toBe('document');
    expect(entityOf(doc, 1)?.kind).toBe('document');
  });
});

describe('outlets', () => {
  it('names an outlet called "The" and one word only with its article: a bare surname is a person', () => {
    const doc = resolveWith(
      'Pellucid chief executive Rafaela Sun said the glasses would ship in April. Sun said batteries would last a day. The Sun reported the delay.',
      [
        ['Pellucid chief executive Rafaela Sun', 'said', 'the glasses would ship in April'],
        ['Sun', 'said', 'batteries would last a day'],
        ['The Sun', 'reported', 'the delay'],
      ],
    );
    expect(entityOf(doc, 1)).toMatchObject({ name: 'Rafaela Sun', kind: 'person' });
    expect(entityOf(doc, 2)).toMatchObject({ name: 'The Sun', kind: 'media' });
  });

  it('reads aid and ratings agencies as no public bodies, and a news agency as media', () => {
    const doc = resolveWith(
      'Aid agencies said food was short. The ratings agency said the debt was junk. A news agency reported it.',
      [
        ['Aid agencies', 'said', 'food was short'],
        ['The ratings agency', 'said', 'the debt was junk'],
        ['A news agency', 'reported', 'it'],
      ],
    );
    expect([0, 1, 2].map((k) => entityOf(doc, k)?.kind)).toEqual(['anonymous', 'organization', 'media']);
  });

  it('reads state media, a news agency and a sports daily before a name as media', () => {
    const doc = resolveWith(
      'Estmark state media reported the deal. The state news agency ETA said talks ended. Spanish sports daily Marca Deportiva reported the fee.',
      [
        ['Estmark state media', 'reported', 'the deal'],
        ['The state news agency ETA', 'said', 'talks ended'],
        ['Spanish sports daily Marca Deportiva', 'reported', 'the fee'],
      ],
    );
    expect(entityOf(doc, 0)?.kind).toBe('media');
    expect(entityOf(doc, 1)).toMatchObject({ kind: 'media', name: 'ETA' });
    expect(entityOf(doc, 2)).toMatchObject({ kind: 'media', name: 'Marca Deportiva' });
  });

  it('calls an outlet introduced as one by its first word, and no masthead by its place', () => {
    const doc = resolveWith(
      'The news website Dnevnik Sever reported the arrest. Dnevnik said two officers were held. The New York Times said so too. New York said it would appeal.',
      [
        ['The news website Dnevnik Sever', 'reported', 'the arrest'],
        ['Dnevnik', 'said', 'two officers were held'],
        ['The New York Times', 'said', 'so too'],
        ['New York', 'said', 'it would appeal'],
      ],
    );
    expect(entityOf(doc, 1)?.id).toBe(entityOf(doc, 0)?.id);
    expect(entityOf(doc, 3)?.id).not.toBe(entityOf(doc, 2)?.id);
  });

  it('reads state television as media, and takes no radio station for "the paper"', () => {
    const doc = resolveWith(
      'State television reported the town had fallen. The broadcaster said the army withdrew. The Ashcombe Courier said it had the emails. Wessex Radio said so too. The paper said more would follow.',
      [
        ['State television', 'reported', 'the town had fallen'],
        ['The broadcaster', 'said', 'the army withdrew'],
        ['The Ashcombe Courier', 'said', 'it had the emails'],
        ['Wessex Radio', 'said', 'so too'],
        ['The paper', 'said', 'more would follow'],
      ],
    );
    expect(entityOf(doc, 0)?.kind).toBe('media');
    expect(entityOf(doc, 1)?.id).toBe(entityOf(doc, 0)?.id);
    expect(entityOf(doc, 4)?.id).toBe(entityOf(doc, 2)?.id);
  });

  it("takes no antecedent from a speaker's own words inside a quotation", () => {
    const doc = resolveWith(
      'Turkish broadcaster Kanal Ekspres said the memo was real. "They call us a network hostile to the state," its director said. The broadcaster said it would appeal.',
      [
        ['Turkish broadcaster Kanal Ekspres', 'said', 'the memo was real'],
        ['its director', 'said', '"They call us a network hostile to the state,"'],
        ['The broadcaster', 'said', 'it would appeal'],
      ],
    );
    expect(entityOf(doc, 2)?.id).toBe(entityOf(doc, 0)?.id);
  });
});

describe('second-hand chains', () => {
  it('takes an outlet named inside a document source for its channel, and of what is nested in it', () => {
    const doc = resolveWith(
      'The mayor told reporters the bridge would reopen, according to a report by Channel 9 News. According to a report in the Sunday Glimpse, the siblings have not spoken.',
      [
        ['The mayor', 'told', 'the bridge would reopen', 1],
        ['a report by Channel 9 News', 'according to', 'The mayor told reporters the bridge would reopen'],
        ['a report in the Sunday Glimpse', 'According to', 'the siblings have not spoken'],
      ],
    );
    expect(viaOf(doc, 1)).toMatchObject({ kind: 'media', name: 'Channel 9 News' });
    expect(viaOf(doc, 0)?.name).toBe('Channel 9 News');
    expect(viaOf(doc, 2)).toMatchObject({ kind: 'media', name: 'Sunday Glimpse' });
  });

  it('makes no chain through "this newspaper", the article\'s own outlet', () => {
    const doc = resolveWith(
      'Falk told this newspaper in 2009 that he would never retire. Lee told the Daily Courant so.',
      [
        ['Falk', 'told', 'that he would never retire'],
        ['Lee', 'told', 'so'],
      ],
    );
    expect(doc.attributions?.[0].via).toBeNull();
    expect(viaOf(doc, 1)?.name).toBe('Daily Courant');
  });

  it('finds outlets no gazetteer lists in what a source spoke to, by their masthead or the description before them', () => {
    const doc = resolveWith(
      [
        'The minister told the Daily Courant that the memo was a draft.',
        'The mayor told the Brentley Echo that the road would reopen.',
        'Falk said in an interview with City Radio that he was proud.',
        'Ortiz told the Kastrian newspaper Narodni Glas that he had no regrets.',
        'Ana Ruiz told local radio station Onda Sur that she would run.',
        'The official daily, The Sentinel of the Republic, wrote that talks had failed.',
      ].join(' '),
      [
        ['The minister', 'told', 'that the memo was a draft'],
        ['The mayor', 'told', 'that the road would reopen'],
        ['Falk', 'said', 'that he was proud'],
        ['Ortiz', 'told', 'that he had no regrets'],
        ['Ana Ruiz', 'told', 'that she would run'],
        ['The official daily, The Sentinel of the Republic', 'wrote', 'that talks had failed'],
      ],
    );
    expect([0, 1, 2, 3, 4].map((k) => viaOf(doc, k)?.name)).toEqual([
      'Daily Courant',
      'Brentley Echo',
      'City Radio',
      'Narodni Glas',
      'Onda Sur',
    ]);
    expect(entityOf(doc, 5)?.kind).toBe('media');
  });

  it('sets via to the outlet a source spoke to, and to the outlet an attribution is nested in', () => {
    const doc = resolveWith(
      'A port engineer told Reuters the crane had failed twice. Officials had ignored the warnings, the newspaper reported, citing two inspectors.',
      [
        ['A port engineer', 'told', 'the crane had failed twice'],
        ['Officials', 'had ignored', 'the warnings', 2],
        ['the newspaper', 'reported', 'Officials had ignored the warnings'],
      ],
    );
    expect(viaOf(doc, 0)?.name).toBe('Reuters');
    expect(viaOf(doc, 0)?.kind).toBe('media');
    expect(entityOf(doc, 2)?.kind).toBe('media');
    expect(doc.attributions?.[2].via).toBeNull();
    expect(viaOf(doc, 1)?.id).toBe(entityOf(doc, 2)?.id);
  });

  it('reads `the paper` of research copy as the study, not an outlet, unless a newspaper was named', () => {
    const doc = resolveWith(
      'The study was posted as a preprint on Monday. In the paper, the researchers argue that the cells divide slowly.',
      [['the researchers', 'argue', 'that the cells divide slowly']],
    );
    expect(doc.attributions?.[0].via).toBeNull();
    const paper = resolveWith('The Harbor Ledger ran the study on Monday. The paper said the findings were sound.', [
      ['The paper', 'said', 'the findings were sound'],
    ]);
    expect(entityOf(paper, 0)?.kind).toBe('media');
    expect(entityOf(paper, 0)?.name).toBe('Harbor Ledger');
  });

  it('takes `the Post` after an outlet the gazetteer lacks whose name ends in Post for that outlet', () => {
    const doc = resolveWith(
      'The Meridian Post reported that the plan was ready. According to the Post, a decision could come this month.',
      [
        ['The Meridian Post', 'reported', 'that the plan was ready'],
        ['the Post', 'According to', 'a decision could come this month'],
      ],
    );
    expect(entityOf(doc, 1)?.name).toBe('Meridian Post');
    expect(entityOf(doc, 1)?.id).toBe(entityOf(doc, 0)?.id);
  });

  it('reads record labels and studios as organizations, and a quarterly as an outlet', () => {
    const doc = resolveWith(
      "The singer's label, Halcyon Records, said the tour was over. Nightjar Films said the release would slip. Saltmarsh Music declined to say more. He told Groove Quarterly the band would return.",
      [
        ["The singer's label, Halcyon Records", 'said', 'the tour was over'],
        ['Nightjar Films', 'said', 'the release would slip'],
        ['He', 'told', 'the band would return'],
      ],
    );
    expect([0, 1].map((k) => [entityOf(doc, k)?.name, entityOf(doc, k)?.kind])).toEqual([
      ['Halcyon Records', 'organization'],
      ['Nightjar Films', 'organization'],
    ]);
    expect(doc.entities?.find((e) => e.name === 'Saltmarsh Music')?.kind).toBe('organization');
    expect(viaOf(doc, 2)?.name).toBe('Groove Quarterly');
  });

  it('reads a news agency as an outlet, however the text introduces it', () => {
    const doc = resolveWith(
      "The state news agency Borun Press reported that talks had failed. The Qerani News Agency said the border was shut. Korvennia's state news agency, KNA, reported that troops had moved.",
      [
        ['The state news agency Borun Press', 'reported', 'that talks had failed'],
        ['The Qerani News Agency', 'said', 'the border was shut'],
        ["Korvennia's state news agency, KNA", 'reported', 'that troops had moved'],
      ],
    );
    const later = resolveWith('The Qerani News Agency said the border was shut. The agency said troops had moved.', [
      ['The Qerani News Agency', 'said', 'the border was shut'],
      ['The agency', 'said', 'troops had moved'],
    ]);
    expect(entityOf(later, 1)?.name).toBe('Qerani News Agency');
    expect([0, 1, 2].map((k) => [entityOf(doc, k)?.name, entityOf(doc, k)?.kind])).toEqual([
      ['Borun Press', 'media'],
      ['Qerani News Agency', 'media'],
      ['KNA', 'media'],
    ]);
  });

  it("takes a wire's initials in its dateline for its name in the text: no intermediary", () => {
    const doc = resolveWith(
      'Oct 3 (GPA) - Fourteen officers were held. "It is a purge," an opposition leader told the Global Press Agency.',
      [['an opposition leader', 'told', 'It is a purge']],
    );
    expect(doc.meta.publisher).toBe('GPA');
    expect(doc.attributions?.[0].via).toBeNull();
  });

  it('sets via to the document an attribution is nested in', () => {
    const doc = resolveWith('The union urged both chambers to act, according to a letter sent on Monday.', [
      ['The union', 'urged', 'both chambers to act', 1],
      ['a letter sent on Monday', 'according to', 'The union urged both chambers to act'],
    ]);
    expect(entityOf(doc, 1)?.kind).toBe('document');
    expect(viaOf(doc, 0)?.id).toBe(entityOf(doc, 1)?.id);
    expect(doc.attributions?.[1].via).toBeNull();
  });

  it('reads an outlet a source is said to be at as the channel, unless the source works there', () => {
    const doc = resolveWith(
      'The crane had failed twice, said a senior port official at Reuters. The repairs were late, said a columnist at Reuters.',
      [
        ['a senior port official at Reuters', 'said', 'The crane had failed twice'],
        ['a columnist at Reuters', 'said', 'The repairs were late'],
      ],
    );
    expect(entityOf(doc, 0)?.name).toBe('a senior port official');
    expect(viaOf(doc, 0)?.name).toBe('Reuters');
    expect(entityOf(doc, 1)?.name).toBe('a columnist at Reuters');
    expect(doc.attributions?.[1].via).toBeNull();
  });

  it('reads the outlet that quoted or interviewed a source as the channel, named or as "the paper"', () => {
    const doc = resolveWith(
      'The Kestrel Gazette reported the closure. An official quoted by the Gazette said it was final. A manager interviewed by the paper said talks had failed.',
      [
        ['The Kestrel Gazette', 'reported', 'the closure'],
        ['An official quoted by the Gazette', 'said', 'it was final'],
        ['A manager interviewed by the paper', 'said', 'talks had failed'],
      ],
    );
    expect(entityOf(doc, 1)?.name).toBe('An official');
    expect(viaOf(doc, 1)?.name).toBe('Kestrel Gazette');
    expect(entityOf(doc, 2)?.name).toBe('A manager');
    expect(viaOf(doc, 2)?.name).toBe('Kestrel Gazette');
  });

  it("takes a body's description for the body whose name holds its words", () => {
    const doc = resolveWith(
      'The National Weather Office warned of floods. The weather office said the tide would peak on Saturday. The weather service said roads would close.',
      [
        ['The National Weather Office', 'warned', 'of floods'],
        ['The weather office', 'said', 'the tide would peak on Saturday'],
        ['The weather service', 'said', 'roads would close'],
      ],
    );
    expect(entityOf(doc, 1)?.name).toBe('National Weather Office');
    expect(entityOf(doc, 2)?.name).toBe('The weather service');
  });

  it("takes a possessive description for the body whose name holds the possessor's noun", () => {
    const doc = resolveWith(
      "The Hollis County Sheriff's Office announced an arrest. The sheriff's office said charges would follow. The mayor's office said nothing.",
      [
        ["The Hollis County Sheriff's Office", 'announced', 'an arrest'],
        ["The sheriff's office", 'said', 'charges would follow'],
        ["The mayor's office", 'said', 'nothing'],
      ],
    );
    expect(entityOf(doc, 1)?.id).toBe(entityOf(doc, 0)?.id);
    expect(entityOf(doc, 2)?.id).not.toBe(entityOf(doc, 0)?.id);
  });

  it('takes "the agency" for an intergovernmental body named before it, over a headline\'s description', () => {
    const doc = resolveWith(
      'Health agency urges boosters\n\nThe World Health Organization urged countries to act. The agency said rates had fallen.',
      [
        ['Health agency', 'urges', 'boosters'],
        ['The World Health Organization', 'urged', 'countries to act'],
        ['The agency', 'said', 'rates had fallen'],
      ],
    );
    expect(entityOf(doc, 2)?.name).toBe('World Health Organization');
  });

  it('takes "the agency" after a news agency the text named for that agency', () => {
    const doc = resolveWith(
      'Fourteen officers were held, state news agency Kestra reported on Friday. They had planned a coup, the agency said.',
      [
        ['state news agency Kestra', 'reported', 'Fourteen officers were held'],
        ['the agency', 'said', 'They had planned a coup'],
      ],
    );
    expect(entityOf(doc, 1)?.name).toBe('Kestra');
  });

  it('takes no briefing for an outlet: "the daily briefing" is no "daily"', () => {
    const doc = resolveWith('The press secretary told reporters at the daily briefing that talks would resume.', [
      ['The press secretary', 'told', 'that talks would resume'],
    ]);
    expect(doc.attributions?.[0].via).toBeNull();
    expect(doc.entities?.map((entity) => entity.name)).toEqual(['The press secretary']);
  });

  it('reads a masthead that opens with a weekday whole: "told the Sunday Herald"', () => {
    const doc = resolveWith('Voss told the Sunday Herald that critics were wrong.', [
      ['Voss', 'told', 'that critics were wrong'],
    ]);
    expect(viaOf(doc, 0)?.name).toBe('Sunday Herald');
  });

  it('makes the outlet that obtained or saw a document the channel of what the document says', () => {
    const doc = resolveWith(
      'The panel shelved the advice, according to internal documents obtained by the Harbor Ledger.',
      [['internal documents obtained by the Harbor Ledger', 'according to', 'The panel shelved the advice']],
    );
    expect(viaOf(doc, 0)?.name).toBe('Harbor Ledger');
  });

  it('takes names of online outlets and wires for outlets: "the Beltway Insider", "Northgate Wire"', () => {
    const doc = resolveWith(
      'Two aides told the Beltway Insider that the bill would stall. A senator told Northgate Wire the same.',
      [
        ['Two aides', 'told', 'that the bill would stall'],
        ['A senator', 'told', 'the same'],
      ],
    );
    expect(viaOf(doc, 0)?.kind).toBe('media');
    expect(viaOf(doc, 1)?.name).toBe('Northgate Wire');
  });

  it('takes a name no list knows for an outlet when it reports and bears an article or a call sign', () => {
    const doc = resolveWith(
      'The Circuit reported that two managers said the plant would close. KVTR reported the same. Ostrander Vell reported it first.',
      [
        ['The Circuit', 'reported', 'that two managers said the plant would close'],
        ['two managers', 'said', 'the plant would close', 0],
        ['KVTR', 'reported', 'the same'],
        ['Ostrander Vell', 'reported', 'it first'],
      ],
    );
    expect(entityOf(doc, 0)?.kind).toBe('media');
    expect(viaOf(doc, 1)?.name).toBe('The Circuit');
    expect(entityOf(doc, 2)?.kind).toBe('media');
    expect(entityOf(doc, 3)?.kind).toBe('person');
    const told = resolveWith('Two employees told The Circuit that the plant would close.', [
      ['Two employees', 'told', 'that the plant would close'],
    ]);
    expect(viaOf(told, 0)?.name).toBe('The Circuit');
  });

  it('never makes the publisher its own intermediary', () => {
    const doc = resolveWith(
      "The mayor told CNN the bridge would reopen.\n\nCNN's Lena Holm contributed to this report.",
      [['The mayor', 'told', 'the bridge would reopen']],
    );
    expect(doc.meta.publisher).toBe('CNN');
    expect(doc.attributions?.[0].via).toBeNull();
  });

  it("takes a credit's possessive for the publisher even when no list knows the newsroom", () => {
    const doc = resolveWith("The mayor said the bridge would reopen.\n\nKVTN's Lena Holm contributed to this report.", [
      ['The mayor', 'said', 'the bridge would reopen'],
    ]);
    expect(doc.meta.publisher).toBe('KVTN');
  });
});

describe('a description before a name in apposition', () => {
  it('names the entity by the name after the role words, not by the description', () => {
    const doc = resolveWith(
      'Her collaborator and tour partner, the rapper Jojo Vance, posted that she was proud. Many fans, including singer Ana Ruiz, said they would wait.',
      [
        ['Her collaborator and tour partner, the rapper Jojo Vance', 'posted', 'that she was proud'],
        ['Many fans, including singer Ana Ruiz', 'said', 'they would wait'],
      ],
    );
    expect(entityOf(doc, 0)?.name).toBe('Jojo Vance');
    expect(entityOf(doc, 0)?.kind).toBe('person');
    // A list the appositive introduces is no name for the group.
    expect(entityOf(doc, 1)?.name).toBe('Many fans');
  });
});

describe('refusals', () => {
  it('records refusals with their kind and the entity that refused', () => {
    const doc = resolveWith(
      'The Harbor Authority did not immediately respond to a request for comment. Reporters called the press office of the Ruritanian Ministry of Fisheries, which said they would not comment. A spokesman for Baltic Freight declined to comment. Captain Ilse Varga could not be reached.',
      [],
    );
    const refusals = (doc.noComment ?? []).map((n) => [
      n.kind,
      doc.entities?.find((e) => e.id === n.entity)?.name,
      doc.slice(n),
    ]);
    expect(refusals).toEqual([
      ['no-response', 'Harbor Authority', 'did not immediately respond to a request for comment'],
      ['declined', 'press office of the Ruritanian Ministry of Fisheries', 'would not comment'],
      ['declined', 'Baltic Freight', 'declined to comment'],
      ['unreachable', 'Ilse Varga', 'could not be reached'],
    ]);
  });

  it('reads questions referred elsewhere as a refusal, and a relative pronoun refusing as its antecedent', () => {
    const doc = resolveWith(
      'A spokeswoman for the Harbor Authority referred questions to its lawyers. The principal declined to comment, referring questions to the school district, which did not immediately respond.',
      [],
    );
    const refusals = (doc.noComment ?? []).map((n) => [n.kind, doc.slice(n), entityOf0(doc, n.entity)]);
    expect(refusals).toEqual([
      ['declined', 'referred questions to', 'Harbor Authority'],
      ['declined', 'declined to comment', 'The principal'],
      ['no-response', 'did not immediately respond', 'the school district'],
    ]);
  });

  it("reads a silence on the matter as a refusal, and a player's `did not return` as none", () => {
    const doc = resolveWith(
      "The Harbor Rovers have not confirmed the talks. Winger Ana Ruiz left with a knee injury and did not return. Her agent did not return the Ledger's request for comment.",
      [],
    );
    const refusals = (doc.noComment ?? []).map((n) => [n.kind, doc.slice(n)]);
    expect(refusals).toEqual([
      ['declined', 'have not confirmed'],
      ['no-response', "did not return the Ledger's request for comment"],
    ]);
  });

  it('reads "would make no further comment" as a refusal of whoever said it', () => {
    const doc = resolveWith(
      'The club said it was aware of the incident and would make no further comment. The coach will have no further comment, aides said.',
      [],
    );
    const refusals = (doc.noComment ?? []).map((n) => [n.kind, doc.slice(n)]);
    expect(refusals).toEqual([
      ['declined', 'would make no further comment'],
      ['declined', 'will have no further comment'],
    ]);
  });

  it('skips a relative clause between the subject and the refusal', () => {
    const doc = resolveWith(
      'The Coastal Water Board, which must approve the plan, did not respond to a request for comment. A spokeswoman for the Pelham Rail Company, who joined in May, declined to comment.',
      [],
    );
    const refusals = (doc.noComment ?? []).map((n) => doc.entities?.find((e) => e.id === n.entity)?.name);
    expect(refusals).toEqual(['Coastal Water Board', 'Pelham Rail Company']);
  });

  it("finds refusals to say whether, to name, and silences that have lasted, and a refusal after `but` its sentence's subject", () => {
    const doc = resolveWith(
      'Port director Ilse Varga said the cranes were safe. She would not say whether the union had been told. Councillor Dev Rao has not publicly commented. Tomas Brell said three members agreed, though he declined to name them. A Halvane spokesman praised the plan but would not comment on the bids. "I wouldn\'t say what he said," Varga added.',
      [],
    );
    const refusals = (doc.noComment ?? []).map((n) => [
      doc.slice(n),
      doc.entities?.find((e) => e.id === n.entity)?.name,
    ]);
    expect(refusals).toEqual([
      ['would not say whether', 'Ilse Varga'],
      ['has not publicly commented', 'Dev Rao'],
      ['declined to name', 'Tomas Brell'],
      ['would not comment', 'A Halvane spokesman'],
    ]);
  });

  it('counts a refusal to say, disclose or confirm as declining', () => {
    const doc = resolveWith(
      'A spokeswoman for Corvel Stores declined to say how many jobs would be lost. The ministry refused to confirm the figure.',
      [],
    );
    expect((doc.noComment ?? []).map((n) => [n.kind, doc.slice(n)])).toEqual([
      ['declined', 'declined to say'],
      ['declined', 'refused to confirm'],
    ]);
  });

  it('finds no silence in quoted words, and ends a request for comment before what it was about', () => {
    const doc = resolveWith(
      '"This strain does not respond to antibiotics," Dr. Ines Okafor said. Her publicist did not respond to requests seeking comment on her album.',
      [],
    );
    expect((doc.noComment ?? []).map((n) => doc.slice(n))).toEqual(['did not respond to requests seeking comment']);
  });

  it("gives a refusal by someone's representatives to whoever they speak for", () => {
    const doc = resolveWith(
      "Lena Castellane cancelled the tour. Castellane's representatives did not respond to requests for comment.",
      [],
    );
    const refusals = (doc.noComment ?? []).map((n) => doc.entities?.find((e) => e.id === n.entity)?.name);
    expect(refusals).toEqual(['Lena Castellane']);
  });

  it('takes no place after `in` for the one who refused', () => {
    const doc = resolveWith(
      'A spokesperson for the United Food Workers local in Dayton did not respond to a request for comment.',
      [],
    );
    const refusals = (doc.noComment ?? []).map((n) => doc.entities?.find((e) => e.id === n.entity)?.name);
    expect(refusals).toEqual(['United Food Workers']);
  });

  it('counts a body that "does not comment" on a matter as declining, and "the agency" as no administration', () => {
    const doc = resolveWith(
      'The Treasury Department said it would act. The Obama administration said so too. A spokesman said the agency does not comment on specific deals.',
      [
        ['The Treasury Department', 'said', 'it would act'],
        ['The Obama administration', 'said', 'so too'],
      ],
    );
    const refusals = (doc.noComment ?? []).map((n) => [
      doc.slice(n),
      doc.entities?.find((e) => e.id === n.entity)?.name,
    ]);
    expect(refusals).toEqual([['does not comment', 'Treasury Department']]);
  });

  it('counts a refusal to give details, respond or identify as declining', () => {
    const doc = resolveWith(
      'A spokeswoman declined to provide further details. The chief declined to speculate on the cause. The bank declined to identify the buyer. Lawyers for Orrin Mills declined to respond to questions about the deal. Officials refused to give any details, and the mayor declined to go into detail.',
      [],
    );
    expect((doc.noComment ?? []).map((n) => [n.kind, doc.slice(n)])).toEqual([
      ['declined', 'declined to provide further details'],
      ['declined', 'declined to speculate'],
      ['declined', 'declined to identify'],
      ['declined', 'declined to respond to questions'],
      ['declined', 'refused to give any details'],
      ['declined', 'declined to go into detail'],
    ]);
  });

  it('counts a refusal to speak to reporters, or of requests for an interview, as declining', () => {
    const doc = resolveWith(
      'Its coach, Mike Sorensen, declined to speak to reporters after the game. The club refused requests for an interview. Dana Ruiz declined interview requests.',
      [],
    );
    expect((doc.noComment ?? []).map((n) => [n.kind, doc.slice(n)])).toEqual([
      ['declined', 'declined to speak to reporters'],
      ['declined', 'refused requests for an interview'],
      ['declined', 'declined interview requests'],
    ]);
  });

  it("reads an and inside a body's name as part of it", () => {
    const doc = resolveWith(
      'Officials at the Department of Fisheries and Coastal Affairs did not respond to requests for comment. Prosecutors sued the port and Halvorsen declined to comment.',
      [],
    );
    const refusals = (doc.noComment ?? []).map((n) => doc.entities?.find((e) => e.id === n.entity)?.name);
    expect(refusals).toEqual(['Department of Fisheries and Coastal Affairs', 'Halvorsen']);
  });

  it('gives no text a refusal: `They declined` after `the reports` is left unknown rather than the reports', () => {
    const doc = resolveWith(
      'A police spokesperson said officers were aware of the reports. They declined to comment further.',
      [['A police spokesperson', 'said', 'officers were aware of the reports']],
    );
    const refused = (doc.noComment ?? []).map((n) => doc.entities?.find((e) => e.id === n.entity)?.kind ?? null);
    expect(refused).not.toContain('document');
  });

  it('takes a short clause with no mention in it as the subject', () => {
    const doc = resolveWith('Councillor Mia Love backed the levy. Love did not respond to requests for comment.', []);
    expect((doc.noComment ?? []).map((n) => doc.entities?.find((e) => e.id === n.entity)?.name)).toEqual(['Mia Love']);
  });
});

describe('publisher', () => {
  it('takes an outlet that writes as the newsroom ("The Echo understands") for the publisher', () => {
    const doc = resolveWith(
      'The Echo understands that the officer will report in May. The councillor told the Echo the claims were false.',
      [['The councillor', 'told', 'the claims were false']],
    );
    expect(doc.meta.publisher).toBe('Echo');
    expect(doc.attributions?.[0].via).toBeNull();
  });

  it("reads the byline and the publisher from the article's head, and makes the publisher no intermediary", () => {
    const doc = resolveWith(
      'By Carla Jimenez | The Riverside Ledger | Updated 09:42\n\nMayor Ada Fenwright told the Ledger the bridge would reopen.',
      [['Mayor Ada Fenwright', 'told', 'the bridge would reopen']],
    );
    expect(doc.meta.byline).toBe('Carla Jimenez');
    expect(doc.meta.publisher).toBe('The Riverside Ledger');
    expect(doc.attributions?.[0].via).toBeNull();
    const staff = resolveWith('By the Valley Courier staff\n\nThe fire was contained, officials said.', [
      ['officials', 'said', 'The fire was contained'],
    ]);
    expect(staff.meta.publisher).toBe('Valley Courier');
    const role = resolveWith('By Priya Rao | Courier Staff Writer\n\nThe plant reopened, officials said.', [
      ['officials', 'said', 'The plant reopened'],
    ]);
    expect(role.meta.publisher).toBe('Courier');
    const roleAlone = resolveWith('By Priya Rao | Staff Writer\n\nThe plant reopened, officials said.', [
      ['officials', 'said', 'The plant reopened'],
    ]);
    expect(roleAlone.meta.publisher).toBeNull();
  });

  it("reads the publisher after a byline's newsroom role, and from an author's note", () => {
    const role = resolveWith(
      'By Celeste Amundsen – Staff Reporter, Tri-County Gazette\n\nMayor Ada Fenwright told the Gazette the mill would close.',
      [['Mayor Ada Fenwright', 'told', 'the mill would close']],
    );
    expect(role.meta.byline).toBe('Celeste Amundsen');
    expect(role.meta.publisher).toBe('Tri-County Gazette');
    expect(role.attributions?.[0].via).toBeNull();
    const note = resolveWith(
      'The chain will add 600 products, its buyer told Grocer Weekly.\n\nAbout the author: Natalia Verhoeven covers retail for Grocer Weekly.',
      [['its buyer', 'told', 'The chain will add 600 products']],
    );
    expect(note.meta.publisher).toBe('Grocer Weekly');
    expect(note.attributions?.[0].via).toBeNull();
  });

  it('reads a wire dateline when the metadata has none', () => {
    const doc = resolveWith('OSLO (Reuters) - The port reopened on Friday, officials said.', [
      ['officials', 'said', 'The port reopened on Friday'],
    ]);
    expect(doc.meta.publisher).toBe('Reuters');
    const unknown = resolveWith('SAN ROQUE, Calif., Feb 5 (Lantern Wire) - Chip sales fell, the company said.', [
      ['the company', 'said', 'Chip sales fell'],
    ]);
    expect(unknown.meta.publisher).toBe('Lantern Wire');
  });

  it('reads an outlet the gazetteer lacks from a dateline proper, and makes it no intermediary', () => {
    const doc = resolveWith(
      'RIVERTON (Carrow Ledger) — Senator Ada Fenwright told the Carrow Ledger the bill was dead.',
      [['Senator Ada Fenwright', 'told', 'the bill was dead']],
    );
    expect(doc.meta.publisher).toBe('Carrow Ledger');
    expect(doc.attributions?.[0].via).toBeNull();
    const party = resolveWith('Sen. John Smith (R-Ohio) — a critic of the bill — said it would pass.', [
      ['Sen. John Smith', 'said', 'it would pass'],
    ]);
    expect(party.meta.publisher).toBeNull();
  });
});

describe('robustness', () => {
  it('keeps every entity mention inside the text and resolves 10,000 pronouns quickly', () => {
    const sentence = 'Mayor Ana Ruiz spoke at noon. She said the road was open. ';
    const text = sentence.repeat(5000);
    const doc = textOnlyDoc(text);
    const attributions: AttributionLayerItem[] = [];
    for (let at = text.indexOf('She'); at >= 0; at = text.indexOf('She', at + 1)) {
      const cue = at + 4;
      attributions.push(
        attributionItem({
          cue: [{ start: cue, end: cue + 4 }],
          source: [{ start: at, end: at + 3 }],
          content: [{ start: cue + 5, end: cue + 5 + 'the road was open'.length }],
        }),
      );
    }
    doc.attributions = attributions;
    const started = performance.now();
    resolveDocument(doc);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(3000);
    for (const entity of doc.entities ?? []) {
      for (const m of entity.mentions) expect(m.start >= 0 && m.end <= text.length && m.start < m.end).toBe(true);
    }
    expect(doc.attributions?.every((a) => a.entity !== null)).toBe(true);
  });
});

function textOnlyDoc(text: string): Doc {
  return textStages.run(new Doc(text, 'test'));
}

describe('speakers the extractor cut short or the writer mistyped', () => {
  it('reads a source cut after its honorific as the name that follows', () => {
    const doc = resolveWith('Mrs. Okafor has embraced the plan. She said it would pass.', [
      ['Mrs.', 'embraced', 'the plan'],
      ['She', 'said', 'it would pass'],
    ]);
    expect(entityOf(doc, 0)?.name).toBe('Okafor');
    expect(entityOf(doc, 1)?.id).toBe(entityOf(doc, 0)?.id);
  });

  it('reads a place of residence as the person before it', () => {
    const doc = resolveWith('Johnnie Wilson, of Springfield, Va., said he had served. He said it mattered.', [
      ['Springfield, Va.,', 'said he', 'he had served'],
      ['He', 'said it', 'it mattered'],
    ]);
    expect(entityOf(doc, 0)?.name).toBe('Johnnie Wilson');
    expect(entityOf(doc, 1)?.name).toBe('Johnnie Wilson');
  });

  it('forgives a one-letter slip in a surname given in full before', () => {
    const doc = resolveWith(
      '"It is panic mode," said Leslie Wimes, a caucus president. Wines believes the campaign erred. "It is not enough," she said.',
      [
        ['Leslie Wimes', 'said', 'It is panic mode'],
        ['Wines', 'believes', 'the campaign erred'],
        ['she', 'said', 'It is not enough'],
      ],
    );
    expect(entityOf(doc, 1)?.id).toBe(entityOf(doc, 0)?.id);
    expect(entityOf(doc, 2)?.name).toBe('Leslie Wimes');
  });

  it('takes a name before an affiliation for a person: "Dan McLaughlin at the National Review"', () => {
    const doc = resolveWith('Dan McLaughlin at the National Review agreed with the panel. "He won," he wrote.', [
      ['Dan McLaughlin at the National Review', 'agreed', 'with the panel'],
      ['he', 'wrote', 'He won'],
    ]);
    expect(entityOf(doc, 0)).toMatchObject({ name: 'Dan McLaughlin', kind: 'person' });
    expect(entityOf(doc, 1)?.name).toBe('Dan McLaughlin');
  });

  it('keeps "Critics" a group and "the E.P.A." a body, so `she` looks past them', () => {
    const doc = resolveWith('Mayor Ana Ruiz spoke first. Critics said the E.P.A. erred. "We are not done," she said.', [
      ['Critics', 'said', 'the E.P.A. erred'],
      ['she', 'said', 'We are not done'],
    ]);
    expect(entityOf(doc, 0)?.kind).toBe('anonymous');
    expect(entityOf(doc, 1)?.name).toBe('Ana Ruiz');
  });
});

describe('local papers and the publishing agency', () => {
  it('reads "the Ledger" as an outlet and never resolves "the newspaper" to the agency that wrote the story', () => {
    const doc = resolveWith(
      'DUNMORE (AP) — The county sheriff, Ruth Okafor, told the Ledger that deputies would patrol the fairgrounds. "We will be there all week," Okafor said, according to the newspaper.',
      [
        ['The county sheriff, Ruth Okafor', 'told', 'that deputies would patrol the fairgrounds'],
        ['the newspaper', 'according to', '"We will be there all week," Okafor said'],
      ],
    );
    expect(doc.meta.publisher).toBe('Associated Press');
    expect(viaOf(doc, 0)?.name).toBe('Ledger');
    expect(viaOf(doc, 0)?.kind).toBe('media');
    expect(entityOf(doc, 1)?.name).not.toMatch(/Associated Press|AP/);
    expect(entityOf(doc, 1)?.kind).toBe('media');
  });

  it('reads "the agency" as the public agency named before, not a news agency', () => {
    const doc = resolveWith(
      'The Coastal Water Agency said 300 homes had flooded. Asked about the barrier, the agency said work would begin next year.',
      [
        ['The Coastal Water Agency', 'said', '300 homes had flooded'],
        ['the agency', 'said', 'work would begin next year'],
      ],
    );
    expect(entityOf(doc, 1)?.id).toBe(entityOf(doc, 0)?.id);
    expect(entityOf(doc, 1)?.kind).toBe('government');
  });

  it('resolves "The newspaper" opening a sentence to the paper named before', () => {
    const doc = resolveWith(
      'The Dunmore Courier reported that the fair would close early. The newspaper said the sheriff had asked for it.',
      [
        ['The Dunmore Courier', 'reported', 'that the fair would close early'],
        ['The newspaper', 'said', 'the sheriff had asked for it'],
      ],
    );
    expect(entityOf(doc, 1)?.id).toBe(entityOf(doc, 0)?.id);
    expect(entityOf(doc, 1)?.name).toBe('Dunmore Courier');
  });
});

describe('organizations called by the first words of their names', () => {
  it('reads "St. Aldric" and "Valley Mercy" as the health systems named before them', () => {
    const doc = resolveWith(
      'Talks between St. Aldric Health and Valley Mercy Partners are near a deal. St. Aldric said it would wait. Valley Mercy said the talks were early, and he said nothing.',
      [
        ['St. Aldric', 'said', 'it would wait'],
        ['Valley Mercy', 'said', 'the talks were early'],
      ],
    );
    expect(entityOf(doc, 0)).toMatchObject({ kind: 'organization', name: 'St. Aldric Health' });
    expect(entityOf(doc, 1)).toMatchObject({ kind: 'organization', name: 'Valley Mercy Partners' });
  });

  it('calls a company with a corporate ending by its first word: "Corvel" is Corvel Stores Inc.', () => {
    const doc = resolveWith('Corvel Stores Inc. said profit fell. Corvel plans to close 40 stores, the filing said.', [
      ['Corvel Stores Inc.', 'said', 'profit fell'],
      ['Corvel', 'plans', 'to close 40 stores'],
    ]);
    expect(entityOf(doc, 1)).toMatchObject({ kind: 'organization', name: 'Corvel Stores Inc.' });
  });

  it('takes labor federations for organizations: "the Ohio AFL-CIO", "the Teamsters"', () => {
    const doc = resolveWith('The Ohio AFL-CIO said it would canvass. The Teamsters said they agreed.', [
      ['The Ohio AFL-CIO', 'said', 'it would canvass'],
      ['The Teamsters', 'said', 'they agreed'],
    ]);
    expect(entityOf(doc, 0)?.kind).toBe('organization');
    expect(entityOf(doc, 1)?.kind).toBe('organization');
  });

  it('takes no one-word short form: "Clinton" is not the Clinton Foundation', () => {
    const doc = resolveWith('The Clinton Foundation said donations rose. Clinton said she was proud.', [
      ['The Clinton Foundation', 'said', 'donations rose'],
      ['Clinton', 'said', 'she was proud'],
    ]);
    expect(entityOf(doc, 0)?.kind).toBe('organization');
    expect(entityOf(doc, 1)).toMatchObject({ kind: 'person' });
  });

  it("keeps a person whose name begins an organization's apart from it", () => {
    const doc = resolveWith(
      'Dana Whitlock Associates said rents rose. Its founder, Dana Whitlock, said the plan would stay.',
      [
        ['Dana Whitlock Associates', 'said', 'rents rose'],
        ['Its founder, Dana Whitlock', 'said', 'the plan would stay'],
      ],
    );
    expect(entityOf(doc, 0)?.kind).toBe('organization');
    expect(entityOf(doc, 1)).toMatchObject({ kind: 'person', name: 'Dana Whitlock' });
  });
});

describe('companies and bodies the text describes', () => {
  it("keeps a body's name on its line and out of the day after it", () => {
    const doc = resolveWith(
      'Health Editor\nMidland Times\n\nThe National Health Protection Agency on Wednesday backed the vaccine. The agency said supplies were ample.',
      [['The agency', 'said', 'supplies were ample']],
    );
    expect(entityOf(doc, 0)).toMatchObject({ kind: 'government', name: 'National Health Protection Agency' });
  });

  it('reads a Group or Bancorp as a company, a Consortium as an organization, a Section as a government body and a preprint as a document', () => {
    const doc = resolveWith(
      "Orsini Health Group said it welcomed the offer. The company said talks went on. Harrowgate Bancorp said profit fell. The Nordic Deep Earth Consortium said it backs the work. The Justice Department's Public Integrity Section said no charges would follow. According to the preprint, the cells divided.",
      [
        ['Orsini Health Group', 'said', 'it welcomed the offer'],
        ['The company', 'said', 'talks went on'],
        ['Harrowgate Bancorp', 'said', 'profit fell'],
        ['The Nordic Deep Earth Consortium', 'said', 'it backs the work'],
        ["The Justice Department's Public Integrity Section", 'said', 'no charges would follow'],
        ['the preprint', 'According to', 'the cells divided'],
      ],
    );
    expect(entityOf(doc, 1)?.name).toBe('Orsini Health Group');
    expect([2, 3, 4, 5].map((k) => entityOf(doc, k)?.kind)).toEqual([
      'organization',
      'organization',
      'government',
      'document',
    ]);
  });

  it('reads stations and sites that are places as no outlet, and a radio station as one', () => {
    const doc = resolveWith(
      'Dr. Tobias Wren warned that mercury at two monitoring stations had doubled. A spokeswoman told a local radio station the plant would close.',
      [
        ['Dr. Tobias Wren', 'warned', 'mercury at two monitoring stations had doubled'],
        ['A spokeswoman', 'told', 'the plant would close'],
      ],
    );
    expect(viaOf(doc, 0)).toBeUndefined();
    expect(viaOf(doc, 1)?.kind).toBe('media');
  });

  it('types brands with a capital inside and names ending in Homes, Airport or Palace as organizations', () => {
    const doc = resolveWith(
      'TechCurrent said it would appeal. Kingsfold Homes said it did nothing wrong. Shannonmore Airport said flights resumed. Kellington Palace said the reports were false. Ron DeSantis said so. Amy McAdams said so too.',
      [
        ['TechCurrent', 'said', 'it would appeal'],
        ['Kingsfold Homes', 'said', 'it did nothing wrong'],
        ['Shannonmore Airport', 'said', 'flights resumed'],
        ['Kellington Palace', 'said', 'the reports were false'],
        ['Ron DeSantis', 'said', 'so'],
        ['Amy McAdams', 'said', 'so too'],
      ],
    );
    expect([0, 1, 2, 3, 4, 5].map((k) => entityOf(doc, k)?.kind)).toEqual([
      'organization',
      'organization',
      'organization',
      'organization',
      'person',
      'person',
    ]);
  });

  it('reads a surname that looks like a plural (Evans) as a person, and joins it to the full name', () => {
    const doc = resolveWith(
      'Mark Evans said the plan was wrong. Evans said so twice. Conservative Christians said no.',
      [
        ['Mark Evans', 'said', 'the plan was wrong'],
        ['Evans', 'said', 'so twice'],
        ['Conservative Christians', 'said', 'no'],
      ],
    );
    expect(entityOf(doc, 0)).toMatchObject({ kind: 'person', name: 'Mark Evans' });
    expect(entityOf(doc, 1)?.id).toBe(entityOf(doc, 0)?.id);
    expect(entityOf(doc, 2)?.kind).toBe('anonymous');
    const alone = resolveWith('Evans said the plan was wrong.', [['Evans', 'said', 'the plan was wrong']]);
    expect(entityOf(alone, 0)?.kind).toBe('person');
  });

  it('types a council of private bodies or professions as an organization, not a government body', () => {
    const doc = resolveWith(
      'The International Council of Chemical Associations said caps would raise costs. The Council of Economic Advisers said growth would slow.',
      [
        ['The International Council of Chemical Associations', 'said', 'caps would raise costs'],
        ['The Council of Economic Advisers', 'said', 'growth would slow'],
      ],
    );
    expect([0, 1].map((k) => entityOf(doc, k)?.kind)).toEqual(['organization', 'government']);
  });

  it('reads advocates as unnamed people', () => {
    const doc = resolveWith('Housing advocates say the case is typical.', [
      ['Housing advocates', 'say', 'the case is typical'],
    ]);
    expect(entityOf(doc, 0)?.kind).toBe('anonymous');
  });

  it('types names ending in Properties or Realty as organizations, and their first word after them', () => {
    const doc = resolveWith(
      'Kestrel Properties raised rents, tenants said. Kestrel said it cut costs. Dunmore Realty said so.',
      [
        ['tenants', 'said', 'Kestrel Properties raised rents'],
        ['Kestrel', 'said', 'it cut costs'],
        ['Dunmore Realty', 'said', 'so'],
      ],
    );
    expect(entityOf(doc, 1)).toMatchObject({ kind: 'organization', name: 'Kestrel Properties' });
    expect(entityOf(doc, 2)?.kind).toBe('organization');
  });

  it('types a name joined by an ampersand as an organization', () => {
    const doc = resolveWith('Hollis & Crane declined to comment. Dana Hollis said so.', [
      ['Hollis & Crane', 'declined', 'to comment'],
      ['Dana Hollis', 'said', 'so'],
    ]);
    expect([0, 1].map((k) => entityOf(doc, k)?.kind)).toEqual(['organization', 'person']);
  });

  it('types a name by the description before it and joins "the firm" and its first word to it', () => {
    const doc = resolveWith(
      'The shipping firm Halvorsen Lines said the fine was overdue. Halvorsen said its boats passed. The ferry union said the firm had ignored it.',
      [
        ['The shipping firm Halvorsen Lines', 'said', 'the fine was overdue'],
        ['Halvorsen', 'said', 'its boats passed'],
        ['The ferry union', 'said', 'the firm had ignored it'],
      ],
    );
    const firm = entityOf(doc, 0);
    expect(firm).toMatchObject({ kind: 'organization', name: 'Halvorsen Lines', descriptor: 'The shipping firm' });
    expect(entityOf(doc, 1)?.id).toBe(firm?.id);
  });

  it('names a body or person by the name given after "called" or "known as", not by the description', () => {
    const doc = resolveWith(
      'A coalition called Fair Fares for All said fares would rise. A local group known as Riders United said it would march. Riders United said the march was peaceful. The lawsuit filed by a former clerk named Ann Vey said she was fired.',
      [
        ['A coalition called Fair Fares for All', 'said', 'fares would rise'],
        ['A local group known as Riders United', 'said', 'it would march'],
        ['Riders United', 'said', 'the march was peaceful'],
        ['The lawsuit filed by a former clerk named Ann Vey', 'said', 'she was fired'],
      ],
    );
    expect(entityOf(doc, 0)).toMatchObject({
      kind: 'organization',
      name: 'Fair Fares for All',
      descriptor: 'A coalition',
    });
    expect(entityOf(doc, 1)).toMatchObject({ kind: 'organization', name: 'Riders United' });
    expect(entityOf(doc, 2)?.id).toBe(entityOf(doc, 1)?.id);
    expect(entityOf(doc, 3)?.kind).toBe('document');
  });

  it('types sports clubs as organizations, calls one by its name without "Atlético", and joins "the club" to it', () => {
    const doc = resolveWith(
      'Atlético Serrano fired its coach on Monday, the club said. Serrano said a new coach would come soon. Dunmore United said it had no interest. The United States said nothing.',
      [
        ['the club', 'said', 'Atlético Serrano fired its coach on Monday'],
        ['Serrano', 'said', 'a new coach would come soon'],
        ['Dunmore United', 'said', 'it had no interest'],
        ['The United States', 'said', 'nothing'],
      ],
    );
    expect(entityOf(doc, 0)).toMatchObject({ kind: 'organization', name: 'Atlético Serrano' });
    expect(entityOf(doc, 1)?.id).toBe(entityOf(doc, 0)?.id);
    expect(entityOf(doc, 2)?.kind).toBe('organization');
    expect(entityOf(doc, 3)?.kind).toBe('government');
  });

  it("types the press office of a university or club as an organization's, a ministry's as government", () => {
    const doc = resolveWith(
      "The university's press office said the talk was off. The ministry's press office said the visa was void.",
      [
        ["The university's press office", 'said', 'the talk was off'],
        ["The ministry's press office", 'said', 'the visa was void'],
      ],
    );
    expect(entityOf(doc, 0)?.kind).toBe('organization');
    expect(entityOf(doc, 1)?.kind).toBe('government');
  });

  it('names a person whose name has a particle, a relative clause after it, or an affiliation with "of"', () => {
    const doc = resolveWith(
      [
        'The opposition spokesman, Ines Pellow, who is no relation, said the plan failed.',
        'Security researcher Yusuf al-Mansouri, who tracks leak sites, said hospitals pay.',
        '"They pay fast," he said.',
        'Garrow Point Mayor Tomas van der Hoek said the road was shut.',
        'Det. Sgt. Brian Mulcahy of the Eastfield Police Department said no one was hurt.',
        'Marcus Abebe of Greyhill Capital said shares would fall.',
        'Former vice president Al Gore said so.',
      ].join(' '),
      [
        ['The opposition spokesman, Ines Pellow, who is no relation', 'said', 'the plan failed'],
        ['Security researcher Yusuf al-Mansouri, who tracks leak sites', 'said', 'hospitals pay'],
        ['he', 'said', '"They pay fast,"'],
        ['Garrow Point Mayor Tomas van der Hoek', 'said', 'the road was shut'],
        ['Det. Sgt. Brian Mulcahy of the Eastfield Police Department', 'said', 'no one was hurt'],
        ['Marcus Abebe of Greyhill Capital', 'said', 'shares would fall'],
        ['Former vice president Al Gore', 'said', 'so'],
      ],
    );
    const names = [0, 1, 3, 4, 5, 6].map((k) => [entityOf(doc, k)?.name, entityOf(doc, k)?.kind]);
    expect(names).toEqual([
      ['Ines Pellow', 'person'],
      ['Yusuf al-Mansouri', 'person'],
      ['Tomas van der Hoek', 'person'],
      ['Brian Mulcahy', 'person'],
      ['Marcus Abebe', 'person'],
      ['Al Gore', 'person'],
    ]);
    expect(entityOf(doc, 2)?.id).toBe(entityOf(doc, 1)?.id);
  });

  it('joins an agency\'s acronym and "the agency" to its name, and types networks, forecasters and firms', () => {
    const doc = resolveWith(
      [
        'The Federal Aviation Administration (FAA) said it would inspect jets.',
        'The FAA said checks would take weeks. The agency said no flights would stop.',
        'The hospital network said patients were told. The cable network said ratings rose.',
        'Forecasters warned of storms. Corvane Forensics said the attack was over.',
        'A ransomware group calling itself Black Lantern said it held the files.',
      ].join(' '),
      [
        ['The Federal Aviation Administration (FAA', 'said', 'it would inspect jets'],
        ['The FAA', 'said', 'checks would take weeks'],
        ['The agency', 'said', 'no flights would stop'],
        ['The hospital network', 'said', 'patients were told'],
        ['The cable network', 'said', 'ratings rose'],
        ['Forecasters', 'warned of', 'storms'],
        ['Corvane Forensics', 'said', 'the attack was over'],
        ['A ransomware group calling itself Black Lantern', 'said', 'it held the files'],
      ],
    );
    expect(entityOf(doc, 1)?.id).toBe(entityOf(doc, 0)?.id);
    expect(entityOf(doc, 2)?.id).toBe(entityOf(doc, 0)?.id);
    expect([3, 4, 5, 6].map((k) => entityOf(doc, k)?.kind)).toEqual([
      'organization',
      'media',
      'anonymous',
      'organization',
    ]);
    expect(entityOf(doc, 7)).toMatchObject({ name: 'Black Lantern', kind: 'organization' });
  });

  it('keeps a possessive inside a body\'s name, and reads "an industry body" as a private one', () => {
    const doc = resolveWith(
      "The Motorists' Alliance said duty was too high. The Global Coffee Research Council, an industry body, said prices would rise.",
      [
        ["The Motorists' Alliance", 'said', 'duty was too high'],
        ['The Global Coffee Research Council, an industry body', 'said', 'prices would rise'],
      ],
    );
    expect(entityOf(doc, 0)).toMatchObject({ name: "Motorists' Alliance", kind: 'organization' });
    expect(entityOf(doc, 1)?.kind).toBe('organization');
  });

  it('keeps a hyphenated participle inside a description, and Constable as a title', () => {
    const doc = resolveWith(
      'The Geneva-based UN agency said ice was melting. The self-described socialist said so. Detective Constable Sarah Pruitt said no.',
      [
        ['The Geneva-based UN agency', 'said', 'ice was melting'],
        ['The self-described socialist', 'said', 'so'],
        ['Detective Constable Sarah Pruitt', 'said', 'no'],
      ],
    );
    expect(entityOf(doc, 0)).toMatchObject({ name: 'The Geneva-based UN agency', kind: 'government' });
    expect(entityOf(doc, 1)).toMatchObject({ name: 'The self-described socialist', kind: 'anonymous' });
    expect(entityOf(doc, 2)?.name).toBe('Sarah Pruitt');
  });

  it('reads "The Ledger" opening a sentence as the paper, as "the Ledger" inside one', () => {
    const doc = resolveWith('The Ledger said the mayor had resigned. The mayor told the Ledger that he had not.', [
      ['The Ledger', 'said', 'the mayor had resigned'],
    ]);
    expect(entityOf(doc, 0)?.kind).toBe('media');
  });

  it("types a bare name by the maker it is described as, and leaves a chief executive's title out of his name", () => {
    const doc = resolveWith(
      'The Swedish carmaker Ostvik will close a plant, the company said. Ostvik said orders fell. Chief Executive Lars Berg said the plan was final.',
      [
        ['Ostvik', 'said', 'orders fell'],
        ['Chief Executive Lars Berg', 'said', 'the plan was final'],
      ],
    );
    expect(entityOf(doc, 0)).toMatchObject({ kind: 'organization', name: 'Ostvik' });
    expect(entityOf(doc, 1)).toMatchObject({ kind: 'person', name: 'Lars Berg' });
  });

  it('keeps a hyphenated name whole: "Jean-Luc Moreau", "Park Ji-ho"', () => {
    const doc = resolveWith(
      'Jean-Luc Moreau said the plan would work. A ministry spokesman, Park Ji-ho, said talks would resume.',
      [
        ['Jean-Luc Moreau', 'said', 'the plan would work'],
        ['A ministry spokesman, Park Ji-ho', 'said', 'talks would resume'],
      ],
    );
    expect(entityOf(doc, 0)?.name).toBe('Jean-Luc Moreau');
    expect(entityOf(doc, 1)?.name).toBe('Park Ji-ho');
  });

  it('joins the last part of a double-barrelled surname to the whole, in either order', () => {
    const doc = resolveWith(
      'Hawkins said the plant would close. Ms. Shanklin-Hawkins said workers were angry. Dr. Ana Ruiz-Vega said costs rose. Vega said prices would follow.',
      [
        ['Hawkins', 'said', 'the plant would close'],
        ['Ms. Shanklin-Hawkins', 'said', 'workers were angry'],
        ['Dr. Ana Ruiz-Vega', 'said', 'costs rose'],
        ['Vega', 'said', 'prices would follow'],
      ],
    );
    expect(entityOf(doc, 1)?.id).toBe(entityOf(doc, 0)?.id);
    expect(entityOf(doc, 3)?.id).toBe(entityOf(doc, 2)?.id);
    expect(entityOf(doc, 3)?.name).toBe('Ana Ruiz-Vega');
    const prefixed = resolveWith('Lena Trump said the vote was close. Anti-Trump said its members would march.', [
      ['Lena Trump', 'said', 'the vote was close'],
      ['Anti-Trump', 'said', 'its members would march'],
    ]);
    expect(entityOf(prefixed, 1)?.id).not.toBe(entityOf(prefixed, 0)?.id);
  });

  it('keeps a title word inside a body\'s name: "Casco General Hospital"', () => {
    const doc = resolveWith(
      'Nurses at Casco General Hospital went on strike. The hospital said it was pleased with the deal.',
      [['The hospital', 'said', 'it was pleased with the deal']],
    );
    expect(entityOf(doc, 0)).toMatchObject({ kind: 'organization', name: 'Casco General Hospital' });
  });

  it('leaves a country before a title out of the name: "U.S. Attorney Dana Whitfield"', () => {
    const doc = resolveWith(
      'U.S. Attorney Dana Whitfield said the case was strong. Whitfield said it would go to trial.',
      [
        ['U.S. Attorney Dana Whitfield', 'said', 'the case was strong'],
        ['Whitfield', 'said', 'it would go to trial'],
      ],
    );
    expect(entityOf(doc, 0)).toMatchObject({ kind: 'person', name: 'Dana Whitfield' });
    expect(entityOf(doc, 1)?.id).toBe(entityOf(doc, 0)?.id);
  });

  it('types a name by its appositive, and a public body as government', () => {
    const doc = resolveWith(
      'Teravik, a Norwegian mining company, said output fell. The Oslo port authority Havnevesen said ships were waiting.',
      [
        ['Teravik, a Norwegian mining company', 'said', 'output fell'],
        ['The Oslo port authority Havnevesen', 'said', 'ships were waiting'],
      ],
    );
    expect(entityOf(doc, 0)).toMatchObject({ kind: 'organization', name: 'Teravik' });
    expect(entityOf(doc, 1)).toMatchObject({ kind: 'government', name: 'Havnevesen' });
  });

  it("keeps a person described by a word that also names a body, and a clause's subject, apart", () => {
    const doc = resolveWith(
      'Real estate developer Mel Ardent said rents would rise. Ann Lee of Berenberg, a private bank, said rates would fall.',
      [
        ['Real estate developer Mel Ardent', 'said', 'rents would rise'],
        ['Ann Lee of Berenberg, a private bank', 'said', 'rates would fall'],
      ],
    );
    expect(entityOf(doc, 0)?.kind).toBe('person');
    expect(entityOf(doc, 1)?.kind).toBe('person');
  });

  it('reads "the company" as the company named lately, and not one named long before', () => {
    const doc = resolveWith(
      'Brennan Motors is recalling 40,000 vans, the company said. No injuries were reported, the company said.',
      [
        ['the company', 'said', 'Brennan Motors is recalling 40,000 vans'],
        ['the company', 'said', 'No injuries were reported'],
      ],
    );
    expect(entityOf(doc, 0)).toMatchObject({ kind: 'organization', name: 'Brennan Motors' });
    expect(entityOf(doc, 1)?.id).toBe(entityOf(doc, 0)?.id);
    const far = resolveWith(
      'Brennan Motors recalled vans. Rain fell. Roads flooded. Schools shut. Buses stopped. Ferries waited. The company said it would help.',
      [['The company', 'said', 'it would help']],
    );
    expect(entityOf(far, 0)).toMatchObject({ named: false });
  });

  it('reads "the company" as the body that spoke lately when no name or description says it is a business', () => {
    const doc = resolveWith(
      'Most members backed a strike, according to the union, the Health Workers Alliance. Riverside Health said it was disappointed. The company said it had offered raises.',
      [
        ['the union, the Health Workers Alliance', 'according to', 'Most members backed a strike'],
        ['Riverside Health', 'said', 'it was disappointed'],
        ['The company', 'said', 'it had offered raises'],
      ],
    );
    expect(entityOf(doc, 2)?.id).toBe(entityOf(doc, 1)?.id);
    const union = resolveWith(
      'Most members backed a strike, according to the union, the Health Workers Alliance. The company said it had offered raises.',
      [
        ['the union, the Health Workers Alliance', 'according to', 'Most members backed a strike'],
        ['The company', 'said', 'it had offered raises'],
      ],
    );
    expect(entityOf(union, 1)?.id).not.toBe(entityOf(union, 0)?.id);
  });

  it('reads "the beverage company" as no company named before it', () => {
    const doc = resolveWith('Brennan Motors said sales rose. The beverage company said sales fell.', [
      ['Brennan Motors', 'said', 'sales rose'],
      ['The beverage company', 'said', 'sales fell'],
    ]);
    expect(entityOf(doc, 1)?.id).not.toBe(entityOf(doc, 0)?.id);
  });

  it('finds a described company inside what someone said, for later references', () => {
    const doc = resolveWith(
      'The city and the shipping firm Halvorsen Lines, its partner, are close to a deal, officials said. The firm said talks would end Friday.',
      [
        ['officials', 'said', 'The city and the shipping firm Halvorsen Lines, its partner, are close to a deal'],
        ['The firm', 'said', 'talks would end Friday'],
      ],
    );
    expect(entityOf(doc, 1)).toMatchObject({ kind: 'organization', name: 'Halvorsen Lines' });
  });

  it('reads a state as its government, which later "they" do not mean', () => {
    const doc = resolveWith(
      'Ohio said the count would finish Friday. Voters in Ohio waited, and they said the lines were long.',
      [
        ['Ohio', 'said', 'the count would finish Friday'],
        ['they', 'said', 'the lines were long'],
      ],
    );
    expect(entityOf(doc, 0)).toMatchObject({ kind: 'government', name: 'Ohio' });
    expect(entityOf(doc, 1)?.id).not.toBe(entityOf(doc, 0)?.id);
  });

  it('joins a name the tagger read as an adverb to the name given before, but not a capitalised common noun', () => {
    const doc = resolveWith(
      'The ride-hailing company Skyward said it had pulled 300 vans. Skyward said riders would wait. Workers said they were told nothing. Dockworkers at Skyward said the same.',
      [
        ['The ride-hailing company Skyward', 'said', 'it had pulled 300 vans'],
        ['Skyward', 'said', 'riders would wait'],
        ['Workers', 'said', 'they were told nothing'],
      ],
    );
    expect(entityOf(doc, 1)?.id).toBe(entityOf(doc, 0)?.id);
    expect(entityOf(doc, 2)?.id).not.toBe(entityOf(doc, 0)?.id);
  });

  it('types acronyms after "The", the Fed, a party ending in an acronym, and House Democrats', () => {
    const doc = resolveWith(
      'The FEC said the filing was late. The Fed said rates would hold. The Eurosceptic RVP said it would campaign. House Democrats said they would object.',
      [
        ['The FEC', 'said', 'the filing was late'],
        ['The Fed', 'said', 'rates would hold'],
        ['The Eurosceptic RVP', 'said', 'it would campaign'],
        ['House Democrats', 'said', 'they would object'],
      ],
    );
    expect(entityOf(doc, 0)?.kind).toBe('organization');
    expect(entityOf(doc, 1)).toMatchObject({ kind: 'government', name: 'Fed' });
    expect(entityOf(doc, 2)?.kind).toBe('organization');
    expect(entityOf(doc, 3)).toMatchObject({ kind: 'anonymous', named: false });
  });

  it('types a name by the description of a business in apposition after it, inside what someone said', () => {
    const doc = resolveWith(
      "The regulator said it was investigating Vellmark Grain, the country's largest grain exporter, over prices. Vellmark denied wrongdoing. The company said it would cooperate.",
      [
        [
          'The regulator',
          'said',
          "it was investigating Vellmark Grain, the country's largest grain exporter, over prices",
        ],
        ['Vellmark', 'denied', 'wrongdoing'],
        ['The company', 'said', 'it would cooperate'],
      ],
    );
    expect(entityOf(doc, 1)).toMatchObject({ kind: 'organization', name: 'Vellmark Grain' });
    expect(entityOf(doc, 2)?.id).toBe(entityOf(doc, 1)?.id);
  });

  it('reads "the government" as a country or government named before, not a regulator', () => {
    const doc = resolveWith(
      'Ruritania said it would appeal. The competition authority said it had fined the exporter. The government said the fine was fair.',
      [
        ['Ruritania', 'said', 'it would appeal'],
        ['The competition authority', 'said', 'it had fined the exporter'],
        ['The government', 'said', 'the fine was fair'],
      ],
    );
    expect(entityOf(doc, 2)?.id).not.toBe(entityOf(doc, 1)?.id);
  });

  it('does not join a description to a name that opens a clause of its own', () => {
    const doc = resolveWith(
      'The week was chaotic for the campaign Ruiz was running. The campaign said Ruiz had quit.',
      [['The campaign', 'said', 'Ruiz had quit']],
    );
    expect(entityOf(doc, 0)?.name).not.toContain('Ruiz');
  });
});

describe('local papers the gazetteer lacks', () => {
  it('reads a masthead that opens with Daily or Sunday as an outlet, whole', () => {
    const doc = resolveWith('A source close to the coach told The Daily Spark that he wants to leave.', [
      ['A source close to the coach', 'told', 'that he wants to leave'],
    ]);
    expect(viaOf(doc, 0)).toMatchObject({ kind: 'media', name: 'Daily Spark' });
  });

  it('reads "the Ledger" as the Grantham Ledger named before it, and a full name after "the Ledger" as that paper', () => {
    const doc = resolveWith(
      'The plan was first reported by the Grantham Ledger. The mayor told the Ledger on Friday that it would pass. The Ledger said the vote was close, and the Grantham Ledger said so again.',
      [
        ['the Grantham Ledger', 'reported', 'The plan'],
        ['The mayor', 'told', 'that it would pass'],
        ['The Ledger', 'said', 'the vote was close'],
        ['the Grantham Ledger', 'said', 'so again'],
      ],
    );
    const ledger = entityOf(doc, 0);
    expect(ledger?.name).toBe('Grantham Ledger');
    expect(viaOf(doc, 1)?.id).toBe(ledger?.id);
    expect(entityOf(doc, 2)?.id).toBe(ledger?.id);
    expect(entityOf(doc, 3)?.id).toBe(ledger?.id);
  });

  it('keeps two papers of the same masthead word apart', () => {
    const doc = resolveWith('The Port Ellis Ledger said the dam held. The Grantham Ledger said it did not.', [
      ['The Port Ellis Ledger', 'said', 'the dam held'],
      ['The Grantham Ledger', 'said', 'it did not'],
    ]);
    expect(entityOf(doc, 0)?.id).not.toBe(entityOf(doc, 1)?.id);
  });
});

describe('endsWithOf', () => {
  it('needs the word "of" between white space at the end', () => {
    expect(endsWithOf('Johnnie Wilson, of ')).toBe(true);
    expect(endsWithOf('Wilson of\n')).toBe(true);
    expect(endsWithOf('Wilson of')).toBe(false);
    expect(endsWithOf('Wilson,of ')).toBe(false);
    expect(endsWithOf('Wilson proof ')).toBe(false);
    expect(endsWithOf('of ')).toBe(false);
  });
});

describe('mergeSorted', () => {
  const byFirst = (x: [number, string], y: [number, string]) => x[0] - y[0];
  it('orders as a stable sort of both lists one after the other', () => {
    const a: [number, string][] = [
      [1, 'a'],
      [3, 'a'],
      [3, 'a2'],
      [7, 'a'],
    ];
    const b: [number, string][] = [
      [0, 'b'],
      [3, 'b'],
      [8, 'b'],
      [9, 'b'],
    ];
    expect(mergeSorted(a, b, byFirst)).toEqual([...a, ...b].sort(byFirst));
    expect(mergeSorted([], b, byFirst)).toEqual(b);
    expect(mergeSorted(a, [], byFirst)).toEqual(a);
  });
});

describe('interview transcripts', () => {
  it('resolves the A of each answer to the person named before the first question, and Q to the interviewer', () => {
    const doc = resolveWith(
      'Q&A with the port chief on dredging\n\nPort director Ingrid Maalen took over in May. She spoke to Wire.\n\nQ: Will the channel be dredged?\n\nA: Yes, next spring.\n\nQ: At what cost?\n\nA: About 40 million crowns.\n',
      [
        ['Q', ':', 'Will the channel be dredged?'],
        ['A', ':', 'Yes, next spring.'],
        ['Q', ':', 'At what cost?'],
        ['A', ':', 'About 40 million crowns.'],
      ],
    );
    const answer = entityOf(doc, 1);
    expect(answer?.name).toBe('Ingrid Maalen');
    expect(answer?.kind).toBe('person');
    expect(entityOf(doc, 3)?.id).toBe(answer?.id);
    const interviewer = entityOf(doc, 0);
    expect(interviewer).toMatchObject({ name: 'the interviewer', kind: 'media', named: false });
    expect(entityOf(doc, 2)?.id).toBe(interviewer?.id);
  });
});
