import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHINGLE_SIZE, shingleF1 } from '../bench/shingles.js';
import { decodeHtml } from './charset.js';
import { extractArticle } from './html.js';

/**
 * Our own saved-page benchmark (bench/pages: invented articles in realistic
 * templates, expected bodies beside them). Floor: what the extractor scored
 * when this test was written, less a little, so a regression shows.
 */
const PAGES = fileURLToPath(new URL('../../bench/pages/', import.meta.url));
const MIN_F1_PER_PAGE = 0.97;
const MIN_MEAN_F1 = 0.98;

const pages = readdirSync(PAGES)
  .filter((name) => name.endsWith('.html'))
  .sort();

describe(`extraction quality: ${SHINGLE_SIZE}-word shingle F1 on bench/pages`, () => {
  const scores: number[] = [];
  for (const page of pages) {
    it(page, () => {
      const html = decodeHtml(readFileSync(join(PAGES, page))).text;
      const expected = readFileSync(join(PAGES, page.replace(/\.html$/, '.txt')), 'utf8');
      const { text } = extractArticle(html);
      const score = shingleF1(text, expected);
      scores.push(score.f1);
      if (process.env.WHOSAID_SHOW_EXTRACTION) console.log(`${page}\n${text}\n`);
      console.log(`${page}: F1 ${score.f1.toFixed(3)} (P ${score.precision.toFixed(3)}, R ${score.recall.toFixed(3)})`);
      expect(score.f1).toBeGreaterThanOrEqual(MIN_F1_PER_PAGE);
    });
  }
  it('mean over all pages', () => {
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    console.log(`mean F1 ${mean.toFixed(3)} over ${scores.length} pages`);
    expect(scores.length).toBe(pages.length);
    expect(mean).toBeGreaterThanOrEqual(MIN_MEAN_F1);
  });
});
