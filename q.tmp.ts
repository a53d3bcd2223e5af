import { loadModel } from './bot/modelLoader';
import { FaqRecognizer } from './bot/faqRecognizer';
import * as fs from 'fs';
const t0 = Date.now();
const model = loadModel({ intentsDir: '/work/main/intents', knowledgeDir: '/work/main/knowledge' });
const rec = new FaqRecognizer(model);
console.log('load ms', Date.now() - t0);
const lines = fs.readFileSync('/work/shared/eval/dev-cases.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
for (const c of lines) {
  const r = rec.recognizeText(c.turns[0]);
  const d = rec.decide(r);
  const top = r.ranking.slice(0, 3).map((x) => `${x.intent}:${x.score.toFixed(2)}`).join(' ');
  console.log(c.id, c.expect, '|', c.turns[0], '|', d.kind, d.kind === 'intent' ? d.intent : '', '|', top, JSON.stringify(r.slots), r.analyzed.words.join('/'));
}
const t1 = process.hrtime.bigint();
for (let i = 0; i < 10; i++) for (const c of lines) rec.recognizeText(c.turns[0]);
console.log('us/query', Number(process.hrtime.bigint() - t1) / 1000 / (10 * lines.length));
