import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPipeline } from './dist/analyze.js';
import { Doc, POS_TAGS } from './dist/core/index.js';
const split = process.argv[2] ?? 'train';
const dir = `/work/shared/data/polnear/${split}/`;
const texts = readdirSync(dir+'text').sort();
const anns = readdirSync(dir+'attributions');
const counts = {};
for (const t of texts) {
  const text = readFileSync(join(dir,'text',t),'utf8');
  const base = t.slice(0,-4);
  const goldCues = [];
  for (const a of anns.filter(a=>a.startsWith(base+'_'))) {
    for (const line of readFileSync(join(dir,'attributions',a),'utf8').split('\n')) {
      const m = /^T\d+\tCue ([\d ;]+)\t/.exec(line); if (!m) continue;
      for (const part of m[1].split(';')) { const [s,e]=part.trim().split(' ').map(Number); goldCues.push([s,e]); }
    }
  }
  const doc = defaultPipeline.run(new Doc(text, t));
  const tk = doc.tokens; const tag = i => POS_TAGS[tk.pos[i]];
  const predCues = doc.attributions.flatMap(a=>a.cue);
  for (let i=2;i+1<tk.count;i++){
    if (tk.lower[i+1] !== '.' ) continue;
    if (tag(i) !== 'NOUN' && tag(i)!=='VERB') continue;
    // walk back over NP words to a comma
    let k=i-1; while (k>0 && ['DET','NOUN','PROPN','ADJ','PART'].includes(tag(k)) && tk.lower[k]!==',') k--;
    if (tk.lower[k] !== ',' || k===i-1) continue;
    const s=tk.start[i], e=tk.end[i];
    const gold = goldCues.some(([a,b])=>a<=s && e<=b);
    const pred = predCues.some(c=>c.start<=s && e<=c.end);
    const key = tk.lower[i]+'/'+tag(i);
    counts[key] ??= [0,0,0]; counts[key][0]++; if (gold) counts[key][1]++; if (pred) counts[key][2]++;
  }
}
const rows = Object.entries(counts).filter(([k,v])=>v[0]>=2).sort((a,b)=>b[1][0]-a[1][0]);
for (const [k,v] of rows.slice(0,60)) console.log(k.padEnd(22), 'n', v[0], 'gold', v[1], 'pred', v[2]);
