// Routes one message: a control command, an answer, a clarification, a "did you mean", or an
// honest "I don't know" with the closest candidates and the way to a person.
import { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { planAnswer, relevantSlots } from '../bot/answerPlanner';
import { clientInfoOf } from '../bot/clientInfo';
import { Command, KnowledgeBrowser } from '../bot/knowledgeBrowser';
import { FaqRecognizer, ScoredIntent } from '../bot/faqRecognizer';
import { ControlKind, SlotValues } from '../bot/model';
import { chosenIndex } from '../bot/ordinalChoice';
import { maskPersonalData } from '../bot/privacy';
import { AnswerMeta, ReplyFactory } from '../bot/replyFactory';
import { turnOrigin, UsageLog } from '../bot/usageLog';
import { CLARIFY_DIALOG, ClarifyDialog, ClarifyOptions, ClarifyResult } from './clarifyDialog';

export const MAIN_DIALOG = 'mainDialog';
const WATERFALL = 'mainWaterfall';
/** Answers a search lists at most. */
const SEARCH_RESULTS = 8;
/** Runner-ups shown to staff with an answer. */
const RUNNER_UPS = 4;

function runnerUps(ranking: ScoredIntent[], chosen: string): { intent: string; score: number }[] {
  return ranking.filter((r) => r.intent !== chosen).slice(0, RUNNER_UPS).map((r) => ({ intent: r.intent, score: r.score }));
}

export interface MainOptions {
  /** A question handed back by the clarifying dialog; otherwise the turn's own text. */
  text?: string;
  /** Slot values already known from the conversation so far. */
  carried?: SlotValues;
}

/** The user's last question, kept for one message: what a follow-up is read against. */
export interface RecentQuestion {
  text: string;
  /** The intents the reply to it offered ("您是想问", candidates): what "第二个" or "实名的时候" picks from. */
  offered?: string[];
  /**
   * Who the user is (the slots about the user: userType, role), as they have said it: alone ("我是法人用户"),
   * in reply to a clarifying question, or in a question answered for it ("法人登录后在哪改密码"). It holds for
   * every later question of the conversation unless a message says otherwise: "自然人" said for 高企 is not
   * asked again for 火炬统计调查. Not what a question says of others ("怎么给个人账号授权" is asked by a 法人).
   */
  user?: SlotValues;
  /**
   * What the clarifying questions established for the question answered last ("忘记密码" → "记得"): a reply
   * that reads as that question again ("法人") keeps them instead of asking again.
   */
  settled?: { intent: string; slots: SlotValues };
}

/**
 * Who the user is, with what a message said added. A value that contradicts one said before forgets both: a
 * conversation that said 个人 and then 单位 asks again, as one message saying both does (slot extraction).
 */
function mergeUser(known: SlotValues | undefined, said: SlotValues | undefined): SlotValues {
  const merged: SlotValues = { ...known };
  for (const [slot, value] of Object.entries(said ?? {})) {
    if (merged[slot] !== undefined && merged[slot] !== value) delete merged[slot];
    else merged[slot] = value;
  }
  return merged;
}

/** Slot values, without those about the user that `own` (what the message itself says) does not state. */
function withoutUser(slots: SlotValues, own: SlotValues, recognizer: FaqRecognizer): SlotValues {
  const about = recognizer.aboutUser(slots);
  return Object.fromEntries(Object.entries(slots).filter(([name, value]) => about[name] === undefined || own[name] === value));
}

export class MainDialog extends ComponentDialog {
  /**
   * @param recentQuestion where the last question is kept between turns (conversation state);
   *   without it every message is read alone.
   */
  constructor(
    private readonly recognizer: FaqRecognizer,
    private readonly replies: ReplyFactory,
    private readonly usage: UsageLog,
    private readonly browser: KnowledgeBrowser,
    private readonly recentQuestion?: StatePropertyAccessor<RecentQuestion>,
  ) {
    super(MAIN_DIALOG);
    this.addDialog(new ClarifyDialog(recognizer, replies, usage, browser, async (context) => { await this.recentQuestion?.delete(context); }));
    this.addDialog(new WaterfallDialog(WATERFALL, [this.routeStep.bind(this), this.finishStep.bind(this)]));
    this.initialDialogId = WATERFALL;
  }

  private async routeStep(step: WaterfallStepContext<MainOptions>): Promise<DialogTurnResult> {
    const options = step.options ?? {};
    const text = options.text ?? step.context.activity.text ?? '';
    const activity = step.context.activity;
    const command = this.browser.commandOf(options.text === undefined || options.text === activity.text ? activity : { text });
    if (command) {
      await this.command(step.context, command);
      return step.endDialog();
    }
    const previous = await this.recentQuestion?.get(step.context);
    const offered = previous?.offered ?? [];
    // "2" or "第二个" after "您是想问" is a click on the second choice: read as its title. So is a bare yes ("是的")
    // when one question was offered.
    const picked = chosenIndex(text, offered.length) ?? (offered.length === 1 && this.recognizer.affirms(text) ? 0 : undefined);
    const question = picked === undefined ? text : this.recognizer.intent(offered[picked]).title;
    const { recognition, decision, reading, followedAdvice } = this.recognizer.decideInContext(question, previous?.text, offered);
    if (decision.kind === 'control') await this.recentQuestion?.delete(step.context);
    // Kept in conversation state, which may be storage on disk: masked like every log.
    else {
      const now = decision.kind === 'intent' ? [] : decision.candidates.map((c) => c.intent);
      const user = mergeUser(previous?.user, decision.kind === 'none' ? decision.statesUser : undefined);
      // A follow-up answered as read with the question before is that question, for the next follow-up too.
      const asked = decision.kind === 'intent' && reading !== undefined ? reading : question;
      await this.recentQuestion?.set(step.context, {
        text: maskPersonalData(asked), ...(now.length > 0 ? { offered: now } : {}), ...(Object.keys(user).length > 0 ? { user } : {}),
      });
    }
    switch (decision.kind) {
      case 'control':
        await this.control(step.context, decision.control);
        return step.endDialog();
      case 'ambiguous':
        this.recordUnanswered(step.context, 'ambiguous', text, decision.candidates);
        await step.context.sendActivity(this.replies.message(this.replies.text('didYouMean'),
          [...this.titles(decision.candidates), this.replies.text('noneOfThese')]));
        return step.endDialog();
      case 'none':
        if (decision.statesUser && decision.candidates.length === 0) {
          await step.context.sendActivity(this.replies.message(this.replies.text('userNoted')));
          return step.endDialog();
        }
        this.recordUnanswered(step.context, 'none', text, decision.candidates, recognition.ranking[0]);
        await this.fallback(step.context, decision.candidates);
        return step.endDialog();
      case 'intent': {
        const meta: AnswerMeta = { intent: decision.intent, score: decision.score, alternatives: runnerUps(recognition.ranking, decision.intent) };
        if (decision.answerId) {
          await this.answer(step.context, decision.answerId, meta, text, followedAdvice);
          return step.endDialog();
        }
        const intent = this.recognizer.intent(decision.intent);
        // Who the user said they were ("我是法人用户", "自然人" for an earlier question), unless this message says otherwise.
        const settled = previous?.settled?.intent === intent.id ? previous.settled.slots : {};
        // Not for a question about someone else ("员工自己的密码怎么改" after "我是法人用户"), nor what a reading with
        // the question before took from it ("我是法人" → "同事的账号密码忘了"): only what this message says of them.
        const aboutOthers = this.recognizer.namesOthers(recognition);
        const user = aboutOthers ? {} : previous?.user;
        const said = aboutOthers ? withoutUser(recognition.slots, this.recognizer.recognizeText(question).slots, this.recognizer) : recognition.slots;
        const slots = relevantSlots(intent, { ...user, ...settled, ...options.carried, ...said });
        const plan = planAnswer(intent, slots);
        if (plan.kind === 'answer') {
          await this.answer(step.context, plan.answerId, meta, text, followedAdvice);
          await this.noteUser(step.context, slots, question);
          return step.endDialog();
        }
        const clarify: ClarifyOptions = {
          intent: intent.id, score: decision.score, alternatives: meta.alternatives, question: maskPersonalData(text), slots, retried: false, history: [],
        };
        return step.beginDialog(CLARIFY_DIALOG, clarify);
      }
    }
  }

  private async finishStep(step: WaterfallStepContext<MainOptions>): Promise<DialogTurnResult> {
    const result = step.result as ClarifyResult | undefined;
    if (result?.kind === 'answer') {
      await this.answer(step.context, result.answerId, result, result.question);
      const recent = await this.recentQuestion?.get(step.context);
      // What follows goes on from the question as finally asked: "登录不上" answered "验证码错误" is the 验证码 question.
      // (Masked already: the question and each reply were masked as the clarification kept them.)
      const text = result.reading ?? recent?.text;
      if (recent && text !== undefined) await this.recentQuestion?.set(step.context, { ...recent, text, settled: { intent: result.intent, slots: result.slots } });
      await this.noteUser(step.context, result.slots, result.question);
    } else if (result?.kind === 'newQuestion') {
      // Who the user said they were in reply ("法人") holds, though the reply to come ("谢谢") leaves the question.
      if (result.carried) await this.noteUser(step.context, result.carried, result.text);
      const next: MainOptions = { text: result.text, carried: result.carried };
      return step.replaceDialog(WATERFALL, next);
    }
    return step.endDialog();
  }

  /**
   * Keeps who the user is, as an answer's slots said it, for the conversation's later questions (RecentQuestion.user);
   * not when the question was about someone else ("员工自己的密码怎么改": the 自然人 is the employee).
   */
  private async noteUser(context: TurnContext, slots: SlotValues, question: string): Promise<void> {
    if (this.recognizer.namesOthers(this.recognizer.recognizeText(question))) return;
    const recent = await this.recentQuestion?.get(context);
    const said = this.recognizer.aboutUser(slots);
    if (recent && Object.keys(said).length > 0) await this.recentQuestion?.set(context, { ...recent, user: mergeUser(recent.user, said) });
  }

  /** Sends an answer and records it: its counts make the 热点问题, its low scores a review list. */
  private async answer(context: TurnContext, answerId: string, meta: AnswerMeta, question: string, followedAdvice = false): Promise<void> {
    const client = clientInfoOf(context.activity);
    await context.sendActivity(this.replies.answer(answerId, meta, followedAdvice ? { ...client, followedAdvice } : client));
    this.usage.record({
      type: 'answer', kbId: answerId, intent: meta.intent, score: meta.score, text: question,
      lowConfidence: meta.score < this.recognizer.settings.lowConfidenceBelow,
      ...turnOrigin(context.activity),
    });
  }

  /** 目录, 搜索 and a clicked answer: staff find any answer in two clicks. */
  private async command(context: TurnContext, command: Command): Promise<void> {
    const fill = (key: Parameters<ReplyFactory['text']>[0], values: Record<string, string | number>): string =>
      this.replies.text(key, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])));
    switch (command.kind) {
      case 'open': {
        const intent = this.browser.ownerIntent(command.kbId);
        await this.answer(context, command.kbId, { intent, score: 1 }, this.replies.entry(command.kbId).title);
        return;
      }
      case 'catalogue': {
        const category = command.category ? this.browser.category(command.category) : undefined;
        if (category) {
          await context.sendActivity(this.replies.list(fill('catalogueCategory', { category: category.name, count: category.entries.length }),
            category.entries.map((e) => ({ title: e.title, value: { kbId: e.id, text: e.title } }))));
        } else {
          const word = this.browser.catalogueWord;
          await context.sendActivity(this.replies.list(fill('catalogueIntro', { count: this.browser.categories.length }),
            this.browser.categories.map((c) => ({ title: `${c.name}（${c.entries.length}）`, value: { text: `${word} ${c.name}` } }))));
        }
        return;
      }
      case 'search': {
        if (!command.keyword) {
          await context.sendActivity(this.replies.message(this.replies.text('searchUsage')));
          return;
        }
        const found = this.browser.search(command.keyword, SEARCH_RESULTS);
        const keyword = KnowledgeBrowser.shown(command.keyword);
        await context.sendActivity(found.length === 0
          ? this.replies.message(fill('searchNone', { keyword }))
          : this.replies.list(fill('searchResults', { keyword, count: found.length }),
            found.map((e) => ({ title: e.title, value: { kbId: e.id, text: e.title } }))));
        return;
      }
    }
  }

  private recordUnanswered(context: TurnContext, reason: 'none' | 'ambiguous', text: string, candidates: ScoredIntent[], top?: ScoredIntent): void {
    this.usage.record({
      type: 'unanswered', reason, text, candidates: candidates.map((c) => c.intent),
      topIntent: top?.intent ?? candidates[0]?.intent, score: top?.score ?? candidates[0]?.score ?? 0,
      ...turnOrigin(context.activity),
    });
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
