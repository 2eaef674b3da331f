import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Doc, Pipeline } from '../core/index.js';
import { attributionStages } from '../extract/index.js';
import { boilerplateStage, paragraphStage, quoteStage, tokenStage } from '../text/index.js';
import { resolveStages } from './index.js';

/**
 * The seed article (a CNN rewrite of a New York Times report, read from
 * ../shared, never copied here) read as an editor would: the whole pipeline,
 * with this stage last.
 */
const SEED = fileURLToPath(new URL('../../../shared/data/seed/000_b5b1cab957002776.txt', import.meta.url));
const available = existsSync(SEED);
const pipeline = new Pipeline([
  paragraphStage,
  tokenStage,
  quoteStage,
  boilerplateStage,
  ...attributionStages,
  ...resolveStages,
]);

describe.runIf(!available && process.env.CI === 'true')('seed article', () => {
  it('needs ../shared in CI', () => {
    throw new Error(`missing ${SEED}`);
  });
});

describe.skipIf(!available)('seed article', () => {
  const doc = available ? pipeline.run(new Doc(readFileSync(SEED, 'utf8'), SEED)) : new Doc('');
  const entities = doc.entities ?? [];
  const attributions = doc.attributions ?? [];
  const sourceText = (a: (typeof attributions)[number]) => a.source.map((s) => doc.slice(s)).join(' ');
  const times = entities.find((e) => e.kind === 'media' && /Times/.test(e.name));

  it('has the Times as a media entity that is the source or the channel of most claims', () => {
    expect(times).toBeDefined();
    const relayed = attributions.filter((a) => a.entity === times?.id || a.via === times?.id);
    expect(relayed.length / attributions.length).toBeGreaterThan(0.5);
  });

  it('resolves "the president" to Trump', () => {
    const president = attributions.find((a) => /^the president$/i.test(sourceText(a)));
    expect(president).toBeDefined();
    expect(entities.find((e) => e.id === president?.entity)?.name).toMatch(/Trump/);
  });

  it("routes the former commander's statements, pronoun included, through the Times", () => {
    const commander = entities.find((e) => e.mentions.some((m) => /commander/.test(doc.slice(m))));
    expect(commander?.kind).toBe('anonymous');
    expect(commander?.named).toBe(false);
    const said = attributions.filter((a) => a.entity === commander?.id);
    expect(said.length).toBeGreaterThanOrEqual(3);
    expect(said.some((a) => /^he$/i.test(sourceText(a)))).toBe(true);
    for (const a of said) expect(a.via).toBe(times?.id);
  });

  it("routes the officials' statements reported by the Times through it", () => {
    const firstTimes = Math.min(...(times?.mentions.map((m) => m.start) ?? [0]));
    const officials = attributions.filter((a) => /\bofficials?\b/.test(sourceText(a)) && a.cue[0].start > firstTimes);
    expect(officials.length).toBeGreaterThanOrEqual(2);
    for (const a of officials) expect(a.via).toBe(times?.id);
  });

  it('records the White House and the ministry press service as not commenting', () => {
    const refusers = (doc.noComment ?? []).map((n) => entities.find((e) => e.id === n.entity)?.name ?? '');
    expect(refusers.some((name) => /White House/.test(name))).toBe(true);
    expect(refusers.some((name) => /press service/.test(name) && /Ministry of Defense/.test(name))).toBe(true);
    const kinds = (doc.noComment ?? []).map((n) => n.kind).sort();
    expect(kinds).toEqual(['declined', 'no-response']);
  });

  it('names CNN as the publisher and never as an intermediary', () => {
    expect(doc.meta.publisher).toBe('CNN');
    const cnn = entities.find((e) => e.name === 'CNN');
    expect(attributions.every((a) => a.via === null || a.via !== cnn?.id)).toBe(true);
  });
});
