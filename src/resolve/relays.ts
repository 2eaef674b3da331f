import { type AttributionLayerItem, type Doc, type EntityKind, POS_TAGS, type TokenLayer } from '../core/index.js';
import { isCitingCue, tokenIndexAt } from './chains.js';
import type { Resolution } from './entities.js';

/** Kinds of party that can be a claim's origin; `unknown` is mostly a reason cited ("citing low growth"). */
const ORIGIN_KINDS: ReadonlySet<EntityKind> = new Set([
  'person',
  'anonymous',
  'organization',
  'government',
  'document',
  'media',
]);

/** Who can relay what it cites: an outlet, or a document (`The report, citing two inspectors, said ...`). */
const RELAYING_KINDS: ReadonlySet<EntityKind> = new Set(['media', 'document']);

export interface RelayInput {
  doc: Doc;
  attributions: readonly AttributionLayerItem[];
  resolution: Resolution;
  /** The mention index of each attribution's source (-1: none). */
  sourceMention: Int32Array;
  /** Cited parties with their mention indices, in text order. */
  cited: readonly { mention: number; attribution: number }[];
}

export interface Relayed {
  attributions: AttributionLayerItem[];
  sourceMention: Int32Array;
  cited: { mention: number; attribution: number }[];
  /** New attribution index → the cluster that relayed it (an outlet, a document, a reporter). */
  via: Map<number, number>;
}

/**
 * `..., Bloomberg reported, citing people familiar with the matter.`:
 * PolNeAR annotates the outlet's report and its `citing` (whose content is
 * the people), but an editor reads the claim as the people's, relayed by the
 * outlet. So when an outlet or a document (or a person, in a report) cites a
 * party beside a report of its own in the same sentence, an attribution of
 * that report's content to the party (cue: the citing word; via: the relayer)
 * follows the citing one; both of PolNeAR's stay. Like `quotedAsSaying`'s,
 * it takes the surer of the two's confidence at most. `parent` indices are
 * renumbered for the insertions.
 */
export function relayCitedParties(input: RelayInput): Relayed {
  const { doc, attributions, resolution, sourceMention } = input;
  const tokens = doc.need('tokens');
  const { clusterOf, clusters } = resolution;
  const clusterOfAttribution = (a: number) => (sourceMention[a] >= 0 ? clusterOf[sourceMention[a]] : -1);
  const sentenceOf = (a: number) => tokens.sentence[tokenIndexAt(tokens, attributions[a].cue[0].start)];
  // Whether each attribution's content is a claim, worked out once (a run-on text's contents are long).
  const claims = new Map<number, boolean>();
  const isClaimAt = (h: number) => {
    let claim = claims.get(h);
    if (claim === undefined) {
      claim = isClaim(tokens, attributions[h]);
      claims.set(h, claim);
    }
    return claim;
  };
  const added = new Map<number, { attribution: AttributionLayerItem; mention: number; relayer: number }>();
  const partiesOf = new Map<number, number[]>();
  for (const { mention, attribution } of input.cited) {
    const list = partiesOf.get(attribution);
    if (list) list.push(mention);
    else partiesOf.set(attribution, [mention]);
  }
  for (const [citing, parties] of partiesOf) {
    // The first party of a list stands for the list; the source is the list without what follows it.
    const mention = parties[0];
    const relayer = clusterOfAttribution(citing);
    const party = clusterOf[mention];
    if (relayer < 0 || party < 0 || party === relayer) continue;
    if (!ORIGIN_KINDS.has(clusters[party].kind)) continue;
    const sameRelayer = (h: number) => clusterOfAttribution(h) === relayer;
    const host = hostReport(doc.text, attributions, citing, sentenceOf, sameRelayer, isClaimAt);
    // A person relays what they cite only in a report of theirs (`Ines Marchetti reported, citing club
    // sources`): `Senator Ada Fenwright said, citing two economists` argues from them.
    if (host < 0 || !(RELAYING_KINDS.has(clusters[relayer].kind) || isReport(tokens, attributions[host]))) continue;
    const report = attributions[host];
    const cites = attributions[citing];
    const last = resolution.mentions[parties[parties.length - 1]];
    added.set(citing, {
      attribution: {
        cue: cites.cue.map((span) => ({ ...span })),
        source: [{ start: resolution.mentions[mention].start, end: last.end }],
        content: report.content.map((span) => ({ ...span })),
        kind: report.kind,
        confidence: Math.min(report.confidence, cites.confidence),
        parent: report.parent,
        entity: null,
        via: null,
        rule: 'cited-party',
      },
      mention,
      relayer,
    });
  }
  if (added.size === 0) {
    return { attributions: [...attributions], sourceMention, cited: [...input.cited], via: new Map() };
  }
  // Old index → new index: each added attribution goes right after its citing one.
  const renumbered = new Int32Array(attributions.length);
  const result: AttributionLayerItem[] = [];
  const mentions: number[] = [];
  const via = new Map<number, number>();
  attributions.forEach((attribution, a) => {
    renumbered[a] = result.length;
    result.push(attribution);
    mentions.push(sourceMention[a]);
    const extra = added.get(a);
    if (extra) {
      via.set(result.length, extra.relayer);
      result.push(extra.attribution);
      mentions.push(extra.mention);
    }
  });
  for (const attribution of result) {
    if (attribution.parent !== null) attribution.parent = renumbered[attribution.parent];
  }
  return {
    attributions: result,
    sourceMention: Int32Array.from(mentions),
    cited: input.cited.map((c) => ({ mention: c.mention, attribution: renumbered[c.attribution] })),
    via,
  };
}

