import type { Doc } from '../core/index.js';
import { AGENCY_AND_DASH } from '../text/index.js';
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
    if (debris.kind !== 'credit') continue;
    const match = CREDIT_POSSESSIVE.exec(doc.text.slice(debris.start, debris.end));
    const outlet = match ? outletByName(match[1]) : null;
    if (outlet) return outlet.name;
  }
  const head = doc.text.slice(0, DATELINE_WINDOW);
  const dateline = DATELINE.exec(head);
  const outlet = dateline ? outletByName(dateline[1].trim()) : null;
  return outlet ? outlet.name : null;
}
