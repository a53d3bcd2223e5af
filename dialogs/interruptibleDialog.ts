// The one place where 取消 / 重新开始 / 帮助 / 返回 interrupt a dialog in progress
// (the role of core-bot's CancelAndHelpDialog, with the words taken from intents/conversation.yaml).
import { TurnContext } from 'botbuilder';
import { ComponentDialog, DialogContext, DialogTurnResult, DialogTurnStatus } from 'botbuilder-dialogs';
import { FaqRecognizer } from '../bot/faqRecognizer';
import { ReplyFactory } from '../bot/replyFactory';

/** What else a conversation keeps of a question abandoned by 取消 or 重新开始, forgotten (the question before, for follow-ups). */
export type ForgetQuestion = (context: TurnContext) => Promise<void>;

export abstract class InterruptibleDialog extends ComponentDialog {
  constructor(id: string, protected readonly recognizer: FaqRecognizer, protected readonly replies: ReplyFactory,
    private readonly forget: ForgetQuestion = async () => undefined) {
    super(id);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const interrupted = await this.interrupt(innerDc);
    return interrupted ?? super.onContinueDialog(innerDc);
  }

  /** Goes one question back; subclasses that can, override it. */
  protected async goBack(innerDc: DialogContext): Promise<DialogTurnResult> {
    await innerDc.context.sendActivity(this.replies.message(this.replies.text('nothingToGoBack')));
    await innerDc.repromptDialog();
    return { status: DialogTurnStatus.waiting };
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const text = innerDc.context.activity.text;
    if (typeof text !== 'string') return undefined;
    const control = this.recognizer.controlOf(text);
    switch (control) {
      case 'cancel':
        // "取消" then "验证码错误": a new question, not one read with the question abandoned.
        await this.forget(innerDc.context);
        await innerDc.context.sendActivity(this.replies.message(this.replies.text('cancelled')));
        return innerDc.cancelAllDialogs(true);
      case 'restart':
        await this.forget(innerDc.context);
        await innerDc.context.sendActivity(this.replies.message(this.replies.text('restarted')));
        await innerDc.context.sendActivity(this.replies.welcome());
        return innerDc.cancelAllDialogs(true);
      case 'help':
        await innerDc.context.sendActivity(this.replies.message(this.replies.text('help')));
        await innerDc.repromptDialog();
        return { status: DialogTurnStatus.waiting };
      case 'back':
        return this.goBack(innerDc);
      default:
        return undefined;
    }
  }
}
