import { type AttributionLayerItem, type Doc, firstEndingAfter, partitionPoint, type Span } from '../core/index.js';
import type { Cluster } from './cluster.js';
import type { Resolution } from './entities.js';

/**
 * Words that make an outlet the channel of a statement: "told the Times",
 * "in an interview with CNN", "said on Fox News", "wrote in The Atlantic",
 * "a senior official at the Times", "documents obtained by the Ledger", "an
 * official quoted by the paper". They must stand right before the outlet.
 */
const CHANNEL_BEFORE_OUTLET =
  /(?:\btold|\bto|\bwith|\bon|\bat|\bin|\bvia|\bfor|\b(?:report|story|article|investigation|analysis|obtained|seen|reviewed|viewed|quoted|cited|interviewed|contacted|reached)\s+by)\s+$/i;

/**
 * "a report by Channel 9 News", "a report in the Sunday Glimpse": an outlet
 * named inside a document source, which is the channel of its content (and
 * of what is nested in it). Group 1 is the outlet's phrase.
 */
const OUTLET_IN_DOCUMENT =
  /\b(?:report|story|article|investigation|analysis|interview|broadcast|column|editorial)s?\s+(?:by|in|from|on)\s+((?:the\s+)?\p{Lu}[\p{L}\d.&’'-]*(?:\s+[\p{Lu}\d][\p{L}\d.&’'-]*){0,4})$/u;

/**
 * "documents obtained by the Medical Ledger (and reviewed by ...)", "a memo
 * seen by the Echo": the outlet that got hold of a document is its channel
 * too; the first one named, where it is no longer the source's end.
 */
const OUTLET_HOLDING_DOCUMENT =
  /\b(?:obtained|seen|reviewed|viewed)\s+by\s+((?:the\s+)?\p{Lu}[\p{L}\d.&’'-]*(?:\s+[\p{Lu}\d][\p{L}\d.&’'-]*){0,4})/u;

/** The span of an outlet named at the end of a document source ("a report by Channel 9 News"), or null. */
export function outletInDocument(text: string, source: Span): Span | null {
  const phrase = text.slice(source.start, source.end);
  const match = OUTLET_IN_DOCUMENT.exec(phrase) ?? OUTLET_HOLDING_DOCUMENT.exec(phrase);
  if (!match) return null;
  const start = source.start + (match.index ?? 0) + match[0].length - match[1].length;
  return { start, end: start + match[1].length };
}
/** Cues that introduce the sources an outlet relied on: "the Times reported, citing officials". */
const CITING_CUE = /^cit(?:e|es|ed|ing)$/i;

/** Whether the attribution's cue is one word of citing: `citing`, `cited`. */
export function isCitingCue(text: string, attribution: AttributionLayerItem): boolean {
  const cue = attribution.cue[0];
  return cue !== undefined && CITING_CUE.test(text.slice(cue.start, cue.end).trim());
}
/** A cited list splits before an article or number: "11 former and current officials and a former commander". */
const CITED_SPLIT =
  /\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?=(?:a|an|the|two|three|four|five|several|some|other|\d+|\p{Lu})\b)/u;
/** A trailing relative clause or participle is not part of a cited party's name. */
const CITED_TAIL = /\s+(?:who|which|that)\s.*$/su;

/** Parties an outlet is said to cite: each becomes a source mention whose content reached the article via that outlet. */
export interface CitedParty extends Span {
  attribution: number;
}

export function citedParties(doc: Doc, attributions: readonly AttributionLayerItem[]): CitedParty[] {
  const parties: CitedParty[] = [];
  attributions.forEach((attribution, index) => {
    if (!isCitingCue(doc.text, attribution)) return;
    for (const piece of attribution.content) {
      const text = doc.text.slice(piece.start, piece.end);
      let offset = 0;
      for (const part of text.split(CITED_SPLIT)) {
        const at = text.indexOf(part, offset);
        offset = at + part.length;
        const kept = part.replace(CITED_TAIL, '');
        if (kept.trim().length === 0) continue;
        const lead = kept.length - kept.trimStart().length;
        parties.push({
          start: piece.start + at + lead,
          end: piece.start + at + kept.trimEnd().length,
          attribution: index,
        });
      }
    }
  });
  return parties;
}

export interface ChainInput {
  doc: Doc;
  attributions: readonly AttributionLayerItem[];
  resolution: Resolution;
  /** The mention index of each attribution's source (-1: no source). */
  sourceMention: Int32Array;
  /** Cited parties with their mention indices. */
  cited: readonly { mention: number; attribution: number }[];
  /** The clusters of the article's own publisher: no outlet is its own intermediary. */
  publisherClusters: ReadonlySet<number>;
  /** Attributions added for a cited party (`relayCitedParties`) → the outlet that cited it. */
  relayed: ReadonlyMap<number, number>;
}

/**
 * The intermediary cluster of each attribution (-1 for none): an outlet the
 * source spoke to ("told the Times"), the outlet or document of the
 * attribution it is nested in ("..., the Times reported", "..., according
 * to a letter"), the outlet that cited the source, or
 * — for unnamed sources, known only through the outlet that granted them
 * anonymity — the outlet through which the same source spoke elsewhere.
 */
