// Turns knowledge entries and bot messages into activities, keeping the channel contract
// (../shared/spec/channel-contract.md): answers carry channelData.kbId, intent and score;
// choices are imBack suggested actions, so a click sends the choice's words back.
import { ActionTypes, Activity, ActivityTypes, Attachment, CardAction, CardFactory, InputHints } from 'botbuilder';
import { answersOf } from './answerPlanner';
import { browserLabel, ClientInfo, onRecommendedBrowser } from './clientInfo';
import { SubmitValue } from './knowledgeBrowser';
import { FaqModel, KnowledgeEntry, MessageKey, SlotDefinition } from './model';

export interface AnswerMeta {
  intent: string;
  score: number;
  /** The runner-up intents, best first (for staff: what else it could have been). */
  alternatives?: { intent: string; score: number }[];
}

/** A runner-up as channelData and staff see it. */
export interface Alternative {
  intent: string;
  title: string;
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
  alternatives: Alternative[];
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
/** Teams renders Adaptive Cards up to 1.5. */
const CARD_VERSION = '1.5';

/** One button of a list card: its label and what a click sends back (SubmitValue). */
export interface ListItem {
  title: string;
  value: SubmitValue;
}

type CardElement = Record<string, unknown>;

function submit(title: string, data: object): CardElement {
  return { type: 'Action.Submit', title, data };
}

function adaptiveCard(body: CardElement[], actions: CardElement[] = []): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: CARD_VERSION,
    body, ...(actions.length > 0 ? { actions } : {}),
  });
}

export class ReplyFactory {
  /** welcomeQuestions: the answers the welcome offers (热点问题); the configured list by default. */
  constructor(private readonly model: FaqModel, private readonly welcomeQuestions: () => readonly string[] = () => model.messages.popularQuestions) {}

  get messages(): FaqModel['messages'] {
    return this.model.messages;
  }

  /** "来源：一、1.2": the FAQ section an answer comes from, as staff quote it. */
  sourceLine(entry: KnowledgeEntry): string | undefined {
    return entry.source ? `${this.text('sourcePrefix')}${entry.source.replace(/\s+/, '、')}` : undefined;
  }

  private leadsOnlyTo(intentId: string, kbId: string): boolean {
    const intent = this.model.intents.find((i) => i.id === intentId);
    const answers = intent ? answersOf(intent) : [];
    return answers.length === 1 && answers[0] === kbId;
  }

