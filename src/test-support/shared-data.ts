import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * ../shared beside the repository: PolNeAR, the seed article, score.py. Tests
 * that read it skip when it is missing on a developer's machine, but in CI
 * (CI=true) it must be there, so they run and fail instead of skipping.
 */
export const SHARED = fileURLToPath(new URL('../../../shared', import.meta.url));
export const POLNEAR_DEV = join(SHARED, 'data', 'polnear', 'dev');
export const POLNEAR_TRAIN = join(SHARED, 'data', 'polnear', 'train');
export const SEED_ARTICLE = join(SHARED, 'data', 'seed', '000_b5b1cab957002776.txt');
export const SCORE_PY = join(SHARED, 'tools', 'score.py');

/** True when the tests needing these paths should run: they exist, or we are in CI (where missing is a failure). */
export function shouldRunWith(...paths: string[]): boolean {
  return process.env.CI === 'true' || paths.every((path) => existsSync(path));
}
