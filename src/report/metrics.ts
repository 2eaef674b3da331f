import type { AttributionLayerItem, ContractReport, Doc, EntityLayerItem, Sentence, Span } from '../core/index.js';
import { partitionPoint, spanContains } from '../core/index.js';

/**
 * The sourcing summary of the contract's `report` object, from whatever layers
 * the document has:
 *
 * - `sentences` leaves out sentences that lie wholly inside boilerplate or a
 *   heading: they are not part of the report.
 * - `attributedSentences` counts those sentences that overlap a cue.
 * - `sources` counts distinct sources cited: the entity id when the source was
 *   resolved, else (no entities layer yet, or an unresolved source) the source
 *   words lower-cased, so "The mayor" and "the mayor" are one source.
 *   Attributions that state no source are not counted.
 * - `namedSources` / `anonymousSources` need entities: unresolved sources count
 *   in `sources` only.
 * - `secondHandShare`: attributions with `via` set, or nested (at any depth)
 *   under an attribution whose source is a media entity or itself has `via`.
 * - Shares are rounded to 3 decimals and 0 when there are no attributions.
 */
export function computeReport(doc: Doc): ContractReport {
  const attributions = doc.attributions ?? [];
  const entities = entityIndex(doc.entities);
  const counted = reportSentences(doc);
  const cited = new Map<string, EntityLayerItem | undefined>();
  for (const attribution of attributions) {
    const key = sourceKey(doc, attribution);
    if (key !== null) cited.set(key, attribution.entity ? entities.get(attribution.entity) : undefined);
  }
  const citedEntities = [...cited.values()].filter((entity) => entity !== undefined);
  const secondHand = secondHandFlags(attributions, entities);
  const isAnonymous = (a: AttributionLayerItem) => a.entity !== null && entities.get(a.entity)?.kind === 'anonymous';
  return {
    sentences: counted.length,
    attributedSentences: countSentencesWithCue(counted, attributions),
    attributions: attributions.length,
    sources: cited.size,
    namedSources: citedEntities.filter((entity) => entity.named).length,
    anonymousSources: citedEntities.filter((entity) => entity.kind === 'anonymous').length,
    anonymousShare: share(attributions, isAnonymous),
    directQuoteShare: share(attributions, (a) => a.kind === 'direct'),
    secondHandShare: share(secondHand, (flag) => flag),
    noComment: doc.noComment?.length ?? 0,
  };
}

/**
 * What identifies an attribution's source when counting sources: the entity
 * id if resolved, else the lower-cased source words; null when none is stated.
 */
export function sourceKey(doc: Doc, attribution: AttributionLayerItem): string | null {
  if (attribution.entity) return `entity:${attribution.entity}`;
  const words = sourceText(doc, attribution).toLowerCase();
  return words === '' ? null : `text:${words}`;
}

/**
 * The source as written, pieces joined by a space, white space collapsed and
 * the punctuation of an apposition trimmed ("Keswick Steelworks," is the same
 * source as "Keswick Steelworks").
 */
export function sourceText(doc: Doc, attribution: AttributionLayerItem): string {
  return attribution.source
    .map((span) => doc.slice(span))
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:]+|[\s,;:]+$/g, '');
}

export function roundShare(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function share<T>(items: T[], test: (item: T) => boolean): number {
  if (items.length === 0) return 0;
  return roundShare(items.filter(test).length / items.length);
}

function entityIndex(entities: EntityLayerItem[] | undefined): Map<string, EntityLayerItem> {
  return new Map((entities ?? []).map((entity) => [entity.id, entity]));
}

function reportSentences(doc: Doc): Sentence[] {
  const furniture: Span[] = [...(doc.boilerplate ?? []), ...(doc.headings ?? [])];
  const sentences = doc.sentences ?? [];
  if (furniture.length === 0) return sentences;
  return sentences.filter((sentence) => !furniture.some((span) => spanContains(span, sentence)));
}

/** Sentences (sorted by start, as the layer is) that overlap at least one cue span. */
function countSentencesWithCue(sentences: Sentence[], attributions: AttributionLayerItem[]): number {
  const attributed = new Set<number>();
  for (const attribution of attributions) {
    for (const cue of attribution.cue) {
      const end = Math.max(cue.end, cue.start + 1); // an empty cue (a bare ':' rule) still sits in a sentence
      for (
        let i = lastStartingAtOrBefore(sentences, cue.start);
        i < sentences.length && sentences[i].start < end;
        i++
      ) {
        if (sentences[i].end > cue.start) attributed.add(i);
      }
    }
  }
  return attributed.size;
}

function lastStartingAtOrBefore(sentences: Sentence[], offset: number): number {
  return Math.max(0, partitionPoint(sentences.length, (i) => sentences[i].start <= offset) - 1);
}

/**
 * Per attribution: it has `via`, or it sits (at any depth) under an attribution
 * that passes content on (a media source, or `via` set). Memoized along parent
 * chains, so a long chain costs linear time.
 */
function secondHandFlags(attributions: AttributionLayerItem[], entities: Map<string, EntityLayerItem>): boolean[] {
  const passesOn = (a: AttributionLayerItem) =>
    a.via !== null || (a.entity !== null && entities.get(a.entity)?.kind === 'media');
  /** For an attribution: it or one of its ancestors passes content on. */
  const outletAbove = new Array<boolean | undefined>(attributions.length);
  const resolve = (start: number): boolean => {
    const chain: number[] = [];
    const seen = new Set<number>(); // a parent cycle would be a bug in a stage; stop rather than loop
    let answer = false;
    for (let current: number | null = start; current !== null && attributions[current] && !seen.has(current); ) {
      const known = outletAbove[current];
      if (known !== undefined) {
        answer = known;
        break;
      }
      seen.add(current);
      chain.push(current);
      if (passesOn(attributions[current])) {
        answer = true;
        break;
      }
      current = attributions[current].parent;
    }
    // Nothing on the chain passed content on except maybe its last: all share the answer.
    for (const index of chain) outletAbove[index] = answer;
    return answer;
  };
  return attributions.map(
    (a) => a.via !== null || (a.parent !== null && attributions[a.parent] !== undefined && resolve(a.parent)),
  );
}
