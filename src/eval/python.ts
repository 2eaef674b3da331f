/**
 * Small pieces of Python semantics that `score.py` (the reference scorer) relies
 * on, so that `whosaid eval` reads the same files the same way.
 */

/** Characters for which Python's `str.isspace()` is true: what `split()`, `strip()` and `\s` use. */
export const PY_SPACE =
  '\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

const SPACE_RUN = new RegExp(`[${PY_SPACE}]+`);
const ONLY_SPACE = new RegExp(`^[${PY_SPACE}]*$`);

/** Python's `s.split()`: split on runs of white space, no empty pieces. */
export function pySplit(s: string): string[] {
  return s.split(SPACE_RUN).filter((piece) => piece !== '');
}

/** Python's `not s.strip()`. */
export function pyIsBlank(s: string): boolean {
  return ONLY_SPACE.test(s);
}
