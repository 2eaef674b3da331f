import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeCommand } from '../cli/analyze.js';
import { evalCommand } from '../cli/eval.js';
import { trainCommand } from '../cli/train.js';
import { fakeIO } from '../test-support/fake-io.js';

/**
 * The newsroom loop: analyze articles to brat files, (correct them in brat),
 * train a model on the folder, analyze with that model. brat keeps NAME.txt
 * and NAME.ann side by side, so that layout must work for train and eval.
 */
const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'whosaid-round-trip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(command: typeof trainCommand, args: string[]) {
  const fake = fakeIO();
  const code = await command.run(args, fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

describe('brat round trip: analyze → brat folder → eval and train', () => {
  const texts = readdirSync(EXAMPLES).filter((name) => name.endsWith('.txt'));
  for (const name of texts) copyFileSync(join(EXAMPLES, name), join(dir, name));

  it('writes one .ann beside each text', async () => {
    const result = await run(analyzeCommand, ['--format', 'brat', '--out', dir, ...texts.map((n) => join(dir, n))]);
    expect(result.code, result.stderr).toBe(0);
    for (const name of texts) expect(existsSync(join(dir, name.replace(/\.txt$/, '.ann')))).toBe(true);
  });

  it('scores its own output as perfect when the folder is the gold', async () => {
    const result = await run(evalCommand, ['--gold', dir, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const score = JSON.parse(result.stdout);
    expect(score.files.gold).toBe(texts.length);
    expect(score.relation.f1).toBe(1);
    expect(score.cue.exact.f1).toBe(1);
  });

  it('trains a model on the folder that analyze can use', async () => {
    const model = join(dir, 'newsroom.wsm');
    const trained = await run(trainCommand, ['--data', dir, '--out', model, '--bits', '16', '--epochs', '3']);
    expect(trained.code, trained.stderr).toBe(0);
    const analyzed = await run(analyzeCommand, ['--json', '--model', model, join(dir, texts[0])]);
    expect(analyzed.code, analyzed.stderr).toBe(0);
    expect(JSON.parse(analyzed.stdout).attributions.length).toBeGreaterThan(0);
  });

  it('trains the same model twice from one seed, and another with a different number of members', async () => {
    const train = async (name: string, members: string) => {
      const out = join(dir, name);
      const flags = ['--bits', '16', '--epochs', '2', '--members', members];
      const result = await run(trainCommand, ['--data', dir, '--out', out, ...flags]);
      expect(result.code, result.stderr).toBe(0);
      return readFileSync(out);
    };
    const first = await train('a.wsm', '2');
    expect((await train('b.wsm', '2')).equals(first)).toBe(true);
    expect((await train('c.wsm', '1')).equals(first)).toBe(false);
  });
});
