import { type Doc, isMastheadOpener, isMastheadWord } from '../core/index.js';
import {
  AGENCY_AND_DASH,
  BYLINE_PIECE_DIVIDER,
  bylineParts,
  endsWithNewsroomRole,
  isDatelinePlace,
  NEWSROOM_ROLES,
} from '../text/index.js';
import { AnchoredPattern } from './anchored-pattern.js';
import { outletByName } from './outlets.js';

/** "CNN's Abel Alvarado contributed to this report": the possessive names the publisher's newsroom. */
const CREDIT_POSSESSIVE = /^[\s([\-–—•*]*((?:\p{Lu}[\p{L}.&-]*)(?:\s+\p{Lu}[\p{L}.&-]*){0,4})(?:'s|’s|')\s/u;
/** A wire dateline: "WASHINGTON (AP) —", "KYIV (Reuters) -", "(CNN) —" (anywhere near the top, not only at a paragraph's start). */
const DATELINE = new RegExp(String.raw`${AGENCY_AND_DASH}\s`, 'u');
/** Datelines stand at the head of the story: look no further than this many characters. */
const DATELINE_WINDOW = 400;

/**
 * The article's publisher as the text reveals it: a contributor credit line
 * flagged as boilerplate, or a wire dateline near the top. The canonical
 * gazetteer name ("CNN", "Associated Press"), or null.
 */
export function findPublisher(doc: Doc): string | null {
  for (const debris of doc.boilerplate ?? []) {
    if (debris.kind === 'byline') {
      const outlet = bylineOutlet(doc.text.slice(debris.start, debris.end));
      if (outlet) return outletByName(outlet)?.name ?? outlet;
    }
    const line = doc.text.slice(debris.start, debris.end);
    if (debris.kind === 'prompt' || debris.kind === 'credit') {
      const outlet = AUTHOR_BIO.exec(line)?.[1].replace(/\.$/, '');
      if (outlet) return outletByName(outlet)?.name ?? outlet;
    }
    if (debris.kind !== 'credit') continue;
    // A newsroom the gazetteer lacks counts too: a credit's possessive is always the newsroom's.
    const match = CREDIT_POSSESSIVE.exec(line);
    if (match) return outletByName(match[1])?.name ?? match[1];
  }
  const head = doc.text.slice(0, DATELINE_WINDOW);
  const dateline = DATELINE.exec(head);
  if (!dateline) return newsroomSelfReference(doc.text);
  const name = dateline[1].trim();
  const outlet = outletByName(name);
  if (outlet) return outlet.name;
  // An outlet the gazetteer lacks, in a dateline proper: "RIVERTON (Carrow Ledger) —".
  const lineStart = head.lastIndexOf('\n', dateline.index) + 1;
  const place = head.slice(lineStart, dateline.index).trim();
  return isDatelinePlace(place) && OUTLET_NAME.test(name) ? name : null;
}

/**
 * An outlet doing what only the publishing newsroom writes of itself: "The
 * Echo understands that ...", "The Daily Spark has contacted Hartwell for a
 * response", "the Beacon has learned". A word of its name is a masthead's
 * (Echo, Daily ...), or the gazetteer knows it.
 */
const NEWSROOM_ACTION =
  /\b(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}’'.&-]*\s+){0,3}\p{Lu}[\p{L}’'.&-]*)\s+(?:understands|has\s+(?:learned|learnt|contacted|approached|been\s+told))\b/u;
/** The pattern tried only a few words before its verbs (a scan of every word of every story cost a tenth of resolving). */
const NEWSROOM_FINDER = new AnchoredPattern(
  NEWSROOM_ACTION,
  /understands|\bhas\s+(?:learn|contacted|approached|been\s+told)/u,
  5,
);

