import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { WhosaidError } from '../core/index.js';
import { loadGold } from '../eval/index.js';
import { DEFAULT_TRAIN_OPTIONS, trainModel } from '../train/index.js';
import { parseCommandOptions } from './args.js';
import type { Command, CommandIO } from './command.js';
import { reportFailure, write } from './output.js';

const HELP = `Usage: whosaid train --data DIR --out MODEL [--epochs N] [--seed N] [--bits N] [--members N] [--fraction F]

Trains the attribution extractor (cue tagger and cue-conditioned source/content
tagger, averaged perceptrons over hashed features) from brat annotations laid
out as PolNeAR: DIR/text/NAME.txt and DIR/attributions/NAME_XXXX.ann (the
first .ann per text in sorted order counts). Use the model with
'whosaid analyze --model MODEL'.

The shipped model is rebuilt with:
  whosaid train --data ../shared/data/polnear/train --out models/polnear/model.wsm

Options:
  --data DIR      annotated articles (brat standoff)
  --out MODEL     where to write the model file
  --epochs N      passes over the data (default ${DEFAULT_TRAIN_OPTIONS.epochs})
  --seed N        shuffling seed; the same seed and data give the same model (default ${DEFAULT_TRAIN_OPTIONS.seed})
  --bits N        log2 of the hashed feature space (default ${DEFAULT_TRAIN_OPTIONS.bits})
  --members N     average each tagger over N shuffling orders (default ${DEFAULT_TRAIN_OPTIONS.members}; 1 is
                  three times faster to train and about 0.004 less accurate)
  --fraction F    train on the first fraction F of the articles (learning curves; default 1)
  -h, --help      show this help

Training the shipped model takes about six and a half minutes and 0.55 GB of
memory on one core (a third of that with --members 1). Exit codes: 0 success; 2 E001 usage; 5 E030 gold data not found.
`;

function positiveInteger(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new WhosaidError('E001', `--${name} takes a whole number above 0`);
  return number;
}

export const trainCommand: Command = {
  name: 'train',
  summary: 'train the attribution model from brat annotations',
  help: HELP,
  async run(args: string[], io: CommandIO): Promise<number> {
    try {
      const values = parseCommandOptions('train', args, {
        data: { type: 'string' },
        out: { type: 'string' },
        epochs: { type: 'string' },
        seed: { type: 'string' },
        bits: { type: 'string' },
        members: { type: 'string' },
        fraction: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      });
      if (values.help) {
        await write(io.stdout, HELP);
        return 0;
      }
      if (typeof values.data !== 'string' || typeof values.out !== 'string') {
        throw new WhosaidError('E001', "--data DIR and --out MODEL are required; see 'whosaid train --help'");
      }
      const fraction = values.fraction === undefined ? 1 : Number(values.fraction);
      if (!(fraction > 0 && fraction <= 1)) throw new WhosaidError('E001', '--fraction takes a number in (0, 1]');
      const options = {
        epochs: positiveInteger(values.epochs as string | undefined, 'epochs', DEFAULT_TRAIN_OPTIONS.epochs),
        seed: positiveInteger(values.seed as string | undefined, 'seed', DEFAULT_TRAIN_OPTIONS.seed),
        bits: Math.min(24, positiveInteger(values.bits as string | undefined, 'bits', DEFAULT_TRAIN_OPTIONS.bits)),
        members: positiveInteger(values.members as string | undefined, 'members', DEFAULT_TRAIN_OPTIONS.members),
        log: (line: string) => io.stderr.write(`whosaid train: ${line}\n`),
      };
      const started = Date.now();
      const gold = loadGold(values.data);
      const documents = gold.documents.slice(0, Math.max(1, Math.round(gold.documents.length * fraction)));
      options.log(`${documents.length} annotated articles from ${values.data}`);
      const model = trainModel(documents, options);
      mkdirSync(dirname(values.out), { recursive: true });
      writeFileSync(values.out, model);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
      options.log(
        `wrote ${values.out} (${(model.length / 1e6).toFixed(1)} MB) in ${seconds} s, peak memory ${peakMb} MB`,
      );
      return 0;
    } catch (error) {
      return (await reportFailure(io, 'train', error)).exitCode;
    }
  },
};
