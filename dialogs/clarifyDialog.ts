// Asks only for the facts still missing before an intent's answer is settled: one slot a turn,
// "missing → ask, else next", answered by a click or in the user's own words. A reply that is
// not understood is asked once more, then the dialog offers a way out. A reply that is a new
// question ends the dialog and hands the question back to be answered as such.
import { InputHints } from 'botbuilder';
import { DialogContext, DialogTurnResult, TextPrompt, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { answersOf, planAnswer, relevantSlots } from '../bot/answerPlanner';
import { FaqRecognizer, readTogether } from '../bot/faqRecognizer';
import { KnowledgeBrowser } from '../bot/knowledgeBrowser';
import { chosenIndex } from '../bot/ordinalChoice';
import { SlotValues } from '../bot/model';
import { maskPersonalData } from '../bot/privacy';
import { ReplyFactory } from '../bot/replyFactory';
import { turnOrigin, UsageLog } from '../bot/usageLog';
import { ForgetQuestion, InterruptibleDialog } from './interruptibleDialog';

export const CLARIFY_DIALOG = 'clarifyDialog';
const WATERFALL = 'clarifyWaterfall';
const PROMPT = 'clarifyPrompt';

export interface ClarifyOptions {
  intent: string;
  score: number;
  /** Runner-up intents of the message that started it, for staff. */
  alternatives?: { intent: string; score: number }[];
  /** The message that started the clarification. */
  question: string;
  slots: SlotValues;
  /** The slot asked in the previous turn, if any. */
  asked?: string;
  /** True once the current question has been asked again. */
  retried: boolean;
  /** Slot values before each answer, for 返回. */
  history: SlotValues[];
  /** The replies that answered, in order (masked like the question): the question as finally asked is read with them. */
  replies?: string[];
}

export type ClarifyResult =
  | {
    kind: 'answer'; answerId: string; intent: string; score: number; alternatives?: { intent: string; score: number }[]; question: string; slots: SlotValues;
    /** The question read with the replies that answered it ("登录不上，验证码错误"), if any: what a follow-up goes on from. */
    reading?: string;
  }
  | { kind: 'newQuestion'; text: string; carried: SlotValues }
  | { kind: 'gaveUp' };

export class ClarifyDialog extends InterruptibleDialog {
  constructor(recognizer: FaqRecognizer, replies: ReplyFactory, private readonly usage: UsageLog, private readonly browser: KnowledgeBrowser,
    forget?: ForgetQuestion) {
    super(CLARIFY_DIALOG, recognizer, replies, forget);
    this.addDialog(new TextPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(WATERFALL, [this.askStep.bind(this), this.interpretStep.bind(this)]));
    this.initialDialogId = WATERFALL;
  }

  private async askStep(step: WaterfallStepContext<ClarifyOptions>): Promise<DialogTurnResult> {
    const options = step.options;
    const intent = this.recognizer.intent(options.intent);
    const plan = planAnswer(intent, options.slots);
    if (plan.kind === 'answer') {
      const replies = options.replies ?? [];
      const result: ClarifyResult = {
        kind: 'answer', answerId: plan.answerId, intent: intent.id, score: options.score, alternatives: options.alternatives, question: options.question,
        slots: options.slots, ...(replies.length > 0 ? { reading: replies.reduce(readTogether, options.question) } : {}),
      };
      return step.endDialog(result);
    }
    if (plan.kind === 'none') return this.giveUp(step, options);
    const slot = this.recognizer.slotDefinition(plan.slot);
    const retry = options.retried && options.asked === plan.slot;
    options.asked = plan.slot;
    return step.prompt(PROMPT, { prompt: this.replies.question(slot, retry) });
  }

  private async interpretStep(step: WaterfallStepContext<ClarifyOptions>): Promise<DialogTurnResult> {
    const options = step.options;
    const text = typeof step.result === 'string' ? step.result : '';
    // 目录, 搜索 or a clicked answer leaves the question for the main dialog to handle.
    if (this.browser.commandOf(step.context.activity)) {
      const result: ClarifyResult = { kind: 'newQuestion', text, carried: options.slots };
      return step.endDialog(result);
    }
    const intent = this.recognizer.intent(options.intent);
    // "第一个" or "2": the choice of that place among the buttons just shown, as after "您是想问".
    const asked = options.asked === undefined ? undefined : this.recognizer.slotDefinition(options.asked);
    const picked = asked === undefined ? undefined : chosenIndex(text, asked.choices.length);
    const stated = asked !== undefined && picked !== undefined ? { [asked.name]: asked.choices[picked].value }
      : this.recognizer.slotExtractor.extract(text, { slots: intent.ask, asked: options.asked });
    const answered = Object.keys(stated).length > 0;

    // A reply may be a new question ("法人授权时提示没有权限"). When it did answer, only what it
    // says besides the answer, and besides the words of the question asked, counts ("我登录后是自然人",
    // "登进去是单位" answer "您登录…之后，账号的角色是…": they are no question about 登录). Nor is a
    // reply that, read after the question, still asks it ("忘记登录名了" → "密码也忘了").
    const rest = answered ? this.residualOfAnswer(text, intent.ask, options.asked) : text;
    // A reply whose slot word is part of another question ("主代办人填谁" after 申诉的问题: 主代办人 says 法人)
    // asks that question, unless it leads to the same answers ("登录名也忘了" after 忘记密码).
    const asksAnew = (rest !== '' && this.recognizer.isNewQuestion(rest, intent.id))
      || (answered && this.recognizer.asksForAnotherAnswer(text, intent.id));
    const addsToQuestion = asksAnew && this.recognizer.addsTo(options.question, text, intent.id);
    // An answer that adds what rules the question out ("法人，单位改过名字" to 登录名与密码都忘记了, which avoids 变更:
    // the renamed unit has its own way back) makes it another question: read anew, not answered as first asked.
    if (answered && !asksAnew && this.recognizer.rulesOut(readTogether(options.question, text), options.question, intent.id)) {
      const result: ClarifyResult = { kind: 'newQuestion', text, carried: { ...options.slots, ...stated } };
      return step.endDialog(result);
    }
    if (asksAnew && !addsToQuestion) {
      const result: ClarifyResult = { kind: 'newQuestion', text, carried: { ...options.slots, ...stated } };
      return step.endDialog(result);
    }
    // Said more about the question, not what was asked: asked again as at first, not as a reply not understood.
    if (addsToQuestion && !answered) return step.replaceDialog(WATERFALL, { ...options, question: readTogether(options.question, text) });
    // Not an answer but a refinement of the question ("申诉的问题" → "要等几天"): read with it, it may be
    // another question of the FAQ, asked as clearly as a new one must be, or, when the reply asks something
    // ("需要多长时间"), as clearly as any answer (refinesIntoNewQuestion).
    if (!answered) {
      const refined = this.recognizer.refinesIntoNewQuestion(options.question, text, intent.id);
      if (refined !== undefined) {
        const result: ClarifyResult = { kind: 'newQuestion', text: refined, carried: options.slots };
        return step.endDialog(result);
      }
    }
    if (answered) {
      const next: ClarifyOptions = {
        ...options,
        slots: relevantSlots(intent, { ...options.slots, ...stated }),
        retried: false,
        history: [...options.history, options.slots],
        replies: [...(options.replies ?? []), maskPersonalData(text)],
      };
      return step.replaceDialog(WATERFALL, next);
    }
    if (!options.retried) return step.replaceDialog(WATERFALL, { ...options, retried: true });
    return this.giveUp(step, options);
  }

  private residualOfAnswer(text: string, slots: readonly string[], asked: string | undefined): string {
    const residual = this.recognizer.slotExtractor.residualWords(text, { slots, asked });
    if (asked === undefined) return residual.join(' ');
    // Inside the question's text, not only its words: "登" of "登进去" is part of its 登录.
    const question = this.recognizer.pipeline.canonicalize(this.recognizer.slotDefinition(asked).question).replace(/ /g, '');
    return residual.filter((w) => !question.includes(w)).join(' ');
  }

  /** Offers the intent's possible answers directly, and the way to a person. */
  private async giveUp(step: WaterfallStepContext<ClarifyOptions>, options: ClarifyOptions): Promise<DialogTurnResult> {
    const answers = answersOf(this.recognizer.intent(options.intent));
    this.usage.record({
      type: 'unanswered', reason: 'gaveUp', text: options.question, topIntent: options.intent, score: options.score,
      candidates: answers, ...turnOrigin(step.context.activity),
    });
    const titles = answers.map((id) => this.replies.entry(id).title);
    await step.context.sendActivity(this.replies.message(this.replies.text('clarifyGiveUp'), titles, InputHints.AcceptingInput));
    const result: ClarifyResult = { kind: 'gaveUp' };
    return step.endDialog(result);
  }

  protected override async goBack(innerDc: DialogContext): Promise<DialogTurnResult> {
    // The prompt is on top of the stack; the waterfall below it holds the options.
    const options = innerDc.stack.find((d) => d.id === WATERFALL)?.state?.options as ClarifyOptions | undefined;
    const previous = options?.history[options.history.length - 1];
    if (!options || previous === undefined) return super.goBack(innerDc);
    const back: ClarifyOptions = { ...options, slots: previous, retried: false, history: options.history.slice(0, -1), replies: options.replies?.slice(0, -1) };
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(WATERFALL, back);
  }
}
