import type { Doc, LayerName } from './document.js';

/** One small step of analysis: reads some layers, adds others. */
export interface Stage {
  name: string;
  needs: readonly LayerName[];
  adds: readonly LayerName[];
  run(doc: Doc): void;
}

/**
 * Stages in a checked order: each stage's needs must be added by an earlier
 * stage (or be present on the documents it will get, `given`). Frozen once built.
 */
export class Pipeline {
  readonly stages: readonly Stage[];

  constructor(stages: Stage[], given: readonly LayerName[] = []) {
    const available = new Set<LayerName>(given);
    for (const stage of stages) {
      for (const need of stage.needs) {
        if (!available.has(need)) {
          throw new Error(`pipeline: stage '${stage.name}' needs '${need}', which no earlier stage adds`);
        }
      }
      for (const layer of stage.adds) available.add(layer);
    }
    this.stages = Object.freeze([...stages]);
    Object.freeze(this);
  }

  run(doc: Doc): Doc {
    for (const stage of this.stages) stage.run(doc);
    return doc;
  }
}
