import type { AttributionLayerItem } from '../core/index.js';

/** A hand-made attribution for tests: spans as given, every other field at its neutral value. */
export function attributionItem(fields: Partial<AttributionLayerItem>): AttributionLayerItem {
  return {
    cue: [],
    source: [],
    content: [],
    kind: 'indirect',
    confidence: 1,
    parent: null,
    entity: null,
    via: null,
    rule: 'test',
    ...fields,
  };
}
