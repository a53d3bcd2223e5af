import { loadModel } from './bot/modelLoader';
import { FaqRecognizer } from './bot/faqRecognizer';
const model = loadModel({ intentsDir: 'intents', knowledgeDir: 'knowledge' });
const rec = new FaqRecognizer(model);
const ph = (rec.slotExtractor as unknown as { phrases: { text: string; kind: string; slot?: string }[] }).phrases;
console.log(ph.filter((p) => p.slot === 'nameRemembered').map((p) => p.text + ':' + p.kind).join(' '));
console.log(ph.filter((p) => p.text.includes('我是') || p.text.startsWith('是')).map((p) => p.text + ':' + p.kind + ':' + p.slot).join(' '));
