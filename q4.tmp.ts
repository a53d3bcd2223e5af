import { loadModel } from './bot/modelLoader';
import { FaqRecognizer } from './bot/faqRecognizer';
const model = loadModel({ intentsDir: 'intents', knowledgeDir: 'knowledge' });
const rec = new FaqRecognizer(model);
for (const t of process.argv.slice(2)) {
  const r = rec.recognizeText(t);
  console.log(t, '|', r.analyzed.words.join('/'), '|', r.analyzed.sounds.join(' '), '\n   ', r.ranking.slice(0, 4).map((x) => `${x.intent}:${x.score.toFixed(3)}`).join(' '));
}
