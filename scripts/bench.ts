// npm run bench [-- FILE.jsonl …] — speed and memory of understanding, printed, never asserted.
// Start-up: loading and checking the YAML, building the language pipeline (jieba's dictionary
// included) and indexing every example. Latency: what MainDialog asks of the recognizer for every
// turn of the evaluation files (the project's own cases, and the shared dev set when it is
// present): FaqRecognizer.decideInContext, with the case's turn before as the previous question,
// second readings (a story's part after 但是, a follow-up with the question before) included.
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { PROJECT_ROOT } from '../bot/config';
import { loadModel } from '../bot/modelLoader';
import { FaqRecognizer } from '../bot/faqRecognizer';
import { readCases } from '../tests/eval/run-eval';
import { startBotProcess } from '../tests/helpers/botProcess';

/** Messages longer than this are stories: the recognizer also scores their clauses. */
const LONG_MESSAGE = 30;

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** A whole `npm start`-like process: from spawn to its "listening" log line, modules and all. */
async function processStart(): Promise<number> {
  const bot = await startBotProcess(PROJECT_ROOT);
  bot.child.kill('SIGTERM');
  return bot.startMs;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const files = args.length > 0 ? args : [
    ...fs.readdirSync(path.join(PROJECT_ROOT, 'tests/cases')).filter((f) => f.endsWith('.jsonl')).map((f) => path.join(PROJECT_ROOT, 'tests/cases', f)),
    path.join(PROJECT_ROOT, '..', 'shared', 'eval', 'dev-cases.jsonl'),
  ].filter((f) => fs.existsSync(f));

  const before = process.memoryUsage();
  const t0 = performance.now();
  const model = loadModel({ intentsDir: path.join(PROJECT_ROOT, 'intents'), knowledgeDir: path.join(PROJECT_ROOT, 'knowledge') });
  const t1 = performance.now();
  const recognizer = new FaqRecognizer(model);
  const t2 = performance.now();
  const loaded = process.memoryUsage();

  const turns = files.flatMap((f) => readCases(f).flatMap((c) => c.turns.map((text, i) => ({ text, previous: c.turns[i - 1] }))));
  const utterances = turns.map((t) => t.text);
  for (let i = 0; i < 3; i++) for (const t of turns) recognizer.decideInContext(t.text, t.previous); // warm-up
  const rounds = 20;
  const times: number[] = [];
  const short: number[] = [];
  const long: number[] = [];
  // Each pass's own p99 too: on a shared machine one slow minute moves the pooled figure.
  const passP99: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const pass: number[] = [];
    for (const { text: u, previous } of turns) {
      const s = performance.now();
      recognizer.decideInContext(u, previous);
      const us = (performance.now() - s) * 1000;
      times.push(us);
      pass.push(us);
      (u.length <= LONG_MESSAGE ? short : long).push(us);
    }
    passP99.push(percentile(pass.sort((a, b) => a - b), 99));
  }
  passP99.sort((a, b) => a - b);
  times.sort((a, b) => a - b);
  short.sort((a, b) => a - b);
  long.sort((a, b) => a - b);
  // What stays alive, not what garbage a collection has not reached yet: the heap figure moved by 200 MB from
  // one run to the next without one (npm run bench passes --expose-gc).
  (globalThis as { gc?: () => void }).gc?.();
  const after = process.memoryUsage();

  const examples = model.intents.reduce((n, i) => n + i.examples.length, 0) + model.outOfScope.length;
  console.log(`files: ${files.map((f) => path.relative(PROJECT_ROOT, f)).join(', ')}`);
  console.log(`model: ${model.knowledge.size} answers, ${model.intents.length} intents, ${examples} examples`);
  console.log(`start-up: ${(t2 - t0).toFixed(0)} ms (YAML ${(t1 - t0).toFixed(0)} ms, pipeline and index ${(t2 - t1).toFixed(0)} ms; module loading not counted)`);
  console.log(`latency over ${utterances.length} utterances × ${rounds}: p50 ${percentile(times, 50).toFixed(0)} µs, p90 ${percentile(times, 90).toFixed(0)} µs, p99 ${percentile(times, 99).toFixed(0)} µs, max ${times[times.length - 1].toFixed(0)} µs`);
  console.log(`  p99 of each of the ${rounds} passes: median ${percentile(passP99, 50).toFixed(0)} µs, from ${passP99[0].toFixed(0)} to ${passP99[passP99.length - 1].toFixed(0)} µs`);
  const line = (xs: number[]): string => xs.length === 0 ? 'none' : `p50 ${percentile(xs, 50).toFixed(0)} µs, p99 ${percentile(xs, 99).toFixed(0)} µs`;
  console.log(`  messages up to ${LONG_MESSAGE} characters (${short.length / rounds}): ${line(short)}; longer ones, scored clause by clause too (${long.length / rounds}): ${line(long)}`);
  const collected = (globalThis as { gc?: () => void }).gc ? ' after a full collection' : ' (no --expose-gc: garbage included)';
  console.log(`memory: rss ${mb(after.rss)} (before loading ${mb(before.rss)}, after loading ${mb(loaded.rss)}), heap used ${mb(after.heapUsed)}${collected}`);
  console.log(`process start to listening (npm start's path, TypeScript compiled on the fly): ${(await processStart()).toFixed(0)} ms`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
