import { type Doc, memoByObject } from '../core/index.js';

/** The speaker tags of an interview transcript: `Q:` for the interviewer, `A:` for the one answering. */
const TRANSCRIPT_TAGS = new Set(['Q', 'A']);

/** `Q` or `A` when token k is written so and a colon follows it (`A: ...`), else null. */
export function speakerTagAt(doc: Doc, k: number): string | null {
  const tokens = doc.need('tokens');
  const tag = doc.text.slice(tokens.start[k], tokens.end[k]);
  return TRANSCRIPT_TAGS.has(tag) && tokens.lower[k + 1] === ':' ? tag : null;
}

/**
 * The tokens of `Q` and `A` that open paragraphs as speaker tags (`Q: Will
 * the quota be cut?` / `A: We will follow the advice.`), in a document that
 * has both; none otherwise, so a lone `A:` is never read as one. Read once
 * per document: the cue rules, the linking of every colon cue and the
 * resolver all ask.
 */
export const transcriptTags: (doc: Doc) => readonly number[] = memoByObject((doc: Doc) => {
  const tags: number[] = [];
  const seen = new Set<string>();
  let paragraph = -1;
  for (const sentence of doc.need('sentences')) {
    if (sentence.paragraph === paragraph) continue;
    paragraph = sentence.paragraph;
    const tag = speakerTagAt(doc, sentence.firstToken);
    if (tag === null) continue;
    tags.push(sentence.firstToken);
    seen.add(tag);
  }
  return seen.size === TRANSCRIPT_TAGS.size ? tags : [];
});
