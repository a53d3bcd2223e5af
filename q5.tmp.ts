import * as fs from 'fs';
import { loadModel } from './bot/modelLoader';
import { FaqRecognizer } from './bot/faqRecognizer';
const model = loadModel({ intentsDir: 'intents', knowledgeDir: 'knowledge' });
const rec = new FaqRecognizer(model);
const file = process.argv[2];
for (const line of fs.readFileSync(file, 'utf8').trim().split('\n')) {
  const c = JSON.parse(line);
  const r = rec.recognizeText(c.turns[0]);
  const top = r.ranking[0], sec = r.ranking[1];
  const ok = c.expect === null ? 'OOS' : (model.intents.find((i) => i.id === top.intent)!.answers.some((a) => a.answer === c.expect) ? 'ok ' : 'BAD');
  console.log(ok, top.score.toFixed(3), (top.score - sec.score).toFixed(3), top.intent.padEnd(28), sec.intent.padEnd(28), c.turns[0], '|', r.analyzed.words.join('/'));
}
