import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type AttributionLayerItem, Doc, type EntityLayerItem, Pipeline, type Span } from '../core/index.js';
import { loadGold } from '../eval/index.js';
import { attributionStages } from '../extract/index.js';
import { boilerplateStage, paragraphStage, quoteStage, tokenStage } from '../text/index.js';
import { resolveDocument, resolveStages } from './index.js';
import { pronounInfo } from './pronouns-lexicon.js';

/**
 * Acceptance figures on PolNeAR dev (../shared): pronoun sources against
 * CoreNLP's coreference chains, and source kinds against hand labels.
 */
const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const DEV = join(SHARED, 'data', 'polnear', 'dev');
const CORENLP = join(SHARED, 'data', 'polnear', 'corenlp-dev.jsonl');
const available = existsSync(DEV) && existsSync(CORENLP);

const TEXT_STAGES = [paragraphStage, tokenStage, quoteStage, boilerplateStage];
const predicted = new Pipeline([...TEXT_STAGES, ...attributionStages, ...resolveStages]);
const textOnly = new Pipeline(TEXT_STAGES);

interface CoreNlpArticle {
  file: string;
  tokens: [number, number, string, string][];
  coref: [number, number, boolean][][];
}

describe.runIf(!available && process.env.CI === 'true')('PolNeAR dev figures', () => {
  it('needs ../shared in CI', () => {
    throw new Error(`missing ${DEV} or ${CORENLP}`);
  });
});

describe.skipIf(!available)('PolNeAR dev figures', () => {
  /**
   * Agreement with CoreNLP (silver): for each predicted source that is a
   * personal or relative pronoun and that CoreNLP puts in a chain holding a
   * proper-name mention (its first token, after a determiner, is NNP/NNPS:
   * "Mr. Trump", "NBC's Dante Chinni", not "a nurse trained in Montreal"), the resolved entity agrees when one of its
   * non-pronoun mentions overlaps one of the chain's proper-name mentions, or
   * when the last word of one of those mentions equals the last word of the
   * entity's name. Unresolved pronouns count as disagreement.
   */
  it('resolves pronoun sources as CoreNLP does at least 85% of the time', () => {
    const articles = readFileSync(CORENLP, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as CoreNlpArticle);
    let linked = 0;
    let agreed = 0;
    const misses: string[] = [];
    for (const article of articles) {
      const text = readFileSync(join(DEV, 'text', article.file), 'utf8');
      const doc = predicted.run(new Doc(text, article.file));
      const entities = new Map((doc.entities ?? []).map((e) => [e.id, e]));
      for (const attribution of doc.attributions ?? []) {
        const source = attribution.source[0];
        if (!source || attribution.source.length !== 1) continue;
        const word = text.slice(source.start, source.end).trim();
        if (!pronounInfo(word) || word === 'US') continue;
        const chain = article.coref.find((c) => c.some(([s, e]) => s === source.start && e === source.end));
        if (!chain) continue;
        const names = chain.filter(([s, e]) => isProperName(article, s, e)).map(([s, e]) => ({ start: s, end: e }));
        if (names.length === 0) continue;
        linked++;
        const entity = attribution.entity ? entities.get(attribution.entity) : undefined;
        if (entity && agrees(text, entity, names)) agreed++;
        else if (misses.length < 400)
          misses.push(
            `${article.file}@${source.start} ${word} → ${entity ? entity.name : 'null'} | corenlp: ${names.map((n) => text.slice(n.start, n.end)).join(' / ')}`,
          );
      }
    }
    const share = agreed / linked;
    console.log(`pronoun sources agreeing with CoreNLP: ${agreed}/${linked} = ${share.toFixed(3)}`);
    if (process.env.WHOSAID_SHOW_MISSES) console.log(misses.join('\n'));
    expect(linked).toBeGreaterThan(100);
    expect(share).toBeGreaterThanOrEqual(0.85);
  });

  /** Kinds of hand-labelled gold source mentions (kind-labels.tsv), resolved over the gold attributions. */
  it('classifies at least 90% of 300+ hand-labelled source mentions right', () => {
    const labels = readFileSync(fileURLToPath(new URL('./kind-labels.tsv', import.meta.url)), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => {
        const [file, start, end, kind] = line.split('\t');
        return { file, start: Number(start), end: Number(end), kind };
      });
    expect(labels.length).toBeGreaterThanOrEqual(300);
    const gold = loadGold(DEV);
    const docs = new Map<string, Doc>();
    let right = 0;
    const confusion = new Map<string, number>();
    for (const label of labels) {
      let doc = docs.get(label.file);
      if (!doc) {
        const article = gold.documents.find((d) => d.name === label.file);
        if (!article) throw new Error(`no gold article ${label.file}`);
        doc = resolvedOverGold(article.text, article.name, article.attributions);
        docs.set(label.file, doc);
      }
      const attribution = (doc.attributions ?? []).find((a) =>
        a.source.some((s) => s.start === label.start && s.end === label.end),
      );
      const entity = doc.entities?.find((e) => e.id === attribution?.entity);
      const kind = entity?.kind ?? 'none';
      if (kind === label.kind) right++;
      else {
        const key = `${label.kind}→${kind}`;
        confusion.set(key, (confusion.get(key) ?? 0) + 1);
        if (process.env.WHOSAID_SHOW_MISSES)
          console.log(`${key}\t${doc.text.slice(label.start, label.end)}\t${entity?.name}`);
      }
    }
    const accuracy = right / labels.length;
    console.log(
      `source kinds: ${right}/${labels.length} = ${accuracy.toFixed(3)}; errors ${JSON.stringify(Object.fromEntries(confusion))}`,
    );
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });
});

function resolvedOverGold(text: string, name: string, gold: { cue: Span[]; source: Span[]; content: Span[] }[]): Doc {
  const doc = textOnly.run(new Doc(text, name));
  doc.attributions = gold
    .filter((g) => g.cue.length > 0)
    .map(
      (g): AttributionLayerItem => ({
        cue: g.cue,
        source: g.source,
        content: g.content,
        kind: 'indirect',
        confidence: 1,
        parent: null,
        entity: null,
        via: null,
        rule: 'gold',
      }),
    );
  resolveDocument(doc);
  return doc;
}

function isProperName(article: CoreNlpArticle, start: number, end: number): boolean {
  const inside = article.tokens.filter(([s, e]) => s >= start && e <= end);
  const first = inside[0]?.[2] === 'DT' ? inside[1] : inside[0];
  return first?.[2].startsWith('NNP') ?? false;
}

const lastWord = (text: string) =>
  text
    .toLowerCase()
    .replace(/(?:'s|’s)$/, '')
    .split(/\s+/)
    .filter(Boolean)
    .pop() ?? '';

function agrees(text: string, entity: EntityLayerItem, names: Span[]): boolean {
  const own = entity.mentions.filter((m) => !pronounInfo(text.slice(m.start, m.end).trim()));
  if (own.some((m) => names.some((n) => m.start < n.end && n.start < m.end))) return true;
  const last = lastWord(entity.name);
  return names.some((n) => lastWord(text.slice(n.start, n.end)) === last);
}
