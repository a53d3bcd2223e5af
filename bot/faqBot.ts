// The bot: welcomes new members, guards against input it cannot read, runs the main dialog
// for every message, and saves conversation state at the end of each turn.
import { ActivityHandler, ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { DialogState, runDialog } from 'botbuilder-dialogs';
import { Logger } from './logger';
import { ReplyFactory } from './replyFactory';
import { MainDialog } from '../dialogs/mainDialog';

export class FaqBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly dialog: MainDialog,
    private readonly replies: ReplyFactory,
    private readonly logger: Logger,
    private readonly maxMessageChars: number,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('DialogState');

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const newcomers = (context.activity.membersAdded ?? []).filter((m) => m.id !== botId);
      if (newcomers.length > 0) await context.sendActivity(this.replies.welcome());
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const raw = context.activity.text;
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (!text) {
      const hasAttachments = (context.activity.attachments ?? []).length > 0;
      await context.sendActivity(this.replies.message(this.replies.text(hasAttachments ? 'notText' : 'empty')));
      return;
    }
    if (text.length > this.maxMessageChars) {
      await context.sendActivity(this.replies.message(this.replies.text('tooLong')));
      context.activity.text = text.slice(0, this.maxMessageChars);
    } else {
      context.activity.text = text;
    }
    this.logger.info('message', {
      conversation: context.activity.conversation?.id,
      channel: context.activity.channelId,
      text: context.activity.text,
    });
    await runDialog(this.dialog, context, this.dialogState);
  }
}
