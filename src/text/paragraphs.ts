import { type Doc, isLowerCaseAt, type Span, type Stage } from '../core/index.js';

/**
 * Paragraphs are lines of text. News text arrives either with blank lines
 * between paragraphs (PolNeAR, most extractors) or one paragraph per line
 * (scraped copies such as the seed article), so every line break ends a
 * paragraph — except inside hard-wrapped prose, where a line that does not end
 * a sentence is followed by one starting in lower case.
 */
export function findParagraphs(text: string): Span[] {
  const lines: Span[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) {
      pushTrimmed(text, lineStart, i, lines);
      lineStart = i + 1;
    }
  }
  const paragraphs: Span[] = [];
  for (const line of lines) {
    const last = paragraphs[paragraphs.length - 1];
    if (last && isWrappedContinuation(text, last, line)) last.end = line.end;
    else paragraphs.push({ ...line });
  }
  return paragraphs;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0xfeff || code === 11 || code === 12;
}

/** Only text with nothing blank between the two lines can be one wrapped paragraph. */
function isWrappedContinuation(text: string, previous: Span, line: Span): boolean {
  if (!isLowerCaseAt(text, line.start)) return false; // the usual answer, decided first and cheaply
  const between = text.slice(previous.end, line.start);
  if ((between.match(/\n/g)?.length ?? 0) + (between.match(/\r(?!\n)/g)?.length ?? 0) !== 1) return false;
  return !/[.!?:;"”’')\]]/.test(text[previous.end - 1]);
}

export const paragraphStage: Stage = {
  name: 'paragraphs',
  needs: [],
  adds: ['paragraphs'],
  run(doc: Doc) {
    doc.paragraphs = findParagraphs(doc.text);
  },
};
