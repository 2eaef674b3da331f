#!/usr/bin/env node
/**
 * Silver checks of entity resolution against PolNeAR's CoreNLP derivative
 * (`corenlp-SPLIT.jsonl` in ../shared/data/polnear), over the analyzer's own
 * attributions (run `npm run build` first):
 *
 * - definite descriptions as sources ("the company", "the judge") whose
 *   CoreNLP coreference chain holds a proper name: how often our entity
 *   holds one of those names' mentions;
 * - named entities' kinds against CoreNLP's NER label of the name's tokens
 *   (PERSON, ORGANIZATION, LOCATION, MISC, O), as a confusion count.
 *
 * CoreNLP is itself wrong often (it tags outlets and some politicians as
 * ORGANIZATION), so these are for comparing two versions, not for absolute
 * claims; the acceptance figures are in src/resolve/polnear.test.ts.
 *
 *   node scripts/entities-vs-corenlp.mjs [train|dev] [--show desc|kind]
 */
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const args = process.argv.slice(2);
const split = args.find((a) => a === 'train' || a === 'dev') ?? 'train';
const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : null;
const data = new URL(`../shared/data/polnear/`, root);
const corenlp = new URL(`corenlp-${split}.jsonl`, data);
if (!existsSync(corenlp) || !existsSync(new URL('dist/analyze.js', root))) {
  console.error('entities-vs-corenlp: needs ../shared/data/polnear and dist/ (npm run build)');
  process.exit(1);
}
const { defaultPipeline } = await import(new URL('dist/analyze.js', root).href);
const { Doc } = await import(new URL('dist/core/index.js', root).href);

/** A lower-case definite description of up to three words: "the company", "the former judge". */
const DEFINITE_DESCRIPTION = /^the\s+(?:[a-z-]+\s+){0,2}[a-z-]+$/i;
const KINDS = new Set(['person', 'organization', 'government', 'media']);
const NER = new Set(['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC']);

let descriptions = 0;
let agreeing = 0;
const kinds = new Map();
for (const line of readFileSync(corenlp, 'utf8').split('\n').filter(Boolean)) {
  const article = JSON.parse(line);
  const text = readFileSync(new URL(`${split}/text/${article.file}`, data), 'utf8');
  const doc = defaultPipeline.run(new Doc(text, article.file));
  const entities = new Map((doc.entities ?? []).map((e) => [e.id, e]));
  const tokensIn = (start, end) => article.tokens.filter(([s, e]) => s >= start && e <= end);
  const isProperName = ([start, end]) => {
    const inside = tokensIn(start, end);
    const first = inside[0]?.[2] === 'DT' ? inside[1] : inside[0];
    return first?.[2].startsWith('NNP') ?? false;
  };
  for (const attribution of doc.attributions ?? []) {
    if (attribution.source.length !== 1) continue;
    const source = attribution.source[0];
    const words = text.slice(source.start, source.end);
    if (!DEFINITE_DESCRIPTION.test(words) || /[A-Z]/.test(words.slice(4))) continue;
    const chain = article.coref.find((c) =>
      c.some(([s, e]) => s <= source.start && e >= source.end - 1 && e <= source.end + 1),
    );
    const names = chain ? chain.filter(isProperName) : [];
    if (names.length === 0) continue;
    descriptions++;
    const entity = attribution.entity ? entities.get(attribution.entity) : null;
    const agrees = entity?.mentions.some((m) => names.some(([s, e]) => m.start < e && s < m.end)) ?? false;
    if (agrees) agreeing++;
    else if (show === 'desc') {
      console.log(
        `${article.file}@${source.start} ${words} → ${entity?.name} | ${names.map(([s, e]) => text.slice(s, e)).join(' / ')}`,
      );
    }
  }
  for (const entity of doc.entities ?? []) {
    if (!entity.named || !KINDS.has(entity.kind)) continue;
    const mention = entity.mentions.find((m) => text.slice(m.start, m.end).includes(entity.name));
    if (!mention) continue;
    const at = text.indexOf(entity.name, mention.start);
    const label =
      tokensIn(at, at + entity.name.length)
        .map((t) => t[3])
        .find((x) => NER.has(x)) ?? 'O';
    const key = `${entity.kind}/${label}`;
    kinds.set(key, (kinds.get(key) ?? 0) + 1);
    if (show === 'kind' && (entity.kind === 'person') !== (label === 'PERSON') && label !== 'O') {
      console.log(`${key}\t${entity.name}\t| ${text.slice(mention.start, mention.end)}`);
    }
  }
}
console.log(
  `definite descriptions whose CoreNLP chain names someone: ${agreeing}/${descriptions} resolved to a mention of that name`,
);
console.log('named entities, our kind / CoreNLP NER:');
for (const [key, count] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`  ${key.padEnd(26)} ${count}`);
