// npm run report [-- DATA_DIR or usage.jsonl] — what the editors of intents/ and knowledge/ need:
// the questions the bot could not answer (or answered with low confidence), grouped by
// similarity, most frequent first, each with the intent it is closest to (add it there as an
// example, or write a new entry); satisfaction per answer (好差评) with the 差评 comments; and
// the 热点问题 the welcome now offers.
import * as fs from 'fs';
import * as path from 'path';
import { PROJECT_ROOT } from '../bot/config';
import { FaqRecognizer } from '../bot/faqRecognizer';
import { loadModel } from '../bot/modelLoader';
import { hotAnswers, readUsageFile, UsageEvent } from '../bot/usageLog';

interface Group {
  features: Set<string>;
  texts: string[];
}

/** Questions whose words and sounds overlap the group's first this much (Jaccard) join it. */
const SAME_QUESTION = 0.35;

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter === 0 ? 0 : inter / (a.size + b.size - inter);
}

export function groupQuestions(texts: readonly string[], features: (text: string) => Set<string>): Group[] {
  const groups: Group[] = [];
  for (const text of texts) {
    const f = features(text);
    const home = groups.find((g) => jaccard(g.features, f) >= SAME_QUESTION);
    if (home) home.texts.push(text);
    else groups.push({ features: f, texts: [text] });
  }
  return groups.sort((a, b) => b.texts.length - a.texts.length);
}

export function buildReport(events: readonly UsageEvent[], recognizer: FaqRecognizer, titles: Map<string, string>, now: Date, hotDays: number): string[] {
  const out: string[] = [];
  const unanswered = events.filter((e) => e.type === 'unanswered').map((e) => e.text);
  const low = events.filter((e) => e.type === 'answer' && e.lowConfidence).map((e) => (e.type === 'answer' ? e.text : ''));
  const features = (t: string): Set<string> => {
    const a = recognizer.pipeline.analyze(t);
    return new Set([...a.words, ...a.sounds]);
  };

  out.push(`Usage log: ${events.length} events, ${events.filter((e) => e.type === 'answer').length} answers, ${unanswered.length} unanswered, ${low.length} answered with low confidence.`);
  out.push('');
  out.push('Unanswered and low-confidence questions, grouped (count · question · closest intent):');
  const groups = groupQuestions([...unanswered, ...low].filter(Boolean), features);
  if (groups.length === 0) out.push('  none');
  for (const g of groups.slice(0, 30)) {
    const r = recognizer.recognizeText(g.texts[0]);
    const top = r.ranking[0];
    const closest = top && top.score > 0 ? `${top.intent} (${top.score.toFixed(2)})` : '(nothing close: a new entry?)';
    out.push(`  ${String(g.texts.length).padStart(4)} · ${g.texts[0]} · ${closest}`);
    for (const other of [...new Set(g.texts.slice(1))].slice(0, 3)) out.push(`         also: ${other}`);
  }

  out.push('');
  out.push('Satisfaction per answer (share 满意 and above; 差评 = 不满意 or 非常不满意):');
  const ratings = events.filter((e): e is Extract<UsageEvent, { type: 'rating' }> => e.type === 'rating');
  const byAnswer = new Map<string, number[]>();
  for (const r of ratings) byAnswer.set(r.kbId, [...(byAnswer.get(r.kbId) ?? []), r.value]);
  if (byAnswer.size === 0) out.push('  no ratings yet');
  const rows = [...byAnswer].map(([kbId, values]) => ({ kbId, n: values.length, good: values.filter((v) => v >= 4).length, bad: values.filter((v) => v <= 2).length }))
    .sort((a, b) => a.good / a.n - b.good / b.n || b.n - a.n);
  for (const r of rows) {
    out.push(`  ${r.kbId.padEnd(34)} ${String(r.n).padStart(4)} ratings  ${((100 * r.good) / r.n).toFixed(0).padStart(3)}% satisfied  ${r.bad} 差评  ${titles.get(r.kbId) ?? ''}`);
  }
  const comments = events.filter((e): e is Extract<UsageEvent, { type: 'comment' }> => e.type === 'comment');
  if (comments.length > 0) {
    out.push('');
    out.push('差评 comments:');
    for (const c of comments) out.push(`  ${c.time.slice(0, 10)}  ${c.kbId}: ${c.comment}`);
  }

  out.push('');
  out.push(`热点问题 (most answered in the last ${hotDays} days; the welcome offers these):`);
  const hot = hotAnswers(events, now, hotDays, 10);
  if (hot.length === 0) out.push('  no history yet: the welcome offers the configured popularQuestions');
  hot.forEach((id, i) => out.push(`  ${i + 1}. ${id}  ${titles.get(id) ?? ''}`));
  return out;
}

function main(): void {
  const arg = process.argv[2] ?? process.env.DATA_DIR ?? 'data';
  const target = path.resolve(PROJECT_ROOT, arg);
  const file = target.endsWith('.jsonl') ? target : path.join(target, 'usage.jsonl');
  if (!fs.existsSync(file)) {
    console.log(`No usage log at ${file} yet: it is written while the bot runs (DATA_DIR, default data/).`);
    return;
  }
  const model = loadModel({ intentsDir: path.join(PROJECT_ROOT, 'intents'), knowledgeDir: path.join(PROJECT_ROOT, 'knowledge') });
  const titles = new Map([...model.knowledge.values()].map((e) => [e.id, e.title]));
  for (const line of buildReport(readUsageFile(file), new FaqRecognizer(model), titles, new Date(), model.messages.hotQuestions.days)) console.log(line);
}

if (require.main === module) main();