export function computeVia(input: ChainInput): Int32Array {
  const { attributions, resolution } = input;
  const { clusters, clusterOf } = resolution;
  const entityOf = new Int32Array(attributions.length).fill(-1);
  attributions.forEach((_, a) => {
    const m = input.sourceMention[a];
    entityOf[a] = m >= 0 ? clusterOf[m] : -1;
  });
  const isMedia = (c: number) => c >= 0 && clusters[c].kind === 'media';
  // What an outlet or a document (a letter, a complaint, a poll's data) holds reached the page through it.
  const isChannel = (c: number) => isMedia(c) || (c >= 0 && clusters[c].kind === 'document');
  const explicit = attributions.map((attribution, a) => explicitChannel(input, attribution, entityOf[a]));
  const citedVia = citingOutlets(input, entityOf);
  const via = new Int32Array(attributions.length).fill(-2);
  const viaOf = (a: number, depth: number): number => {
    if (via[a] !== -2) return via[a];
    let result = -1;
    const relayedBy = input.relayed.get(a);
    if (relayedBy !== undefined) result = relayedBy;
    else if (isMedia(entityOf[a])) result = -1;
    else if (explicit[a] >= 0) result = explicit[a];
    else {
      const parent = attributions[a].parent;
      if (parent !== null && parent !== a && depth < 8)
        result = isChannel(entityOf[parent]) ? entityOf[parent] : viaOf(parent, depth + 1);
      if (result < 0 && entityOf[a] >= 0) result = citedVia.get(entityOf[a]) ?? -1;
    }
    via[a] = result;
    return result;
  };
  for (let a = 0; a < attributions.length; a++) viaOf(a, 0);
  propagateAnonymousChannels(via, entityOf, clusters);
  for (let a = 0; a < attributions.length; a++) {
    if (via[a] === entityOf[a] || input.publisherClusters.has(via[a])) via[a] = -1;
  }
  return via;
}

/**
 * How far from the cue an outlet can be and still be the channel ("told the
 * Times", "citing ..."): far beyond any real sentence, and a bound that keeps a
 * run-on text of a megabyte linear.
 */
const CHANNEL_REACH_CHARS = 400;

/** An outlet right after a channel word in the attribution's sentence, which is not the source itself. */
function explicitChannel(input: ChainInput, attribution: AttributionLayerItem, entity: number): number {
  const { doc, resolution } = input;
  const cue = attribution.cue[0];
  if (!cue) return -1;
  const sentences = doc.need('sentences');
  const tokens = doc.need('tokens');
  const sentence = sentences[tokens.sentence[tokenIndexAt(tokens, cue.start)]];
  if (!sentence) return -1;
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  const from = Math.max(sentence.start, cue.start - CHANNEL_REACH_CHARS);
  const to = Math.min(sentence.end, cue.end + CHANNEL_REACH_CHARS);
  for (const m of mentionsBetween(resolution, from, to)) {
    const mention = resolution.mentions[m];
    const cluster = resolution.clusterOf[m];
    if (cluster < 0 || cluster === entity || resolution.clusters[cluster].kind !== 'media') continue;
    const before = doc.text.slice(Math.max(sentence.start, mention.start - 30), mention.start);
    if (!CHANNEL_BEFORE_OUTLET.test(before)) continue;
    const distance = Math.abs(mention.start - cue.end);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = cluster;
    }
  }
  return best;
}

/** Cited party clusters → the outlet that cited them: the citing attribution's source, or the outlet earlier in its sentence. */
function citingOutlets(input: ChainInput, entityOf: Int32Array): Map<number, number> {
  const { resolution, attributions, doc } = input;
  const result = new Map<number, number>();
  for (const { mention, attribution } of input.cited) {
    const party = resolution.clusterOf[mention];
    if (party < 0) continue;
    let outlet = entityOf[attribution];
    if (outlet < 0 || resolution.clusters[outlet].kind !== 'media') {
      const cue = attributions[attribution].cue[0];
      const tokens = doc.need('tokens');
      const sentence = doc.need('sentences')[tokens.sentence[tokenIndexAt(tokens, cue.start)]];
      outlet = -1;
      for (const m of mentionsBetween(
        resolution,
        Math.max(sentence.start, cue.start - CHANNEL_REACH_CHARS),
        cue.start,
      )) {
        const c = resolution.clusterOf[m];
        if (c >= 0 && resolution.clusters[c].kind === 'media') outlet = c;
      }
    }
    if (outlet >= 0 && outlet !== party) result.set(party, outlet);
  }
  return result;
}

/** Unnamed sources keep the channel they were reached through: "the former commander told the Times" ... "according to the commander". */
function propagateAnonymousChannels(via: Int32Array, entityOf: Int32Array, clusters: readonly Cluster[]): void {
  const channel = new Map<number, number>();
  for (let a = 0; a < via.length; a++) {
    const entity = entityOf[a];
    if (entity >= 0 && via[a] >= 0 && clusters[entity].kind === 'anonymous' && !channel.has(entity))
      channel.set(entity, via[a]);
  }
  for (let a = 0; a < via.length; a++) {
    const entity = entityOf[a];
    if (via[a] < 0 && entity >= 0 && channel.has(entity)) via[a] = channel.get(entity) as number;
  }
}

/** Mention indices whose spans lie within [start, end) (mentions are sorted by start). */
export function mentionsBetween(resolution: Resolution, start: number, end: number): number[] {
  const { mentions } = resolution;
  const lo = partitionPoint(mentions.length, (i) => mentions[i].start < start);
  const found: number[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start < end; i++) if (mentions[i].end <= end) found.push(i);
  return found;
}

/** The token at `offset`, or the last one before it. */
export function tokenIndexAt(tokens: { count: number; end: Int32Array }, offset: number): number {
  return Math.min(firstEndingAfter(tokens.end, offset), tokens.count - 1);
}
