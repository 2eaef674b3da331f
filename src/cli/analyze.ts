import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { type Analyzer, analyzeAll, analyzerWithModel, analyzeText, BATCH_WAIT_MS, isFullBatch } from '../analyze.js';
import { type Doc, WhosaidError } from '../core/index.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type InputArticle, readInputArticles, STDIN } from '../ingest/index.js';
import {
  renderHtml,
  renderTerminal,
  toBratAnn,
  toContractDocument,
  toContractError,
  toNdjsonLine,
} from '../report/index.js';
import { parseArgs, parseMinConfidence, usage } from './args.js';
import type { Command, CommandIO } from './command.js';
import { exitCodeTable } from './exit-codes.js';
import { describe, printableName, reportFailure, write } from './output.js';

type Format = 'text' | 'json' | 'brat' | 'html';

interface AnalyzeSettings {
  help: boolean;
  format: Format;
  out: string | null;
  maxBytes: number;
  timeoutMs: number;
  /** null: decide from the terminal and NO_COLOR. */
  color: boolean | null;
  model: string | null;
  /** null: the model's own floor. */
  minConfidence: number | null;
  inputs: string[];
}

const HELP = `Usage: whosaid analyze [options] INPUT... | -

Finds the attributions in news articles (who said what, through which words)
and prints a report per article. An INPUT is
  a plain-text article (UTF-8), used exactly as written;
  an HTML page (.html, .htm, or a file that starts like HTML): the article
    body is extracted and the title, byline, date, publisher and URL kept;
  an http:// or https:// URL: the page is fetched and extracted;
  a WARC archive (.warc, .warc.gz): every HTML response record is one
    article (its url is the record's WARC-Target-URI);
  - : one article from standard input (text, or HTML if it starts like HTML).

Options:
  --format text|json|brat|html
                           output format (default text)
  --json                   same as --format json: one JSON line per input
                           (schema whosaid/1: the output contract)
  --out DIR                with --format brat: write NAME.ann files into DIR;
                           with --format html: write NAME.html files into DIR
                           (one page per input; needed for several inputs)
  --max-bytes N            refuse inputs larger than N bytes (default ${DEFAULT_MAX_BYTES});
                           for a WARC archive, each page
  --timeout SECONDS        give up on a URL after this long (default ${DEFAULT_TIMEOUT_MS / 1000})
  --model FILE             use this extractor model instead of the shipped one
  --min-confidence P       keep attributions at least this sure, 0 to 1 (default:
                           the floor chosen in training, 0.3 for the shipped
                           model): lower finds more and is wrong more often
  --color, --no-color      force ANSI colour on or off (default: on when
                           stdout is a terminal and NO_COLOR is unset)
  -h, --help               show this help

--format html prints one self-contained page (inline CSS and JS, no network
requests): the article with sources, cues and contents highlighted, the
entity and chain of the attribution you hover or select, entities by kind,
the sourcing report and refusals. With one input and no --out it goes to
stdout: whosaid analyze story.txt --format html > report.html

In JSON mode every input yields exactly one line, in input order; a failed
input yields {"schema","file","error"}. Failures are also reported on stderr
as "whosaid: FILE: CODE reason".

${exitCodeTable()}
`;

const OPTIONS = {
  help: { type: 'boolean' },
  json: { type: 'boolean' },
  format: { type: 'string' },
  out: { type: 'string' },
  'max-bytes': { type: 'string' },
  timeout: { type: 'string' },
  model: { type: 'string' },
  'min-confidence': { type: 'string' },
  color: { type: 'boolean' },
} as const;

export const analyzeCommand = createAnalyzeCommand(analyzeText);

/** The analyze command with a given analyzer: tests pass a lighter one so they need no trained model. */
export function createAnalyzeCommand(analyze: Analyzer): Command {
  return {
    name: 'analyze',
    summary: 'find who said what in news articles (text, JSON, brat or HTML output)',
    help: HELP,
    async run(args: string[], io: CommandIO): Promise<number> {
      let settings: AnalyzeSettings;
      try {
        settings = parseAnalyzeArgs(args);
      } catch (error) {
        const failure = await reportFailure(io, 'analyze', error);
        await write(io.stderr, `whosaid: see 'whosaid analyze --help'\n`);
        return failure.exitCode;
      }
      if (settings.help) {
        await write(io.stdout, HELP);
        return 0;
      }
      let analyzer = analyze;
      try {
        if (settings.model !== null || settings.minConfidence !== null) {
          analyzer = analyzerWithModel(settings.model, settings.minConfidence ?? undefined);
        }
      } catch (error) {
        return (await reportFailure(io, 'analyze', error)).exitCode;
      }
      return analyzeInputs(settings, analyzer, io);
    },
  };
}