  /** The title users and staff know an intent by (its own, else its answer's). */
  intentTitle(intentId: string): string {
    const intent = this.model.intents.find((i) => i.id === intentId);
    return intent?.title ?? intentId;
  }

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
    const source = this.sourceLine(entry);
    if (source) parts.push(`*${source}*`);
    return parts.join('\n\n');
  }

  /**
   * The entry's answer with its browser advice placed, given what the client said: unknown browser,
   * the FAQ's advice as it is; another browser or an old Chrome, the advice naming what they use;
   * the recommended one, no advice (and the entry's `otherwise` where the advice was the answer); followed already
   * by the user's word, the entry's `otherwise` or where to turn (messages.adviceFollowed).
   */
  answerBody(entry: KnowledgeEntry, client: ClientInfo): { answer: string; before?: string; after?: string } {
    const advice = entry.browserAdvice;
    if (!advice) return { answer: entry.answer };
    const policy = this.model.messages.browser;
    const browser = client.browser;
    const adviceText = advice.place === 'answer' ? entry.answer : advice.text;
    let text: string | undefined = adviceText;
    if (client.followedAdvice) {
      // Told again to change browser, a user who has is told where to turn: the entry's own words for those on it, or the general ones.
      const recommended = policy.names[policy.recommended] ?? policy.recommended;
      text = advice.otherwise?.replace(/\{browser\}/g, recommended) ?? this.text('adviceFollowed', { browser: recommended });
    } else if (browser && onRecommendedBrowser(browser, policy)) {
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
      // Runner-ups that would have led to this same answer tell staff nothing.
      alternatives: (meta.alternatives ?? []).filter((a) => !this.leadsOnlyTo(a.intent, entry.id)).map((a) => ({
        intent: a.intent, title: this.intentTitle(a.intent), score: Math.round(a.score * 1000) / 1000,
      })),
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

  /** A message with a list of buttons, one a line: where suggested actions are not shown or too few. */
  list(text: string, items: ListItem[]): Reply {
    const body: CardElement[] = [{ type: 'TextBlock', text, wrap: true }];
    for (const item of items) body.push({ type: 'ActionSet', actions: [submit(item.title, item.value)] });
    return { type: ActivityTypes.Message, attachments: [adaptiveCard(body)], summary: text, inputHint: InputHints.AcceptingInput };
  }

  /**
   * An answer as an Adaptive Card (Teams): title, answer, numbered steps, notes, source; for staff
   * also why it was chosen and the runner-ups; related questions and the 好差评 buttons as actions.
   */
  answerCard(data: AnswerChannelData, client: ClientInfo, staff: boolean): Attachment {
    const entry = this.entry(data.kbId);
    const body = this.answerBody(entry, client);
    const blocks: CardElement[] = [];
    const text = (t: string, extra: object = {}): CardElement => ({ type: 'TextBlock', text: t, wrap: true, ...extra });
    if (entry.source) blocks.push(text(entry.title, { weight: 'Bolder', size: 'Medium' }));
    blocks.push(text(body.answer));
    if (body.before) blocks.push(text(body.before));
    // One block a step: list Markdown inside a TextBlock renders differently on each Teams client.
    entry.steps.forEach((step, i) => blocks.push(text(`${i + 1}. ${step}`, { spacing: 'Small' })));
    if (body.after) blocks.push(text(body.after));
    for (const line of (entry.note ?? '').split('\n').map((l) => l.trim()).filter(Boolean)) blocks.push(text(line));
    const source = this.sourceLine(entry);
    if (source) blocks.push(text(source, { isSubtle: true, size: 'Small', spacing: 'Medium' }));
    if (staff) {
      const facts = [
        { title: this.text('staffIntent'), value: `${this.intentTitle(data.intent)}（${data.intent}）` },
        { title: this.text('staffConfidence'), value: data.score.toFixed(2) },
        ...data.alternatives.map((a, i) => ({ title: i === 0 ? this.text('staffRunnerUps') : ' ', value: `${a.title}（${a.score.toFixed(2)}）` })),
      ];
      blocks.push({ type: 'Container', style: 'emphasis', spacing: 'Medium', items: [text(this.text('staffWhy'), { weight: 'Bolder', size: 'Small' }), { type: 'FactSet', facts }] });
    }
    const related = entry.related.map((id) => this.entry(id));
    if (related.length > 0) {
      blocks.push(text(this.text('relatedIntro'), { weight: 'Bolder', size: 'Small', spacing: 'Medium' }));
      for (const r of related) blocks.push({ type: 'ActionSet', actions: [submit(r.title, { kbId: r.id, text: r.title } satisfies SubmitValue)] });
    }
    const ratings = entry.source
      ? [text(this.text('ratingPrompt'), { size: 'Small', spacing: 'Medium' }), {
        type: 'ActionSet',
        actions: this.model.messages.ratings.map((r) => submit(r.label, { rating: r.value, kbId: entry.id } satisfies RatingValue)),
      }]
      : [];
    return adaptiveCard([...blocks, ...ratings]);
  }

  private actions(titles: string[]): { actions: CardAction[]; to: string[] } {
    const unique = [...new Set(titles)].slice(0, MAX_CHOICES);
    return { actions: unique.map((t) => ({ type: ActionTypes.ImBack, title: t, value: t })), to: [] };
  }
}
