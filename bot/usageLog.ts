// What the bot learns from use: every answer (for 热点问题), every question it could not answer
// or answered with low confidence, every rating and 差评 comment, appended as one JSON object a
// line to a file under the data folder. Personal data is masked before anything is written.
import * as fs from 'fs';
import * as path from 'path';
import { createHash } from 'crypto';
import { maskPersonalData } from './privacy';

interface EventBase {
  time: string;
  /** A hash of the conversation id: groups a conversation's events without naming it. */
  conversation: string;
  channel: string;
}

export type UsageEvent = EventBase & (
  | { type: 'answer'; kbId: string; intent: string; score: number; text: string; lowConfidence: boolean }
  | { type: 'unanswered'; reason: 'none' | 'ambiguous' | 'gaveUp'; text: string; topIntent?: string; score: number; candidates: string[] }
  | { type: 'rating'; kbId: string; rating: string; value: number }
  | { type: 'comment'; kbId: string; comment: string }
);

type DistributiveOmit<T, K extends keyof EventBase> = T extends unknown ? Omit<T, K> : never;
export type UsageEventInput = DistributiveOmit<UsageEvent, 'time' | 'conversation'> & { conversationId: string };

export interface UsageLog {
  record(event: UsageEventInput): void;
  /** Every event recorded so far, in order (a copy kept in memory since start-up, with the file's). */
  events(): readonly UsageEvent[];
  /** Resolves once everything recorded has reached the file. */
  flush(): Promise<void>;
}

/** Where a turn comes from, as a usage event records it. */
export function turnOrigin(activity: { conversation?: { id?: string }; channelId?: string }): { conversationId: string; channel: string } {
  return { conversationId: activity.conversation?.id ?? '', channel: activity.channelId ?? '' };
}

export function hashConversation(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, 16);
}

function toEvent(input: UsageEventInput, now: Date): UsageEvent {
  const { conversationId, ...rest } = input;
  const event = { ...rest, time: now.toISOString(), conversation: hashConversation(conversationId) } as UsageEvent;
  if ('text' in event) event.text = maskPersonalData(event.text);
  if ('comment' in event) event.comment = maskPersonalData(event.comment);
  return event;
}

/** Appends to DATA_DIR/usage.jsonl; reads what is there at start-up so counts survive a restart. */
/** Events kept in memory at most (the file keeps them all). */
const MAX_EVENTS_IN_MEMORY = 200_000;

export class JsonlUsageLog implements UsageLog {
  readonly file: string;
  private readonly memory: UsageEvent[] = [];
  // One open append stream: opening the file for every event cost a fifth of a turn under load.
  private readonly stream: fs.WriteStream;

  constructor(dataDir: string, private readonly onError: (error: Error) => void, private readonly clock: () => Date = () => new Date()) {
    fs.mkdirSync(dataDir, { recursive: true });
    this.file = path.join(dataDir, 'usage.jsonl');
    this.memory.push(...readUsageFile(this.file));
    this.stream = fs.createWriteStream(this.file, { flags: 'a', encoding: 'utf8' });
    // A failed write is reported, never thrown at a turn.
    this.stream.on('error', (e: Error) => this.onError(e));
  }

  record(input: UsageEventInput): void {
    const event = toEvent(input, this.clock());
    this.memory.push(event);
    // The in-memory copy only feeds the 热点问题 of recent weeks: the oldest go first past a bound.
    if (this.memory.length > MAX_EVENTS_IN_MEMORY) this.memory.splice(0, this.memory.length - MAX_EVENTS_IN_MEMORY * 0.9);
    // Writes to one stream keep their order, so lines never interleave.
    if (!this.stream.destroyed) this.stream.write(`${JSON.stringify(event)}\n`);
  }

  events(): readonly UsageEvent[] {
    return this.memory;
  }

  /** Resolves once every line recorded so far is in the file. */
  flush(): Promise<void> {
    if (this.stream.destroyed) return Promise.resolve();
    return new Promise((resolve) => this.stream.write('', () => resolve()));
  }
}

/** Keeps events in memory only (tests, or when no data folder is wanted). */
export class MemoryUsageLog implements UsageLog {
  private readonly memory: UsageEvent[] = [];
  constructor(private readonly clock: () => Date = () => new Date()) {}
  record(input: UsageEventInput): void {
    this.memory.push(toEvent(input, this.clock()));
  }
  events(): readonly UsageEvent[] {
    return this.memory;
  }
  async flush(): Promise<void> {
    // nothing to write
  }
}

export function readUsageFile(file: string): UsageEvent[] {
  if (!fs.existsSync(file)) return [];
  const out: UsageEvent[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line) as UsageEvent);
    } catch {
      // A line cut short by a crash is skipped; the rest of the log still counts.
    }
  }
  return out;
}

/** The answers asked for most in the last `days` days, most first (ties: most recent first). */
export function hotAnswers(events: readonly UsageEvent[], now: Date, days: number, limit: number): string[] {
  const since = now.getTime() - days * 24 * 3600 * 1000;
  const counts = new Map<string, { n: number; last: number }>();
  for (const e of events) {
    if (e.type !== 'answer' || e.lowConfidence) continue;
    const t = Date.parse(e.time);
    if (!(t >= since)) continue;
    const c = counts.get(e.kbId) ?? { n: 0, last: 0 };
    counts.set(e.kbId, { n: c.n + 1, last: Math.max(c.last, t) });
  }
  return [...counts].sort((a, b) => b[1].n - a[1].n || b[1].last - a[1].last).slice(0, limit).map(([id]) => id);
}

/** The questions a welcome offers: the hot ones, topped up from the configured list. */
export function welcomeQuestions(events: readonly UsageEvent[], configured: readonly string[], now: Date, days: number, count: number): string[] {
  const hot = hotAnswers(events, now, days, count);
  return [...new Set([...hot, ...configured])].slice(0, count);
}
