import type { AttributionKind, BoilerplateKind, EntityKind, NoCommentKind } from './document.js';
import type { TextSpan } from './span.js';

/** The JSON that `whosaid analyze --json` prints, per ../shared/docs/output-contract.md (v1). */
export const SCHEMA = 'whosaid/1';

export interface ContractAttribution {
  id: string;
  cue: TextSpan[];
  source: TextSpan[];
  content: TextSpan[];
  kind: AttributionKind;
  entity: string | null;
  via: string | null;
  parent: string | null;
  confidence: number;
}

export interface ContractEntity {
  id: string;
  name: string;
  kind: EntityKind;
  named: boolean;
  descriptor: string | null;
  mentions: TextSpan[];
}

export interface ContractReport {
  sentences: number;
  attributedSentences: number;
  attributions: number;
  sources: number;
  namedSources: number;
  anonymousSources: number;
  anonymousShare: number;
  directQuoteShare: number;
  secondHandShare: number;
  noComment: number;
  [extra: string]: unknown;
}

export interface ContractDocument {
  schema: typeof SCHEMA;
  file: string;
  title: string | null;
  byline: string | null;
  published: string | null;
  publisher: string | null;
  url: string | null;
  text: string;
  boilerplate: (TextSpan & { kind: BoilerplateKind })[];
  headings: TextSpan[];
  /** HTML inputs: each paragraph of `text` with the XPath of the page element it came from (empty for plain text). */
  sourcePaths: (TextSpan & { path: string })[];
  attributions: ContractAttribution[];
  entities: ContractEntity[];
  noComment: (TextSpan & { entity: string | null; kind: NoCommentKind })[];
  report: ContractReport;
}

/** What a failed input prints instead. */
export interface ContractError {
  schema: typeof SCHEMA;
  file: string;
  error: string;
}