function parseAnalyzeArgs(args: string[]): AnalyzeSettings {
  const { options, positionals } = parseArgs(args, OPTIONS);
  const help = options.get('help') === true;
  const json = options.get('json');
  const formatOption = options.get('format') as string | undefined;
  if (formatOption !== undefined && !['text', 'json', 'brat', 'html'].includes(formatOption)) {
    throw usage(`--format must be text, json, brat or html, not '${formatOption}'`);
  }
  if (json === true && formatOption !== undefined && formatOption !== 'json') {
    throw usage(`--json conflicts with --format ${formatOption}`);
  }
  const format = (formatOption ?? (json === true ? 'json' : 'text')) as Format;
  const out = (options.get('out') as string | undefined) ?? null;
  if (format === 'brat' && out === null && !help) throw usage('--format brat needs --out DIR');
  if (format !== 'brat' && format !== 'html' && out !== null)
    throw usage('--out is only used with --format brat or html');
  if (format === 'html' && out === null && positionals.length > 1 && !help) {
    throw usage('--format html with several inputs needs --out DIR (one page per input)');
  }
  const maxBytesOption = options.get('max-bytes') as string | undefined;
  const maxBytes = maxBytesOption === undefined ? DEFAULT_MAX_BYTES : Number(maxBytesOption);
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
    throw usage(`--max-bytes must be a positive whole number of bytes, not '${maxBytesOption}'`);
  }
  const timeoutOption = options.get('timeout') as string | undefined;
  const timeoutSeconds = timeoutOption === undefined ? DEFAULT_TIMEOUT_MS / 1000 : Number(timeoutOption);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) {
    throw usage(`--timeout must be a positive number of seconds, not '${timeoutOption}'`);
  }
  const color = options.has('color') ? options.get('color') === true : null;
  if (!help && positionals.length === 0) throw usage('no input: give one or more files, or - for stdin');
  if (positionals.filter((input) => input === STDIN).length > 1) throw usage('- (stdin) can be given only once');
  const model = (options.get('model') as string | undefined) ?? null;
  const minConfidence = parseMinConfidence(options.get('min-confidence') as string | undefined);
  const timeoutMs = Math.round(timeoutSeconds * 1000);
  return { help, format, out, maxBytes, timeoutMs, color, model, minConfidence, inputs: positionals };
}

/** What came of one input so far, in input order: an article to analyze, or a failure to report. */
type Queued = { input: string; article: InputArticle } | { input: string; error: unknown };

