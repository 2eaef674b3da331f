import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { analyzeText } from '../analyze.js';
import { oneLine, WhosaidError } from '../core/index.js';

/**
 * `npm run bench`: speed of the whole analysis against a bare wink-nlp pass
 * (tokens + POS, the floor any wink-based analyzer pays) over the PolNeAR
 * training texts, held in memory so disk time does not count.
 */
const DEFAULT_DATA = fileURLToPath(new URL('../../../shared/data/polnear/train/text/', import.meta.url));
/** Enough articles to compile the hot paths and load the model before timing. */
const WARMUP_ARTICLES = 20;

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

/** Runs `count` over every article and returns the total tokens it reports. */
function timePass(articles: Article[], count: (article: Article) => number): PassResult {
  const started = process.hrtime.bigint();
  let tokens = 0;
  for (const article of articles) tokens += count(article);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, tokens, articlesPerSecond: articles.length / seconds, tokensPerSecond: tokens / seconds };
}

function main(args: string[]): number {
  const json = args.includes('--json');
  const dataIndex = args.indexOf('--data');
  const limitIndex = args.indexOf('--limit');
  const dir = dataIndex >= 0 ? args[dataIndex + 1] : DEFAULT_DATA;
  const limit = limitIndex >= 0 ? Number(args[limitIndex + 1]) : Number.POSITIVE_INFINITY;
  const articles = loadArticles(dir, limit);
  const bytes = articles.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0);

  const nlp = winkNLP(model);
  const its = nlp.its;
  const bare = (article: Article) => (nlp.readDoc(article.text).tokens().out(its.pos) as string[]).length;
  const full = (article: Article) => analyzeText(article.text, article.name).tokens?.count ?? 0;

  const warmup = articles.slice(0, WARMUP_ARTICLES);
  timePass(warmup, bare);
  timePass(warmup, full);
  const bareResult = timePass(articles, bare);
  const fullResult = timePass(articles, full);
  // maxRSS is in kilobytes: the process's peak, whichever pass caused it.
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  const ratio = fullResult.seconds / bareResult.seconds;

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
      bareWink: round(bareResult),
      analyzeText: round(fullResult),
      timeRatio: +ratio.toFixed(2),
      peakRssMB: Math.round(peakRssMB),
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    const line = (label: string, pass: PassResult) =>
      `  ${label.padEnd(16)} ${pass.seconds.toFixed(2).padStart(7)} s  ${pass.articlesPerSecond.toFixed(1).padStart(7)} articles/s  ${Math.round(pass.tokensPerSecond).toLocaleString('en-US').padStart(9)} tokens/s`;
    process.stdout.write(
      [
        `whosaid bench: ${articles.length} articles, ${(bytes / 1024 / 1024).toFixed(1)} MB from ${dir}`,
        line('wink-nlp bare', bareResult),
        line('analyzeText', fullResult),
        `  end-to-end / bare time: ${ratio.toFixed(2)}×`,
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
