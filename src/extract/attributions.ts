import { type AttributionLayerItem, type Doc, type Stage, WorkingLayer } from '../core/index.js';
import { cueScorerFor } from './cue-tables.js';
import {
  type CueSpan,
  completeAuxiliaryCues,
  completeInfinitiveCues,
  mergeOverlappingCues,
  tagCues,
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
import { startAfterDatelines } from './datelines.js';
import { cuesWithLearnedEdges } from './learned-edges.js';
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
} from './link/document.js';
import { linkAttribution } from './link.js';
import { type AttributionModel, loadModel } from './model.js';
import { isReportersQuestion } from './reporters-questions.js';
import { TaggingBuffers, tagRoles } from './role-beam.js';
import { roleScorerFor } from './role-tables.js';
import type { RoleTagging } from './role-tagger.js';
import {
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
import { buildTokenView, type TokenView } from './token-view.js';

/** The rules for cues the tagger misses, in the order they run (each sees the cues found before it). */
const RULE_CUES: readonly ((doc: Doc, cues: CueSpan[]) => CueSpan[])[] = [
  withSurveyCues,
  withReportingNounCues,
  withImpersonalReportCues,
  withPassiveReportCues,
  withTranscriptCues,
  withQuoteTagCues,
  withStatesCues,
  withInvertedReportCues,
  withPerCues,
  withSignOffCues,
  withFrontedSpeechCues,
  withNameColonCues,
  withAsReportedByCues,
];

/** The rules that drop cues the tagger and the rules took for cues, in the order they run (the token view for those that read it). */
const CUE_FILTERS: readonly ((doc: Doc, cues: CueSpan[], view: TokenView) => CueSpan[])[] = [
  withoutNamingParticiples,
  withoutEpithetParticiples,
  withoutRelayParticiples,
  withoutProductRecalls,
  withoutMoneyClaims,
  withoutMastheadCues,
  withoutSettingNouns,
  withoutSummonsCues,
  withoutAddingTo,
  withoutPhoneCalls,
];

/** Tokens inside boilerplate (ad markers, credits) are never cues. */
function boilerplateTokens(doc: Doc): Uint8Array {
  const tokens = doc.need('tokens');
  const flags = new Uint8Array(tokens.count);
  let t = 0;
  for (const debris of doc.need('boilerplate')) {
    while (t < tokens.count && tokens.end[t] <= debris.start) t++;
    for (let k = t; k < tokens.count && tokens.start[k] < debris.end; k++) flags[k] = 1;
  }
  return flags;
}

/** What cue finding leaves for role tagging and linking. */
export interface FoundCues {
  view: TokenView;
  cues: CueSpan[];
  /** 1 for every token of a cue. */
  isCueToken: Uint8Array;
}

/** Cues the tagger and the rules find, with the edges the annotators give them. */
export function findCues(doc: Doc, model: AttributionModel): FoundCues {
  const view = buildTokenView(doc, model.lexicon);
  const debris = boilerplateTokens(doc);
  // Cues the tagger cannot find come from rules: `In a new poll, ...`, `..., CNN reports.`
  // (held-out train, fixed taggers: cue exact +0.0024 to +0.0028 on each of four seeds).
  const byTagger = tagCues(doc, view, cueScorerFor(view, model.cue));
  const tagged = RULE_CUES.reduce((cues, rule) => rule(doc, cues), byTagger);
  const kept = CUE_FILTERS.reduce((cues, filter) => filter(doc, cues, view), tagged);
  const completed = takeInAuxiliaries(doc, completeAuxiliaryCues(doc, kept, view.speechVerb));
  const cues = mergeOverlappingCues(withoutDurationCues(doc, completeInfinitiveCues(doc, completed))).filter(
    (cue) => !debris[cue.first],
  );
  // The role tagger learned from the annotators' cues, so it reads cues best with their edges
  // (held-out train, fixed taggers: every figure up to +0.0025 on each of four seeds but
  // relation −0.0004 to +0.0011; the edges are moved again after linking).
  cuesWithLearnedEdges(doc, model.edges.cue, cues);
  const isCueToken = new Uint8Array(view.count);
  for (const cue of cues) isCueToken.fill(1, cue.first, cue.end);
  return { view, cues, isCueToken };
}

/** Each cue's source and content tags, in the order of the cues. */
export function tagRolesOfCues(
  doc: Doc,
  model: AttributionModel,
  { view, cues, isCueToken }: FoundCues,
): RoleTagging[] {
  const scorer = roleScorerFor(view, model.role);
  const buffers = new TaggingBuffers();
  return cues.map((cue) => tagRoles(doc, view, scorer, cue, isCueToken, buffers));
}

/**
 * The attributions the cues and their role taggings make, after the
 * document-wide rules. Those less sure than `minConfidence` are dropped,
 * except a reporter's question, which the calibration underrates.
 */
export function linkCues(
  doc: Doc,
  model: AttributionModel,
  { view, cues, isCueToken }: FoundCues,
  taggings: readonly RoleTagging[],
  minConfidence: number,
): AttributionLayerItem[] {
  let attributions: AttributionLayerItem[] = [];
  for (let c = 0; c < cues.length; c++) {
    const attribution = linkAttribution(doc, view, cues[c], taggings[c], model.calibration, isCueToken, model.edges);
    if (attribution && (attribution.confidence >= minConfidence || isReportersQuestion(doc, attribution))) {
      attributions.push(attribution);
    }
  }
  attributions = dropRepeatedContents(attributions);
  closedParentheticalParticiples(doc, attributions);
  participleAsidesBeforeThat(doc, attributions);
  sharedSubjectOfJoinedCue(doc, attributions);
  subjectOfJoinedVerb(doc, attributions);
  subjectOfVerbBeforeJoinedCue(doc, attributions);
  subjectWithAsideOfJoinedVerb(doc, attributions);
  subjectBeforeParticipleAside(doc, attributions);
  participleAfterReport(doc, attributions);
  participleSubject(doc, attributions);
  sourcesBeforeInnerClauses(doc, attributions);
  contentsAfterRelativeAsides(doc, attributions);
  keepContentsInsideSources(attributions);
  startAfterDatelines(doc, attributions);
  withoutOthersSpeakers(doc, attributions);
  endBeforeOthersSentences(doc, attributions);
  raisedSubjects(doc, attributions);
  subjectsOfPassiveReports(doc, attributions);
  reducedPassiveReports(doc, attributions);
  attributions = layoutLabels(
    doc,
    relayedQuotations(doc, quotedAsSaying(doc, view, withoutCrossingSpans(doc, attributions))),
  );
  quotationParagraphs(doc, attributions);
  withoutLeadingBullets(doc, attributions);
  withoutFurnitureInContents(doc, attributions);
  assignParents(attributions);
  return attributions;
}

/**
 * The attributions of `doc`, all phases at once (the model's confidence
 * floor unless given): every cue's roles are tagged before any is linked,
 * so that each phase keeps its own working set in the CPU caches.
 */
export function extractAttributions(
  doc: Doc,
  model: AttributionModel,
  minConfidence = model.minConfidence,
): AttributionLayerItem[] {
  const found = findCues(doc, model);
  return linkCues(doc, model, found, tagRolesOfCues(doc, model, found), minConfidence);
}

/** Cues found, waiting for their roles. */
const FOUND_CUES = new WorkingLayer<FoundCues>('cues found');
/** Cues and their role taggings, waiting to be linked. */
const TAGGED_CUES = new WorkingLayer<{ found: FoundCues; taggings: RoleTagging[] }>('roles tagged');
const TEXT_LAYERS = ['tokens', 'sentences', 'quotes', 'boilerplate'] as const;

/**
 * The extraction as three stages, with a given model (the shipped one by
 * default, loaded on first use) and confidence floor (the model's by
 * default): cue finding, role tagging, linking. Over a batch each phase runs
 * for every document before the next starts, so that its tables (the cue
 * tagger's weights, the role tagger's, linking's) stay in the CPU caches.
 */
export function attributionStagesWith(modelPath?: string, minConfidence?: number): Stage[] {
  return [
    {
      name: 'cues',
      needs: TEXT_LAYERS,
      adds: [FOUND_CUES],
      run(doc: Doc) {
        doc.hand(FOUND_CUES, findCues(doc, loadModel(modelPath)));
      },
    },
    {
      name: 'roles',
      needs: [...TEXT_LAYERS, FOUND_CUES],
      adds: [TAGGED_CUES],
      run(doc: Doc) {
        const found = doc.take(FOUND_CUES);
        doc.hand(TAGGED_CUES, { found, taggings: tagRolesOfCues(doc, loadModel(modelPath), found) });
      },
    },
    {
      name: 'attributions',
      needs: [...TEXT_LAYERS, TAGGED_CUES],
      adds: ['attributions'],
      run(doc: Doc) {
        const model = loadModel(modelPath);
        const { found, taggings } = doc.take(TAGGED_CUES);
        doc.attributions = linkCues(doc, model, found, taggings, minConfidence ?? model.minConfidence);
      },
    },
  ];
}

export const attributionStages = attributionStagesWith();
