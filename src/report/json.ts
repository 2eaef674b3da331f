import {
  type AttributionLayerItem,
  type ContractAttribution,
  type ContractDocument,
  type ContractEntity,
  type ContractError,
  type Doc,
  SCHEMA,
  type Span,
  type TextSpan,
} from '../core/index.js';
import { computeReport } from './metrics.js';

/**
 * The document as the output contract (docs/output-contract.md, `whosaid/1`)
 * writes it. Layers a stage has not added yet come out empty. A span outside
 * the text is a bug in a stage: it throws rather than print offsets that lie.
 */
export function toContractDocument(doc: Doc): ContractDocument {
  const spanOf = (span: Span, where: string) => checkedSpan(doc.text, span, where);
  const attributions = doc.attributions ?? [];
  return {
    schema: SCHEMA,
    file: doc.file,
    title: doc.meta.title,
    byline: doc.meta.byline,
    published: doc.meta.published,
    publisher: doc.meta.publisher,
    url: doc.meta.url,
    text: doc.text,
    boilerplate: (doc.boilerplate ?? []).map((b) => ({ ...spanOf(b, 'boilerplate'), kind: b.kind })),
    headings: (doc.headings ?? []).map((h) => spanOf(h, 'headings')),
    sourcePaths: doc.sourcePaths.map((p) => ({ ...spanOf(p, 'sourcePaths'), path: p.path })),
    attributions: attributions.map((a, i) => toContractAttribution(doc, a, i, attributions.length)),
    entities: (doc.entities ?? []).map(
      (e): ContractEntity => ({
        id: e.id,
        name: e.name,
        kind: e.kind,
        named: e.named,
        descriptor: e.descriptor,
        mentions: spansInTextOrder(doc.text, e.mentions, `entity ${e.id} mentions`),
      }),
    ),
    noComment: (doc.noComment ?? []).map((n) => ({
      entity: n.entity,
      ...spanOf(n, 'noComment'),
      kind: n.kind,
    })),
    report: computeReport(doc),
  };
}

/** The line a failed input prints instead of a document. */
export function toContractError(file: string, error: string): ContractError {
  return { schema: SCHEMA, file, error };
}

/**
 * One NDJSON line. JSON.stringify escapes \n, \r and lone surrogates but not
 * U+2028, U+2029 and U+0085, which some line readers (Python's splitlines)
 * also break on; they can only occur inside strings, so escaping them is safe.
 */
export function toNdjsonLine(value: ContractDocument | ContractError): string {
  return `${JSON.stringify(value).replace(/[\u2028\u2029\u0085]/g, escapeChar)}\n`;
}

function escapeChar(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Attribution ids are `a1`, `a2`, ... in layer order, so `parent` (a layer index) maps to `a${index + 1}`. */
export function attributionId(index: number): string {
  return `a${index + 1}`;
}

function toContractAttribution(
  doc: Doc,
  attribution: AttributionLayerItem,
  index: number,
  count: number,
): ContractAttribution {
  const id = attributionId(index);
  const { parent } = attribution;
  if (parent !== null && (!Number.isInteger(parent) || parent < 0 || parent >= count || parent === index)) {
    throw new Error(`attribution ${id} has an invalid parent index ${parent}`);
  }
  return {
    id,
    cue: spansInTextOrder(doc.text, attribution.cue, `${id} cue`),
    source: spansInTextOrder(doc.text, attribution.source, `${id} source`),
    content: spansInTextOrder(doc.text, attribution.content, `${id} content`),
    kind: attribution.kind,
    entity: attribution.entity,
    via: attribution.via,
    parent: parent === null ? null : attributionId(parent),
    confidence: Math.round(attribution.confidence * 1000) / 1000,
  };
}

/** The contract lists a field's discontinuous pieces in text order. */
function spansInTextOrder(text: string, spans: Span[], where: string): TextSpan[] {
  return spans.map((span) => checkedSpan(text, span, where)).sort((a, b) => a.start - b.start || a.end - b.end);
}

function checkedSpan(text: string, span: Span, where: string): TextSpan {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > text.length) {
    throw new Error(`${where}: span [${start}, ${end}) lies outside the text (length ${text.length})`);
  }
  return { start, end, text: text.slice(start, end) };
}
