import { ELEMENT_NODE, HEADING_TAGS, type HtmlElement, type HtmlNode, removeKeepingShape } from './dom.js';
import { textBlocks } from './text-blocks.js';

/**
 * Teaser cards: the "More from", "Most read" and "Read next" modules around a
 * story. Whatever their markup, they are a run of sibling blocks that each
 * open with a headline link on a line of its own, followed by no more than a
 * short description, a time stamp or a comment count. Readability keeps the
 * descriptions (they are sentences, and the link density of the module is
 * modest); we remove the run, and the box around it when all that is left
 * there is its heading.
 *
 * Prose does not take this shape: a paragraph with a link has text on the
 * link's line, and a list in the story has items that do not each open with
 * a link standing alone.
 */

/** Fewer siblings than this are a single "Read more" card, which the link-only line filter already handles. */
const MIN_TEASERS = 3;
/** Most text a card may hold beside its headline: a description of a sentence or two, a date, a count. */
const MAX_DESCRIPTION_CHARS = 300;
/** Most lines a card may hold beside its headline. */
const MAX_DESCRIPTION_LINES = 3;
/** Cheap first test: a card's whole text is no longer than this. */
const MAX_CARD_CHARS = 600;
/** Text left in a box once its cards are gone that is still only the box's heading ("More from Meridian"). */
const MAX_HEADING_CHARS = 80;
/** Elements that are text themselves, never a card. */
const NOT_CARDS = new Set([...HEADING_TAGS, 'p', 'a', 'span', 'b', 'strong', 'em', 'i']);

/** Whether these elements may go together: not the page or the article, nor most of its text. */
export type Removable = (...elements: HtmlElement[]) => boolean;

/**
 * Removes every run of teaser cards under `root` that `removable` allows (so
 * not a round-up page that is all cards), then the emptied boxes around them.
 */
export function removeTeaserRuns(root: HtmlElement, removable: Removable): void {
  for (const parent of [root, ...root.querySelectorAll('*')]) {
    if (!parent.isConnected) continue; // inside a module already removed
    for (const run of teaserRuns(parent)) {
      if (removable(...run)) removeLinkModule(run, removable);
    }
  }
}

/** Runs of at least {@link MIN_TEASERS} consecutive same-tag children of `parent` that are each a teaser card. */
function teaserRuns(parent: HtmlElement): HtmlElement[][] {
  const children = [...parent.children];
  if (children.length < MIN_TEASERS) return [];
  const runs: HtmlElement[][] = [];
  let run: HtmlElement[] = [];
  const endRun = () => {
    if (run.length >= MIN_TEASERS) runs.push(run);
    run = [];
  };
  for (const child of children) {
    if (!isTeaserCard(child)) {
      endRun();
      continue;
    }
    if (run.length > 0 && run[0].localName !== child.localName) endRun();
    run.push(child);
  }
  endRun();
  return runs;
}

/** A headline link on its own line, then at most a short description, a date or a count. */
export function isTeaserCard(element: HtmlElement): boolean {
  if (NOT_CARDS.has(element.localName)) return false;
  if ((element.textContent?.length ?? 0) > MAX_CARD_CHARS || element.querySelector('a[href]') === null) return false;
  const lines = textBlocks(element).flatMap((block) => block.lines);
  if (lines.length === 0 || !lines[0].linkOnly) return false;
  const description = lines.slice(1).filter((line) => !line.linkOnly);
  if (description.length === 0) return true;
  return (
    isHeadline(lines[0].text) &&
    description.length <= MAX_DESCRIPTION_LINES &&
    description.reduce((sum, line) => sum + line.text.length, 0) <= MAX_DESCRIPTION_CHARS
  );
}

/** Fewest words (of two letters or more) in a headline. */
const MIN_HEADLINE_WORDS = 3;

/**
 * A headline, not a live blog's permalinked time stamp ("14:20 GMT", "2 hours
 * ago") over a short update, which is the story.
 */
function isHeadline(text: string): boolean {
  return (text.match(/\p{L}{2,}/gu) ?? []).length >= MIN_HEADLINE_WORDS;
}

/**
 * Takes out a links module (a run of cards, a list of links): its elements,
 * the box that held them and its own boxes upward while all they hold is a
 * heading, and then a heading just before all that ("Other recent news" set
 * above a table of cards). A heading over nothing but links is not the story's.
 */
export function removeLinkModule(elements: HtmlElement[], removable: Removable): void {
  const parent = elements[0].parentNode as HtmlElement;
  let top = elements.map(removeKeepingShape)[0];
  let box: HtmlElement | null = parent;
  while (box !== null && removable(box) && trimmedLength(box) <= MAX_HEADING_CHARS) {
    const next: HtmlNode | null = box.parentNode;
    top = removeKeepingShape(box);
    box = next !== null && next.nodeType === ELEMENT_NODE ? (next as HtmlElement) : null;
  }
  const heading = previousElement(top);
  if (heading !== null && isHeading(heading) && removable(heading)) removeKeepingShape(heading);
}

/** The element before `node`, past line breaks and white space. */
function previousElement(node: HtmlNode): HtmlElement | null {
  for (let sibling = node.previousSibling; sibling !== null; sibling = sibling.previousSibling) {
    if (sibling.nodeType === ELEMENT_NODE && (sibling as HtmlElement).localName !== 'br') return sibling as HtmlElement;
    if (sibling.nodeType !== ELEMENT_NODE && (sibling.textContent ?? '').trim() !== '') return null;
  }
  return null;
}

/** A heading element, or on old layouts a short line that is all bold. */
function isHeading(element: HtmlElement): boolean {
  if (HEADING_TAGS.has(element.localName)) return true;
  const length = trimmedLength(element);
  const bold =
    element.localName === 'b' || element.localName === 'strong' ? element : element.querySelector('b, strong');
  return length > 0 && length <= MAX_HEADING_CHARS && bold !== null && trimmedLength(bold) === length;
}

function trimmedLength(element: HtmlElement): number {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}
