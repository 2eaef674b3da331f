import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WhosaidError } from '../core/index.js';
import { loadGold } from './gold.js';

const dir = mkdtempSync(join(tmpdir(), 'whosaid-gold-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = 'The mayor said taxes would fall.\n';
const ANN_A =
  'T1\tCue 10 14\tsaid\nT2\tContent 15 31\ttaxes would fall\nT3\tAttribution 10 14\tsaid\nE1\tAttribution-no-source:T3 Cue:T1 Content:T2\n';
const ANN_B =
  'T1\tCue 10 14\tsaid\nT2\tContent 15 20\ttaxes\nT3\tAttribution 10 14\tsaid\nE1\tAttribution-no-source:T3 Cue:T1 Content:T2\n';

describe('loadGold', () => {
  it('uses the first annotator file in sorted order and counts files without a partner', () => {
    mkdirSync(join(dir, 'text'));
    mkdirSync(join(dir, 'attributions'));
    writeFileSync(join(dir, 'text', 'mayor.txt'), TEXT);
    writeFileSync(join(dir, 'text', 'unannotated.txt'), TEXT);
    writeFileSync(join(dir, 'attributions', 'mayor_b2.ann'), ANN_B);
    writeFileSync(join(dir, 'attributions', 'mayor_a9.ann'), ANN_A);
    writeFileSync(join(dir, 'attributions', 'orphan_a1.ann'), ANN_A);
    const gold = loadGold(dir);
    expect(gold.documents.map((doc) => doc.name)).toEqual(['mayor.txt']);
    expect(gold.documents[0].annPath.endsWith('mayor_a9.ann')).toBe(true);
    const [content] = gold.documents[0].attributions[0].content;
    expect(TEXT.slice(content.start, content.end)).toBe('taxes would fall');
    expect(gold.diagnostics).toMatchObject({ gold_texts_without_ann: 1, gold_ann_without_text: 1 });
  });

  it('fails with E030 when the directory is not a gold set', () => {
    expect(() => loadGold(join(dir, 'nowhere'))).toThrowError(WhosaidError);
    try {
      loadGold(join(dir, 'nowhere'));
    } catch (error) {
      expect((error as WhosaidError).code).toBe('E030');
    }
  });
});
