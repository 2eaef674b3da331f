import { type Doc, POS_TAGS, type Sentence, type Span, type Stage, type TokenLayer } from '../core/index.js';
import { its, nlp } from './wink.js';

const POS_INDEX = new Map<string, number>(POS_TAGS.map((tag, i) => [tag, i]));
const UNKNOWN_POS = POS_INDEX.get('X') as number;
/** wink-nlp drops a few characters (a stray byte-order mark); look this far ahead to re-align. */
const REALIGN_WINDOW = 32;

interface Piece {
  start: number;
  end: number;
  pos: number;
  lemma: string;
  lower: string;
  sentenceStart: boolean;
}

/**
 * Tokens, POS and sentences from wink-nlp, with offsets into the original text.
 * wink-nlp gives each token's value and the spaces before it; offsets are
 * recovered by walking the text. The whole text goes through wink-nlp at once
 * (one call per paragraph cost twice as much); sentences are then cut at every
 * paragraph boundary, so none crosses one.
 */
export function tokenize(text: string, paragraphs: Span[]): { tokens: TokenLayer; sentences: Sentence[] } {
  const pieces: Piece[] = [];
  readPieces(text, pieces);
  const count = pieces.length;
  const tokens: TokenLayer = {
    count,
    start: new Int32Array(count),
    end: new Int32Array(count),
    pos: new Uint8Array(count),
    lemma: new Array<string>(count),
    lower: new Array<string>(count),
    sentence: new Int32Array(count),
  };
  const sentences: Sentence[] = [];
  let paragraph = -1;
  for (let i = 0; i < count; i++) {
    const piece = pieces[i];
    tokens.start[i] = piece.start;
    tokens.end[i] = piece.end;
    tokens.pos[i] = piece.pos;
    tokens.lemma[i] = piece.lemma;
    tokens.lower[i] = piece.lower;
    let newParagraph = false;
    while (paragraph + 1 < paragraphs.length && piece.start >= paragraphs[paragraph + 1].start) {
      paragraph++;
      newParagraph = true;
    }
    const current = sentences[sentences.length - 1];
    if (piece.sentenceStart || newParagraph || !current) {
      sentences.push({
        start: piece.start,
        end: piece.end,
        firstToken: i,
        endToken: i + 1,
        paragraph: Math.max(0, paragraph),
      });
    } else {
      current.end = piece.end;
      current.endToken = i + 1;
    }
    tokens.sentence[i] = sentences.length - 1;
  }
  return { tokens, sentences };
}

function readPieces(text: string, out: Piece[]): void {
  const wink = nlp.readDoc(text);
  const values = wink.tokens().out(its.value) as string[];
  const spaces = wink.tokens().out(its.precedingSpaces) as string[];
  const pos = wink.tokens().out(its.pos) as string[];
  const lemmas = wink.tokens().out(its.lemma) as string[];
  const sentenceStarts = new Set<number>();
  wink.sentences().each((sentence: { out: (f: unknown) => unknown }) => {
    const span = sentence.out(its.span) as [number, number];
    sentenceStarts.add(span[0]);
  });
  let cursor = 0;
  let sentenceStartPending = false;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    cursor += spaces[i].length;
    if (sentenceStarts.has(i)) sentenceStartPending = true;
    if (!text.startsWith(value, cursor)) {
      const found = text.indexOf(value, cursor);
      if (found >= 0 && found - cursor <= REALIGN_WINDOW) cursor = found;
      else continue; // cannot place it: leave the token out rather than misplace it
    }
    const start = cursor;
    cursor += value.length;
    if (value.trim() === '') continue;
    out.push({
      start,
      end: cursor,
      pos: POS_INDEX.get(pos[i]) ?? UNKNOWN_POS,
      lemma: (lemmas[i] ?? value).toLowerCase(),
      lower: value.toLowerCase(),
      sentenceStart: sentenceStartPending,
    });
    sentenceStartPending = false;
  }
}

export const tokenStage: Stage = {
  name: 'tokens',
  needs: ['paragraphs'],
  adds: ['tokens', 'sentences'],
  run(doc: Doc) {
    const { tokens, sentences } = tokenize(doc.text, doc.need('paragraphs'));
    doc.tokens = tokens;
    doc.sentences = sentences;
  },
};
