/**
 * Head-noun classes that decide what sort of source a description is. Heads
 * are matched singular and lower-case (see `singular`).
 */

const words = (list: string) => new Set(list.trim().split(/\s+/));

/** People referred to by role rather than name; unnamed, they are anonymous sources ("a senior official"). */
/** The head of "the 26-year-old". */
export const AGE_HEAD = 'year-old';

export const PERSON_HEADS = words(`
  year-old
  official source aide adviser advisor spokesman spokeswoman spokesperson representative person people insider
  expert analyst critic supporter voter resident observer lawmaker legislator diplomat officer agent staffer employee
  member leader activist protester demonstrator witness american democrat republican parent student worker economist
  strategist operative donor delegate senator congressman congresswoman prosecutor regulator investigator scientist
  researcher doctor physician lawyer attorney friend relative neighbor colleague commander general admiral soldier
  veteran executive manager director chairman chairwoman chair president ceo founder owner minister secretary governor
  mayor judge justice nominee candidate businessman businesswoman billionaire mogul politician insurgent rebel militant
  fighter victim survivor man woman men women mother father wife husband son daughter brother sister child teacher
  pastor priest bishop cleric professor historian scholar author writer reporter journalist correspondent editor
  columnist commentator host anchor moderator announcer narrator pollster consultant lobbyist contractor negotiator
  envoy ambassador emissary chief deputy ally partisan conservative liberal progressive libertarian independent
  surrogate backer opponent rival challenger incumbent running mate staff team player coach fan user observer
  campaigner organizer volunteer citizen taxpayer immigrant refugee migrant farmer miner nurse physicist engineer
  officeholder appointee nominator detective sheriff trooper policeman policewoman guard inspector auditor
  statesman stateswoman monarch king queen prince princess emperor dictator strongman leader premier chancellor
  speaker whip assemblyman assemblywoman councilman councilwoman councilor commissioner superintendent trustee
  evangelical birther bircher bystander onlooker participant respondent customer client patient contender reader
  terrorist extremist jihadist islamist gunman attacker suspect hacker criminal assailant shooter
  family household viewer listener follower loyalist hardliner moderate centrist attendee delegate elector
  skeptic sceptic cynic medic juror forecaster meteorologist evacuee shopper passenger driver pilot tenant homeowner landlord retiree
  commuter motorist traveler traveller tourist visitor spectator eyewitness caller neighbour paramedic firefighter
  rescuer mourner protestor striker picketer clerk cashier bartender waiter owner shopkeeper vendor merchant trader
  investor shareholder banker broker dealer accountant entrepreneur consumer buyer seller landowner rancher fisherman
  publicist administrator coordinator supervisor mediator arbitrator barrister solicitor defendant plaintiff dean
  provost lecturer technician surgeon dentist pharmacist therapist
  criminologist epidemiologist virologist immunologist sociologist psychologist psychiatrist pediatrician
  paediatrician geriatrician biologist climatologist ecologist geologist seismologist cardiologist oncologist
  neurologist toxicologist pathologist anthropologist archaeologist demographer statistician nutritionist dietitian
  midwife counsellor counselor councillor academic organiser pensioner headteacher headmaster headmistress
  schoolteacher shopkeeper carer advocate proponent astronomer astrophysicist agronomist
`);

/** Kin terms name one known person: "my mother", "his wife". */
export const KIN_HEADS = words(
  `mother father wife husband son daughter brother sister grandmother grandfather aunt uncle`,
);

/**
 * Roles that name one person in a context: "the governor", "the mayor", "the
 * president". Definite, they point at someone identifiable, not anonymous.
 */
export const UNIQUE_ROLE_HEADS = words(`
  president governor mayor chairman chairwoman chair ceo founder owner minister secretary judge justice nominee
  candidate senator congressman congresswoman businessman businesswoman billionaire mogul chancellor premier
  speaker king queen pope prince princess emperor dictator host anchor moderator announcer narrator commissioner
  superintendent sheriff chief director commander general admiral ambassador envoy author incumbent challenger
  republican democrat libertarian
`);

/** Texts that stand as sources: "the report said", "the poll shows". */
export const DOCUMENT_HEADS = words(`
  report poll survey study statement memo memorandum letter tweet post email e-mail filing analysis data book article
  piece film documentary ad advertisement commercial video release document record transcript ruling indictment
  complaint lawsuit suit order bill law charter standard guideline estimate forecast figure finding paper review
  audit assessment tally count projection model chart graph map footage audio recording message note column editorial
  op-ed essay blog website page announcement communique communiqué decree resolution verdict opinion brief motion
  petition proposal plan platform manifesto survey census index average exit chronicle diary log text caption headline
  story account summary investigation probe inquiry testimony affidavit warrant subpoena notice advisory bulletin
  press-release readout transcript minutes agenda policy treaty agreement deal accord constitution amendment article
  preprint abstract dataset
  rule regulation code act measure legislation ordinance manual handbook guidance tweetstorm thread
  evidence documents records statistics numbers results returns copy draft excerpt result
`);

