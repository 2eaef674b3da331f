import type { Doc } from '../core/index.js';

/** The speaker tags of an interview transcript: `Q:` for the interviewer, `A:` for the one answering. */
const TRANSCRIPT_TAGS = new Set(['Q', 'A']);

/**
 * The tokens of `Q` and `A` that open paragraphs as speaker tags (`Q: Will
 * the quota be cut?` / `A: We will follow the advice.`), in a document that
 * has both; none otherwise, so a lone `A:` is never read as one.
 */
export function transcriptTags(doc: Doc): number[] {
  const tokens = doc.need('tokens');
  const tags: number[] = [];
  const seen = new Set<string>();
  let paragraph = -1;
  for (const sentence of doc.need('sentences')) {
    if (sentence.paragraph === paragraph) continue;
    paragraph = sentence.paragraph;
    const first = sentence.firstToken;
    const tag = doc.text.slice(tokens.start[first], tokens.end[first]);
    if (!TRANSCRIPT_TAGS.has(tag) || tokens.lower[first + 1] !== ':') continue;
    tags.push(first);
    seen.add(tag);
  }
  return seen.size === TRANSCRIPT_TAGS.size ? tags : [];
}
