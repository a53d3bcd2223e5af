// npm run eval -- FILE.jsonl [FILE.jsonl …]
// Plays every conversation of the files through the bot and prints accuracy, out-of-scope
// refusals, wrong answers, results by tag, and each miss. The last line is the summary.
import * as fs from 'fs';
import * as path from 'path';
import { loadModel } from '../../bot/modelLoader';
import { PROJECT_ROOT } from '../../bot/config';
import { ConversationPlayer, EvalCase, isCorrect, PlayedCase } from './conversationPlayer';

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
  const misses = played.filter((p) => !isCorrect(p));
  if (misses.length > 0) {
    print('Misses:');
    for (const m of misses) {
      print(`  ${m.case.id} [${m.outcome}] expected ${m.case.expect ?? '(no answer)'}, got ${m.answer ?? '(no answer)'}`);
      print(`      turns: ${m.case.turns.join(' ⏎ ')}`);
      print(`      bot:   ${m.lastReplies.join(' | ')}`);
    }
  }
  print(`In scope: ${pct(inScope.filter(isCorrect).length, inScope.length)} right, ${unanswered} without an answer (asked or refused)`);
  print(`Out of scope: ${refused}/${oos.length} refused (${pct(refused, oos.length)})`);
  print(`accuracy ${pct(correct, total)} (${correct}/${total}), wrong answers ${wrong} (${pct(wrong, total)}), out-of-scope refused ${pct(refused, oos.length)}`);
  return { accuracy: total ? correct / total : 0 };
}

async function main(): Promise<void> {
  const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    process.stderr.write('usage: npm run eval -- FILE.jsonl [FILE.jsonl …]\n');
    process.exit(2);
  }
  const model = loadModel({ intentsDir: path.join(PROJECT_ROOT, 'intents'), knowledgeDir: path.join(PROJECT_ROOT, 'knowledge') });
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
