// The CloudAdapter, authenticated from configuration, with a turn error handler that logs,
// apologises to the user when it still can, and clears the conversation's state so that a
// broken dialog does not trap the user in a loop.
import * as http from 'http';
import * as https from 'https';
import {
  CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationBotFrameworkAuthenticationOptions,
  ConversationState, TurnContext,
} from 'botbuilder';
import type { ConnectorClientOptions } from 'botframework-connector';
import { Logger } from './logger';
import { ReplyFactory } from './replyFactory';
import { SerialTurns } from './serialTurns';
import { ConversationLimit } from './conversationLimit';
import { RateLimit, RateLimiter } from './rateLimiter';
import { isETagConflict } from './storage';

/** How long one call to the channel (a reply) may take: a channel gives up on the bot after 15 s. */
export const CHANNEL_CALL_TIMEOUT_MS = 5_000;

interface WebResourceLike { timeout?: number }
interface PolicyLike { sendRequest(request: WebResourceLike): Promise<unknown> }

/** Sets a timeout on every request to the channel, so a hanging serviceUrl fails the turn in time. */
function timeoutPolicy(ms: number): { create(next: PolicyLike): PolicyLike } {
  return {
    create: (next) => ({
      sendRequest: (request) => {
        if (!request.timeout || request.timeout > ms) request.timeout = ms;
        return next.sendRequest(request);
      },
    }),
  };
}

/** Keep-alive connections to the channel (one TCP handshake per reply costs more than the answer). */
export function connectorOptions(timeoutMs = CHANNEL_CALL_TIMEOUT_MS): ConnectorClientOptions {
  const options = {
    agentSettings: {
      http: new http.Agent({ keepAlive: true, maxSockets: 256 }),
      https: new https.Agent({ keepAlive: true, maxSockets: 256 }),
    },
    // An array: the function form adds the signing policy twice (botbuilder-stdlib 4.23.3) and every call fails.
    requestPolicyFactories: [timeoutPolicy(timeoutMs)],
  };
  return options as unknown as ConnectorClientOptions;
}

export function createAdapter(
  auth: ConfigurationBotFrameworkAuthenticationOptions,
  conversationState: ConversationState,
  replies: ReplyFactory,
  logger: Logger,
  conversationLimit: RateLimit = { perMinute: 0, burst: 0 },
  channelTimeoutMs = CHANNEL_CALL_TIMEOUT_MS,
): CloudAdapter {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(auth, undefined, undefined, undefined, connectorOptions(channelTimeoutMs)));
  adapter.use(new ConversationLimit(new RateLimiter(conversationLimit), replies, logger));
  adapter.use(new SerialTurns());
  adapter.onTurnError = async (context: TurnContext, error: Error): Promise<void> => {
    if (isETagConflict(error)) {
      // Another process saved this conversation meanwhile: keep its state (clearing it would lose
      // the user's place), say so in the log, and ask the user to repeat what may not have stuck.
      logger.warn('state write conflict', { conversation: context.activity?.conversation?.id, error: error.message });
      if (context.activity?.type === 'message') {
        await context.sendActivity(replies.message(replies.text('stateConflict'))).catch(() => undefined);
      }
      return;
    }
    logger.error('turn failed', {
      conversation: context.activity?.conversation?.id,
      activityType: context.activity?.type,
      error: error?.message ?? String(error),
      stack: error?.stack,
    });
    try {
      await conversationState.delete(context);
    } catch (stateError) {
      logger.error('could not clear conversation state', { error: String(stateError) });
    }
    try {
      if (context.activity?.type === 'message') {
        await context.sendActivity(replies.message(replies.text('error')));
      }
    } catch (sendError) {
      // The channel itself may be what failed; nothing more can be told to the user.
      logger.warn('could not send the apology', { error: String(sendError) });
    }
  };
  return adapter;
}
