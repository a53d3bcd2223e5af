// A conversation that sends messages faster than a person types (a script, a paste loop) gets one
// polite reply per burst and is not processed further until it slows down.
import { ActivityTypes, Middleware, TurnContext } from 'botbuilder';
import { RateLimiter } from './rateLimiter';
import { ReplyFactory } from './replyFactory';
import { Logger, turnLogger } from './logger';

export class ConversationLimit implements Middleware {
  /** Conversations already told to slow down in the current burst. */
  private readonly told = new Set<string>();

  constructor(private readonly limiter: RateLimiter, private readonly replies: ReplyFactory, private readonly logger: Logger) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.type !== ActivityTypes.Message) return next();
    const key = `${context.activity.channelId}/${context.activity.conversation?.id ?? ''}`;
    if (this.limiter.take(key)) {
      this.told.delete(key);
      return next();
    }
    if (this.told.has(key)) return;
    this.told.add(key);
    turnLogger(this.logger, context.activity).warn('conversation rate limited', { conversation: context.activity.conversation?.id });
    await context.sendActivity(this.replies.message(this.replies.text('rateLimited')));
  }
}
