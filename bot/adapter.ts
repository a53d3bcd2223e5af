// The CloudAdapter, authenticated from configuration, with a turn error handler that logs,
// apologises to the user when it still can, and clears the conversation's state so that a
// broken dialog does not trap the user in a loop.
import {
  CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationBotFrameworkAuthenticationOptions,
  ConversationState, TurnContext,
} from 'botbuilder';
import { ChannelCallTimeout, ChannelTimeoutError } from './channelCallTimeout';
import { Logger, turnLogger } from './logger';
import { ReplyFactory } from './replyFactory';
import { SerialTurns } from './serialTurns';
import { ConversationLimit } from './conversationLimit';
import { RateLimit, RateLimiter } from './rateLimiter';
import { isETagConflict } from './storage';

/** How long one call to the channel (a reply) may take: a channel gives up on the bot after 15 s. */
export const CHANNEL_CALL_TIMEOUT_MS = 5_000;

/** The error under the wrappers a dialog puts around it. */
function rootError(error: unknown): unknown {
  let e = error;
  for (let i = 0; i < 5 && e instanceof Error && (e as { error?: unknown }).error instanceof Error; i++) e = (e as { error?: unknown }).error;
  return e;
}

/** An error from calling the channel at serviceUrl: an error status, a refused connection, a timeout. */
export function isChannelFailure(error: unknown, serviceUrl: string | undefined): boolean {
  const e = rootError(error);
  if (!(e instanceof Error) || !serviceUrl) return false;
  const url = (e as { request?: { url?: unknown } }).request?.url;
  return (typeof url === 'string' && url.startsWith(serviceUrl)) || e instanceof ChannelTimeoutError;
}

export function createAdapter(
  auth: ConfigurationBotFrameworkAuthenticationOptions,
  conversationState: ConversationState,
  replies: ReplyFactory,
  logger: Logger,
  conversationLimit: RateLimit = { perMinute: 0, burst: 0 },
  channelTimeoutMs = CHANNEL_CALL_TIMEOUT_MS,
): CloudAdapter {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(auth));
  adapter.use(new ChannelCallTimeout(channelTimeoutMs));
  adapter.use(new ConversationLimit(new RateLimiter(conversationLimit), replies, logger));
  adapter.use(new SerialTurns());
  adapter.onTurnError = async (context: TurnContext, error: Error): Promise<void> => {
    const log = turnLogger(logger, context.activity);
    if (isETagConflict(error)) {
      // Another process saved this conversation meanwhile: keep its state (clearing it would lose
      // the user's place), say so in the log, and ask the user to repeat what may not have stuck.
      log.warn('state write conflict', { conversation: context.activity?.conversation?.id, error: error.message });
      if (context.activity?.type === 'message') {
        await context.sendActivity(replies.message(replies.text('stateConflict'))).catch(() => undefined);
      }
      return;
    }
    log.error('turn failed', {
      conversation: context.activity?.conversation?.id,
      activityType: context.activity?.type,
      error: error?.message ?? String(error),
      stack: error?.stack,
    });
    try {
      await conversationState.delete(context);
    } catch (stateError) {
      log.error('could not clear conversation state', { error: String(stateError) });
    }
    try {
      // When the channel itself failed (an error status, a timeout), an apology would fail the same way.
      if (context.activity?.type === 'message' && !isChannelFailure(error, context.activity?.serviceUrl)) {
        await context.sendActivity(replies.message(replies.text('error')));
      }
    } catch (sendError) {
      // The channel itself may be what failed; nothing more can be told to the user.
      log.warn('could not send the apology', { error: String(sendError) });
    }
    // The channel should know its request failed (500), as it would without a handler.
    if (isChannelFailure(error, context.activity?.serviceUrl)) throw error;
  };
  return adapter;
}
