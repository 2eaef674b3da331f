/**
 * HTML extraction speed and quality: every page in bench/pages (decoded once,
 * up front) through extractArticle, repeated for at least --seconds (default
 * 3) after a warm-up, on one core. Prints pages/s and the shingle F1 of each
 * page against its expected body; --json prints one JSON object.
 *
 *   --heldout      use bench/pages-heldout (pages kept out of tuning)
 *   --pages DIR    use another directory of page.html + page.txt pairs
 *   --readability  Readability.js alone over linkedom (no cleanup of ours), the baseline
 *
 *   npm run build && node dist/bench/html.js [--heldout] [--readability]
 */
import { parseHtml, runReadability } from '../ingest/dom.js';
import { extractArticle } from '../ingest/index.js';
import { textBlocks } from '../ingest/text-blocks.js';
import { benchPagesDir, readPageSet } from './page-set.js';
import { SHINGLE_SIZE, shingleF1 } from './shingles.js';

const WARMUP_ROUNDS = 3;

const args = process.argv.slice(2);
const json = args.includes('--json');
const readabilityOnly = args.includes('--readability');
const optionValue = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const seconds = Number(optionValue('--seconds') ?? 3);
const pagesDir = optionValue('--pages') ?? benchPagesDir(args.includes('--heldout') ? 'pages-heldout' : 'pages');

/** Readability's article as we would turn it into text, with none of our cleanup before or after. */
function readabilityText(html: string): string {
  const article = runReadability(parseHtml(html));
  return article
    ? textBlocks(article.content)
        .map((block) => block.text)
        .join('\n\n')
    : '';
}

const extract = readabilityOnly ? readabilityText : (html: string) => extractArticle(html).text;

const pages = readPageSet(pagesDir);

const scores = pages.map((page) => {
  const score = shingleF1(extract(page.html), page.expected);
  return { page: page.name, f1: score.f1, precision: score.precision, recall: score.recall };
});
for (let i = 0; i < WARMUP_ROUNDS; i++) for (const page of pages) extract(page.html);

let extracted = 0;
const started = process.hrtime.bigint();
let elapsed = 0;
while (elapsed < seconds) {
  for (const page of pages) extract(page.html);
  extracted += pages.length;
  elapsed = Number(process.hrtime.bigint() - started) / 1e9;
}
const pagesPerSecond = extracted / elapsed;
const meanF1 = scores.reduce((sum, score) => sum + score.f1, 0) / scores.length;
const kilobytes = pages.reduce((sum, page) => sum + page.html.length, 0) / pages.length / 1024;
const extractor = readabilityOnly ? 'Readability alone' : 'extractArticle';

if (json) {
  console.log(
    JSON.stringify({
      extractor,
      pagesDir,
      pages: pages.length,
      pagesPerSecond,
      meanF1,
      shingleSize: SHINGLE_SIZE,
      scores,
    }),
  );
} else {
  console.log(
    `HTML extraction (${extractor}, ${pagesDir}): ${pages.length} pages (mean ${kilobytes.toFixed(1)} KB), ${extracted} extractions in ${elapsed.toFixed(1)} s`,
  );
  console.log(`  ${pagesPerSecond.toFixed(1)} pages/s on one core`);
  for (const score of scores) {
    const pr = `P ${score.precision.toFixed(3)}, R ${score.recall.toFixed(3)}`;
    console.log(`  ${score.page}: ${SHINGLE_SIZE}-word shingle F1 ${score.f1.toFixed(3)} (${pr})`);
  }
  console.log(`  mean F1 ${meanF1.toFixed(3)}`);
}
