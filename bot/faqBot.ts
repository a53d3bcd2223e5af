// The bot: welcomes new members, guards against input it cannot read, takes 好差评 ratings of
// its answers, runs the main dialog for every other message, and saves state at each turn's end.
import { Activity, ActivityHandler, ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { DialogSet, DialogState, DialogTurnStatus } from 'botbuilder-dialogs';
import { ChannelPresenter } from './channelPresenter';
import { FaqRecognizer } from './faqRecognizer';
import { Logger, turnLogger } from './logger';
import { readablePart } from './nlp/normalizer';
import { isRatingValue, ReplyFactory } from './replyFactory';
import { turnOrigin, UsageLog } from './usageLog';
import { MainDialog } from '../dialogs/mainDialog';

/** What the conversation remembers about ratings: one rating per answer, and a 差评 awaiting its why. */
interface FeedbackState {
  lastAnswer?: string;
  /** Answers already rated in this conversation. */
  rated?: string[];
  awaitingComment?: string;
}

export class FaqBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly feedbackState: StatePropertyAccessor<FeedbackState>;
  private readonly dialogs: DialogSet;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly dialog: MainDialog,
    private readonly recognizer: FaqRecognizer,
    private readonly replies: ReplyFactory,
    private readonly usage: UsageLog,
    private readonly logger: Logger,
    private readonly presenter: ChannelPresenter,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('DialogState');
    this.feedbackState = conversationState.createProperty<FeedbackState>('Feedback');
    this.dialogs = new DialogSet(this.dialogState).add(dialog);

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
    this.presenter.readIncoming(context);
    this.presenter.attach(context);
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const feedback = await this.feedbackState.get(context, {});
    // Whatever the dialog answers this turn becomes the answer a rating refers to.
    context.onSendActivities(async (_ctx, activities, next) => {
      const answer = [...activities].reverse().find((a) => this.isRatedAnswer(a));
      if (answer) feedback.lastAnswer = (answer.channelData as { kbId: string }).kbId;
      return next();
    });

    const raw = context.activity.text;
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (await this.handleRating(context, feedback, text)) return;
    if (!text) {
      const hasAttachments = (context.activity.attachments ?? []).length > 0;
      await context.sendActivity(this.replies.message(this.replies.text(hasAttachments ? 'notText' : 'empty')));
      return;
    }
    const max = this.recognizer.settings.maxMessageChars;
    if (text.length > max) await context.sendActivity(this.replies.message(this.replies.text('tooLong')));
    context.activity.text = readablePart(text, max);
    turnLogger(this.logger, context.activity).info('message', {
      conversation: context.activity.conversation?.id,
      channel: context.activity.channelId,
      text: context.activity.text,
    });
    await this.runDialog(context);
  }

  /**
   * Continues the conversation's dialog or begins the main one, as core-bot does. Not
   * botbuilder-dialogs' runDialog: that builds the adaptive-dialog memory scopes and a state
   * snapshot every turn (and sends it to the Emulator as a trace: a second HTTP call a turn), none
   * of which this bot reads.
   */
  private async runDialog(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.dialog.id);
  }

  /** An FAQ answer (not a greeting or a thank-you): what a rating refers to. */
  private isRatedAnswer(activity: Partial<Activity>): boolean {
    const kbId = (activity.channelData as { kbId?: unknown } | undefined)?.kbId;
    return typeof kbId === 'string' && this.replies.entry(kbId).source !== undefined;
  }

  /** A rating click or label, or the optional comment after a 差评. True when the turn is handled. */
  private async handleRating(context: TurnContext, feedback: FeedbackState, text: string): Promise<boolean> {
    const value: unknown = context.activity.value;
    const origin = turnOrigin(context.activity);

    if (feedback.awaitingComment) {
      const kbId = feedback.awaitingComment;
      feedback.awaitingComment = undefined;
      const skip = text === this.replies.text('ratingSkip');
      // A new question instead of a comment is simply answered: the comment was optional. A
      // complaint mentions the platform's words too, so only a clear question counts as one.
      const isQuestion = text !== '' && this.recognizer.isNewQuestion(text, '');
      if (skip) return true;
      if (text && !isQuestion && !isRatingValue(value)) {
        this.usage.record({ type: 'comment', kbId, comment: text, ...origin });
        await context.sendActivity(this.replies.message(this.replies.text('ratingCommentThanks')));
        return true;
      }
    }

    const rating = isRatingValue(value) ? value.rating : this.replies.ratingOf(text);
    if (rating === undefined) return false;
    const kbId = isRatingValue(value) ? value.kbId : feedback.lastAnswer;
    if (!kbId) {
      await context.sendActivity(this.replies.message(this.replies.text('ratingNothingToRate')));
      return true;
    }
    if (feedback.rated?.includes(kbId)) {
      await context.sendActivity(this.replies.message(this.replies.text('ratingAlreadyDone')));
      return true;
    }
    this.usage.record({ type: 'rating', kbId, rating: this.replies.ratingLabel(rating), value: rating, ...origin });
    feedback.rated = [...(feedback.rated ?? []), kbId];
    if (rating <= 2) {
      feedback.awaitingComment = kbId;
      await context.sendActivity(this.replies.message(this.replies.text('ratingAskWhy'), [this.replies.text('ratingSkip')]));
    } else {
      await context.sendActivity(this.replies.message(this.replies.text('ratingThanks')));
    }
    return true;
  }
}
