// Plays conversations through the real bot in-process (TestAdapter, memory storage) and says
// what each one ended on: the kbId of the last turn's answer, or none (a question, a fallback).
import { Activity, MemoryStorage, TestAdapter } from 'botbuilder';
import { buildBot, BotParts } from '../../bot/index';
import { createLogger } from '../../bot/logger';
import { FaqModel } from '../../bot/model';

export interface EvalCase {
  id: string;
  turns: string[];
  expect: string | null;
  tags: string[];
}

export interface PlayedCase {
  case: EvalCase;
  /** kbId of the answer in the last turn, if there was one. */
  answer: string | null;
  /** Texts the bot sent in the last turn (shortened), for reading misses. */
  lastReplies: string[];
  /** The recognizer's top three for the last turn, for reading misses. */
  topScores: string;
  outcome: 'correct' | 'wrong' | 'unanswered' | 'refused' | 'answered-oos';
}

export class ConversationPlayer {
  private readonly parts: BotParts;
  private counter = 0;

  constructor(model: FaqModel) {
    this.parts = buildBot(model, new MemoryStorage(), createLogger('silent'));
  }

  get recognizer(): BotParts['recognizer'] {
    return this.parts.recognizer;
  }

  /** Sends each turn and returns the bot's replies to the last one. */
  async play(turns: readonly string[]): Promise<Partial<Activity>[]> {
    const adapter = new TestAdapter(async (context) => this.parts.bot.run(context), {
      channelId: 'test',
      conversation: { id: `eval-${++this.counter}`, isGroup: false, conversationType: 'personal', name: 'eval' },
    } as Partial<Activity>);
    let replies: Partial<Activity>[] = [];
    for (const text of turns) {
      await adapter.receiveActivity(text);
      replies = [];
      while (adapter.activeQueue.length > 0) {
        const reply = adapter.activeQueue.shift();
        if (reply && reply.type === 'message') replies.push(reply);
      }
    }
    return replies;
  }

  async playCase(c: EvalCase): Promise<PlayedCase> {
    const replies = await this.play(c.turns);
    const answered = replies.find((r) => typeof (r.channelData as { kbId?: unknown } | undefined)?.kbId === 'string');
    const answer = answered ? (answered.channelData as { kbId: string }).kbId : null;
    let outcome: PlayedCase['outcome'];
    if (c.expect === null) outcome = answer === null ? 'refused' : 'answered-oos';
    else if (answer === null) outcome = 'unanswered';
    else outcome = answer === c.expect ? 'correct' : 'wrong';
    const last = this.parts.recognizer.recognizeText(c.turns[c.turns.length - 1]);
    const topScores = [...last.ranking.slice(0, 3).map((r) => `${r.intent} ${r.score.toFixed(3)}`), `none ${last.noneScore.toFixed(3)}`].join(', ');
    return { case: c, answer, lastReplies: replies.map((r) => (r.text ?? '').split('\n')[0].slice(0, 60)), topScores, outcome };
  }
}

export function isCorrect(p: PlayedCase): boolean {
  return p.outcome === 'correct' || p.outcome === 'refused';
}
