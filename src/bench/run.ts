import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { BATCH_ARTICLES, defaultPipeline, isFullBatch } from '../analyze.js';
import { clearMemos, Doc, oneLine, WhosaidError } from '../core/index.js';

/**
 * `npm run bench`: speed of the whole analysis against a bare wink-nlp pass
 * (tokens + POS, the floor any wink-based analyzer pays) over the PolNeAR
 * training texts, held in memory so disk time does not count. The analysis
 * runs as the CLI runs a corpus (batches, stage by stage); one article at a
 * time is timed too. The bare pass is interleaved with each analysis batch by
 * batch, so a ratio compares the two under the same machine conditions.
 */
const DEFAULT_DATA = fileURLToPath(new URL('../../../shared/data/polnear/train/text/', import.meta.url));
/** Enough articles to compile the hot paths and load the model before timing. */
const WARMUP_ARTICLES = 20;
const DEFAULT_ROUNDS = 3;

interface Article {
  name: string;
  text: string;
}

interface PassResult {
  seconds: number;
  tokens: number;
  articlesPerSecond: number;
  tokensPerSecond: number;
}

function loadArticles(dir: string, limit: number): Article[] {
  if (!existsSync(dir)) throw new WhosaidError('E030', `${dir} (the bench needs ../shared beside the repository)`);
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .slice(0, limit);
  if (names.length === 0) throw new WhosaidError('E030', `no .txt files in ${dir}`);
  return names.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Runs `count` over the articles in groups (one article each by default); it returns the tokens it saw. */
function timePass(groups: Article[][], count: (group: Article[]) => number): PassResult {
  // Every pass starts with empty memos, as a first pass over a corpus would:
  // later rounds would otherwise find every phrase of these texts analysed.
  clearMemos();
  const started = process.hrtime.bigint();
  let tokens = 0;
  let articles = 0;
  for (const group of groups) {
    tokens += count(group);
    articles += group.length;
  }
  return passResult(Number(process.hrtime.bigint() - started) / 1e9, tokens, articles);
}

function passResult(seconds: number, tokens: number, articles: number): PassResult {
  return { seconds, tokens, articlesPerSecond: articles / seconds, tokensPerSecond: tokens / seconds };
}

interface PairedResult {
  bare: PassResult;
  analysis: PassResult;
}

/**
 * A bare pass and an analysis over the same groups, interleaved: the bare
 * pass over a group's articles one at a time, then the analysis over the
 * group, group after group. Memos are emptied once, before the first group.
 */
function timePaired(
  groups: Article[][],
  bare: (group: Article[]) => number,
  analysis: (group: Article[]) => number,
): PairedResult {
  clearMemos();
  const seconds = [0, 0];
  const tokens = [0, 0];
  let articles = 0;
  for (const group of groups) {
    let started = process.hrtime.bigint();
    for (const article of group) tokens[0] += bare([article]);
    const between = process.hrtime.bigint();
    seconds[0] += Number(between - started) / 1e9;
    started = between;
    tokens[1] += analysis(group);
    seconds[1] += Number(process.hrtime.bigint() - started) / 1e9;
    articles += group.length;
  }
  return { bare: passResult(seconds[0], tokens[0], articles), analysis: passResult(seconds[1], tokens[1], articles) };
}

/** The articles in the batches the CLI analyzes them in (each closed once `isFullBatch`). */
function batchesOf(articles: Article[]): Article[][] {
  const batches: Article[][] = [];
  let open: Article[] = [];
  for (const article of articles) {
    open.push(article);
    if (isFullBatch(open)) {
      batches.push(open);
      open = [];
    }
  }
  if (open.length > 0) batches.push(open);
  return batches;
}

function main(args: string[]): number {
  const json = args.includes('--json');
  const dataIndex = args.indexOf('--data');
  const limitIndex = args.indexOf('--limit');
  const dir = dataIndex >= 0 ? args[dataIndex + 1] : DEFAULT_DATA;
  const limit = limitIndex >= 0 ? Number(args[limitIndex + 1]) : Number.POSITIVE_INFINITY;
  const roundsIndex = args.indexOf('--rounds');
  const rounds = roundsIndex >= 0 ? Number(args[roundsIndex + 1]) : DEFAULT_ROUNDS;
  const articles = loadArticles(dir, limit);
  const bytes = articles.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0);

  // The ceiling: wink-nlp's tokens, sentences and POS and nothing else — the same
  // pipe the analysis runs (the default pipe adds negation, sentiment and NER).
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  const bare = ([article]: Article[]) => (nlp.readDoc(article.text).tokens().out(its.pos) as string[]).length;
  const pipeline = defaultPipeline;
  const stageSeconds = new Float64Array(pipeline.stages.length);
  // The whole analysis as the CLI runs a corpus: a batch at a time, one stage at
  // a time across the batch (`Pipeline.runBatch`), timing each stage.
  const full = (batch: Article[]) => {
    const docs = batch.map((article) => new Doc(article.text, article.name));
    pipeline.stages.forEach((stage, k) => {
      const started = process.hrtime.bigint();
      for (const doc of docs) stage.run(doc);
      stageSeconds[k] += Number(process.hrtime.bigint() - started) / 1e9;
    });
    return docs.reduce((sum, doc) => sum + (doc.tokens?.count ?? 0), 0);
  };
  // And one article at a time (a single input's path), for comparison.
  const single = ([article]: Article[]) => pipeline.run(new Doc(article.text, article.name)).tokens?.count ?? 0;

  const oneEach = articles.map((article) => [article]);
  const batches = batchesOf(articles);
  const warmup = oneEach.slice(0, WARMUP_ARTICLES);
  timePass(warmup, bare);
  timePass(warmup, single);
  timePass(batchesOf(articles.slice(0, WARMUP_ARTICLES)), full);
  // Each pass runs `rounds` times and the fastest counts: other processes on the
  // machine only ever add time, so the minimum is the steadiest estimate. The
  // bare pass is interleaved with each analysis, group by group, so that the
  // VM's speed, which drifts from one second to the next, weighs on both sides
  // of a ratio alike; each ratio pairs an analysis with the bare pass of its round.
  let bestFull: PairedResult | null = null;
  let bestSingle: PairedResult | null = null;
  let bestStages = new Float64Array(pipeline.stages.length);
  for (let round = 0; round < rounds; round++) {
    stageSeconds.fill(0);
    const f = timePaired(batches, bare, full);
    if (!bestFull || f.analysis.seconds < bestFull.analysis.seconds) {
      bestFull = f;
      bestStages = stageSeconds.slice();
    }
    const s1 = timePaired(batches, bare, (batch) => batch.reduce((sum, article) => sum + single([article]), 0));
    if (!bestSingle || s1.analysis.seconds < bestSingle.analysis.seconds) bestSingle = s1;
  }
  if (!bestFull || !bestSingle) throw new WhosaidError('E001', '--rounds must be at least 1');
  // maxRSS is in kilobytes: the process's peak, whichever pass caused it.
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  const bareResult = bestFull.bare;
  const fullResult = bestFull.analysis;
  const singleResult = bestSingle.analysis;
  const ratio = fullResult.seconds / bareResult.seconds;
  const singleRatio = singleResult.seconds / bestSingle.bare.seconds;
  const stages = pipeline.stages.map((stage, k) => ({
    stage: stage.name,
    seconds: +bestStages[k].toFixed(3),
    /** Time through this stage (all stages up to and including it) over the bare pass. */
    ratioThrough: +(bestStages.slice(0, k + 1).reduce((sum, x) => sum + x, 0) / bareResult.seconds).toFixed(2),
  }));

  if (json) {
    const round = (pass: PassResult) => ({
      seconds: +pass.seconds.toFixed(3),
      tokens: pass.tokens,
      articlesPerSecond: +pass.articlesPerSecond.toFixed(1),
      tokensPerSecond: Math.round(pass.tokensPerSecond),
    });
    const result = {
      articles: articles.length,
      bytes,
      rounds,
      bareWink: round(bareResult),
      analyzeText: round(fullResult),
      timeRatio: +ratio.toFixed(2),
      batchArticles: BATCH_ARTICLES,
      oneArticleAtATime: round(singleResult),
      oneArticleAtATimeRatio: +singleRatio.toFixed(2),
      stages,
      peakRssMB: Math.round(peakRssMB),
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    const line = (label: string, pass: PassResult) =>
      `  ${label.padEnd(16)} ${pass.seconds.toFixed(2).padStart(7)} s  ${pass.articlesPerSecond.toFixed(1).padStart(7)} articles/s  ${Math.round(pass.tokensPerSecond).toLocaleString('en-US').padStart(9)} tokens/s`;
    const stageLines = stages.map(
      (s) =>
        `    ${s.stage.padEnd(14)} ${s.seconds.toFixed(2).padStart(6)} s   through here: ${s.ratioThrough.toFixed(2)}× bare`,
    );
    process.stdout.write(
      [
        `whosaid bench: ${articles.length} articles, ${(bytes / 1024 / 1024).toFixed(1)} MB from ${dir} (best of ${rounds})`,
        line('wink sbd+pos', bareResult),
        line('analysis', fullResult),
        `  (in batches of up to ${BATCH_ARTICLES} articles, stage by stage, as the CLI runs several inputs)`,
        '  by stage:',
        ...stageLines,
        `  end-to-end / bare time: ${ratio.toFixed(2)}×`,
        line('one at a time', singleResult),
        `  one at a time / bare time: ${singleRatio.toFixed(2)}×`,
        `  peak RSS: ${Math.round(peakRssMB)} MB`,
        '',
      ].join('\n'),
    );
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  const code = error instanceof WhosaidError ? `${error.code} ` : '';
  process.stderr.write(`whosaid bench: ${code}${oneLine(error)}\n`);
  process.exitCode = error instanceof WhosaidError ? error.exitCode : 70;
}
