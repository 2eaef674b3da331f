// Regenerates src/report/golden/NAME.json from examples/NAME.txt with the built
// analyzer (run `npm run build` first). Do it on purpose, then review `git diff`.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const dist = new URL('dist/', root);
if (!existsSync(new URL('index.js', dist))) {
  console.error('update-golden: dist/ is missing; run `npm run build` first');
  process.exit(1);
}
const { analyzeText } = await import(new URL('index.js', dist).href);
const { readInputText } = await import(new URL('ingest/index.js', dist).href);
const { toContractDocument } = await import(new URL('report/index.js', dist).href);

const goldenDir = new URL('src/report/golden/', root);
mkdirSync(goldenDir, { recursive: true });
for (const name of readdirSync(new URL('examples/', root)).filter((n) => n.endsWith('.txt'))) {
  const file = `examples/${name}`;
  const text = await readInputText(new URL(file, root).pathname);
  const json = toContractDocument(analyzeText(text, file));
  const target = new URL(`${name.replace(/\.txt$/, '')}.json`, goldenDir);
  writeFileSync(target, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`wrote ${target.pathname.slice(root.pathname.length)}: ${json.attributions.length} attributions`);
}
