import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WhosaidError } from '../core/index.js';
import { type AttributionSpans, bratAttributions, readBrat } from './brat.js';
import { type Diagnostics, newDiagnostics } from './diagnostics.js';
import { compareCodePoints } from './offsets.js';

/** One annotated article: its text and the attributions of its first annotator. */
export interface GoldDocument {
  /** `NAME.txt`, the key predictions are matched on. */
  name: string;
  /** Path of the text file. */
  path: string;
  /** Path of the `.ann` file used. */
  annPath: string;
  text: string;
  attributions: AttributionSpans[];
}

export interface GoldSet {
  dir: string;
  /** Sorted by name (code point order, as Python sorts). */
  documents: GoldDocument[];
  diagnostics: Diagnostics;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads a text exactly as score.py does: UTF-8, nothing normalized, and a byte
 * order mark kept as U+FEFF so offsets still count it.
 */
export function readGoldText(path: string): string {
  try {
    return STRICT_UTF8.decode(readFileSync(path));
  } catch (error) {
    const reason = error instanceof TypeError ? 'not valid UTF-8' : 'cannot read';
    throw new WhosaidError('E030', `${path}: ${reason}`);
  }
}

function listDir(dir: string): string[] {
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    return readdirSync(dir).sort(compareCodePoints);
  } catch {
    throw new WhosaidError('E030', `${dir} is not a readable directory (expected DIR/text and DIR/attributions)`);
  }
}

/**
 * brat's own layout: NAME.txt beside NAME.ann in one folder, as
 * `whosaid analyze --format brat --out DIR` writes and brat edits. Used when
 * the folder has no `text/` subfolder but has .txt files; score.py knows only
 * the PolNeAR layout, which this never changes.
 */
function isFlatBratDir(dir: string): boolean {
  if (existsSync(join(dir, 'text'))) return false;
  try {
    return readdirSync(dir).some((name) => name.endsWith('.txt'));
  } catch {
    return false;
  }
}

/**
 * Loads a gold directory: `DIR/text/NAME.txt` and `DIR/attributions/NAME_XXXX.ann`
 * (PolNeAR), or brat's flat `DIR/NAME.txt` + `DIR/NAME.ann`.
 * Where an article has several annotators' files, the first in sorted file name
 * order counts (score.py's `load_gold`); texts without any `.ann` are not scored.
 */
export function loadGold(dir: string): GoldSet {
  const diagnostics = newDiagnostics();
  const flat = isFlatBratDir(dir);
  const textDir = flat ? dir : join(dir, 'text');
  const annDir = flat ? dir : join(dir, 'attributions');
  const firstAnn = new Map<string, string>();
  for (const file of listDir(annDir)) {
    if (!file.endsWith('.ann')) continue;
    const stem = file.slice(0, -4);
    if (flat) {
      firstAnn.set(stem, file);
      continue;
    }
    if (!file.includes('_')) continue;
    const article = stem.slice(0, stem.lastIndexOf('_'));
    if (!firstAnn.has(article)) firstAnn.set(article, file);
  }
  const documents: GoldDocument[] = [];
  for (const name of listDir(textDir)) {
    if (!name.endsWith('.txt')) continue;
    const ann = firstAnn.get(name.slice(0, -4));
    if (ann === undefined) {
      diagnostics.gold_texts_without_ann++;
      continue;
    }
    firstAnn.delete(name.slice(0, -4));
    const path = join(textDir, name);
    const annPath = join(annDir, ann);
    const text = readGoldText(path);
    const brat = readBrat(readGoldText(annPath), text);
    const { attributions, problems } = bratAttributions(brat);
    diagnostics.gold_malformed_lines += brat.problems.skippedLines;
    diagnostics.gold_bad_fragments += brat.problems.badFragments;
    diagnostics.gold_dangling_refs += problems.danglingRefs;
    diagnostics.gold_incomplete_attributions += problems.incomplete;
    documents.push({ name, path, annPath, text, attributions });
  }
  diagnostics.gold_ann_without_text += firstAnn.size;
  return { dir, documents, diagnostics };
}
