// Test helpers for the linking rules: a short text read up to the token view, and token runs read back as text.

import { textPipeline } from '../analyze.js';
import { Doc } from '../core/index.js';
import { loadModel } from '../extract/model.js';
import { buildTokenView } from '../extract/token-view.js';

/** The index of the first token whose text is `word` (from token `from` on). */
export function tokenIndex(doc: Doc, word: string, from = 0): number {
  const tokens = doc.need('tokens');
  for (let i = from; i < tokens.count; i++) if (doc.text.slice(tokens.start[i], tokens.end[i]) === word) return i;
  throw new Error(`no token ${word}`);
}

/** The text a token run covers, from its first token's start to its last token's end. */
export function spanText(doc: Doc, run: { first: number; end: number }): string {
  const tokens = doc.need('tokens');
  return doc.text.slice(tokens.start[run.first], tokens.end[run.end - 1]);
}

/** A rule's new source and contents read back as text (null stays null). */
export function sourceAndContentTexts(
  doc: Doc,
  found: { source: { first: number; end: number }; contents: { first: number; end: number }[] } | null,
) {
  return found && { source: spanText(doc, found.source), content: found.contents.map((run) => spanText(doc, run)) };
}

/** A text read up to the token view, with the given words (first occurrences) marked as cue tokens. */
export function reading(text: string, cueWords: string[] = []) {
  const doc = textPipeline.run(new Doc(text, 'x'));
  const view = buildTokenView(doc, loadModel().lexicon);
  const at = (word: string, from = 0) => tokenIndex(doc, word, from);
  const isCueToken = new Uint8Array(view.count);
  for (const word of cueWords) isCueToken[at(word)] = 1;
  const cueAt = (word: string, length = 1) => ({ first: at(word), end: at(word) + length, margin: 1 });
  return { doc, view, at, cueAt, isCueToken };
}
