import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { type Doc, POS_TAGS, type Sentence, type Span, type Stage, type TokenLayer } from '../core/index.js';

const nlp = winkNLP(model);
const its = nlp.its;
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
 * recovered by walking the text. Sentences never cross a paragraph boundary.
 */
export function tokenize(text: string, paragraphs: Span[]): { tokens: TokenLayer; sentences: Sentence[] } {
  const pieces: Piece[] = [];
  for (const paragraph of paragraphs) {
    tokenizeParagraph(text, paragraph, pieces);
  }
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
  let paragraphIndex = 0;
  for (let i = 0; i < count; i++) {
    const piece = pieces[i];
    tokens.start[i] = piece.start;
    tokens.end[i] = piece.end;
    tokens.pos[i] = piece.pos;
    tokens.lemma[i] = piece.lemma;
    tokens.lower[i] = piece.lower;
    while (paragraphIndex < paragraphs.length - 1 && piece.start >= paragraphs[paragraphIndex].end) paragraphIndex++;
    const current = sentences[sentences.length - 1];
    if (piece.sentenceStart || !current) {
      sentences.push({ start: piece.start, end: piece.end, firstToken: i, endToken: i + 1, paragraph: paragraphIndex });
    } else {
      current.end = piece.end;
      current.endToken = i + 1;
    }
    tokens.sentence[i] = sentences.length - 1;
  }
  return { tokens, sentences };
}

function tokenizeParagraph(text: string, paragraph: Span, out: Piece[]): void {
  const wink = nlp.readDoc(text.slice(paragraph.start, paragraph.end));
  const values = wink.tokens().out(its.value) as string[];
  const spaces = wink.tokens().out(its.precedingSpaces) as string[];
  const pos = wink.tokens().out(its.pos) as string[];
  // wink-nlp's typings omit the lemma helper's model add-ons; it works at run time.
  const lemmas = wink.tokens().out(its.lemma as never) as string[];
  const sentenceStarts = new Set<number>();
  wink.sentences().each((sentence: { out: (f: unknown) => unknown }) => {
    const span = sentence.out(its.span) as [number, number];
    sentenceStarts.add(span[0]);
  });
  const firstPiece = out.length;
  let cursor = paragraph.start;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    cursor += spaces[i].length;
    if (!text.startsWith(value, cursor)) {
      const found = text.indexOf(value, cursor);
      if (found >= 0 && found - cursor <= REALIGN_WINDOW && found + value.length <= paragraph.end) cursor = found;
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
      sentenceStart: sentenceStarts.has(i),
    });
  }
  // Every paragraph starts a sentence, whatever wink-nlp's splitter thought.
  if (out.length > firstPiece) out[firstPiece].sentenceStart = true;
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
