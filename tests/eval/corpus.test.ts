// The project's own conversations (tests/cases/*.jsonl, written apart from intents/ examples)
// played through the bot. Fails when understanding drops below the floor, or when the bot
// gives any wrong answer: a wrong answer is worse than a question.
import * as fs from 'fs';
import * as path from 'path';
import { ConversationPlayer, isCorrect, PlayedCase } from './conversationPlayer';
import { readCases } from './run-eval';
import { projectModel, ROOT } from '../helpers/projectModel';

/** Raise it as understanding improves; never lower it to make a change pass. */
const MIN_ACCURACY = 0.85;

describe('own conversation corpus', () => {
  const dir = path.join(ROOT, 'tests', 'cases');
  const cases = fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).flatMap((f) => readCases(path.join(dir, f)));
  let played: PlayedCase[] = [];

  beforeAll(async () => {
    const player = new ConversationPlayer(projectModel());
    for (const c of cases) played.push(await player.playCase(c));
  });

  test('has cases for every answer id worth asking for', () => {
    const covered = new Set(cases.map((c) => c.expect));
    const notCovered = [...projectModel().knowledge.keys()].filter((id) => !covered.has(id));
    // Each answer needs at least one conversation that reaches it (the catalogue's variants included).
    expect(notCovered).toEqual([]);
  });

  test('gives no wrong answer', () => {
    const wrong = played.filter((p) => p.outcome === 'wrong' || p.outcome === 'answered-oos')
      .map((p) => `${p.case.id}: ${p.case.turns.join(' / ')} → ${p.answer}`);
    expect(wrong).toEqual([]);
  });

  test(`ends at least ${MIN_ACCURACY * 100}% of conversations on the right answer`, () => {
    const accuracy = played.filter(isCorrect).length / played.length;
    const misses = played.filter((p) => !isCorrect(p)).map((p) => `${p.case.id}: ${p.case.turns.join(' / ')}`);
    if (accuracy < MIN_ACCURACY) throw new Error(`accuracy ${accuracy.toFixed(3)} < ${MIN_ACCURACY}; misses:\n${misses.join('\n')}`);
    expect(accuracy).toBeGreaterThanOrEqual(MIN_ACCURACY);
  });
});
