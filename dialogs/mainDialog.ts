// Routes one message: a control command, an answer, a clarification, a "did you mean", or an
// honest "I don't know" with the closest candidates and the way to a person.
import { TurnContext } from 'botbuilder';
import { ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { planAnswer, relevantSlots } from '../bot/answerPlanner';
import { FaqRecognizer, ScoredIntent } from '../bot/faqRecognizer';
import { ControlKind, SlotValues } from '../bot/model';
import { ReplyFactory } from '../bot/replyFactory';
import { CLARIFY_DIALOG, ClarifyDialog, ClarifyOptions, ClarifyResult } from './clarifyDialog';

export const MAIN_DIALOG = 'mainDialog';
const WATERFALL = 'mainWaterfall';

export interface MainOptions {
  /** A question handed back by the clarifying dialog; otherwise the turn's own text. */
  text?: string;
  /** Slot values already known from the conversation so far. */
  carried?: SlotValues;
}

export class MainDialog extends ComponentDialog {
  constructor(private readonly recognizer: FaqRecognizer, private readonly replies: ReplyFactory) {
    super(MAIN_DIALOG);
    this.addDialog(new ClarifyDialog(recognizer, replies));
    this.addDialog(new WaterfallDialog(WATERFALL, [this.routeStep.bind(this), this.finishStep.bind(this)]));
    this.initialDialogId = WATERFALL;
  }

  private async routeStep(step: WaterfallStepContext<MainOptions>): Promise<DialogTurnResult> {
    const options = step.options ?? {};
    const text = options.text ?? step.context.activity.text ?? '';
    const recognition = this.recognizer.recognizeText(text);
    const decision = this.recognizer.decide(recognition);
    switch (decision.kind) {
      case 'control':
        await this.control(step.context, decision.control);
        return step.endDialog();
      case 'ambiguous':
        await step.context.sendActivity(this.replies.message(this.replies.text('didYouMean'),
          [...this.titles(decision.candidates), this.replies.text('noneOfThese')]));
        return step.endDialog();
      case 'none':
        await this.fallback(step.context, decision.candidates);
        return step.endDialog();
      case 'intent': {
        if (decision.answerId) {
          await step.context.sendActivity(this.replies.answer(decision.answerId, decision));
          return step.endDialog();
        }
        const intent = this.recognizer.intent(decision.intent);
        const slots = relevantSlots(intent, { ...options.carried, ...recognition.slots });
        const plan = planAnswer(intent, slots);
        if (plan.kind === 'answer') {
          await step.context.sendActivity(this.replies.answer(plan.answerId, decision));
          return step.endDialog();
        }
        const clarify: ClarifyOptions = { intent: intent.id, score: decision.score, slots, retried: false, history: [] };
        return step.beginDialog(CLARIFY_DIALOG, clarify);
      }
    }
  }

  private async finishStep(step: WaterfallStepContext<MainOptions>): Promise<DialogTurnResult> {
    const result = step.result as ClarifyResult | undefined;
    if (result?.kind === 'answer') {
      await step.context.sendActivity(this.replies.answer(result.answerId, result));
    } else if (result?.kind === 'newQuestion') {
      const next: MainOptions = { text: result.text, carried: result.carried };
      return step.replaceDialog(WATERFALL, next);
    }
    return step.endDialog();
  }

  /** A control word with no dialog in progress (in one, InterruptibleDialog handles it). */
  private async control(context: TurnContext, control: ControlKind): Promise<void> {
    switch (control) {
      case 'cancel':
        await context.sendActivity(this.replies.message(this.replies.text('nothingToCancel')));
        return;
      case 'restart':
        await context.sendActivity(this.replies.message(this.replies.text('restarted')));
        await context.sendActivity(this.replies.welcome());
        return;
      case 'help':
        await context.sendActivity(this.replies.message(this.replies.text('help')));
        return;
      case 'back':
        await context.sendActivity(this.replies.message(this.replies.text('nothingToGoBack')));
        return;
    }
  }

  private async fallback(context: TurnContext, candidates: ScoredIntent[]): Promise<void> {
    const titles = this.titles(candidates);
    const text = titles.length > 0
      ? `${this.replies.text('fallbackWithCandidates')}\n\n${this.replies.text('fallbackHandoff')}`
      : `${this.replies.text('fallback')}\n\n${this.replies.text('fallbackHandoff')}`;
    await context.sendActivity(this.replies.message(text, titles));
  }

  private titles(candidates: ScoredIntent[]): string[] {
    return candidates.map((c) => this.recognizer.intent(c.intent).title);
  }
}
