/**
 * Counters of things the scorer skipped or repaired, under the names score.py
 * uses in its `diagnostics` object, so the two outputs can be diffed.
 */
export const DIAGNOSTIC_NAMES = [
  'offset_mismatches',
  'pred_malformed_fragments',
  'pred_malformed_attributions',
  'pred_bad_json_lines',
  'pred_duplicate_files',
  'gold_incomplete_attributions',
  'gold_dangling_refs',
  'gold_malformed_lines',
  'gold_bad_fragments',
  'gold_texts_without_ann',
  'gold_ann_without_text',
] as const;

export type DiagnosticName = (typeof DIAGNOSTIC_NAMES)[number];
export type Diagnostics = Record<DiagnosticName, number>;

export function newDiagnostics(): Diagnostics {
  return Object.fromEntries(DIAGNOSTIC_NAMES.map((name) => [name, 0])) as Diagnostics;
}

export function addDiagnostics(into: Diagnostics, from: Diagnostics): void {
  for (const name of DIAGNOSTIC_NAMES) into[name] += from[name];
}
