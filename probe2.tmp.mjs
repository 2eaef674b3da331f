import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPipeline } from './dist/analyze.js';
import { Doc, POS_TAGS } from './dist/core/index.js';
const split = process.argv[2] ?? 'train';
const dir = `/work/shared/data/polnear/${split}/`;
const texts = readdirSync(dir+'text').sort();
const anns = readdirSync(dir+'attributions');
let n=0, goldShorter=0, goldSame=0, other=0; const ex=[];
for (const t of texts) {
  const text = readFileSync(join(dir,'text',t),'utf8');
  const base = t.slice(0,-4);
  const gold = [];
  for (const a of anns.filter(a=>a.startsWith(base+'_'))) {
    const spans = {}; const rels=[];
    for (const line of readFileSync(join(dir,'attributions',a),'utf8').split('\n')) {
      let m = /^(T\d+)\t(\w+) ([\d ;]+)\t/.exec(line); if (m) { spans[m[1]] = {kind:m[2], parts:m[3].split(';').map(p=>p.trim().split(' ').map(Number))}; continue; }
      m = /^E\d+\t(.*)$/.exec(line); if (m) rels.push(Object.fromEntries(m[1].trim().split(/\s+/).map(x=>x.split(':'))));
    }
    for (const r of rels) gold.push({cue: spans[r.Cue]?.parts, source: spans[r.Source]?.parts});
  }
  const doc = defaultPipeline.run(new Doc(text, t));
  const tk = doc.tokens; const tag = i => POS_TAGS[tk.pos[i]];
  for (const a of doc.attributions) {
    if (!a.source.length) continue;
    const src = a.source[0], cue = a.cue[0];
    if (src.end > cue.start) continue;
    let first = 0; while (first < tk.count && tk.start[first] < src.start) first++;
    let verbAt = -1;
    for (let k = first; k < tk.count && tk.end[k] <= src.end; k++) {
      if ([',','who','that','which','whose','whom','(','—','-'].includes(tk.lower[k])) { verbAt=-1; break; }
      if ((tag(k)==='VERB' || tag(k)==='AUX') && verbAt < 0) verbAt = k;
    }
    if (verbAt < 0) continue;
    n++;
    const g = gold.find(g => g.cue && g.cue.some(([s,e]) => s < cue.end && cue.start < e));
    const gs = g?.source?.[0];
    const line = `${text.slice(src.start, src.end)} || ${text.slice(cue.start,cue.end)} || gold: ${gs ? text.slice(gs[0], g.source.at(-1)[1]) : '-'}`;
    if (gs && gs[0] === src.start && g.source.at(-1)[1] === src.end) goldSame++;
    else if (gs && g.source.at(-1)[1] <= tk.start[verbAt]) { goldShorter++; }
    else other++;
    ex.push(line);
  }
}
console.log({n, goldSame, goldShorter, other});
console.log(ex.slice(0,60).join('\n'));
