import { readFileSync } from 'node:fs';
import { type Analyzer, analyzerWithModel } from '../analyze.js';
import { oneLine, WhosaidError } from '../core/index.js';
import {
  addPrediction,
  formatReliability,
  formatScoreJson,
  formatScoreTable,
  type GoldSet,
  loadGold,
  newDiagnostics,
  type PredictionSet,
  predictionFromDoc,
  readPredictions,
  reliabilityTable,
  type ScoredPrediction,
  scoreGold,
} from '../eval/index.js';
import { parseCommandOptions, parseMinConfidence } from './args.js';
import type { Command, CommandIO } from './command.js';

const HELP = `Usage: whosaid eval --gold DIR [--pred FILE|-] [--model FILE] [--min-confidence P] [--reliability] [--json]

Scores attributions against gold annotations, computing exactly the figures of
the reference scorer (../shared/tools/score.py; metrics in
docs/evaluation.md): exact / overlap / token precision, recall and F1 for cues,
sources and contents, and relation F1 for whole attributions.

Options:
  --gold DIR    gold data: DIR/text/NAME.txt and DIR/attributions/NAME_XXXX.ann
                (brat standoff, as PolNeAR; the first .ann per text counts)
  --pred FILE   predictions as NDJSON (whosaid analyze --json); - reads stdin.
                Without --pred, every annotated text in DIR is analyzed now.
  --model FILE  analyze with this model instead of the shipped one
  --min-confidence P
                analyze keeping attributions at least this sure (default: the
                model's floor), to see what another floor gives
  --reliability also print a reliability table: attributions by confidence
                against the share the relation metric counts right
  --json        print the result as JSON (score.py --json's structure)
  -h, --help    show this help

Predictions are matched to gold texts by file name. A text without a
prediction counts as all missed; a prediction whose text differs from the gold
text counts as empty.

Exit codes: 0 success; 2 E001 usage; 5 E030 gold data not found,
E031 predictions unreadable.
`;

interface EvalSettings {
  /** Model file to analyze with (the shipped one when null). */
  model: string | null;
  /** null: the model's own floor. */
  minConfidence: number | null;
  /** Also print confidence bins against the share of attributions that are right. */
  reliability: boolean;
  gold: string;
  pred: string | null;
  json: boolean;
}

function settingsFrom(args: string[]): EvalSettings | 'help' {
  const values = parseCommandOptions('eval', args, {
    gold: { type: 'string' },
    pred: { type: 'string' },
    model: { type: 'string' },
    'min-confidence': { type: 'string' },
    reliability: { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  }) as {
    gold?: string;
    pred?: string;
    model?: string;
    'min-confidence'?: string;
    json?: boolean;
    reliability?: boolean;
    help?: boolean;
  };
  if (values.help) return 'help';
  if (values.gold === undefined) throw new WhosaidError('E001', "--gold DIR is required; see 'whosaid eval --help'");
  if (values.reliability && values.pred !== undefined) {
    throw new WhosaidError('E001', '--reliability analyzes the gold texts itself: drop --pred');
  }
  if (values['min-confidence'] !== undefined && values.pred !== undefined) {
    throw new WhosaidError('E001', '--min-confidence applies when eval analyzes the gold texts itself: drop --pred');
  }
  return {
    gold: values.gold,
    pred: values.pred ?? null,
    model: values.model ?? null,
    minConfidence: parseMinConfidence(values['min-confidence']),
    json: values.json ?? false,
    reliability: values.reliability ?? false,
  };
}

/** Reads NDJSON bytes as score.py does: strict UTF-8 (one leading BOM is dropped by the reader). */
function decodePredictions(bytes: Uint8Array, where: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new WhosaidError('E031', `${where}: not valid UTF-8`);
  }
}

async function readStdin(io: CommandIO): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

async function loadPredictionFile(path: string, io: CommandIO, diagnostics = newDiagnostics()) {
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? await readStdin(io) : readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new WhosaidError('E031', `${path}: ${code === 'ENOENT' ? 'no such file' : (code ?? oneLine(error))}`);
  }
  const predictions = readPredictions(decodePredictions(bytes, path === '-' ? 'stdin' : path), diagnostics);
  return { predictions, diagnostics };
}

/** Analyzes every gold text in-process; an article the analyzer fails on is reported and left unpredicted. */
async function analyzeGold(
  gold: GoldSet,
  io: CommandIO,
  analyze: Analyzer,
  scored: ScoredPrediction[] = [],
): Promise<PredictionSet> {
  const predictions: PredictionSet = new Map();
  const diagnostics = newDiagnostics();
  for (const doc of gold.documents) {
    try {
      const analyzed = analyze(doc.text, doc.path);
      addPrediction(predictions, predictionFromDoc(analyzed), diagnostics);
      scored.push({ name: doc.name, attributions: analyzed.attributions ?? [] });
    } catch (error) {
      await write(
        io.stderr,
        `whosaid: ${doc.path}: ${error instanceof WhosaidError ? error.code : 'E090'} ${oneLine(error)}\n`,
      );
    }
  }
  return predictions;
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

async function run(args: string[], io: CommandIO): Promise<number> {
  try {
    const settings = settingsFrom(args);
    if (settings === 'help') {
      await write(io.stdout, HELP);
      return 0;
    }
    const gold = loadGold(settings.gold);
    if (gold.documents.length === 0) throw new WhosaidError('E030', `${settings.gold}: no annotated texts`);
    const scored: ScoredPrediction[] = [];
    const { predictions, diagnostics } =
      settings.pred === null
        ? {
            predictions: await analyzeGold(
              gold,
              io,
              analyzerWithModel(settings.model, settings.minConfidence ?? undefined),
              scored,
            ),
            diagnostics: newDiagnostics(),
          }
        : await loadPredictionFile(settings.pred, io);
    const result = scoreGold(gold, predictions, diagnostics);
    await write(io.stdout, settings.json ? `${formatScoreJson(result)}\n` : formatScoreTable(result));
    if (settings.reliability) await write(io.stdout, `\n${formatReliability(reliabilityTable(gold, scored))}\n`);
    return 0;
  } catch (error) {
    const failure = error instanceof WhosaidError ? error : new WhosaidError('E090', oneLine(error));
    await write(io.stderr, `whosaid eval: ${failure.code} ${oneLine(failure.message)}\n`);
    return failure.exitCode;
  }
}

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score attributions against gold annotations (brat), as score.py does',
  help: HELP,
  run,
};