/** How far from the citing cue (in characters) a report's cue is looked for: within a sentence's reach. */
const MAX_HOST_DISTANCE = 400;

/**
 * The report that a citing attribution backs: the nearest other attribution
 * of the same relayer in its sentence, on either side (the layer is in cue
 * order; the walk stops past MAX_HOST_DISTANCE, so a long run-on text stays
 * linear), whose content is a clause (a claim, not `the talks` or `The
 * news`) and whose cue is no citing one; -1 when there is none.
 */
function hostReport(
  text: string,
  attributions: readonly AttributionLayerItem[],
  citing: number,
  sentenceOf: (a: number) => number,
  sameRelayer: (h: number) => boolean,
  isClaimAt: (h: number) => boolean,
): number {
  const at = attributions[citing].cue[0].start;
  const sentence = sentenceOf(citing);
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const step of [-1, 1]) {
    for (let h = citing + step; h >= 0 && h < attributions.length; h += step) {
      const candidate = attributions[h];
      const distance = Math.abs(candidate.cue[0].start - at);
      if (distance > MAX_HOST_DISTANCE) break;
      if (h === citing || candidate.parent === citing || sentenceOf(h) !== sentence || !sameRelayer(h)) continue;
      if (isCitingCue(text, candidate) || !isClaimAt(h)) continue;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = h;
      }
      break;
    }
  }
  return best;
}

/** Tags of a claim's predicate (wink-nlp tags some past participles as adjectives: `soured`). */
const PREDICATE_TAGS: ReadonlySet<number> = new Set(
  (['VERB', 'AUX', 'ADJ'] as const).map((tag) => POS_TAGS.indexOf(tag)),
);
/** Fewer words than this make no claim (`that`, `The news`). */
const MIN_CLAIM_TOKENS = 3;

/** Whether the attribution's cue is a form of `report` (`reported`, `first reported`). */
function isReport(tokens: TokenLayer, attribution: AttributionLayerItem): boolean {
  const cue = attribution.cue[attribution.cue.length - 1];
  return tokens.lemma.slice(tokenIndexAt(tokens, cue.start), tokenIndexAt(tokens, cue.end - 1) + 1).includes('report');
}

/**
 * Whether an attribution's content reads as a claim: a few words, one of
 * which a predicate, or a clause before its cue (`Each episode cost roughly
 * $18 million, the Gazette said`, whatever wink-nlp made of `cost`).
 */
function isClaim(tokens: TokenLayer, attribution: AttributionLayerItem): boolean {
  const spans = attribution.content;
  const inverted = spans.length > 0 && spans[spans.length - 1].end <= attribution.cue[0].start;
  let words = 0;
  let predicate = inverted;
  for (const span of spans) {
    for (let k = tokenIndexAt(tokens, span.start); k < tokens.count && tokens.start[k] < span.end; k++) {
      words++;
      if (PREDICATE_TAGS.has(tokens.pos[k])) predicate = true;
    }
  }
  return predicate && words >= MIN_CLAIM_TOKENS;
}
