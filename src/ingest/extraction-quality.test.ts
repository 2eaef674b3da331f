import { describe, expect, it } from 'vitest';
import { benchPagesDir, readPageSet } from '../bench/page-set.js';
import { SHINGLE_SIZE, shingleF1 } from '../bench/shingles.js';
import { extractArticle } from './html.js';

/**
 * Our own saved-page benchmark: invented articles in realistic templates,
 * expected bodies beside them. bench/pages was used to tune the cleanup;
 * bench/pages-heldout was kept out of tuning until measured (see its
 * README); bench/pages-heldout2 (larger, cluttered pages written blind)
 * scored 0.896 when first measured and was then tuned on; bench/pages-heldout3
 * (written blind too) scored 0.973 when first measured, 0.982 after one
 * structural fix its live-blog page showed (see its README). Floors: what the extractor scored when they were set, less a little, so
 * a regression shows.
 */
const SETS = [
  { dir: 'pages', minF1PerPage: 0.96, minMeanF1: 0.99 },
  { dir: 'pages-heldout', minF1PerPage: 0.92, minMeanF1: 0.98 },
  { dir: 'pages-heldout2', minF1PerPage: 0.92, minMeanF1: 0.98 },
  { dir: 'pages-heldout3', minF1PerPage: 0.84, minMeanF1: 0.97 },
];

for (const set of SETS) {
  const pages = readPageSet(benchPagesDir(set.dir));

  describe(`extraction quality: ${SHINGLE_SIZE}-word shingle F1 on bench/${set.dir}`, () => {
    const scores: number[] = [];
    for (const page of pages) {
      it(page.name, () => {
        const { text } = extractArticle(page.html);
        const score = shingleF1(text, page.expected);
        scores.push(score.f1);
        if (process.env.WHOSAID_SHOW_EXTRACTION) console.log(`${page.name}\n${text}\n`);
        console.log(
          `${page.name}: F1 ${score.f1.toFixed(3)} (P ${score.precision.toFixed(3)}, R ${score.recall.toFixed(3)})`,
        );
        expect(score.f1).toBeGreaterThanOrEqual(set.minF1PerPage);
      });
    }
    it('mean over all pages', () => {
      const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
      console.log(`mean F1 ${mean.toFixed(3)} over ${scores.length} pages`);
      expect(scores.length).toBe(pages.length);
      expect(mean).toBeGreaterThanOrEqual(set.minMeanF1);
    });
  });
}
