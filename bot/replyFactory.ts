// Turns knowledge entries and bot messages into activities, keeping the channel contract
// (../shared/spec/channel-contract.md): answers carry channelData.kbId, intent and score;
// choices are imBack suggested actions, so a click sends the choice's words back.
import { ActionTypes, Activity, ActivityTypes, Attachment, CardAction, CardFactory, InputHints } from 'botbuilder';
import { browserLabel, ClientInfo, onRecommendedBrowser } from './clientInfo';
import { FaqModel, KnowledgeEntry, MessageKey, SlotDefinition } from './model';

export interface AnswerMeta {
  intent: string;
  score: number;
}

/** What every answer carries in channelData. */
export interface AnswerChannelData {
  kbId: string;
  intent: string;
  score: number;
  title: string;
  source?: string;
  category: string;
}

export type Reply = Partial<Activity>;

/** What a rating button sends back in `value` (messageBack), so a click is never mistaken for a question. */
export interface RatingValue {
  rating: number;
  kbId: string;
}

export function isRatingValue(value: unknown): value is RatingValue {
  const v = value as Partial<RatingValue> | null | undefined;
  return typeof v === 'object' && v !== null && typeof v.rating === 'number' && typeof v.kbId === 'string';
}

/** Suggested actions hold at most this many buttons before they become noise. */
const MAX_CHOICES = 5;

export class ReplyFactory {
  /** welcomeQuestions: the answers the welcome offers (热点问题); the configured list by default. */
  constructor(private readonly model: FaqModel, private readonly welcomeQuestions: () => readonly string[] = () => model.messages.popularQuestions) {}

  entry(id: string): KnowledgeEntry {
    const entry = this.model.knowledge.get(id);
    if (!entry) throw new Error(`ReplyFactory.entry(): no knowledge entry with the id '${id}'`);
    return entry;
  }

  text(key: MessageKey, values: Record<string, string> = {}): string {
    return this.model.messages.text[key].replace(/\{(\w+)\}/g, (m, name: string) => values[name] ?? m);
  }

  /** The answer of a knowledge entry, as Markdown: title, answer, numbered steps, note. */
  answerText(entry: KnowledgeEntry, client: ClientInfo = {}): string {
    const body = this.answerBody(entry, client);
    // FAQ answers open with their question; a greeting or a thank-you does not.
    const parts = entry.source ? [`**${entry.title}**`, body.answer] : [body.answer];
    if (body.before) parts.push(body.before);
    if (entry.steps.length > 0) parts.push(entry.steps.map((s, i) => `${i + 1}. ${s}`).join('\n'));
    if (body.after) parts.push(body.after);
    if (entry.note) parts.push(...entry.note.split('\n').map((line) => line.trim()).filter(Boolean));
    return parts.join('\n\n');
  }

  /**
   * The entry's answer with its browser advice placed, given what the client said: unknown browser,
   * the FAQ's advice as it is; another browser or an old Chrome, the advice naming what they use;
   * the recommended one, no advice (and the entry's `otherwise` where the advice was the answer).
   */
  answerBody(entry: KnowledgeEntry, client: ClientInfo): { answer: string; before?: string; after?: string } {
    const advice = entry.browserAdvice;
    if (!advice) return { answer: entry.answer };
    const policy = this.model.messages.browser;
    const browser = client.browser;
    const adviceText = advice.place === 'answer' ? entry.answer : advice.text;
    let text: string | undefined = adviceText;
    if (browser && onRecommendedBrowser(browser, policy)) {
      text = advice.otherwise?.replace(/\{browser\}/g, browserLabel(browser, policy));
    } else if (browser) {
      text = `${this.text('browserNotice', { browser: browserLabel(browser, policy) })}${adviceText}`;
    }
    if (advice.place === 'answer') return { answer: text ?? entry.answer };
    return { answer: entry.answer, [advice.place]: text };
  }

  answer(id: string, meta: AnswerMeta, client: ClientInfo = {}): Reply {
    const entry = this.entry(id);
    const channelData: AnswerChannelData = {
      kbId: entry.id,
      intent: meta.intent,
      score: Math.round(meta.score * 1000) / 1000,
      title: entry.title,
      category: entry.category,
      ...(entry.source ? { source: entry.source } : {}),
    };
    const related = entry.related.map((r) => this.entry(r).title);
    return {
      type: ActivityTypes.Message,
      text: this.answerText(entry, client),
      textFormat: 'markdown',
      channelData,
      inputHint: InputHints.AcceptingInput,
      // FAQ answers are rated (好差评); a greeting or a thank-you is not.
      ...(entry.source ? { attachments: [this.ratingCard(entry.id)] } : {}),
      ...(related.length > 0 ? { suggestedActions: this.actions(related) } : {}),
    };
  }

  /** The 好差评 buttons under an answer: small, one click, and out of the way of the next question. */
  ratingCard(kbId: string): Attachment {
    const buttons: CardAction[] = this.model.messages.ratings.map((r) => ({
      type: ActionTypes.MessageBack,
      title: r.label,
      text: r.label,
      displayText: r.label,
      value: { rating: r.value, kbId } satisfies RatingValue,
    }));
    return CardFactory.heroCard('', this.text('ratingPrompt'), [], buttons);
  }

  /** The rating a typed or clicked label stands for. */
  ratingOf(text: string): number | undefined {
    const t = text.trim();
    return this.model.messages.ratings.find((r) => r.label === t)?.value;
  }

  ratingLabel(value: number): string {
    return this.model.messages.ratings.find((r) => r.value === value)?.label ?? String(value);
  }

  /** A clarifying question with its choices; no kbId. */
  question(slot: SlotDefinition, retry: boolean): Reply {
    const text = retry ? this.text('clarifyRetry', { question: slot.question }) : slot.question;
    return this.message(text, slot.choices.map((c) => c.title), InputHints.ExpectingInput);
  }

  /** A message with optional choices; no kbId. */
  message(text: string, choices: string[] = [], hint: InputHints = InputHints.AcceptingInput): Reply {
    return {
      type: ActivityTypes.Message,
      text,
      inputHint: hint,
      ...(choices.length > 0 ? { suggestedActions: this.actions(choices) } : {}),
    };
  }

  /** The welcome, offering the hot questions (热点问题) as choices. */
  welcome(): Reply {
    return this.message(this.text('welcome'), this.welcomeQuestions().map((id) => this.entry(id).title));
  }

  private actions(titles: string[]): { actions: CardAction[]; to: string[] } {
    const unique = [...new Set(titles)].slice(0, MAX_CHOICES);
    return { actions: unique.map((t) => ({ type: ActionTypes.ImBack, title: t, value: t })), to: [] };
  }
}
