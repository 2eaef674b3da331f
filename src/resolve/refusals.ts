import { type Doc, type NoCommentKind, partitionPoint, type Span } from '../core/index.js';
import { AnchoredPattern } from './anchored-pattern.js';
import { trimEdges } from './phrase-words.js';

/** One refusal or silence: the phrase, its kind, and where in its sentence to look for who refused. */
export interface Refusal extends Span {
  kind: NoCommentKind;
  /** From the start of the clause to the phrase: the subject is in here. */
  subjectWindow: Span;
}

/** What was not answered or returned: " to a request for comment", " the Ledger's calls seeking comment on Monday". */
const WHAT_WAS_NOT_ANSWERED = String.raw`\s+(?:to\s+)?(?:a\s+|an\s+|the\s+|multiple\s+|several\s+|repeated\s+|CNN[’']s\s+|(?:the\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}\p{L}*[’']s\s+)?(?:emailed\s+|written\s+|phone\s+)?(?:requests?|messages?|calls?|phone\s+calls?|emails?|e-mails?|inquir(?:y|ies)|questions)(?:\s+(?:for|seeking)\s+(?:comment|a\s+response))?(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?`;

/**
 * Phrases of refusal and silence, by kind. Each must start at the verb group so
 * that the subject stands right before it ("The White House did not
 * immediately respond"). Each holds a keyword at most `runsBefore` runs of
 * whitespace from its start, so it is only tried near one (see AnchoredPattern).
 * Those `outsideQuotations` are figures of speech inside a quotation.
 */
