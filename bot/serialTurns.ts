// One turn at a time per conversation, within this process: two messages of one conversation that
// arrive together (a double click, a retry) would otherwise both read the same state and the second
// save would fail on its eTag. Turns of different conversations still run side by side.
import { Middleware, TurnContext } from 'botbuilder';

export class SerialTurns implements Middleware {
  private readonly tails = new Map<string, Promise<void>>();

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const key = `${context.activity.channelId}/${context.activity.conversation?.id ?? ''}`;
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => { release = resolve; });
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    try {
      await previous;
      await next();
    } finally {
      release();
      // The last turn in line cleans up, so idle conversations cost nothing.
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Conversations with a turn running or waiting (for tests and health). */
  get busy(): number {
    return this.tails.size;
  }
}
