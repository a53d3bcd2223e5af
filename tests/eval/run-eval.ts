// npm run eval -- FILE.jsonl [FILE.jsonl …]
// Plays every conversation of the files through the bot and prints accuracy, out-of-scope
// refusals, wrong answers, results by tag, and each miss. The last line is the summary.
import * as fs from 'fs';
import * as path from 'path';
import { loadModel } from '../../bot/modelLoader';
import { PROJECT_ROOT } from '../../bot/config';
import { ConversationPlayer, EvalCase, isCorrect, PlayedCase } from './conversationPlayer';
import { crossValidate, reportCrossValidation } from './crossValidation';

export function readCases(file: string): EvalCase[] {
  return fs.readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean).map((line, i) => {
    const raw = JSON.parse(line) as Partial<EvalCase>;
    if (!Array.isArray(raw.turns) || raw.turns.length === 0 || raw.expect === undefined) {
      throw new Error(`${file}:${i + 1}: a case needs turns (a non-empty list) and expect (an answer id or null)`);
    }
    return { id: raw.id ?? `${path.basename(file)}:${i + 1}`, turns: raw.turns.map(String), expect: raw.expect, tags: raw.tags ?? [] };
  });
}

const pct = (n: number, d: number): string => (d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1)}%`);

export function report(played: PlayedCase[], print: (line: string) => void): { accuracy: number } {
  const total = played.length;
  const correct = played.filter(isCorrect).length;
  const inScope = played.filter((p) => p.case.expect !== null);
  const oos = played.filter((p) => p.case.expect === null);
  const refused = oos.filter((p) => p.outcome === 'refused').length;
  const wrong = played.filter((p) => p.outcome === 'wrong' || p.outcome === 'answered-oos').length;
  const unanswered = played.filter((p) => p.outcome === 'unanswered').length;

  const tags = new Map<string, PlayedCase[]>();
  for (const p of played) for (const t of p.case.tags.length ? p.case.tags : ['(none)']) tags.set(t, [...(tags.get(t) ?? []), p]);
  print('By tag:');
  for (const [tag, list] of [...tags].sort()) {
    print(`  ${tag.padEnd(14)} ${String(list.length).padStart(4)}  ${pct(list.filter(isCorrect).length, list.length)}`);
  }
  // Per answer: precision (answers given that were right) and recall (conversations that got it).
  const ids = [...new Set(played.flatMap((p) => [p.case.expect, p.answer]).filter((x): x is string => x !== null))].sort();
  const weak = ids.map((id) => {
    const given = played.filter((p) => p.answer === id);
    const wanted = played.filter((p) => p.case.expect === id);
    const tp = given.filter((p) => p.case.expect === id).length;
    return { id, precision: given.length ? tp / given.length : 1, recall: wanted.length ? tp / wanted.length : 1, n: wanted.length };
  }).filter((r) => r.precision < 1 || r.recall < 1);
  print('Answers below 100% (precision = right among those given; recall = got among those expected):');
  for (const r of weak) print(`  ${r.id.padEnd(34)} n=${String(r.n).padStart(3)}  precision ${pct(r.precision, 1)}  recall ${pct(r.recall, 1)}`);
  if (weak.length === 0) print('  none');
  const confused = new Map<string, number>();
  for (const p of played.filter((x) => x.outcome === 'wrong' || x.outcome === 'answered-oos')) {
    const key = `${p.case.expect ?? '(none)'} → ${p.answer}`;
    confused.set(key, (confused.get(key) ?? 0) + 1);
  }
  if (confused.size > 0) {
    print('Confused (expected → answered):');
    for (const [k, n] of [...confused].sort((a, b) => b[1] - a[1])) print(`  ${String(n).padStart(3)}  ${k}`);
  }
  const misses = played.filter((p) => !isCorrect(p));
  if (misses.length > 0) {
    print('Misses:');
    for (const m of misses) {
      print(`  ${m.case.id} [${m.outcome}] expected ${m.case.expect ?? '(no answer)'}, got ${m.answer ?? '(no answer)'}`);
      print(`      turns: ${m.case.turns.join(' ⏎ ')}`);
      print(`      bot:   ${m.lastReplies.join(' | ')}`);
      print(`      scores: ${m.topScores}`);
    }
  }
  print(`In scope: ${pct(inScope.filter(isCorrect).length, inScope.length)} right, ${unanswered} without an answer (asked or refused)`);
  print(`Out of scope: ${refused}/${oos.length} refused (${pct(refused, oos.length)})`);
  print(`accuracy ${pct(correct, total)} (${correct}/${total}), wrong answers ${wrong} (${pct(wrong, total)}), out-of-scope refused ${pct(refused, oos.length)}`);
  return { accuracy: total ? correct / total : 0 };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const foldsAt = args.indexOf('--folds');
  const folds = foldsAt >= 0 ? Number(args[foldsAt + 1]) : 0;
  const files = args.filter((a, i) => !a.startsWith('--') && (foldsAt < 0 || i !== foldsAt + 1));
  if ((files.length === 0 && folds === 0) || (foldsAt >= 0 && !(folds >= 2))) {
    process.stderr.write('usage: npm run eval -- [FILE.jsonl …] [--folds K]\n');
    process.exit(2);
  }
  const model = loadModel({ intentsDir: path.join(PROJECT_ROOT, 'intents'), knowledgeDir: path.join(PROJECT_ROOT, 'knowledge') });
  if (folds > 0) reportCrossValidation(crossValidate(model, folds), folds, (line) => process.stdout.write(`${line}\n`));
  if (files.length === 0) return;
  const player = new ConversationPlayer(model);
  const played: PlayedCase[] = [];
  for (const file of files) for (const c of readCases(file)) played.push(await player.playCase(c));
  report(played, (line) => process.stdout.write(`${line}\n`));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
