import { type AttributionLayerItem, Doc, Pipeline } from '../core/index.js';
import { resolveDocument } from '../resolve/resolve.js';
import { boilerplateStage, paragraphStage, quoteStage, tokenStage } from '../text/index.js';
import { attributionItem } from './attribution.js';

export const textStages = new Pipeline([paragraphStage, tokenStage, quoteStage, boilerplateStage]);

/** One attribution written as phrases of the text: `[source, cue, content, parent?]`, each found from a running cursor. */
type AttributionSketch = [source: string, cue: string, content: string, parent?: number];

/**
 * A document with hand-made attributions, resolved: tests of this stage do not
 * depend on what the extraction model finds. Phrases are looked up in order,
 * each after the previous attribution's cue.
 */
export function resolveWith(text: string, sketches: AttributionSketch[]): Doc {
  const doc = textStages.run(new Doc(text, 'test'));
  let cursor = 0;
  doc.attributions = sketches.map(([source, cue, content, parent]): AttributionLayerItem => {
    const cueStart = text.indexOf(cue, cursor);
    if (cueStart < 0) throw new Error(`cue not found: ${cue}`);
    const near = (phrase: string) => {
      const before = text.lastIndexOf(phrase, cueStart);
      const after = text.indexOf(phrase, cueStart);
      const start = before >= 0 && (after < 0 || cueStart - before <= after - cueStart) ? before : after;
      if (start < 0) throw new Error(`phrase not found: ${phrase}`);
      return { start, end: start + phrase.length };
    };
    cursor = cueStart + cue.length;
    return attributionItem({
      cue: [{ start: cueStart, end: cueStart + cue.length }],
      source: source ? [near(source)] : [],
      content: [near(content)],
      parent: parent ?? null,
    });
  });
  resolveDocument(doc);
  return doc;
}

/** The entity an attribution (by index) resolved to. */
export function entityOf(doc: Doc, index: number) {
  const id = doc.attributions?.[index]?.entity;
  return doc.entities?.find((e) => e.id === id);
}

/** An entity's name by its id. */
export function entityOf0(doc: Doc, id: string | null) {
  return doc.entities?.find((e) => e.id === id)?.name;
}

export function viaOf(doc: Doc, index: number) {
  const id = doc.attributions?.[index]?.via;
  return doc.entities?.find((e) => e.id === id);
}
