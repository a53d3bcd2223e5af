import { loadModel } from './bot/modelLoader';
import { FaqRecognizer } from './bot/faqRecognizer';
const model = loadModel({ intentsDir: 'intents', knowledgeDir: 'knowledge' });
const rec = new FaqRecognizer(model);
for (const t of process.argv.slice(2)) {
  const r = rec.recognizeText(t);
  console.log(t, r.analyzed.canonical, rec.slotExtractor.extract(t, { slots: ['nameRemembered', 'userType'], asked: 'nameRemembered' }), rec.slotExtractor.residualWords(t, { slots: ['nameRemembered', 'userType'], asked: 'nameRemembered' }), JSON.stringify(rec.decide(r)));
}
