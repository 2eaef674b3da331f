/** Exactly the UTF-16 code units a regular expression's `\s` matches. */
export function isWhitespace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** a–z. */
export function isAsciiLowerCase(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** a–z, A–Z, 0–9. */
export function isAsciiLetterOrDigit(code: number): boolean {
  return isAsciiLowerCase(code) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** `/\p{Ll}/u.test(text[at])`, without the regex for ASCII. */
export function isLowerCaseAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < 128 ? isAsciiLowerCase(code) : /\p{Ll}/u.test(text[at]);
}

/** `/\p{Lu}/u.test(text[at])`, without the regex for ASCII (false past the text's end). */
export function isUpperCaseAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 65 && code <= 90;
  return at < text.length && /\p{Lu}/u.test(text[at]);
}

/**
 * `text` in memory of its own. V8 keeps a slice of a long string as a view
 * into it, so a memo keyed by a slice of an article would keep the whole
 * article alive; joining forces a fresh flat copy the result lives in.
 */
export function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}

/** The run of characters after the last white space (`\s`) of `text`: all of it when there is none. */
export function lastWord(text: string): string {
  let i = text.length;
  while (i > 0 && !isWhitespace(text.charCodeAt(i - 1))) i--;
  return text.slice(i);
}
