import type { AttributionLayerItem, Doc, Stage } from '../core/index.js';
import { cueScorerFor } from './cue-tables.js';
import {
  type CueSpan,
  completeAuxiliaryCues,
  completeInfinitiveCues,
  mergeOverlappingCues,
  tagCues,
  takeInAuxiliaries,
  withoutDurationCues,
  withoutMastheadCues,
  withoutNamingParticiples,
} from './cue-tagger.js';
import { startAfterDatelines } from './datelines.js';
import { cuesWithLearnedEdges } from './learned-edges.js';
import {
  assignParents,
  closedParentheticalParticiples,
  dropRepeatedContents,
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
  subjectsOfPassiveReports,
  withoutCrossingSpans,
  withoutLeadingBullets,
  withoutOthersSpeakers,
} from './link/document.js';
import { linkAttribution } from './link.js';
import { type AttributionModel, loadModel } from './model.js';
import { isReportersQuestion } from './reporters-questions.js';
import { TaggingBuffers, tagRoles } from './role-beam.js';
import { roleScorerFor } from './role-tables.js';
import {
  withImpersonalReportCues,
  withInvertedReportCues,
  withPassiveReportCues,
  withQuoteTagCues,
  withReportingNounCues,
  withStatesCues,
  withSurveyCues,
  withTranscriptCues,
} from './rule-cues.js';
import { buildTokenView } from './token-view.js';

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

/**
 * The attributions of `doc`. Those less sure than `minConfidence` (the
 * model's floor unless given) are dropped, except a reporter's question,
 * which the calibration underrates.
 */
export function extractAttributions(
  doc: Doc,
  model: AttributionModel,
  minConfidence = model.minConfidence,
): AttributionLayerItem[] {
  const view = buildTokenView(doc, model.lexicon);
  const debris = boilerplateTokens(doc);
  // Cues the tagger cannot find come from rules: `In a new poll, ...`, `..., CNN reports.`
  // (held-out train, fixed taggers: cue exact +0.0024 to +0.0028 on each of four seeds).
  const byTagger = tagCues(doc, view, cueScorerFor(view, model.cue));
  const tagged = RULE_CUES.reduce((cues, rule) => rule(doc, cues), byTagger);
  const completed = takeInAuxiliaries(
    doc,
    completeAuxiliaryCues(doc, withoutMastheadCues(doc, withoutNamingParticiples(doc, view, tagged)), view.speechVerb),
  );
  const cues = mergeOverlappingCues(withoutDurationCues(doc, completeInfinitiveCues(doc, completed))).filter(
    (cue) => !debris[cue.first],
  );
  // The role tagger learned from the annotators' cues, so it reads cues best with their edges
  // (held-out train, fixed taggers: every figure up to +0.0025 on each of four seeds but
  // relation −0.0004 to +0.0011; the edges are moved again after linking).
  cuesWithLearnedEdges(doc, model.edges.cue, cues);
  const isCueToken = new Uint8Array(view.count);
  for (const cue of cues) isCueToken.fill(1, cue.first, cue.end);
  // Every cue's roles are tagged before any is linked, so that each phase keeps its own
  // working set (the role tagger's weights, linking's phrase tables) in the CPU caches.
  const scorer = roleScorerFor(view, model.role);
  const buffers = new TaggingBuffers();
  const taggings = cues.map((cue) => tagRoles(doc, view, scorer, cue, isCueToken, buffers));
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
  subjectBeforeParticipleAside(doc, attributions);
  participleAfterReport(doc, attributions);
  participleSubject(doc, attributions);
  sourcesBeforeInnerClauses(doc, attributions);
  keepContentsInsideSources(attributions);
  startAfterDatelines(doc, attributions);
  withoutOthersSpeakers(doc, attributions);
  raisedSubjects(doc, attributions);
  subjectsOfPassiveReports(doc, attributions);
  reducedPassiveReports(doc, attributions);
  attributions = layoutLabels(
    doc,
    relayedQuotations(doc, quotedAsSaying(doc, view, withoutCrossingSpans(doc, attributions))),
  );
  quotationParagraphs(doc, attributions);
  withoutLeadingBullets(doc, attributions);
  assignParents(attributions);
  return attributions;
}

/**
 * The extraction stage with a given model (the shipped one by default, loaded
 * on first use) and confidence floor (the model's by default).
 */
export function attributionStageWith(modelPath?: string, minConfidence?: number): Stage {
  return {
    name: 'attributions',
    needs: ['tokens', 'sentences', 'quotes', 'boilerplate'],
    adds: ['attributions'],
    run(doc: Doc) {
      doc.attributions = extractAttributions(doc, loadModel(modelPath), minConfidence);
    },
  };
}

export const attributionStage = attributionStageWith();
