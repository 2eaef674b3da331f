/**
 * Offset units. Brat files (and Python's `str`) count Unicode code points;
 * whosaid counts UTF-16 code units (JavaScript string indices). They differ only
 * after a character outside the Basic Multilingual Plane, so texts without one
 * (all of PolNeAR) take the identity fast path.
 */

/** True when the text has a surrogate pair, i.e. the two units disagree somewhere. */
function hasAstral(text: string): boolean {
  return /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text);
}

/** Converts between code point and UTF-16 offsets of one text. */
export interface OffsetMap {
  /** Length of the text in code points. */
  readonly codePointLength: number;
  /** UTF-16 offset of a code point offset in `0..codePointLength`. */
  toUtf16(codePoint: number): number;
  /** Code point offset of a UTF-16 offset, or -1 if it falls inside a surrogate pair. */
  toCodePoint(utf16: number): number;
}

export function offsetMap(text: string): OffsetMap {
  if (!hasAstral(text)) {
    return {
      codePointLength: text.length,
      toUtf16: (cp) => cp,
      toCodePoint: (u) => u,
    };
  }
  // cpToU16[k] = UTF-16 index of code point k; u16ToCp[i] = code point index or -1 mid-pair.
  const cpToU16: number[] = [];
  const u16ToCp = new Int32Array(text.length + 1);
  let i = 0;
  while (i < text.length) {
    const k = cpToU16.length;
    cpToU16.push(i);
    u16ToCp[i] = k;
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      u16ToCp[i + 1] = -1;
      i += 2;
    } else {
      i += 1;
    }
  }
  const length = cpToU16.length;
  cpToU16.push(text.length);
  u16ToCp[text.length] = length;
  return {
    codePointLength: length,
    toUtf16: (cp) => cpToU16[cp],
    toCodePoint: (u) => u16ToCp[u],
  };
}

/** Compares strings by code point, as Python's `sorted` does (JS `<` compares UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Only a surrogate against a unit in U+E000..U+FFFF sorts differently by code point.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys && (xs ? y >= 0xe000 : x >= 0xe000)) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}