const REFUSAL_PATTERNS: readonly { kind: NoCommentKind; finder: AnchoredPattern; outsideQuotations?: boolean }[] = [
  {
    kind: 'declined',
    // "has declined": one run before the verb.
    finder: new AnchoredPattern(
      /\b(?:(?:has|have|had)\s+)?(?:declined|refused|declines|refuses|decline|refuse)\s+(?:to\s+)?(?:immediately\s+)?(?:comment|discuss|elaborate|speculate|say|specify|disclose|confirm|be\s+interviewed|answer\s+questions|(?:provide|give|offer)\s+(?:any\s+)?(?:further\s+|more\s+|additional\s+)?(?:details|comment|information|specifics)|respond(?:\s+to\s+(?:questions|requests?\s+for\s+comment))?|identify|name|describe|go\s+into\s+(?:any\s+)?details?|(?:speak|talk)(?:\s+(?:to|with)\s+(?:reporters|journalists|the\s+(?:media|press)))?|(?:an?\s+)?(?:requests?|invitations?)\s+(?:for|to)\s+(?:an?\s+)?(?:comment|interview|be\s+interviewed)|(?:an?\s+)?interview\s+requests?)\b(?:\s+on\s+(?:the\s+)?(?:matter|report|story|record|allegations?))?/iu,
      /declin|refus/iu,
      1,
    ),
  },
  {
    kind: 'declined',
    // "said they had no immediate comment", "the bureau does not comment on ...", "has not publicly
    // commented", "would make no further comment": five runs before "comment".
    finder: new AnchoredPattern(
      /\b(?:would|will|could|did|does|do)\s*(?:not|n[’']t)\s+(?:immediately\s+)?(?:comment|discuss\s+(?:the\s+matter|it))\b|\b(?:had|has|have|offered)\s+no\s+(?:immediate\s+|further\s+)?comment\b|\b(?:would|will)\s+(?:make|have|give|offer)\s+no\s+(?:immediate\s+|further\s+)?comment\b|\bsaid\s+(?:it|he|she|they)\s+had\s+no\s+(?:immediate\s+)?comment\b|\b(?:has|have|had)\s+(?:not\s+(?:yet\s+)?(?:publicly\s+)?commented|yet\s+to\s+(?:publicly\s+)?comment)(?:\s+publicly)?\b/iu,
      /comment|discuss/iu,
      5,
    ),
  },
  {
    kind: 'declined',
    // "would not say whether": a refusal (`did not say how` is what a statement left out); in a
    // quotation it is a figure of speech ("I wouldn't say what he said").
    finder: new AnchoredPattern(
      /\b(?:would|will|could)\s*(?:not|n[’']t)\s+say\s+(?:whether|if|how|what|when|who|why|where)\b|\bwon[’']t\s+say\s+(?:whether|if|how|what|when|who|why|where)\b/iu,
      /say/iu,
      3,
    ),
    outsideQuotations: true,
  },
  {
    kind: 'declined',
    // "The team has not confirmed the talks": a silence on the matter itself.
    finder: new AnchoredPattern(
      /\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:publicly\s+)?confirmed\b/iu,
      /confirmed/iu,
      4,
    ),
    outsideQuotations: true,
  },
  {
    kind: 'declined',
    // "referred questions to his attorneys": a refusal that points elsewhere (not the participle
    // `referring questions to`, which follows a refusal of its own).
    finder: new AnchoredPattern(
      /\b(?:(?:has|have|had)\s+)?(?:referred|refers|refer)\s+(?:all\s+|further\s+|additional\s+)?(?:questions|inquiries|queries|requests?\s+for\s+comment|comment\s+requests?)\s+to\b/iu,
      /refer/iu,
      1,
    ),
  },
  {
    kind: 'no-response',
    // "did not yet immediately respond": four runs before the verb. `return` only with what was not
    // returned (`did not return calls`): a player who `did not return` left the game.
    finder: new AnchoredPattern(
      new RegExp(
        String.raw`\b(?:did|does|do|has|have|had)\s*(?:not|n[’']t)\s+(?:yet\s+)?(?:immediately\s+)?(?:(?:respond(?:ed)?|repl(?:y|ied)|answer(?:ed)?)\b(?:${WHAT_WAS_NOT_ANSWERED})?|return(?:ed)?${WHAT_WAS_NOT_ANSWERED})`,
        'iu',
      ),
      /respond|repl|return|answer/iu,
      4,
    ),
    // "This strain does not respond to antibiotics," "he didn't answer your question".
    outsideQuotations: true,
  },
  {
    kind: 'unreachable',
    // "could not immediately be reached": four runs before "reached".
    finder: new AnchoredPattern(
      /\b(?:could|can)\s*(?:not|n[’']t)\s+(?:immediately\s+)?be\s+reached(?:\s+for\s+comment)?|\b(?:was|were|is|are)\s+not\s+(?:immediately\s+)?available\s+(?:for|to)\s+comment\b/iu,
      /reached|available/iu,
      4,
    ),
  },
];

/**
 * Words that close one clause and open another: the subject of the refusal
 * comes after the last of them. An `and` after a capitalized word is part of
 * a name (`the Department of Justice and Home Affairs`).
 */
const CLAUSE_BOUNDARY =
  /(?:[;:]|\bbut\b|(?<!\p{Lu}[\p{L}.]*\s)\band\b(?=\s+(?:the|a|an|his|her|their|its|\p{Lu})))[^;:]*$/u;

/** All refusal phrases in the text, in order, with the clause each belongs to. */
export function findRefusals(doc: Doc): Refusal[] {
  const sentences = doc.need('sentences');
  const quotes = doc.need('quotes');
  const found: Refusal[] = [];
  for (const { kind, finder, outsideQuotations } of REFUSAL_PATTERNS) {
    for (const { start, end } of finder.findAll(doc.text)) {
      if (found.some((r) => r.start < end && start < r.end)) continue;
      // Some phrases are figures of speech inside a quotation (a quoted "has no comment" is still a refusal).
      if (outsideQuotations && quotes.some((q) => q.inner.start <= start && end <= q.inner.end)) continue;
      const sentence = sentenceAt(sentences, start);
      const sentenceStart = sentence ? sentence.start : Math.max(0, start - 200);
      found.push({ start, end, kind, subjectWindow: { start: sentenceStart, end: start } });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Where the refusal's clause starts within its window: after "; " or ", but". */
export function clauseStart(doc: Doc, window: Span): number {
  const text = doc.text.slice(window.start, window.end);
  const boundary = CLAUSE_BOUNDARY.exec(text);
  if (!boundary) return window.start;
  return (
    window.start + boundary.index + (boundary[0].length - boundary[0].replace(/^(?:[;:]|\bbut\b|\band\b)/u, '').length)
  );
}

function sentenceAt(sentences: readonly Span[], offset: number): Span | null {
  return sentences[partitionPoint(sentences.length, (i) => sentences[i].end <= offset)] ?? null;
}

/** Subject pronouns that can stand right before a refusal: "which said they would not comment". */
const SUBJECT_PRONOUN = /\b(he|she|they|it|we|who|which)\s*(?:(?:also|still|so\s+far|yet|,)\s*)*$/iu;
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who']);
/** ", which said they", ", who said he": the pronoun speaks for the relative clause's antecedent. */
const RELATIVE_SPEAKER =
  /,\s*(?:which|who)\s+(?:said|says|added|replied|responded|told\s+\S+)\s+(?:that\s+)?(?:they|it|he|she)\s*$/iu;
/** Adverbs and commas allowed between the subject and the refusal: "The White House also did not respond". */
const BETWEEN_SUBJECT_AND_VERB = /^\s*(?:(?:also|still|so\s+far|yet|previously|again|initially|,)\s*)*$/iu;
/** A relative clause set off by commas right before the refusal: "The board, which must approve the plan, did not respond". */
const RELATIVE_CLAUSE_BEFORE = /,\s*(?:which|who|whose|whom)\b[^,;:]*,\s*$/iu;
/** People who refuse on a body's behalf: "a spokesman for the campaign declined to comment" is the campaign's refusal. */
const SPOKESPERSON =
  /^(?:an?|the)\s+(?:\p{L}+\s+){0,2}(?:spokesman|spokeswoman|spokesperson|representative|press\s+secretary|press\s+officer|spokespeople|representatives|spokesmen)$/iu;

/** People who speak for someone: "representatives", "a spokesman", "lawyers". */
const SPEAKERS_FOR =
  /^(?:\p{Ll}+\s+)?(?:spokes(?:man|woman|person|people|men|women)|representatives?|lawyers?|attorneys?|publicists?|agents?|press\s+(?:office|secretary|team))$/u;
/** A possessor right before a phrase, `Castellane's `, `the group's `: the possessor and its end. */
const POSSESSOR_BEFORE = /((?:[Tt]he\s+)?\p{L}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3})['’]s\s+$/u;

/**
 * "Castellane's representatives did not respond": whoever the people who
 * speak for someone belong to, when a possessive names them (within the
 * clause, which starts at `from`); null otherwise.
 */
function possessorSpoken(doc: Doc, subject: Span, from: number): Span | null {
  const text = doc.text.slice(subject.start, subject.end);
  const own = /^(.+)['’]s\s+(.+)$/u.exec(text);
  if (own && SPEAKERS_FOR.test(own[2])) return { start: subject.start, end: subject.start + own[1].length };
  if (!SPEAKERS_FOR.test(text)) return null;
  const before = POSSESSOR_BEFORE.exec(doc.text.slice(from, subject.start));
  return before ? { start: from + before.index, end: from + before.index + before[1].length } : null;
}

/**
 * Who refused: the phrase right before the refusal (a mention or a pronoun),
 * else the first mention of the clause. A spokesperson "for" or "of" a body
 * stands for that body. `mentions` are sorted by start.
 */
export function refusalSubject(doc: Doc, refusal: Refusal, mentions: readonly Span[]): Span | null {
  const from = clauseStart(doc, refusal.subjectWindow);
  const clause = doc.text.slice(from, refusal.start);
  // The subject stands before a relative clause, never inside it ("..., which must approve the plan,").
  const relativeClause = RELATIVE_CLAUSE_BEFORE.exec(clause);
  const subjectEnd = relativeClause ? from + relativeClause.index : refusal.start;
  const inClause = mentions.filter((m) => m.start >= from && m.end <= subjectEnd);
  const last = inClause[inClause.length - 1];
  // "the press service ..., which said they would not comment": the relative clause's antecedent refused.
  const relative = RELATIVE_SPEAKER.exec(clause);
  if (relative) {
    const comma = from + relative.index;
    const antecedent = inClause.filter((m) => m.end <= comma && /^\s*$/.test(doc.text.slice(m.end, comma))).pop();
    if (antecedent) return antecedent;
  }
  const pronoun = SUBJECT_PRONOUN.exec(clause);
  if (pronoun) {
    const start = from + pronoun.index;
    // "..., referring questions to the district, which did not respond": the antecedent refused.
    if (RELATIVE_PRONOUNS.has(pronoun[1].toLowerCase())) {
      const antecedent =
        mentions.filter((m) => m.end <= start && /^\s*,\s*$/.test(doc.text.slice(m.end, start))).pop() ??
        phraseBeforeComma(doc, refusal.subjectWindow.start, start);
      if (antecedent && antecedent.start >= refusal.subjectWindow.start) return antecedent;
    }
    if (!last || last.end <= start) return { start, end: start + pronoun[1].length };
  }
  let subject: Span | undefined;
  // "A spokesperson for the workers' union in Dayton": a place after `in` is no subject.
  const place = last !== undefined && PLACE_BEFORE.test(doc.text.slice(from, last.start));
  if (last && !place && BETWEEN_SUBJECT_AND_VERB.test(doc.text.slice(last.end, subjectEnd))) subject = last;
  subject ??= (place && inClause[0] === last ? undefined : inClause[0]) ?? wholeClauseSubject(doc, from, subjectEnd);
  // "A spokesman said the firm welcomed bids but would not comment": no subject after `but`, so the
  // refusal shares the sentence's, its first mention.
  if (!subject && !clause.trim() && from > refusal.subjectWindow.start) {
    subject = mentions.find((m) => m.start >= refusal.subjectWindow.start && m.end <= from);
  }
  if (!subject) return null;
  // "Castellane's representatives", "the group's spokesman": the possessor refused.
  const possessor = possessorSpoken(doc, subject, from);
  if (possessor) return possessor;
  if (SPOKESPERSON.test(doc.text.slice(subject.start, subject.end))) {
    const next = inClause.find(
      (m) => m.start >= subject.end && /^\s+(?:for|of|at|to)\s+$/i.test(doc.text.slice(subject.end, m.start)),
    );
    if (next) return next;
  }
  return subject;
}

/** A noun phrase with an article or a possessive right before a comma: "the school district, ". */
const PHRASE_BEFORE_COMMA = /(?:the|a|an|its|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+\s*,\s*$/iu;

/** The noun phrase that ends at the comma before `end` (not before `from`), or undefined. */
function phraseBeforeComma(doc: Doc, from: number, end: number): Span | undefined {
  const match = PHRASE_BEFORE_COMMA.exec(doc.text.slice(from, end));
  if (!match) return undefined;
  const start = from + match.index;
  return { start, end: start + match[0].replace(/\s*,\s*$/u, '').length };
}

/** A place's preposition right before a phrase: "... local in ", "... near ". */
const PLACE_BEFORE = /\s(?:in|near)\s+$/u;

/** The most words a subject that holds no mention may have. */
const MAX_BARE_SUBJECT_WORDS = 10;

/**
 * `Officials at the Department of Justice and Home Affairs did not respond`:
 * no mention was found in the clause, but the whole of it, short and opening
 * with a capital, is the subject that refused.
 */
function wholeClauseSubject(doc: Doc, from: number, end: number): Span | undefined {
  const span = trimEdges(doc.text, { start: from, end });
  if (!span) return undefined;
  const words = doc.text.slice(span.start, span.end).split(/\s+/);
  return words.length <= MAX_BARE_SUBJECT_WORDS && /^\p{Lu}/u.test(words[0]) ? span : undefined;
}
