// A deadline on every call the bot makes to the channel (replies, updates, deletes): a channel whose
// serviceUrl hangs must fail the turn in seconds, because the channel itself gives up on the bot
// after 15 s. botframework-connector 4.23 offers no per-request timeout a CloudAdapter passes on (it
// replaces requestPolicyFactories and ignores agentSettings), so the turn's connector client is
// wrapped here.
import { Middleware, TurnContext } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';

export class ChannelTimeoutError extends Error {
  constructor(operation: string, ms: number) {
    super(`the channel did not answer ${operation} within ${ms} ms`);
    this.name = 'ChannelTimeoutError';
  }
}

const OPERATIONS = ['replyToActivity', 'sendToConversation', 'updateActivity', 'deleteActivity'] as const;

export function withDeadline<T>(work: Promise<T>, ms: number, operation: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new ChannelTimeoutError(operation, ms)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

export class ChannelCallTimeout implements Middleware {
  constructor(private readonly ms: number) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const adapter = context.adapter as { ConnectorClientKey?: symbol };
    const client = adapter.ConnectorClientKey ? context.turnState.get<ConnectorClient>(adapter.ConnectorClientKey) : undefined;
    const conversations = client?.conversations as unknown as Record<string, (...args: unknown[]) => Promise<unknown>> | undefined;
    if (conversations) {
      for (const op of OPERATIONS) {
        const original = conversations[op]?.bind(conversations);
        if (original) conversations[op] = (...args: unknown[]) => withDeadline(original(...args), this.ms, op);
      }
    }
    await next();
  }
}
