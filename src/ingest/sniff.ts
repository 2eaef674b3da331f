/** How much of the start of an input is looked at to call it HTML. */
const SNIFF_BYTES = 1024;

/**
 * HTML by its first markup: a doctype, `<html>` or `<head>`, after an optional
 * BOM, white space, XML declaration and comments. Only unmistakable starts
 * count, so a plain-text article that begins with a `<` is left alone.
 */
const HTML_START =
  /^(\ufeff|\xef\xbb\xbf)?\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>])/i;

export function looksLikeHtml(bytes: Uint8Array): boolean {
  const start = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFF_BYTES)).toString('latin1');
  return HTML_START.test(start);
}