/** Generic names for a news outlet: "the newspaper reported". */
export const MEDIA_HEADS = words(`
  newspaper paper network channel broadcaster magazine outlet publication website site tabloid daily weekly wire
  station newsroom broadsheet journal
`);

/** Whether a lower-case singular noun is in any head class. */
export function isHeadNoun(word: string): boolean {
  return (
    PERSON_HEADS.has(word) ||
    DOCUMENT_HEADS.has(word) ||
    MEDIA_HEADS.has(word) ||
    GOVERNMENT_HEADS.has(word) ||
    ORGANIZATION_HEADS.has(word) ||
    QUANTITY_HEADS.has(word)
  );
}

/** Government bodies named by their head: "the ministry", "the administration". */
export const GOVERNMENT_HEADS = words(`
  government administration ministry department agency bureau commission court council parliament congress senate
  legislature police military army navy regime cabinet embassy consulate authority authorities prosecutor's
  state city county municipality kremlin pentagon presidency junta office panel committee service directorate
  inspectorate tribunal assembly duma knesset bundestag
`);

/** Organizations named by their head: "the campaign", "the company". */
export const ORGANIZATION_HEADS = words(`
  campaign company firm group party union organization organisation foundation institute center centre association
  bank corporation team coalition university college school hospital charity pac club fund church lobby board
  alliance league society federation trust caucus movement nonprofit think-tank tank firm employer manufacturer
  producer retailer insurer carrier airline automaker maker developer utility operator pollster chain brand
  startup conglomerate consortium cooperative syndicate exporter importer supplier distributor lender refiner
  carmaker chipmaker drugmaker steelmaker planemaker shipbuilder shipper brewer bottler grocer provider platform
`);

/** Quantity heads whose `of` phrase carries the real head: "52 percent of voters", "most of the officials". */
export const QUANTITY_HEADS = words(
  `percent percentage share majority minority number half third quarter most many some all few rest plurality bulk group handful couple dozen`,
);

/** Plural nouns that do not end in -s. */
const IRREGULAR_PLURALS = new Map([
  ['people', 'person'],
  ['men', 'man'],
  ['women', 'woman'],
  ['children', 'child'],
  ['police', 'police'],
  ['staff', 'staff'],
  ['media', 'media'],
  ['data', 'data'],
  ['authorities', 'authority'],
  ['policemen', 'policeman'],
  ['spokesmen', 'spokesman'],
  ['spokeswomen', 'spokeswoman'],
  ['congressmen', 'congressman'],
  ['businessmen', 'businessman'],
  ['chairmen', 'chairman'],
]);

/** Words ending in -s that are singular. */
/** Words ending in s that are not plurals ("Mrs" is no more than one "Mr"). */
const SINGULAR_S = /(?:ss|us|is|ics|news|ous|ws|^mrs)$/;

/**
 * Singular of a lower-case noun (a token's or word's `lower`: converting the
 * case again would cost more than the rest), and whether the form given was plural.
 */
export function singular(lower: string): { word: string; plural: boolean } {
  const irregular = IRREGULAR_PLURALS.get(lower);
  if (irregular) return { word: irregular, plural: lower !== 'staff' && lower !== 'data' && lower !== 'media' };
  // Every other plural ends in -s; most nouns do not, and need no further test.
  if (!lower.endsWith('s')) return { word: lower, plural: false };
  if (lower.length > 3 && lower.endsWith('ies')) return { word: `${lower.slice(0, -3)}y`, plural: true };
  if (lower.length > 3 && /(?:ches|shes|sses|xes)$/.test(lower)) return { word: lower.slice(0, -2), plural: true };
  // "critics", "skeptics": the -ics of "politics" is a plural when the -ic word is a person.
  const ic = lower.endsWith('ics') ? lower.slice(0, -1) : '';
  if (ic && PERSON_HEADS.has(ic)) return { word: ic, plural: true };
  if (lower.length > 2 && lower.endsWith('s') && !SINGULAR_S.test(lower))
    return { word: lower.slice(0, -1), plural: true };
  return { word: lower, plural: false };
}

/** Heads that say the person is a woman or a man: they settle pronoun agreement for unnamed people. */
export const FEMALE_HEADS = words(`
  spokeswoman chairwoman congresswoman businesswoman woman mother wife daughter sister queen princess actress
  grandmother girl lady councilwoman assemblywoman policewoman stateswoman widow aunt niece mrs ms
`);
export const MALE_HEADS = words(`
  spokesman chairman congressman businessman man father husband son brother king prince actor grandfather boy
  councilman assemblyman policeman statesman widower uncle nephew mr
`);

/**
 * Whether a lower-case singular noun heads a description of a body (`firm`,
 * `ministry`, `newspaper`), not of a person: "real estate developer Ann
 * Lee" and "film producer Ann Lee" are people.
 */
export function isBodyHead(head: string): boolean {
  return (
    (ORGANIZATION_HEADS.has(head) || GOVERNMENT_HEADS.has(head) || MEDIA_HEADS.has(head)) &&
    !PERSON_HEADS.has(head) &&
    !PERSON_OR_BODY_HEADS.has(head)
  );
}

const PERSON_OR_BODY_HEADS = new Set(['developer', 'producer', 'employer', 'chair', 'state']);
