#!/usr/bin/env node
/**
 * The held-out protocol every model choice is made with (DEVELOPERS.md):
 * train on the first 672 PolNeAR train articles (sorted by name), score on the
 * last 168, print the five figures the issues' bars name. Dev is not touched.
 *
 *   node scripts/heldout.mjs [--split first|stride] [--seed N] [--out MODEL] [--model MODEL] [--floor F] [-- TRAIN_OPTIONS...]
 *
 * --split S     which 168 are held out: `first` (default) fits the first 672 by name
 *               and scores the last 168, which are all Washington Post and
 *               Western Journal articles; `stride` holds out every fifth article
 *               by name (168, every outlet, New York Times copy with its `''`
 *               marks among them) and fits the other 672
 * --seed N      training's shuffling seed (default 1); compare a change on several
 * --out MODEL   keep the trained model there (default: a file in the split's folder)
 * --model MODEL skip training and score this model (trained on the first 672 only!)
 * --floor F     also score with the confidence floor forced to F (repeatable)
 * after --, options passed to `whosaid train` (e.g. --bits 21, --members 1)
 *
 * Uses dist/ (build first). Environment variables pass through to training and
 * scoring, which is how temporary experiment switches reach them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIT_ARTICLES = 672;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const train = join(root, '..', 'shared', 'data', 'polnear', 'train');
const cli = join(root, 'dist', 'cli', 'main.js');

function parseArgs(argv) {
  const split = argv.indexOf('--');
  const own = split >= 0 ? argv.slice(0, split) : argv;
  const options = {
    split: 'first',
    seed: '1',
    out: null,
    model: null,
    floors: [],
    trainArgs: split >= 0 ? argv.slice(split + 1) : [],
  };
  for (let k = 0; k < own.length; k += 2) {
    const [flag, value] = [own[k], own[k + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--split' && (value === 'first' || value === 'stride')) options.split = value;
    else if (flag === '--seed') options.seed = value;
    else if (flag === '--out') options.out = value;
    else if (flag === '--model') options.model = value;
    else if (flag === '--floor') options.floors.push(value);
    else throw new Error(`unknown option ${flag}`);
  }
  return options;
}

/** Whether the k-th article by name is held out. */
const HELD_OUT = {
  first: (k) => k >= FIT_ARTICLES,
  stride: (k) => k % 5 === 4,
};

/** The two halves as PolNeAR-shaped folders of links: DIR/text/NAME.txt, DIR/attributions/NAME_XXXX.ann. */
function makeSplit(base, heldOut) {
  rmSync(base, { recursive: true, force: true });
  const texts = readdirSync(join(train, 'text'))
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const annotations = readdirSync(join(train, 'attributions')).filter((name) => name.endsWith('.ann'));
  const byArticle = new Map();
  for (const ann of annotations) {
    // NAME_XXXX.ann: the article's name is everything before the last underscore.
    const article = ann.slice(0, ann.lastIndexOf('_'));
    byArticle.set(article, [...(byArticle.get(article) ?? []), ann]);
  }
  texts.forEach((text, k) => {
    const half = join(base, heldOut(k) ? 'holdout' : 'fit');
    mkdirSync(join(half, 'text'), { recursive: true });
    mkdirSync(join(half, 'attributions'), { recursive: true });
    symlinkSync(join(train, 'text', text), join(half, 'text', text));
    for (const ann of byArticle.get(text.slice(0, -4)) ?? []) {
      symlinkSync(join(train, 'attributions', ann), join(half, 'attributions', ann));
    }
  });
  return { fit: join(base, 'fit'), holdout: join(base, 'holdout') };
}

function figures(json) {
  const r = JSON.parse(json);
  const four = (x) => x.toFixed(4).slice(1);
  return [r.cue.exact.f1, r.source.exact.f1, r.content.exact.f1, r.content.overlap.f1, r.relation.f1]
    .map(four)
    .join(' / ');
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(cli)) throw new Error('dist/ is missing: run npm run build first');
  if (!existsSync(train)) throw new Error(`${train} not found: ../shared must sit beside the repository`);
  const base = join(tmpdir(), `whosaid-heldout-${process.pid}`);
  const { fit, holdout } = makeSplit(base, HELD_OUT[options.split]);
  const which = options.split === 'first' ? 'the first 672' : 'all but every fifth of the';
  let model = options.model;
  if (!model) {
    model = options.out ?? join(base, `seed-${options.seed}.wsm`);
    const started = Date.now();
    const trainArgs = ['train', '--data', fit, '--out', model, '--seed', options.seed, ...options.trainArgs];
    const run = spawnSync(process.execPath, [cli, ...trainArgs], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (run.status !== 0) throw new Error(`training failed:\n${run.stderr}`);
    // Of training's progress lines, the floor it chose and what it wrote.
    for (const line of run.stderr.split('\n')) if (/calibration: fitted|wrote/.test(line)) console.log(line);
    console.log(`trained on ${which} train articles in ${Math.round((Date.now() - started) / 1000)} s`);
  }
  const score = (...extra) =>
    figures(
      execFileSync(process.execPath, [cli, 'eval', '--gold', holdout, '--model', model, '--json', ...extra], {
        maxBuffer: 1 << 26,
      }),
    );
  const scored = options.split === 'first' ? 'last 168' : 'every fifth of the';
  console.log(`cue / source / content exact / content overlap / relation (F1, ${scored} train articles)`);
  console.log(`model's floor: ${score()}`);
  for (const floor of options.floors) console.log(`floor ${floor}: ${score('--min-confidence', floor)}`);
  if (!options.out && !options.model) console.log(`model: ${model}`);
  else rmSync(base, { recursive: true, force: true });
}

try {
  main();
} catch (error) {
  console.error(`heldout: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
