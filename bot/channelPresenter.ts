// Fits the bot's replies to where they are shown, so dialogs never think about channels.
// Microsoft Teams, where help-desk staff meet the bot: answers become Adaptive Cards (title, steps,
// source, why it was chosen and the runner-ups, related questions and 好差评 as buttons); in group
// chats and channels, where Teams shows no suggested actions, choices become card buttons.
// Everywhere else replies go out as the dialogs made them (Markdown, suggested actions).
import { Activity, Channels, TurnContext } from 'botbuilder';
import { ClientInfo, clientInfoOf } from './clientInfo';
import { AnswerChannelData, Reply, ReplyFactory } from './replyFactory';

/** What a conversation's client can show, and who reads it. */
export interface ChannelTraits {
  /** Answers as Adaptive Cards rather than Markdown text. */
  answerCards: boolean;
  /** Suggested actions are shown (Teams: only in personal chats). */
  suggestedActions: boolean;
  /** The readers are help-desk staff: show why an answer was chosen. */
  staff: boolean;
}

export function channelTraits(activity: Partial<Activity>): ChannelTraits {
  if (activity.channelId === Channels.Msteams) {
    const type = activity.conversation?.conversationType;
    return { answerCards: true, suggestedActions: type === undefined || type === 'personal', staff: true };
  }
  return { answerCards: false, suggestedActions: true, staff: false };
}

function isAnswer(activity: Partial<Activity>): activity is Partial<Activity> & { channelData: AnswerChannelData } {
  return typeof (activity.channelData as { kbId?: unknown } | undefined)?.kbId === 'string';
}

export class ChannelPresenter {
  constructor(private readonly replies: ReplyFactory) {}

  /** Takes the turn's incoming activity as the bot should read it: @mention removed, a card click's words as text. */
  readIncoming(context: TurnContext): void {
    const activity = context.activity;
    if (activity.type !== 'message') return;
    if (typeof activity.text === 'string' && activity.channelId === Channels.Msteams) {
      // In channels and group chats the message starts with "<at>bot name</at>".
      TurnContext.removeRecipientMention(activity);
      activity.text = activity.text.replace(/<at>[^<]*<\/at>/g, '').replace(/&nbsp;/g, ' ').trim();
    }
    const value = activity.value as { text?: unknown } | undefined;
    if ((typeof activity.text !== 'string' || activity.text.trim() === '') && typeof value?.text === 'string') activity.text = value.text;
  }

  /** Registers the reshaping of every reply this turn sends. */
  attach(context: TurnContext): void {
    const traits = channelTraits(context.activity);
    if (!traits.answerCards && traits.suggestedActions) return;
    const client = clientInfoOf(context.activity);
    context.onSendActivities(async (_ctx, activities, next) => {
      for (let i = 0; i < activities.length; i++) activities[i] = this.present(activities[i], traits, client);
      return next();
    });
  }

  present(activity: Partial<Activity>, traits: ChannelTraits, client: ClientInfo): Partial<Activity> {
    if (activity.type !== 'message') return activity;
    if (traits.answerCards && isAnswer(activity)) {
      const entry = this.replies.entry(activity.channelData.kbId);
      // The card carries everything, the related questions and the ratings too; kbId stays in channelData.
      const { suggestedActions: _related, attachments: _rating, text: _text, ...rest } = activity;
      return { ...rest, summary: entry.title, attachments: [this.replies.answerCard(activity.channelData, client, traits.staff)] };
    }
    if (!traits.suggestedActions && activity.suggestedActions && activity.suggestedActions.actions.length > 0) {
      // One card holds the question and its choices, so they stay together in a busy channel.
      const { suggestedActions, text, ...rest } = activity;
      const choices: Reply = this.replies.list(text || this.replies.text('choicesIntro'),
        suggestedActions.actions.map((a) => ({ title: a.title ?? String(a.value), value: { text: String(a.value) } })));
      return { ...rest, summary: text, attachments: [...(rest.attachments ?? []), ...(choices.attachments ?? [])] };
    }
    return activity;
  }
}