/** Analyzes the inputs in batches and reports them in order; a failure never stops the rest. */
async function analyzeInputs(settings: AnalyzeSettings, analyze: Analyzer, io: CommandIO): Promise<number> {
  const color = settings.color ?? (io.stdout.isTTY === true && !process.env.NO_COLOR);
  let fileWriter: FileWriter | null = null;
  try {
    if (settings.format === 'brat') fileWriter = await createFileWriter(settings.out as string, '.ann', toBratAnn);
    if (settings.format === 'html' && settings.out !== null)
      fileWriter = await createFileWriter(settings.out, '.html', renderHtml);
  } catch (error) {
    return (await reportFailure(io, 'analyze', error)).exitCode;
  }
  let exitCode = 0;
  let printedArticles = 0;
  const fail = async (input: string, error: unknown) => {
    const failure = await reportFailure(io, printableName(input), error);
    if (settings.format === 'json') await write(io.stdout, toNdjsonLine(toContractError(input, describe(failure))));
    if (exitCode === 0) exitCode = failure.exitCode;
  };
  const report = async (doc: Doc) => {
    if (settings.format === 'json') {
      await write(io.stdout, toNdjsonLine(toContractDocument(doc)));
    } else if (fileWriter) {
      await write(io.stdout, `${await fileWriter(doc)}\n`);
    } else if (settings.format === 'html') {
      await write(io.stdout, renderHtml(doc));
    } else {
      await write(io.stdout, `${printedArticles > 0 ? '\n' : ''}${renderTerminal(doc, { color })}`);
      printedArticles++;
    }
  };

  const queue: Queued[] = [];
  let queuedSince = 0;
  const enqueue = (item: Queued) => {
    if (queue.length === 0) queuedSince = Date.now();
    queue.push(item);
  };
  const queuedArticles = () => queue.flatMap((item) => ('article' in item ? [item.article] : []));
  // A batch is analyzed when full, or once its first article has waited long
  // enough: results from slow inputs (URLs) still show as they come.
  const due = () => queue.length > 0 && (Date.now() - queuedSince >= BATCH_WAIT_MS || isFullBatch(queuedArticles()));
  const flush = async () => {
    const articles = queuedArticles();
    const results = analyzeAll(analyze, articles);
    let k = 0;
    for (const item of queue) {
      if (!('article' in item)) {
        await fail(item.input, item.error);
        continue;
      }
      const result = results[k++];
      try {
        if ('error' in result) throw result.error;
        if (item.article.sourcePaths) result.sourcePaths = item.article.sourcePaths;
        await report(result);
      } catch (error) {
        await fail(item.input, error);
      }
    }
    queue.length = 0;
  };

  const readOptions = { maxBytes: settings.maxBytes, timeoutMs: settings.timeoutMs, stdin: io.stdin };
  for (const input of settings.inputs) {
    if (due()) await flush();
    try {
      if (input === STDIN && (io.stdin as { isTTY?: boolean }).isTTY) {
        await write(io.stderr, 'whosaid: reading an article from stdin; end it with Ctrl-D\n');
      }
      // One article per input, except a WARC archive: one per HTML record, and an error line per broken record.
      for await (const item of readInputArticles(input, readOptions)) {
        enqueue('error' in item ? { input, error: item.error } : { input, article: item.article });
        if (due()) await flush();
      }
    } catch (error) {
      enqueue({ input, error });
    }
  }
  await flush();
  return exitCode;
}

type FileWriter = (doc: Doc) => Promise<string>;

/** Writes DIR/NAME.EXT per document (never the same name twice) and returns the path. */
async function createFileWriter(outDir: string, extension: string, render: (doc: Doc) => string): Promise<FileWriter> {
  await mkdir(outDir, { recursive: true }).catch((error: Error) => {
    throw new WhosaidError('E013', `${outDir}: ${error.message}`);
  });
  const written = new Map<string, string>();
  const recordsOf = new Map<string, number>();
  return async (doc: Doc) => {
    let name = doc.file === STDIN ? 'stdin' : basename(doc.file, extname(doc.file));
    if (ARCHIVE.test(doc.file)) {
      // Every record of a web archive shares its file name: number them in archive order.
      const record = (recordsOf.get(doc.file) ?? 0) + 1;
      recordsOf.set(doc.file, record);
      name = `${basename(doc.file).replace(ARCHIVE, '')}-${String(record).padStart(4, '0')}`;
    }
    const path = join(outDir, `${name}${extension}`);
    const earlier = written.get(path);
    if (earlier !== undefined) throw new WhosaidError('E013', `${path} was already written for ${earlier}`);
    await writeFile(path, render(doc)).catch((error: Error) => {
      throw new WhosaidError('E013', `${path}: ${(error as NodeJS.ErrnoException).code ?? error.message}`);
    });
    written.set(path, doc.file);
    // brat opens NAME.ann beside NAME.txt: write the analyzed text when it is not already a .txt file.
    if (extension === '.ann' && !PLAIN_TEXT.test(doc.file)) {
      await writeFile(join(outDir, `${name}.txt`), doc.text).catch((error: Error) => {
        throw new WhosaidError('E013', `${name}.txt: ${(error as NodeJS.ErrnoException).code ?? error.message}`);
      });
    }
    return path;
  };
}

const ARCHIVE = /\.warc(?:\.gz)?$/i;
const PLAIN_TEXT = /\.txt$/i;