function newsroomSelfReference(text: string): string | null {
  for (const span of NEWSROOM_FINDER.findAll(text)) {
    const name = (NEWSROOM_ACTION.exec(text.slice(span.start, span.end)) as RegExpExecArray)[1];
    const outlet = outletByName(name);
    if (outlet) return outlet.name;
    if (name.split(/\s+/).some((word) => isMastheadWord(word.toLowerCase()) || isMastheadOpener(word))) return name;
  }
  return null;
}

/** A newsroom signing as a whole: "By the Valley Courier staff". */
const STAFF_BYLINE = /^the\s+(.+?)\s+(?:staff|team|newsroom|desk)$/i;
/** Words that open a byline's time, not an outlet: "Updated 14:32 GMT". */
const TIME_PART = /^(?:updated|published|posted|last)\b/i;

/** The outlet a byline line names: "By Mara Kellen | Northgate Wire", "By the Valley Courier staff"; or null. */
function bylineOutlet(line: string): string | null {
  const parts = bylineParts(line);
  if (!parts) return null;
  const staff = STAFF_BYLINE.exec(parts[0]);
  if (staff) return staff[1];
  const outlet = parts[1] === undefined ? outletAfterRole(parts[0]) : withoutNewsroomRole(parts[1]);
  return outlet && !TIME_PART.test(outlet) && OUTLET_NAME.test(outlet) ? outlet : null;
}

/** Words that qualify a newsroom role: "Staff Writer", "Senior Correspondent". */
const ROLE_QUALIFIER =
  '(?:Staff|Senior|Chief|Contributing|Special|Deputy|Associate|Managing|Political|Business|Health|Science|Sports)';
/** A newsroom role, with its qualifiers, after an outlet's name. */
const TRAILING_ROLE = new RegExp(`(?:\\s+${ROLE_QUALIFIER})*\\s+(?:${NEWSROOM_ROLES.join('|')})$`);
const QUALIFIERS_ALONE = new RegExp(`^${ROLE_QUALIFIER}(?:\\s+${ROLE_QUALIFIER})*$`);

/** "Courier Staff Writer" → "Courier"; a part that is a role alone ("Staff Writer") names no outlet. */
function withoutNewsroomRole(part: string): string | undefined {
  const outlet = part.replace(TRAILING_ROLE, '');
  if (outlet === part) return endsWithNewsroomRole(part) ? undefined : part;
  return QUALIFIERS_ALONE.test(outlet) ? undefined : outlet;
}

/**
 * "Celeste Amundsen, Staff Reporter, Tri-County Business Journal", "Celeste
 * Amundsen – Staff Reporter, ...": the part after the newsroom role, if any.
 */
function outletAfterRole(names: string): string | undefined {
  const pieces = names.split(BYLINE_PIECE_DIVIDER);
  const role = pieces.findIndex((piece, k) => k > 0 && endsWithNewsroomRole(piece) && OUTLET_NAME.test(piece));
  return role > 0 ? pieces[role + 1] : undefined;
}

/**
 * An author's note naming the newsroom: "About the author: Natalia Verhoeven
 * covers retail for Grocery Trade Weekly.", "Jane Roe is a staff writer at
 * the Ledger." (only in a line flagged as furniture). Group 1 is the outlet.
 */
const AUTHOR_BIO = new RegExp(
  String.raw`\b(?:covers|writes\s+about|reports\s+on|(?:is|was)\s+an?\s+(?:[\p{L}-]+\s+){0,3}(?:${NEWSROOM_ROLES.join('|').toLowerCase()}))\b[^.;]*?\s(?:for|at|with)\s+(?:the\s+)?(\p{Lu}[\p{L}.&’'-]*(?:\s+\p{Lu}[\p{L}.&’'-]*){0,3})\.?\s*$`,
  'u',
);

/** An outlet's name: one to four capitalised words. */
const OUTLET_NAME = /^\p{Lu}[\p{L}.&’'-]*(?:\s+\p{Lu}[\p{L}.&’'-]*){0,3}$/u;
