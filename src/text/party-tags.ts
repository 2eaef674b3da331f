// US party-and-state tags after a lawmaker's name: `(D-N.Y.)`, AP's `, R-Wis.,`.

/** A tag's state after its party letter and hyphen: `N.Y.`, `Wis.`, `Kingman`. */
const STATE = String.raw`\p{Lu}[\p{L}.]{0,12}`;

/** A party tag that ends right before a position: `(D-N.Y.)`, `(R-Kan.) `, and AP's `, R-N.Y.` between commas. */
export const PARTY_TAG_BEFORE = new RegExp(String.raw`(?:\([DRI]-${STATE}\)|,\s[DRI]-${STATE}\.)\s*$`, 'u');

/** A party tag starting at a position: in brackets, or AP's bare `R-Wis.`. */
const PARTY_TAG_AT = new RegExp(String.raw`\([DRI]-${STATE}\)|[DRI]-${STATE}`, 'uy');

/** Where the party tag starting at offset `at` ends (after its bracket or its state), or -1 when none starts there. */
export function partyTagEnd(text: string, at: number): number {
  PARTY_TAG_AT.lastIndex = at;
  const match = PARTY_TAG_AT.exec(text);
  return match ? at + match[0].length : -1;
}

/** A whole party tag, brackets and a full stop optional: `(D-Mass.)`, `R-Wis.`, `R-Kingman`. */
const WHOLE_PARTY_TAG = new RegExp(String.raw`^\(?\s*[DRI]-${STATE}\s*\)?\.?$`, 'u');

export function isPartyTag(text: string): boolean {
  return WHOLE_PARTY_TAG.test(text);
}

/** A bracketed tag's opening right before a position, up to its hyphen: `(D-`, `( R-`. */
export const PARTY_TAG_OPENING_BEFORE = /\(\s*[DRI]-$/;
