import type { Span } from './span.js';

/** Universal POS tags as wink-nlp assigns them; tokens store the index. */
export const POS_TAGS = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
  'SPACE',
] as const;
export type PosTag = (typeof POS_TAGS)[number];

/**
 * Tokens in a flat, packed store (wink-nlp style): parallel arrays indexed by
 * token number, read through the accessors in `tokens.ts`. White space is not
 * a token; line breaks are recorded on the token that follows them.
 */
export interface TokenLayer {
  count: number;
  start: Int32Array;
  end: Int32Array;
  pos: Uint8Array;
  /** Lower-cased lemma (wink-nlp's), e.g. `say` for `said`. */
  lemma: string[];
  /** Lower-cased surface form. */
  lower: string[];
  /** Index of the sentence each token belongs to. */
  sentence: Int32Array;
}

export interface Sentence extends Span {
  firstToken: number;
  /** Exclusive. */
  endToken: number;
  paragraph: number;
}

/**
 * A pair of quotation marks, never crossing a paragraph boundary. `closed` is
 * false when the close mark is missing: the quote then runs to the paragraph
 * end (or up to the next quote that clearly opens). A quote running over
 * several paragraphs is one Quote per paragraph piece; every piece but the
 * last has `continues` set, and its continuation is the quote that starts the
 * next paragraph. A quote nested inside another (single marks inside double)
 * is listed too, after its enclosing quote; the list is sorted by start.
 */
export interface Quote extends Span {
  /** The quoted words without the marks. */
  inner: Span;
  closed: boolean;
  /** The quote goes on in the next paragraph (news convention: no close mark, next paragraph opens with one). */
  continues: boolean;
}

export type BoilerplateKind =
  | 'ad-marker'
  | 'source-link'
  | 'read-more'
  | 'credit'
  | 'photo-credit'
  | 'newsletter'
  | 'sharing'
  | 'byline'
  | 'caption'
  | 'prompt'
  | 'notice'
  | 'embed'
  | 'navigation';

export interface Boilerplate extends Span {
  kind: BoilerplateKind;
}

export type AttributionKind = 'direct' | 'indirect' | 'mixed';

export interface AttributionLayerItem {
  cue: Span[];
  source: Span[];
  content: Span[];
  kind: AttributionKind;
  confidence: number;
  /** Index (in the attributions layer) of the attribution whose content holds this one. */
  parent: number | null;
  entity: string | null;
  via: string | null;
  /** Which extractor rule or model produced it: for debugging and error analysis. */
  rule: string;
  /** The raw model scores `confidence` was calibrated from (internal: not in the JSON output). */
  evidence?: number[];
}

export type EntityKind = 'person' | 'organization' | 'government' | 'media' | 'anonymous' | 'document' | 'unknown';

export interface EntityLayerItem {
  id: string;
  name: string;
  kind: EntityKind;
  named: boolean;
  descriptor: string | null;
  mentions: Span[];
}

export type NoCommentKind = 'declined' | 'no-response' | 'unreachable';

export interface NoCommentLayerItem extends Span {
  entity: string | null;
  kind: NoCommentKind;
}

/** Where a paragraph of an HTML input's text came from in the page: the XPath of its element. */
export interface SourcePath extends Span {
  path: string;
}

export interface Metadata {
  title: string | null;
  byline: string | null;
  published: string | null;
  publisher: string | null;
  url: string | null;
}

/** A problem a stage noticed: reported on the document instead of thrown (vfile style). */
export interface Message {
  stage: string;
  text: string;
  span?: Span;
}

/** The layers a stage may read or add; the pipeline checks them by these names. */
export type LayerName =
  | 'paragraphs'
  | 'tokens'
  | 'sentences'
  | 'quotes'
  | 'boilerplate'
  | 'headings'
  | 'attributions'
  | 'entities'
  | 'noComment';

/**
 * A layer one stage hands to a later one and no output reads (the attribution
 * stages' cues and role taggings). Its type belongs to the folder whose stages
 * make it, which core does not import, so a key object names it instead of a
 * `LayerName`; `Doc.hand` and `Doc.take` pass it on.
 */
export class WorkingLayer<T> {
  /** Never set: ties the key to the type of its layer. */
  declare readonly layer?: T;

  constructor(readonly name: string) {}

  toString(): string {
    return this.name;
  }
}

/**
 * The document at the centre of whosaid: the text, which never changes, plus
 * layers of spans that pipeline stages add one at a time.
 */
export class Doc {
  readonly text: string;
  /** The input as given: a path, `-` for stdin, or a URL. */
  readonly file: string;
  meta: Metadata = { title: null, byline: null, published: null, publisher: null, url: null };
  /** HTML inputs: each paragraph's element in the original page, so a viewer can highlight it there. */
  sourcePaths: SourcePath[] = [];
  messages: Message[] = [];

  paragraphs?: Span[];
  tokens?: TokenLayer;
  sentences?: Sentence[];
  quotes?: Quote[];
  boilerplate?: Boilerplate[];
  headings?: Span[];
  attributions?: AttributionLayerItem[];
  entities?: EntityLayerItem[];
  noComment?: NoCommentLayerItem[];
  /** Working layers waiting for the stage that needs them. */
  private readonly working = new Map<WorkingLayer<unknown>, unknown>();

  constructor(text: string, file = '-') {
    this.text = text;
    this.file = file;
  }

  has(layer: LayerName): boolean {
    return this[layer] !== undefined;
  }

  /** A layer a stage declared it needs; the pipeline guarantees it is there. */
  need<L extends LayerName>(layer: L): NonNullable<Doc[L]> {
    const value = this[layer];
    if (value === undefined) throw new Error(`internal: layer '${layer}' is missing`);
    return value as NonNullable<Doc[L]>;
  }

  /** Leaves a working layer for a later stage. */
  hand<T>(layer: WorkingLayer<T>, value: T): void {
    this.working.set(layer, value);
  }

  /** A working layer a stage declared it needs, dropped from the document: it is read once. */
  take<T>(layer: WorkingLayer<T>): T {
    if (!this.working.has(layer)) throw new Error(`internal: working layer '${layer.name}' is missing`);
    const value = this.working.get(layer) as T;
    this.working.delete(layer);
    return value;
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }
}
