// The CloudAdapter, authenticated from configuration, with a turn error handler that logs,
// apologises to the user when it still can, and clears the conversation's state so that a
// broken dialog does not trap the user in a loop.
import {
  CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationBotFrameworkAuthenticationOptions,
  ConversationState, TurnContext,
} from 'botbuilder';
import { Logger } from './logger';
import { ReplyFactory } from './replyFactory';

export function createAdapter(
  auth: ConfigurationBotFrameworkAuthenticationOptions,
  conversationState: ConversationState,
  replies: ReplyFactory,
  logger: Logger,
): CloudAdapter {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(auth));
  adapter.onTurnError = async (context: TurnContext, error: Error): Promise<void> => {
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
