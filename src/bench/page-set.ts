import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHtml } from '../ingest/index.js';

/** A saved page and the article body a careful reader would extract from it. */
export interface BenchPage {
  name: string;
  /** The page decoded with its declared (or sniffed) charset. */
  html: string;
  expected: string;
}

/** A folder of the repository's bench/ (`pages`, `pages-heldout`, …). */
export function benchPagesDir(name: string): string {
  return fileURLToPath(new URL(`../../bench/${name}/`, import.meta.url));
}

/** Every `NAME.html` of `dir` with its `NAME.txt`, by name. */
export function readPageSet(dir: string): BenchPage[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => ({
      name,
      html: decodeHtml(readFileSync(join(dir, name))).text,
      expected: readFileSync(join(dir, name.replace(/\.html$/, '.txt')), 'utf8'),
    }));
}
