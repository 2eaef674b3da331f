import type { Doc, Span, TextSpan } from '../core/index.js';
import { type AttributionSpans, SPAN_TYPES } from './brat.js';
import type { Diagnostics } from './diagnostics.js';
import { pyIsBlank } from './python.js';

/**
 * Predictions: the NDJSON of `whosaid analyze --json` (output-contract.md, UTF-16
 * offsets), or the same shape built straight from analyzed documents. Values are
 * checked field by field exactly as score.py checks them, because a prediction
 * file may come from anywhere.
 */

/** A prediction object as read: only `file` is known to be there. */
export interface PredictionObject {
  file: string;
  [field: string]: unknown;
}

/** Predictions keyed by text file name (`NAME.txt`); the first object per name wins. */
export type PredictionSet = Map<string, PredictionObject>;

/** The file name a prediction is matched to gold by: the last path segment, `/` or `\`. */
export function predictionName(file: string): string {
  const parts = file.split(/[\\/]/);
  return parts[parts.length - 1];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses NDJSON predictions. Lines end at `\n`, `\r\n` or `\r` (Python's universal
 * newlines); blank lines are skipped; lines that are not a JSON object with a
 * string `file` are counted as `pred_bad_json_lines`. (score.py also accepts the
 * non-standard `NaN`/`Infinity` literals and tells `1.0` from `1`; JSON.parse
 * does neither.)
 */
export function readPredictions(
  ndjson: string,
  diagnostics: Diagnostics,
  into: PredictionSet = new Map(),
): PredictionSet {
  const body = ndjson.charCodeAt(0) === 0xfeff ? ndjson.slice(1) : ndjson;
  for (const line of body.split(/\r\n|\r|\n/)) {
    if (pyIsBlank(line)) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      diagnostics.pred_bad_json_lines++;
      continue;
    }
    if (!isObject(value) || typeof value.file !== 'string') {
      diagnostics.pred_bad_json_lines++;
      continue;
    }
    addPrediction(into, value as PredictionObject, diagnostics);
  }
  return into;
}

/** Adds one prediction unless its name is taken (then counts `pred_duplicate_files`). */
export function addPrediction(set: PredictionSet, prediction: PredictionObject, diagnostics: Diagnostics): void {
  const name = predictionName(prediction.file);
  if (set.has(name)) diagnostics.pred_duplicate_files++;
  else set.set(name, prediction);
}

/** The prediction form of an analyzed document: what `analyze --json` would print, as far as scoring reads it. */
export function predictionFromDoc(doc: Doc): PredictionObject {
  const spans = (list: Span[]): TextSpan[] =>
    list.map((span) => ({ start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) }));
  return {
    file: doc.file,
    text: doc.text,
    attributions: (doc.attributions ?? []).map((a, k) => ({
      id: `a${k + 1}`,
      cue: spans(a.cue),
      source: spans(a.source),
      content: spans(a.content),
    })),
  };
}

/** True when `offset` falls between the two halves of a surrogate pair. */
function insidePair(text: string, offset: number): boolean {
  const low = text.charCodeAt(offset);
  const high = text.charCodeAt(offset - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
}

function checkFragments(value: unknown, text: string, diagnostics: Diagnostics): Span[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    diagnostics.pred_malformed_fragments++;
    return [];
  }
  const out: Span[] = [];
  for (const fragment of value) {
    const start = isObject(fragment) ? fragment.start : undefined;
    const end = isObject(fragment) ? fragment.end : undefined;
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      !(0 <= (start as number) && (start as number) < (end as number) && (end as number) <= text.length) ||
      insidePair(text, start as number) ||
      insidePair(text, end as number)
    ) {
      diagnostics.pred_malformed_fragments++;
      continue;
    }
    const span = { start: start as number, end: end as number };
    // Offsets are authoritative; a wrong `text` is only counted.
    if (Object.hasOwn(fragment as object, 'text') && (fragment as TextSpan).text !== text.slice(span.start, span.end)) {
      diagnostics.offset_mismatches++;
    }
    out.push(span);
  }
  return out;
}

/**
 * The attributions of a prediction whose `text` equals the gold text. Every
 * array entry counts as a predicted attribution, even a malformed one (then
 * with no spans): a garbled prediction must not shrink the denominator.
 */
export function predictionAttributions(
  prediction: PredictionObject,
  text: string,
  diagnostics: Diagnostics,
): AttributionSpans[] {
  const list = prediction.attributions ?? [];
  if (!Array.isArray(list)) {
    diagnostics.pred_malformed_attributions++;
    return [];
  }
  return list.map((item: unknown) => {
    let attribution: Record<string, unknown> = {};
    if (isObject(item)) attribution = item;
    else diagnostics.pred_malformed_attributions++;
    const out = { cue: [], source: [], content: [] } as AttributionSpans;
    for (const type of SPAN_TYPES) {
      out[type] = checkFragments(Object.hasOwn(attribution, type) ? attribution[type] : undefined, text, diagnostics);
    }
    return out;
  });
}
