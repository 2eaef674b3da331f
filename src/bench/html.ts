/**
 * HTML extraction speed: every page in bench/pages (decoded once, up front)
 * through extractArticle, repeated for at least --seconds (default 3) after
 * a warm-up, on one core. Prints pages/s and the mean shingle F1 against the
 * expected bodies; --json prints one JSON object.
 *
 *   npm run build && node dist/bench/html.js
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHtml, extractArticle } from '../ingest/index.js';
import { SHINGLE_SIZE, shingleF1 } from './shingles.js';

const PAGES = fileURLToPath(new URL('../../bench/pages/', import.meta.url));
const WARMUP_ROUNDS = 3;

const args = process.argv.slice(2);
const json = args.includes('--json');
const secondsIndex = args.indexOf('--seconds');
const seconds = secondsIndex >= 0 ? Number(args[secondsIndex + 1]) : 3;

const pages = readdirSync(PAGES)
  .filter((name) => name.endsWith('.html'))
  .sort()
  .map((name) => ({
    name,
    html: decodeHtml(readFileSync(join(PAGES, name))).text,
    expected: readFileSync(join(PAGES, name.replace(/\.html$/, '.txt')), 'utf8'),
  }));

const scores = pages.map((page) => ({
  page: page.name,
  f1: shingleF1(extractArticle(page.html).text, page.expected).f1,
}));
for (let i = 0; i < WARMUP_ROUNDS; i++) for (const page of pages) extractArticle(page.html);

let extracted = 0;
const started = process.hrtime.bigint();
let elapsed = 0;
while (elapsed < seconds) {
  for (const page of pages) extractArticle(page.html);
  extracted += pages.length;
  elapsed = Number(process.hrtime.bigint() - started) / 1e9;
}
const pagesPerSecond = extracted / elapsed;
const meanF1 = scores.reduce((sum, score) => sum + score.f1, 0) / scores.length;
const kilobytes = pages.reduce((sum, page) => sum + page.html.length, 0) / pages.length / 1024;

if (json) {
  console.log(JSON.stringify({ pages: pages.length, pagesPerSecond, meanF1, shingleSize: SHINGLE_SIZE, scores }));
} else {
  console.log(
    `HTML extraction: ${pages.length} pages (mean ${kilobytes.toFixed(1)} KB), ${extracted} extractions in ${elapsed.toFixed(1)} s`,
  );
  console.log(`  ${pagesPerSecond.toFixed(1)} pages/s on one core`);
  for (const score of scores) console.log(`  ${score.page}: ${SHINGLE_SIZE}-word shingle F1 ${score.f1.toFixed(3)}`);
  console.log(`  mean F1 ${meanF1.toFixed(3)}`);
}
