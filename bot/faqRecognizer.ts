// The recognizer: a message in, a Bot Framework RecognizerResult out, with the full ranking
// of intents (never cut down to the winner), the slot values the message states, and the
// control command or clicked title it is, if any.
//
// Raw score of an intent = lexical similarity (bot/similarityIndex.ts) × (1 − γ + γ × p / p_max),
// where p is natural's Bayes probability over the same features and γ = classifierWeight:
// the classifier re-ranks near ties, while only similarity can lift a score from nothing.
// Then: × requireMissFactor for each reason the message rules the intent out (none of its
// `requires` words, the slot values of its `notWhen`, a problem reported solved; twice for one of
// its `avoids`); for a long message, the best of its clauses (focusOnClauses), ruled out the same way;
// and the reported score is the raw one through the Platt curve fitted on cross-validation
// (intents/recognizer.yaml).
import { RecognizerResult, TurnContext } from 'botbuilder';
import { ControlKind, CONTROL_KINDS, FaqModel, IntentDefinition, RecognizerSettings, SlotDefinition, SlotValues } from './model';
import { AnalyzedText, TextPipeline } from './nlp/textPipeline';
import { escapeRegExp, normalizeText, readablePart, wordAlternation } from './nlp/normalizer';
import { pinyinBigrams } from './nlp/pinyinFeatures';
import { daysWaited, longestWait, waitedBeyond } from './nlp/dayCounts';
import { rememberRecent } from './nlp/recentResults';
import { SimilarityIndex, IndexedDocument } from './similarityIndex';
import { IntentClassifier } from './intentClassifier';
import { SlotExtractor } from './slotExtractor';
import { answersOf } from './answerPlanner';

export const NONE_INTENT = 'None';

export interface ScoredIntent {
  intent: string;
  /** Calibrated (see RecognizerSettings.calibration), 0..1. */
  score: number;
  /** Before calibration: the similarity itself. */
  raw: number;
  /** natural's Bayes probability relative to the best class (1 = best), where it was computed. */
  bayes?: number;
}

export interface FaqRecognition {
  text: string;
  analyzed: AnalyzedText;
  /** Every intent, best first. */
  ranking: ScoredIntent[];
  /** How much the message looks like the out-of-scope examples (0..1). */
  noneScore: number;
  /** Slot values the message states, for every declared slot. */
  slots: SlotValues;
  /** The intents the message rules out by its words or facts, with the factor each was scaled by (penalizedIntents). */
  ruledOut: ReadonlyMap<string, number>;
  control?: ControlKind;
  /** The message tries to instruct the bot (vocabulary.injections): it gets no answer. */
  injection: boolean;
  /** The message is about another service (vocabulary.elsewhere) and names nothing of this platform: no answer. */
  elsewhere: boolean;
  /** The message compares two things (vocabulary.comparisons, "……有什么区别"): the FAQ defines none, no answer. */
  compares: boolean;
  /** A vocabulary.generalQuestions form about a single word ("验证码是什么意思"): no answer, candidates offered. */
  asksWhatOneWordIs: boolean;
  /** Short, and nothing but question words and vocabulary.vague ("在哪里操作"): names no problem. */
  onlyAsksWhereOrHow: boolean;
  /** One word that many intents share ("人遗"): a topic, not a problem (settings.topicWordIntents). */
  onlyNamesATopic: boolean;
  /** Says only that the problem persists (vocabulary.unsolved: "还是不行"), naming nothing of it. */
  saysOnlyUnsolved: boolean;
  /** The vocabulary.unsolved words it has ("还是不行"), canonical. */
  unsolved: string[];
  /** Reports the problem solved and asks nothing after that ("可以登录了，谢谢"). */
  closes: boolean;
  /** The message is exactly the title of an answer or an intent (a clicked choice). */
  exact?: { intent: string; answerId?: string };
}

export interface FaqRecognizerResult extends RecognizerResult {
  faq: FaqRecognition;
}

export type Decision =
  | { kind: 'control'; control: ControlKind }
  | { kind: 'intent'; intent: string; score: number; answerId?: string }
  | { kind: 'ambiguous'; candidates: ScoredIntent[] }
  | { kind: 'none'; candidates: ScoredIntent[]; statesUser?: SlotValues };

/** A message's recognition and decision, read alone or a second time (decideInContext). */
export interface ReadInContext {
  recognition: FaqRecognition;
  decision: Decision;
  /**
   * The message read together with the question before, when that reading decided ("单位名称变更后人遗项目丢失了，
   * 要发到哪个邮箱"): what the conversation goes on from, so a second detail asked is still about that answer.
   */
  reading?: string;
  /** The message says the answer's browser advice was followed and the problem persists ("换了谷歌也不行"). */
  followedAdvice?: boolean;
}

/** Characters the part after a contrast word needs before it is read on its own. */
const MIN_CONTRAST_TAIL_CHARS = 3;
/** A compact canonical text: does it have one of a list of words (requires, avoids)? */
type PhraseTest = (text: string) => boolean;
/** Characters at most between the parts of a "没有…权限" word. */
const PHRASE_GAP = 8;
/** Characters that negate the word they precede (不能用了 is no 能用了). */
const NEGATING = new Set(['不', '没', '未', '无']);
/** Characters at most of a bare topic word typed alone ("人遗", "人类遗传资源管理系统"). */
const MAX_TOPIC_CHARS = 12;
/**
 * Clause windows scored at most, so a pasted essay costs no more than a few messages. 6 decides as 8 did on
 * every conversation of tests/cases and the dev set (2026-11-27, 3,061 held-out); 5 made one answer wrong.
 */
const MAX_WINDOWS = 6;
/**
 * A story torn between two questions is read again from its end, where its question usually is: its last
 * clause alone, then with the two before it (+7 on 3,397 held-out conversations, none lost; the last two
 * clauses gained 1 of them, and 1 to 3 no more than 1 and 3, at one more reading).
 */
const LAST_CLAUSE_READINGS = [1, 3];
/** A question asked for a yes or a no ("能批量改吗"): its particle ends it (not 什么, 怎么: "姓名要填什么"). */
const YES_NO_QUESTION = /(?:吗|嘛|(?<![什怎多])么)$/u;
/** Words that make a message a question: what is left is a statement ("他实名了", "我检索了，信息不存在"). */
const ASKING = /[?？]|怎|咋|什么|啥|哪|谁|多久|多少|几|吗|嘛|呢|如何|为何|是否|能否|可否|要不要|是不是|能不能|可不可以|问/u;
/** "…呢" at the end, or 请问 first: asking about the thing named ("主代办人呢", "请问主代办人"). */
const ASKING_ABOUT = /^请问|呢$/gu;
/** Known content words a clause window needs before it may speak for the message. */
const MIN_WINDOW_WORDS = 2;
/** Words no example has, around greetings or thanks, that make them a question the FAQ does not answer. */
const UNKNOWN_WORDS_ASKING = 3;
/** Characters up to which a message with greetings or thanks is read without them too (withoutCourtesies). */
const COURTESY_MAX_CHARS = 40;

/** Best first; ties by id, so the ranking never depends on Map order (plain <: localeCompare is slow). */
function byScore(a: ScoredIntent, b: ScoredIntent): number {
  return b.score - a.score || (a.intent < b.intent ? -1 : a.intent > b.intent ? 1 : 0);
}

/** Words of a long message scored on their own (focusOnClauses); `bare`: what the system said, alone. */
interface ClauseWindow {
  words: string[];
  sounds: string[];
  bare?: boolean;
}

/** A decision on a second reading; what the message itself says about the user still holds. */
/**
 * A second reading's result. Read with the question before, the slots of both count; read from a part of
 * the message (after its contrast word, its last clauses), only the whole message's: "我是用个人账号登录的，
 * ……，请问是不是要用单位账号" states no role, though its last clause alone names 单位账号.
 */
function readAgain(message: FaqRecognition, again: FaqRecognition, decision: Decision, partOfMessage = false): ReadInContext {
  return { recognition: { ...again, slots: partOfMessage ? message.slots : { ...message.slots, ...again.slots } }, decision };
}

/** A message read together with the question it follows ("实名认证的问题，提示信用代码已经有了"). */
export function readTogether(question: string, text: string): string {
  return `${question}，${text}`;
}

function compact(text: string): string {
  return text.replace(/ /g, '');
}

export class FaqRecognizer {
  readonly pipeline: TextPipeline;
  readonly slotExtractor: SlotExtractor;
  private readonly index: SimilarityIndex;
  private readonly classifier: IntentClassifier;
  private readonly intentsById: Map<string, IntentDefinition>;
  private readonly exactTitles = new Map<string, { intent: string; answerId?: string }>();
  private readonly controlWords = new Map<string, ControlKind>();
  private readonly allSlots: string[];
  /** Per intent with `requires` / `avoids`: those words, canonical and without spaces. */
  private readonly requiredWords = new Map<string, PhraseTest[]>();
  private readonly avoidedWords = new Map<string, PhraseTest>();
  /** Per intent with a `topic`: those words (also among its requiredWords). */
  private readonly topicWords = new Map<string, PhraseTest>();
  /** Per intent with `notWhen`: the slot values that, all stated, mean a different question. */
  private readonly contradictingSlots = new Map<string, [string, string][]>();
  readonly settings: RecognizerSettings;
  /** Per label of the index: the classifier's index of the same label, or −1. */
  private readonly bayesIndex: Int32Array;
  /** The index's label positions in id order: how intents that tie (mostly at 0) are ranked. */
  private readonly byId: number[];
  /** Slots that say who the user is (自然人 / 法人), not what the problem is. */
  private readonly userSlots: string[];
  /** Intents with an FAQ answer: only these are offered as candidates (never 问候 or 致谢). */
  private readonly offerableIntents: Set<string>;
  /** The conversation's own intents (greeting, thanks, goodbye, identity): neither the FAQ's questions nor the hand-off. */
  private readonly conversationIntents: string[];
  /** vocabulary.solved, canonical and without spaces. */
  private readonly solvedWords: string[];
  /** vocabulary.generalQuestions, canonical and without spaces. */
  private readonly generalQuestionWords: string[];
  /** vocabulary.comparisons, canonical and without spaces. */
  private readonly comparisonWords: string[];
  /** vocabulary.details, canonical and without spaces, a group each; and per intent the groups its answers give. */
  private readonly detailGroups: string[][];
  private readonly detailsGiven = new Map<string, Set<number>>();
  /** Per intent, what each of its answers says (canonical, without spaces). */
  private readonly answerTexts = new Map<string, string[]>();
  /** vocabulary.others, canonical. */
  private readonly otherWords: Set<string>;
  /** vocabulary.vague, canonical. */
  private readonly vagueWords: Set<string>;
  /** vocabulary.corrections, canonical and without spaces. */
  private readonly correctionWords: Set<string>;
  /** Characters of the longest correction as typed (normalised): a longer clause is none. */
  private readonly longestCorrection: number;
  /** vocabulary.personRequests, canonical and without spaces. */
  private readonly personRequestWords: string[];
  /** vocabulary.affirmations, normalised and without spaces. */
  private readonly affirmationWords: Set<string>;
  /** vocabulary.unsolved, canonical and without spaces; the intent whose answer such a message gets. */
  private readonly unsolvedWords: string[];
  private readonly overdueWords: PhraseTest;
  private readonly inUseWords: PhraseTest;
  /** The words of those forms (好久, 超过, 星期): a message of nothing else only says how long it has waited. */
  private readonly waitingWords: Set<string>;
  /** Intents one of whose answers gives a time to wait (vocabulary.waits), and those where that is all it gives (no steps). */
  private readonly givesWait = new Set<string>();
  private readonly givesOnlyWait = new Set<string>();
  /** The longest wait, in days, an intent's answers give ("1-2个工作日": 2), where they count it. */
  private readonly waitDays = new Map<string, number>();
  private readonly unsolvedIntent: string | undefined;
  private readonly solvedIntent: string | undefined;
  /** vocabulary.injections, canonical and without spaces ("忽略…规则": its parts in order, as requires words). */
  private readonly injectionWords: PhraseTest;
  /**
   * vocabulary.elsewhere and vocabulary.platform, normalised (not canonical: 服务平台 is a synonym of 政务服务平台,
   * and 医保服务平台 is not ours; a number is one only whole, not inside a phone number). With them,
   * the systems (systemWords) keep a message in scope.
   */
  private readonly elsewhereWords: RegExp | undefined;
  /** vocabulary.courtesies and their synonyms, as typed (global: every one is cut out). */
  private readonly courtesyForms: RegExp | undefined;
  private readonly platformWords: RegExp | undefined;
  /** vocabulary.circumstances, at the end of a normalised message. */
  private readonly circumstance: RegExp | undefined;
  /** vocabulary.contrasts, normalised: the last one in a message opens the part that states its problem. */
  private readonly contrast: RegExp | undefined;
  /** vocabulary.reports, canonical: a clause with one states what the system said. */
  private readonly reportWords: Set<string>;
  /** vocabulary.reports and vocabulary.symptoms, canonical: a clause with one states the problem. */
  private readonly problemWords: Set<string>;
  /** vocabulary.systems, canonical (the pipeline's own set): the subject of every clause of a message that names one. */
  private readonly systemWords: ReadonlySet<string>;
  /** Questions of one system (a `requires` group is its names): answered for leading only where a system is named. */
  private readonly ofASystem = new Set<string>();
  /** Per canonical system word, which system (its group in vocabulary.systems). */
  private readonly systemOf = new Map<string, number>();
  /** vocabulary.systems and vocabulary.background, canonical: what each clause of a story is read with. */
  private readonly contextWords: Set<string>;
  /** vocabulary.userStatements, canonical: beside a user slot's words, still only who the user is. */
  private readonly userStatementWords: Set<string>;
  /** vocabulary.circumstances, canonical (之后, 时候). */
  private readonly circumstanceWords: Set<string>;
  /** vocabulary.browsers, as found in a normalised message. */
  private readonly browserWords: RegExp | undefined;
  /** vocabulary.browsers, canonical. */
  private readonly browserForms: Set<string>;
  /** Words of the conversation's own answers' examples (谢谢, 你好, 再见): only a clause with one may be courtesy alone. */
  private readonly courtesyWords: Set<string>;
  /** Intents one of whose answers advises another browser (browserAdvice). */
  private readonly advisingBrowser: Set<string>;

  constructor(private readonly model: FaqModel) {
    this.settings = model.recognizer;
    this.pipeline = new TextPipeline(model.vocabulary);
    this.slotExtractor = new SlotExtractor(model.slots, model.vocabulary, this.pipeline);
    this.intentsById = new Map(model.intents.map((i) => [i.id, i]));
    this.allSlots = [...model.slots.keys()];
    for (const intent of model.intents) {
      // The topic is one more group required, scaled down further below (penalizedIntents).
      const required = intent.topic.length > 0 ? [...intent.requires, intent.topic] : intent.requires;
      if (required.length > 0) this.requiredWords.set(intent.id, required.map((group) => this.phraseTest(group)));
      if (intent.topic.length > 0) this.topicWords.set(intent.id, this.phraseTest(intent.topic));
      if (intent.avoids.length > 0) this.avoidedWords.set(intent.id, this.phraseTest(intent.avoids));
      const notWhen = Object.entries(intent.notWhen);
      if (notWhen.length > 0) this.contradictingSlots.set(intent.id, notWhen);
    }

    const training = this.examplesAndTitles();
    const docs: IndexedDocument[] = [...training, ...model.outOfScope.map((text) => ({ intent: NONE_INTENT, text }))].map(({ intent, text }) => {
      const a = this.pipeline.analyze(text);
      return { label: intent, words: a.words, sounds: a.sounds };
    });
    const domainWords = [...model.vocabulary.terms, ...model.vocabulary.synonyms.map((g) => g[0])].flatMap((t) => this.pipeline.analyze(t).words);
    this.index = new SimilarityIndex(docs, this.settings, { words: domainWords, sounds: domainWords.flatMap((w) => pinyinBigrams([w])) });
    this.classifier = new IntentClassifier(docs.map((d) => ({ label: d.label, features: [...d.words, ...d.sounds] })));
    const labels = this.index.labelNames;
    const classes = new Map(this.classifier.labelNames.map((l, i) => [l, i]));
    this.bayesIndex = Int32Array.from(labels, (l) => classes.get(l) ?? -1);
    this.byId = labels.map((_l, i) => i).sort((a, b) => (labels[a] < labels[b] ? -1 : labels[a] > labels[b] ? 1 : 0));
    this.userSlots = this.allSlots.filter((name) => this.model.slots.get(name)?.aboutUser);
    this.solvedWords = this.matchForms(model.vocabulary.solved);
    this.generalQuestionWords = this.matchForms(model.vocabulary.generalQuestions);
    this.comparisonWords = this.matchForms(model.vocabulary.comparisons);
    this.personRequestWords = this.matchForms(model.vocabulary.personRequests);
    this.affirmationWords = new Set(model.vocabulary.affirmations.map((w) => compact(normalizeText(w))).filter((w) => w !== ''));
    this.correctionWords = new Set(this.matchForms(model.vocabulary.corrections));
    this.longestCorrection = Math.max(0, ...model.vocabulary.corrections.map((w) => normalizeText(w).length));
    this.vagueWords = new Set(this.matchForms(model.vocabulary.vague));
    this.otherWords = new Set(this.matchForms(model.vocabulary.others));
    this.detailGroups = model.vocabulary.details.map((group) => this.matchForms(group));
    const waits = this.matchForms(model.vocabulary.waits);
    for (const intent of model.intents) {
      const ids = answersOf(intent);
      const texts = ids.map((id) => {
        const e = model.knowledge.get(id);
        return compact(this.pipeline.canonicalize(e ? [e.answer, ...e.steps, e.note ?? '', e.browserAdvice?.text ?? ''].join('。') : ''));
      });
      this.answerTexts.set(intent.id, texts);
      const said = texts.join('。');
      const given = new Set(this.detailGroups.flatMap((forms, i) => forms.some((w) => said.includes(w)) ? [i] : []));
      if (given.size > 0) this.detailsGiven.set(intent.id, given);
      // An answer of steps has more to try than the wait (备份号: the unit's name first; 下载按钮: a file that failed to
      // merge), and is given again; one that only gives the time has nothing more.
      ids.forEach((id, i) => {
        if (!waits.some((w) => texts[i].includes(w))) return;
        this.givesWait.add(intent.id);
        const e = model.knowledge.get(id);
        if ((e?.steps.length ?? 0) === 0) this.givesOnlyWait.add(intent.id);
        const days = e ? longestWait(normalizeText([e.answer, ...e.steps].join('。'))) : undefined;
        if (days !== undefined) this.waitDays.set(intent.id, Math.max(days, this.waitDays.get(intent.id) ?? 0));
      });
    }
    this.unsolvedWords = this.matchForms(model.vocabulary.unsolved);
    this.overdueWords = this.phraseTest(model.vocabulary.overdue);
    this.inUseWords = this.phraseTest(model.vocabulary.inUse);
    this.waitingWords = new Set(model.vocabulary.overdue.flatMap((w) => w.split('…')).flatMap((w) => this.pipeline.analyze(w).words));
    this.unsolvedIntent = model.intents.find((i) => i.takesUnsolved)?.id;
    this.solvedIntent = model.intents.find((i) => i.takesSolved)?.id;
    this.injectionWords = this.phraseTest(model.vocabulary.injections);
    this.elsewhereWords = this.typedWords(model.vocabulary.elsewhere);
    // A courtesy's synonyms are courtesies too (您好, 在吗 with 你好; 多谢, 辛苦了 with 谢谢).
    const courtesies = model.vocabulary.courtesies.map(normalizeText);
    const courtesyForms = model.vocabulary.synonyms.filter((g) => g.some((w) => courtesies.includes(normalizeText(w)))).flat();
    const courtesyPattern = this.typedWords([...model.vocabulary.courtesies, ...courtesyForms]);
    this.courtesyForms = courtesyPattern ? new RegExp(courtesyPattern.source, 'gu') : undefined;
    this.platformWords = this.typedWords(model.vocabulary.platform);
    const endings = model.vocabulary.circumstances.map((w) => compact(normalizeText(w))).filter((w) => w !== '');
    this.circumstance = endings.length > 0 ? new RegExp(`(?:${endings.map(escapeRegExp).join('|')})$`, 'u') : undefined;
    const contrasts = model.vocabulary.contrasts.map(normalizeText).filter((w) => w !== '');
    this.contrast = contrasts.length > 0 ? new RegExp(wordAlternation(contrasts), 'gu') : undefined;
    this.reportWords = new Set(this.matchForms(model.vocabulary.reports));
    this.problemWords = new Set([...this.reportWords, ...this.matchForms(model.vocabulary.symptoms)]);
    this.systemWords = this.pipeline.systemWords;
    model.vocabulary.systems.forEach((names, i) => { for (const w of this.matchForms(names)) this.systemOf.set(w, i); });
    // One system's questions: a group of their `requires` is that system's names alone.
    for (const intent of model.intents) {
      if (intent.requires.some((g) => g.every((w) => this.systemWords.has(w)))) this.ofASystem.add(intent.id);
    }
    this.contextWords = new Set([...this.systemWords, ...this.matchForms(model.vocabulary.background)]);
    this.userStatementWords = new Set(this.matchForms(model.vocabulary.userStatements));
    this.circumstanceWords = new Set(this.matchForms(model.vocabulary.circumstances));
    this.browserWords = this.typedWords(model.vocabulary.browsers);
    this.browserForms = new Set(this.matchForms(model.vocabulary.browsers));
    this.advisingBrowser = new Set(model.intents
      .filter((i) => answersOf(i).some((id) => model.knowledge.get(id)?.browserAdvice !== undefined)).map((i) => i.id));
    this.offerableIntents = new Set(model.intents
      .filter((i) => answersOf(i).some((id) => model.knowledge.get(id)?.source !== undefined)).map((i) => i.id));
    this.conversationIntents = model.intents.map((i) => i.id).filter((id) => id !== this.unsolvedIntent && !this.offerableIntents.has(id));
    const conversation = new Set(this.conversationIntents);
    this.courtesyWords = new Set(docs.filter((d) => conversation.has(d.label)).flatMap((d) => d.words));

    for (const kind of CONTROL_KINDS) {
      for (const word of model.controls[kind]) this.controlWords.set(compact(this.pipeline.canonicalize(word)), kind);
    }
  }

  /**
   * Examples of each intent, plus the titles of the answers it is the natural way to; records
   * every title as an exact hit on the way (a click on a choice sends the title back).
   */
  /** Words as a message is searched for them: canonical, without spaces (empty ones dropped). */
  private matchForms(words: readonly string[]): string[] {
    return words.map((w) => compact(this.pipeline.canonicalize(w))).filter((w) => w !== '');
  }

  /**
   * Whether a compact canonical text has one of these words. A word with "…" ("没有…权限") is its parts
   * in order, at most PHRASE_GAP characters apart: "没有人遗系统的权限" has it.
   */
  private phraseTest(words: readonly string[]): PhraseTest {
    const plain = this.matchForms(words.filter((w) => !w.includes('…'))).map(escapeRegExp);
    const gapped = words.filter((w) => w.includes('…'))
      .map((w) => this.matchForms(w.split('…')).map(escapeRegExp).join(`.{0,${PHRASE_GAP}}`));
    // One pattern a list: every message is tested against every intent's requires and avoids.
    const alternatives = [...plain, ...gapped].filter((a) => a !== '');
    if (alternatives.length === 0) return () => false;
    const pattern = new RegExp(alternatives.join('|'), 'u');
    return (text) => pattern.test(text);
  }

  /** Words as they are found in a normalised message, Latin and numbers only whole (wordAlternation). */
  private typedWords(words: readonly string[]): RegExp | undefined {
    const forms = words.map(normalizeText).filter((w) => w !== '');
    return forms.length > 0 ? new RegExp(wordAlternation(forms), 'u') : undefined;
  }

  private examplesAndTitles(): { intent: string; text: string }[] {
    const out: { intent: string; text: string }[] = [];
    for (const intent of this.model.intents) {
      for (const text of intent.examples) out.push({ intent: intent.id, text });
      out.push({ intent: intent.id, text: intent.title });
      this.exactTitles.set(compact(this.pipeline.canonicalize(intent.title)), { intent: intent.id });
    }
    for (const entry of this.model.knowledge.values()) {
      const leading = this.model.intents.filter((i) => answersOf(i).includes(entry.id));
      const direct = leading.filter((i) => answersOf(i).length === 1);
      const owners = direct.length > 0 ? direct : leading;
      for (const intent of owners) out.push({ intent: intent.id, text: entry.title });
      const key = compact(this.pipeline.canonicalize(entry.title));
      if (!this.exactTitles.has(key) || this.exactTitles.get(key)?.answerId === undefined) {
        this.exactTitles.set(key, { intent: owners[0].id, answerId: entry.id });
      }
    }
    return out;
  }

  /** Bot Framework entry point. */
  async recognize(context: TurnContext): Promise<FaqRecognizerResult> {
    return this.toResult(this.recognizeText(context.activity.text ?? ''));
  }

  /**
   * What a message is, as the recognizer reads it. A turn reads one message several times (the main
   * dialog, a clarifying question's checks, the previous question read again for a follow-up): the few
   * most recent readings are kept. A recognition is never changed once returned.
   */
  recognizeText(rawText: string): FaqRecognition {
    return this.recentRecognitions(rawText);
  }

  private readonly recentRecognitions = rememberRecent((rawText: string): FaqRecognition => this.recognizeAnew(rawText), 8);

  private recognizeAnew(rawText: string): FaqRecognition {
    const bare = this.withoutCourtesies(rawText);
    if (bare?.asks) return bare.read;
    const whole = this.readWhole(rawText);
    // Nor does a courtesy make a question of what without it is none ("法人代表变了要在平台上改吗，在线等":
    // 在线 is a word of the profile's menu path), nor a greeting or thanks of a question the FAQ does not
    // answer ("打扰一下，帮我讲个笑话": refused, as it is without 打扰一下).
    if (!bare) return whole;
    const decided = this.decide(whole);
    const courtesy = decided.kind === 'intent' && !this.asks(decided);
    return this.asks(decided) || (courtesy && bare.outOfScope) ? bare.read : whole;
  }

  /** Whether a decision is a question of the FAQ or the desk's contacts (not a greeting, thanks or goodbye). */
  private asks(decided: Decision): boolean {
    return decided.kind === 'ambiguous'
      || (decided.kind === 'intent' && (this.offerable(decided.intent) || decided.intent === this.unsolvedIntent));
  }

  private readWhole(rawText: string): FaqRecognition {
    const text = readablePart(rawText, this.settings.maxMessageChars);
    const analyzed = this.pipeline.analyze(text);
    const key = compact(analyzed.canonical);
    const slots = this.slotExtractor.extractCanonical(analyzed.canonical, { slots: this.allSlots });
    const control = this.controlOfCanonical(analyzed.canonical);
    const exact = this.exactTitles.get(key);
    const bayes = this.bayesOf(analyzed);
    const penalized = this.penalizedIntents(analyzed.asserted, slots);
    const all = this.focusOnClauses(analyzed, bayes, penalized, this.rank(analyzed, bayes, penalized));
    const noneScore = all.find((r) => r.intent === NONE_INTENT)?.score ?? 0;
    const ranking = all.filter((r) => r.intent !== NONE_INTENT);
    if (exact) {
      const hit = ranking.find((r) => r.intent === exact.intent);
      if (hit) hit.score = hit.raw = 1;
      ranking.sort((a, b) => b.score - a.score);
    }
    const injection = this.injectionWords(key);
    // "社保网站登录密码忘了": the FAQ's words, another service's problem.
    const elsewhere = (this.elsewhereWords?.test(analyzed.normalized) ?? false)
      && !(this.platformWords?.test(analyzed.normalized) ?? false) && ![...this.systemWords].some((w) => key.includes(w));
    // "验证码是什么意思": a general question about one word, not a problem with it.
    const forms = this.generalQuestionWords.filter((w) => key.includes(w));
    const asksWhatOneWordIs = forms.length > 0 && analyzed.words.filter((w) => !forms.some((f) => f.includes(w))).length <= 1;
    const onlyNamesATopic = this.namesOnlyATopic(analyzed);
    const closes = this.closesConversation(compact(analyzed.asserted));
    // "试了还是不行": the problem persists, and nothing says which (验证码还是不行 names it).
    const persists = this.unsolvedWords.filter((w) => key.includes(w));
    const saysOnlyUnsolved = persists.length > 0
      && this.index.tellingWords(analyzed.words.filter((w) => !persists.some((f) => f.includes(w)))) === 0;
    return {
      text: rawText, analyzed, ranking, noneScore, slots, ruledOut: penalized, control, exact, injection, elsewhere, asksWhatOneWordIs,
      compares: this.comparisonWords.some((w) => key.includes(w)),
      onlyAsksWhereOrHow: this.asksOnlyWhereOrHow(analyzed),
      onlyNamesATopic, saysOnlyUnsolved, unsolved: persists, closes,
    };
  }

  /**
   * A message with greetings or thanks (vocabulary.courtesies) around something else, read as that something
   * else when, so read, it is a question of its own: "备份号。谢谢！" is 备份号, not thanks, and "打扰一下，项目移交"
   * no tie with a greeting. Around nothing of a question ("谢谢你的回答", "你好，我想问一下") the courtesy is what was said.
   */
  private withoutCourtesies(rawText: string): { read: FaqRecognition; asks: boolean; outOfScope: boolean } | undefined {
    const pattern = this.courtesyForms;
    if (!pattern) return undefined;
    const normalized = normalizeText(readablePart(rawText, this.settings.maxMessageChars));
    // A longer story is read clause by clause, where greetings and thanks never count (focusOnClauses): reading it
    // twice would cost its latency twice for nothing.
    if (normalized.length > COURTESY_MAX_CHARS) return undefined;
    const rest = normalized.replace(pattern, '，');
    if (rest === normalized || this.pipeline.segmenter.contentWords(rest).length === 0) return undefined;
    const read = this.recognizeText(rest);
    const top = read.ranking[0]?.score ?? 0;
    const decided = this.decide(read);
    // Something else than a courtesy, and no question of the FAQ: nearest to what it does not answer, or of several
    // words no example has ("您好，Who won the world cup。谢谢！" is no thanks; "thank you so much", "多谢啦" are).
    const unknown = new Set(read.analyzed.words).size - this.index.knownWords(read.analyzed.words) >= UNKNOWN_WORDS_ASKING;
    const outOfScope = !read.closes && decided.kind === 'none' && decided.candidates.length === 0
      && (read.noneScore >= Math.max(top, this.settings.answerThreshold) || unknown);
    // asks: a question of the FAQ or the desk's contacts; not another closing ("好的谢谢，没问题了" stays thanks).
    return { read: { ...read, text: rawText }, asks: this.asks(decided), outOfScope };
  }

  /**
   * The control command (取消, 重新开始, 帮助, 返回) a message is, if any: what interrupting a dialog
   * needs, without the ranking of every intent that recognizeText would compute.
   */
  controlOf(text: string): ControlKind | undefined {
    return this.controlOfCanonical(this.pipeline.canonicalize(readablePart(text, this.settings.maxMessageChars)));
  }

  private controlOfCanonical(canonical: string): ControlKind | undefined {
    const key = compact(canonical);
    const whole = this.controlWords.get(key);
    if (whole) return whole;
    // 算了吧 / 取消一下: a control word with nothing else that means anything.
    for (const [word, kind] of this.controlWords) {
      if (key.startsWith(word) && this.pipeline.segmenter.contentWords(key.slice(word.length)).length === 0) return kind;
    }
    return undefined;
  }

  /** Per label of the index, natural's relative Bayes probability (0 where it has none). */
  private bayesOf(analyzed: { words: readonly string[]; sounds: readonly string[] }): Float64Array {
    const out = new Float64Array(this.bayesIndex.length);
    if (this.settings.classifierWeight <= 0) return out;
    const probability = this.classifier.relativeProbabilities([...analyzed.words, ...analyzed.sounds]);
    if (!probability) return out;
    this.bayesIndex.forEach((ci, i) => { out[i] = ci >= 0 ? probability[ci] : 0; });
    return out;
  }

  /** Every intent scored, each scaled down by its factor in `penalized` (penalizedIntents), best first. */
  private rank(analyzed: { words: readonly string[]; sounds: readonly string[] }, bayes: Float64Array, penalized: ReadonlyMap<string, number>): ScoredIntent[] {
    const labels = this.index.labelNames;
    const similarity = this.index.scoreLabels(analyzed.words, analyzed.sounds);
    const gamma = this.settings.classifierWeight;
    const scored: ScoredIntent[] = [];
    const zero: ScoredIntent[] = [];
    // Most intents share no word with a message and tie at 0: they go last, in id order, unsorted.
    for (const i of this.byId) {
      const raw = similarity[i] * (1 - gamma + gamma * bayes[i]) * (penalized.get(labels[i]) ?? 1);
      const r = { intent: labels[i], raw, score: this.calibrate(raw), bayes: bayes[i] };
      (r.score === 0 ? zero : scored).push(r);
    }
    return scored.sort(byScore).concat(zero);
  }

  /**
   * A long story ("你好，我们单位去年……，今年登录后发现……，请问怎么办") hides its question among
   * words no example has. When the whole message is not confident, each clause and each pair of
   * neighbouring clauses is scored too, and each window's best question of the FAQ may take that
   * window's score (times clauseWeight). Greetings and thanks never do: "你好，" opens many a question.
   * The out-of-scope score stays the whole message's.
   */
  private focusOnClauses(analyzed: AnalyzedText, bayes: Float64Array, penalized: ReadonlyMap<string, number>, whole: ScoredIntent[]): ScoredIntent[] {
    const top = whole.find((r) => r.intent !== NONE_INTENT);
    if (top && top.score >= this.settings.answerThreshold) return whole;
    // The clauses come from the whole message's own analysis: nothing is segmented twice. The last
    // ones: a long letter introduces itself first and states its problem at the end.
    // In a letter of more clauses than are read, those that say nothing of the platform ("大家都很着急",
    // "辛苦老师") do not count among them: the problem before them is read (b218: +2 of 15, held-out unchanged).
    const parts = analyzed.clauses.length > MAX_WINDOWS ? this.lastSaying(analyzed.clauses) : analyzed.clauses;
    if (parts.length < 2) return whole;
    // A clause that says too little alone ("等了两天", "法人账号") is read with its neighbour: a pair
    // is the two clauses side by side. Two clauses that each say enough are read apart.
    // Words most questions share (怎么) do not count: "请问怎么找回" is read with the clause before it.
    // Nor does a clause that only says who the user is ("我是个人用户"): no question of its own.
    const userSlots = { slots: this.userSlots };
    const enough = parts.map((p) => this.index.tellingWords(p.words) >= MIN_WINDOW_WORDS
      && !this.slotExtractor.mayBeOnlySlotWords(p.words, userSlots));
    // When some clause reports what the system said or what failed (搜索不到), the clauses that do not
    // (what the user did: "我用登录名重置密码", "给员工授权") are no question of their own.
    const reports = parts.map((p) => p.words.some((w) => this.problemWords.has(w)));
    const anyReport = reports.some(Boolean);
    // What the system said, without what the user was doing when it said it: "……最后一步提交的时候
    // 提示重置失败" is 提示重置失败. Read so bare, it may only lift a question the whole message does not
    // rule out: "重置了密码，但还是提示登录名或密码错误" is not the question of the first wrong password.
    // What it said is no question when it only says who the user is ("显示的是个人用户").
    // Any clause of the message may say it, not only the last few; a report word that ends its clause
    // says the next one: "弹出提示“您的密码已过期，请及时修改”" (punctuation cut the quote off).
    const all = analyzed.clauses;
    const said = all.flatMap((p, i) => {
      const at = p.words.findIndex((w) => this.reportWords.has(w));
      if (at <= 0) return [];
      let words = p.words.slice(at);
      if (i + 1 < all.length && this.index.tellingWords(words.slice(1)) === 0) words = [...words, ...all[i + 1].words];
      return this.index.tellingWords(words) >= MIN_WINDOW_WORDS && !this.slotExtractor.mayBeOnlySlotWords(words.slice(1), userSlots)
        ? [{ words, sounds: pinyinBigrams(words), bare: true }] : [];
    });
    const listsSystems = this.systemsNamed(analyzed.words).size > 1;
    const windows = ([
      ...said,
      ...parts.filter((_p, i) => enough[i] && (!anyReport || reports[i])),
      ...parts.slice(1).flatMap((p, i) => (enough[i] && enough[i + 1]) || (anyReport && !reports[i] && !reports[i + 1]) ? []
        : [{ words: [...parts[i].words, ...p.words], sounds: [...parts[i].sounds, ...p.sounds] }]),
    ] as ClauseWindow[]).map((w) => {
      // A clause is read with the system (and the background: 变更) the message names anywhere:
      // "提示证件号码已存在" after "以前在外专系统有账号" is the 外专 question. Not what the system said, read bare.
      // Several systems named are a list ("包括人类遗传资源、外国专家项目等等"): none is every clause's subject.
      const context = analyzed.words.filter((x) => this.contextWords.has(x) && !w.words.includes(x)
        && !(listsSystems && this.systemWords.has(x)));
      return context.length === 0 || w.bare ? w : { words: [...w.words, ...context], sounds: [...w.sounds, ...pinyinBigrams(context)] };
    });
    // The raw scores windows raised; the others stay the whole message's.
    const best = new Map<string, number>();
    const rawOf = (intent: string): number => best.get(intent) ?? whole.find((r) => r.intent === intent)?.raw ?? 0;
    // Windows are scored on similarity, re-ranked with the whole message's Bayes probabilities:
    // a window's own classification would cost as much as the rest of the message.
    const gamma = this.settings.classifierWeight;
    const labels = this.index.labelNames;
    // Per label, once a message: its Bayes re-ranking and its requires / avoids factor.
    const weight = bayes.map((b) => 1 - gamma + gamma * b);
    const factor = Float64Array.from(labels, (l) => penalized.get(l) ?? 1);
    const noneAt = labels.indexOf(NONE_INTENT);
    // The pair of a two-clause message is the whole message, scored already; a window is scored once.
    const seen = new Set<string>([analyzed.words.join(' ')]);
    for (const window of windows.slice(0, MAX_WINDOWS)) {
      // A clause with a single known word (信用代码 before a pasted code) is no question.
      if (this.index.knownWords(window.words) < MIN_WINDOW_WORDS) continue;
      const key = window.words.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      // Only a window's own best question counts (best once the whole message's requires / avoids
      // have scaled it: "结果提示证件号码已存在" in a 实名 story is not the 注册 question), and only if it
      // looks more like a question of the FAQ than like one the FAQ does not answer (护照过期了 is not 密码过期).
      let top: string | undefined;
      let topAt = -1;
      let topRaw = 0;
      let topScaled = 0;
      let none = 0;
      const sims = this.index.scoreLabels(window.words, window.sounds);
      for (let i = 0; i < sims.length; i++) {
        if (sims[i] === 0) continue;
        const raw = sims[i] * weight[i];
        if (i === noneAt) { none = raw; continue; }
        const scaled = raw * factor[i];
        if (scaled > topScaled) { top = labels[i]; topAt = i; topRaw = raw; topScaled = scaled; }
      }
      // Only a question of the FAQ, or the hand-off (the unsolved intent: contacts) for a clause asking for a person.
      const handsOff = (): boolean => top === this.unsolvedIntent && this.personRequestWords.some((w) => window.words.join('').includes(w));
      if (!top || topRaw <= none || !(this.offerable(top) || handsOff()) || (window.bare && factor[topAt] < 1)) continue;
      // A clause is read with what the whole message says: an intent scaled down for its
      // requires / avoids / notWhen is scaled down in every clause too.
      const focused = topScaled * this.settings.clauseWeight;
      if (focused > rawOf(top)) best.set(top, focused);
    }
    if (best.size === 0) return whole;
    return whole.map((r) => {
      const raw = best.get(r.intent) ?? r.raw;
      return raw === r.raw ? r : { ...r, raw, score: this.calibrate(raw) };
    }).sort(byScore);
  }

  /**
   * The intents a message rules out by its words or facts: it names none of their `requires`
   * words, one of their `avoids`, or states all the slot values of their `notWhen`. A message that
   * reports its problem solved (vocabulary `solved`) rules out every FAQ question.
   */
  private penalizedIntents(canonical: string, slots: SlotValues): Map<string, number> {
    const text = compact(canonical);
    const out = new Map<string, number>();
    // Each independent reason scales once more: names none of the requires AND an avoided word.
    const add = (intent: string): void => { out.set(intent, (out.get(intent) ?? 1) * this.settings.requireMissFactor); };
    if (this.solvedEnd(text) >= 0) this.offerableIntents.forEach(add);
    if (this.generalQuestionWords.some((w) => text.includes(w))) this.offerableIntents.forEach(add);
    // "……都没有解决，请问有没有人工客服的电话": the request outweighs the story told before it.
    const asksForAPerson = this.personRequestWords.some((w) => text.includes(w));
    if (asksForAPerson) this.offerableIntents.forEach(add);
    for (const [intent, groups] of this.requiredWords) {
      for (const has of groups) if (!has(text)) add(intent);
    }
    // An avoided word says the question is another one, more surely than a required word's absence says so:
    // it scales twice ("外国人来华旅游签证" is no work-permit question; +4 held-out of 4,136, none lost).
    for (const [intent, has] of this.avoidedWords) if (has(text)) { add(intent); add(intent); }
    // No topic named: not the question at all, more surely than an avoided word says so (scaled once as a
    // requires group above, twice more here): "要用哪个账号办理" is no 因公出国培训 question.
    for (const [intent, has] of this.topicWords) if (!has(text)) { add(intent); add(intent); }
    for (const intent of this.contradictingSlots.keys()) if (this.contradicts(intent, slots)) add(intent);
    // So does it a remark about the bot said beside it ("能转人工吗，你回答的不对" is no question of what the bot is),
    // unless the hand-off is ruled out itself: "你是真人吗" asks what the bot is.
    if (asksForAPerson && this.unsolvedIntent && !out.has(this.unsolvedIntent)) this.conversationIntents.forEach(add);
    return out;
  }

  /**
   * A problem reported solved with nothing asked after it ("账号找回来了，可以登录了，谢谢"): the message closes the
   * conversation. A question may follow the report ("登录成功了，然后去哪里申请业务").
   */
  private closesConversation(key: string): boolean {
    const at = this.solvedEnd(key);
    return at >= 0 && !this.asksAnything(this.pipeline.analyze(key.slice(at)).words);
  }

  /**
   * Where the last report of a problem solved ends in a compact canonical text, or -1. Not one negated:
   * "人遗授权今年不能用了" has 能用了 in it. Nor one the problem persists after: in "她说授权都弄好了，到底问题
   * 出在哪里" a step was done, and the problem is still there (vocabulary.unsolved).
   */
  private solvedEnd(key: string): number {
    let end = -1;
    for (const w of this.solvedWords) {
      for (let i = key.indexOf(w); i >= 0; i = key.indexOf(w, i + 1)) {
        if (!NEGATING.has(key[i - 1] ?? '')) end = Math.max(end, i + w.length);
      }
    }
    return end >= 0 && this.unsolvedWords.some((w) => key.indexOf(w, end) >= 0) ? -1 : end;
  }

  /**
   * The part of a message after its last report of a problem solved, when it asks something there ("验证码的问题解决了，
   * 现在是密码错误": 现在是密码错误), canonical; undefined when nothing is reported solved or nothing asked after it.
   */
  private afterSolved(r: FaqRecognition): string | undefined {
    if (r.closes) return undefined;
    const canonical = r.analyzed.canonical;
    const key = compact(canonical);
    const end = this.solvedEnd(key);
    if (end < 0 || end >= key.length) return undefined;
    // The same place in the canonical text, spaces (clause breaks) counted back in.
    let seen = 0;
    let at = 0;
    while (at < canonical.length && seen < end) { if (canonical[at] !== ' ') seen++; at++; }
    const rest = canonical.slice(at).trim();
    if (rest === '') return undefined;
    const restWords = this.pipeline.analyze(rest).words;
    if (!this.asksAnything(restWords)) return undefined;
    // What names a system of its own is read as it is; else it is said of the system the solved part named:
    // "外专系统的实名解决了，现在老账号登录还是提示密码错误" is the 外专 account's password.
    if (restWords.some((w) => this.systemWords.has(w))) return rest;
    return `${this.systemNames(r.analyzed.words)}${rest}`;
  }

  /** Whether these words are nearest to a question of the FAQ: "谢谢" or "再见" after a problem solved are not. */
  private asksAnything(words: readonly string[]): boolean {
    const nearest = this.nearestLabel(words);
    return nearest !== undefined && this.offerable(nearest);
  }

  /** The label (an intent or None) whose examples these words are nearest to, if they share any word. */
  private nearestLabel(words: readonly string[]): string | undefined {
    if (this.index.tellingWords(words) === 0) return undefined;
    const sims = this.index.scoreLabels(words, pinyinBigrams(words));
    let best = -1;
    for (let i = 0; i < sims.length; i++) if (sims[i] > 0 && (best < 0 || sims[i] > sims[best])) best = i;
    return best >= 0 ? this.index.labelNames[best] : undefined;
  }

  /** The last MAX_WINDOWS clauses that say more than courtesy, in order: scored from the end, no further than needed. */
  private lastSaying<T extends { words: readonly string[] }>(clauses: readonly T[]): T[] {
    const out: T[] = [];
    for (let i = clauses.length - 1; i >= 0 && out.length < MAX_WINDOWS; i--) {
      if (this.saysMoreThanCourtesy(clauses[i].words)) out.unshift(clauses[i]);
    }
    return out;
  }

  /** Whether a clause says something of a question, the FAQ's or not: not only thanks, a greeting, "麻烦尽快回复". */
  private saysMoreThanCourtesy(words: readonly string[]): boolean {
    // Sharing no word with thanks or greetings, it cannot be nearest to them: no scoring needed.
    if (!words.some((w) => this.courtesyWords.has(w))) return this.index.tellingWords(words) > 0;
    const nearest = this.nearestLabel(words);
    return nearest !== undefined && (nearest === NONE_INTENT || nearest === this.unsolvedIntent || this.offerable(nearest));
  }

  /** Maps a raw similarity to the calibrated score; nothing (0) stays nothing. */
  private calibrate(raw: number): number {
    const c = this.settings.calibration;
    if (!c || raw <= 0) return raw;
    return 1 / (1 + Math.exp(-(c.slope * raw + c.intercept)));
  }

  /** What to do with a recognition: the thresholds and the ambiguity margin apply here. */
  decide(r: FaqRecognition): Decision {
    if (r.control) return { kind: 'control', control: r.control };
    const s = this.settings;
    // A question whose `notWhen` the message states is never the answer, however near its words are ("单位的登录名
    // 找不到了，密码也不对" is no 记得登录名、忘记密码), nor offered.
    const ranking = r.ranking.filter((c) => !this.contradicts(c.intent, r.slots));
    const [top, second] = ranking;
    const candidates = this.candidatesOf(r);
    if (r.exact) return { kind: 'intent', intent: r.exact.intent, score: 1, answerId: r.exact.answerId };
    if (r.injection || r.elsewhere || r.compares) return { kind: 'none', candidates: [] };
    // "还是不行" after an answer: the FAQ's answer did not help; whoever can help further (vocabulary.unsolved).
    if (r.saysOnlyUnsolved && this.unsolvedIntent) return { kind: 'intent', intent: this.unsolvedIntent, score: 1 };
    // "账号找回来了，可以登录了，谢谢": nothing left to answer but the closing (vocabulary.solved); a closing the
    // message says itself ("解决了，再见") answers it.
    if (r.closes) {
      const closing = r.ranking.find((c) => !this.offerable(c.intent) && c.score >= s.suggestThreshold);
      if (closing) return { kind: 'intent', intent: closing.intent, score: closing.score };
      if (this.solvedIntent) return { kind: 'intent', intent: this.solvedIntent, score: 1 };
    }
    // The FAQ defines no word: such a question is not answered, its word's questions are offered.
    if (r.asksWhatOneWordIs) return { kind: 'none', candidates };
    // "在哪里操作": where, of nothing named.
    if (r.onlyAsksWhereOrHow) return { kind: 'none', candidates };
    // "人遗": which of its questions? Offered, not guessed, unless one is far ahead ("实名认证": how).
    if (r.onlyNamesATopic && second && top.raw - second.raw < s.topicMargin) return { kind: 'none', candidates };
    // "我是法人用户" says who the user is, not what the problem is: no question yet, and none offered for a
    // word it shares (用户 with 授权); what it says holds for the question that follows. Unless it is that
    // word alone and one question is far ahead, as for a topic word: "主代办人" asks who that should be.
    const farAhead = !top || !second || top.raw - second.raw >= s.topicMargin;
    // A word asked about ("主代办人呢") is that word alone too; "我是主代办人" is a statement.
    const wordAlone = r.analyzed.words.length === 1 && compact(r.analyzed.canonical).replace(ASKING_ABOUT, '') === r.analyzed.words[0];
    if (!(farAhead && wordAlone) && this.onlySaysWhoTheUserIs(r)) {
      return { kind: 'none', candidates: [], statesUser: this.aboutUser(r.slots) };
    }
    // Below the threshold, a question of the FAQ far ahead of every other is answered too ("注册页面全是乱码
    // 看不懂": 0.42 against 0.19): its one candidate would be offered alone anyway. A close one that can lead
    // to the same answers is no other question, as for the ambiguity margin. The hand-off leads too: the desk's
    // contacts far ahead ("有没有号码可以直接打") are what was asked; a goodbye or thanks does not. Nor does one
    // system's question in a message that names no system ("点进去说没有权限办理" may be any system's).
    // A long story's many words dilute its likeness to every question: its leader leads from lower down, unless
    // the story rules it out ("想申请高企……研发费用怎么计算" avoids what torch.hte-sme says).
    const leadFrom = top !== undefined && compact(r.analyzed.canonical).length >= s.longMessageChars && !r.ruledOut.has(top.intent)
      ? s.longLeadThreshold : s.leadThreshold;
    // Nor does one the message rules out twice over (an `avoids` word named, or two reasons) in a message near the
    // out-of-scope examples: "高企认定证书丢了，可以补办吗？在平台上哪里申请" names 证书 and 补办, which torch.hte-sme
    // avoids, however far ahead its other words put it. Nor in a message of one clause, whatever it is like: there the
    // avoided word is what is asked ("为什么登录要验证码"), not said in passing as in a story's other clause.
    const ruledOutTwice = top !== undefined && (r.ruledOut.get(top.intent) ?? 1) < s.requireMissFactor - 1e-9;
    const leads = top !== undefined && (this.offerable(top.intent) || top.intent === this.unsolvedIntent) && top.score >= leadFrom
      && !(ruledOutTwice && (r.noneScore >= s.avoidedLeadMaxNone || r.analyzed.clauses.length === 1))
      && ranking.slice(1).every((c) => top.raw - c.raw >= s.leadMargin || this.overlap(c.intent, top.intent))
      && !(this.ofASystem.has(top.intent) && r.ruledOut.has(top.intent) && this.systemsNamed(r.analyzed.words).size === 0);
    if (!top || (top.score < s.answerThreshold && !leads)) return { kind: 'none', candidates };
    // Closer to a question the FAQ does not answer than to any it does.
    if (r.noneScore >= top.score) return { kind: 'none', candidates };
    // The margin is on raw similarity: calibration squeezes the top of the scale together. A runner-up the
    // message rules out (its `requires` unnamed, an `avoids` named) where the leader is not, is no near-tie, however
    // close its words: "补充个人信息时提示身份证号已经存在了" names no 注册 (held-out +6, none wrong).
    const outranked = r.ruledOut.has(second?.intent ?? '') && !r.ruledOut.has(top.intent);
    if (second && top.raw - second.raw < s.ambiguityMargin && !this.overlap(top.intent, second.intent) && !outranked) {
      const close = ranking.filter((c) => top.raw - c.raw < s.ambiguityMargin).slice(0, s.maxCandidates);
      return { kind: 'ambiguous', candidates: close };
    }
    return { kind: 'intent', intent: top.intent, score: top.score };
  }

  /**
   * Decides on a message as a person at the help desk would read it (README, "Second readings").
   * A message that alone is a near-tie, or too unclear to answer while still pointing at
   * candidates, is read once more: first its part after the last contrast word ("……输入了他的名字，
   * 但是怎么都搜不到他"), a near-tie then from its end (its last clause, then its last three), then
   * together with the user's previous question ("实名认证的问题" →
   * "提示信用代码已经有了"). A message that only says who the user is ("法人" after "您是想问") is read
   * with the previous question, choosing among what that question pointed to. An answer given
   * although the message lacks a word the answer `requires` is read with the previous question too.
   * A second reading may only choose among the candidates the message (or, for "法人", the
   * previous question) points to: it never brings in an answer from nowhere. A clicked title and a
   * message that looks out of scope are never read again; a confident story whose part after the
   * contrast word is another question is asked about (checkAgainstContrast).
   * `offered`: the questions the bot offered in reply to the previous one ("您是想问"); a short reply
   * ("实名的时候") is first read with that question and chooses among them (followUpMaxChars).
   */
  decideInContext(text: string, previousQuestion: string | undefined, offered: readonly string[] = []): ReadInContext {
    const read = this.readInContext(text, previousQuestion, offered);
    // "谢谢，那自然人呢" or "不对，是自然人": thanks or a correction first, then what goes on about the question
    // before. What follows decides, if it decides a question of the FAQ. Not after a request for a person
    // ("我要找人工，密码也忘了"): that is what the message wants.
    const clauses = previousQuestion === undefined ? [] : normalizeText(text).split(' ');
    // A correction is set aside whatever the whole decides: "不对，是登录不进去" is 登录 + 错误 (不对) read whole.
    const correction = previousQuestion !== undefined && this.afterCorrection(text) !== undefined;
    const aside = correction || (read.decision.kind === 'intent'
      && !this.offerable(read.decision.intent) && read.decision.intent !== this.unsolvedIntent);
    if (aside && clauses.length > 1) {
      const after = this.decideInContext(clauses.slice(1).join(' '), previousQuestion, offered);
      if (after.decision.kind === 'intent' && this.offerable(after.decision.intent)) return after;
    }
    // Of the readings, only the one with the question before is longer than the message.
    const joined = previousQuestion !== undefined
      && read.recognition.analyzed.normalized.length > this.recognizeText(text).analyzed.normalized.length;
    return joined && previousQuestion !== undefined ? { ...read, reading: readTogether(previousQuestion, text) } : read;
  }

  private readInContext(text: string, previousQuestion: string | undefined, offered: readonly string[]): ReadInContext {
    const recognition = this.recognizeText(text);
    const decision = this.decide(recognition);
    if (decision.kind === 'control') return { recognition, decision };
    const joined = previousQuestion ? readTogether(previousQuestion, text) : undefined;
    // Read at most once, whichever reading below needs it.
    let joinedRecognition: FaqRecognition | undefined;
    const read = (reading: string): FaqRecognition => {
      if (reading !== joined) return this.recognizeText(reading);
      joinedRecognition ??= this.recognizeText(joined);
      return joinedRecognition;
    };
    // A question answered already is not turned into its neighbour by a remark read with it: "信用代码是对的"
    // after "法人实名提示单位名称已存在" names 信用代码, but asks no 信用代码已存在 question. A topic word answered
    // ("出国培训") is no such question: "自然人账号提示没有权限" after it asks about that topic.
    // A system named that the question before did not name is no remark but says which system it was
    // about: "是人遗系统的" after "怎么给自然人授权" is the 人遗 authorisation.
    // Not when the message alone points there first: "要几天" after "申诉找回法人账号" asks how long the appeal takes.
    const changesAnswer = (decided: Decision): boolean => {
      if (!previousQuestion || decided.kind !== 'intent' || recognition.ranking[0]?.intent === decided.intent) return false;
      const before = this.recognizeText(previousQuestion);
      if (new Set(before.analyzed.words).size < 2) return false;
      const named = this.systemsNamed(before.analyzed.words);
      if ([...this.systemsNamed(recognition.analyzed.words)].some((i) => !named.has(i))) return false;
      const answered = this.decide(before);
      return answered.kind === 'intent' && answered.intent !== decided.intent;
    };
    const followUp = joined ? this.readAsFollowUp(recognition, () => read(joined), offered) : undefined;
    if (followUp) return followUp;
    // "验证码的问题解决了，现在是密码错误": what is reported solved is no question; what follows it is.
    const tail = this.afterSolved(recognition);
    if (tail) {
      const again = this.recognizeText(tail);
      const decided = this.decide(again);
      if (decided.kind === 'intent' && this.offerable(decided.intent)) return readAgain(recognition, again, decided, true);
    }
    const overdue = previousQuestion && joined ? this.overdueAfterAnswer(recognition, decision, previousQuestion, () => read(joined)) : undefined;
    if (overdue) return overdue;
    const detail = joined && previousQuestion ? this.askedOfAnswer(recognition, decision, previousQuestion, () => read(joined)) : undefined;
    if (detail) return detail;
    const onTopic = previousQuestion && joined ? this.readOnTopic(recognition, decision, previousQuestion, () => read(joined)) : undefined;
    if (onTopic) return onTopic;
    const twin = joined ? this.systemTwin(recognition, previousQuestion, () => read(joined)) : undefined;
    if (twin) return twin;
    // "用的是IE" or "换了谷歌也不行" after a question whose answer advises another browser answers that
    // advice: the question goes on (alone, "换了谷歌也不行" had been read as the 验证码 question).
    if (previousQuestion && joined && this.namesABrowser(recognition)) {
      const before = this.decide(this.recognizeText(previousQuestion));
      if (before.kind === 'intent' && this.advisingBrowser.has(before.intent)) {
        const again = read(joined);
        const decided = this.decide(again);
        if (decided.kind === 'intent' && decided.intent === before.intent) {
          // "换了谷歌也不行", "用的就是谷歌": the advice was followed; the same answer, told so (ClientInfo.followedAdvice).
          const followed = (recognition.unsolved.length > 0 || this.inUseWords(compact(recognition.analyzed.canonical)))
            && this.namesAdvisedBrowser(recognition, before.intent);
          return { ...readAgain(recognition, again, decided), ...(followed ? { followedAdvice: true } : {}) };
        }
      }
    }
    // "进过一次了还是不行" after 法人授权时提示没有权限: the problem persists although the user did what the answer
    // says (its words); whoever can help further, as for a bare "还是不行".
    const persisting = previousQuestion ? this.persistsAfterAnswer(recognition, previousQuestion) : undefined;
    if (persisting) return { recognition, decision: persisting };
    const told = previousQuestion ? this.toldOfAnswer(recognition, previousQuestion) : undefined;
    if (told) return { recognition, decision: told };
    // "怎么弄" after "人遗授权": nothing but a question word most questions share asks the question before
    // again, as a person at the desk would take it (a question of the FAQ: not "谢谢" again). Alone it
    // points everywhere and is refused.
    if (joined && this.onlyAsksHow(recognition)) {
      const again = read(joined);
      const decided = this.decide(again);
      if (decided.kind === 'intent' && this.offerable(decided.intent)) return readAgain(recognition, again, decided);
    }
    const alone: ReadInContext = {
      recognition, decision: decision.kind === 'intent' ? this.checkAgainstContrast(text, recognition, decision) : decision,
    };
    const top = recognition.ranking[0];
    const outOfScope = !top || recognition.noneScore >= top.score;
    let choices: ScoredIntent[];
    let readings: (string | undefined)[];
    // When no reading decides: the one choice that asks what the message says ("法人" after "您是想问：
    // 火炬中心其他业务怎么办理", which asks 法人 or 自然人), if any.
    let answersWhatOneAsks = false;
    // …or, after a question answered, that question: "法人" after "忘记密码，记得" adds who asks to what was answered.
    let answeredBefore = false;
    if (decision.kind === 'intent') {
      // Answered although the message lacks a word its answer requires ("提示单位名称已存在" after "法人
      // 注册遇到问题"): the previous question may name it. A clicked title is answered as clicked.
      if (recognition.exact || !joined || outOfScope) return alone;
      // One word after a question goes on about it: "过期了" after "人遗授权" is the 人遗 authorisation that
      // expired, "一直不对" after "验证码" the 验证码; alone they are 密码过期 and 密码错误. What the reading with
      // the question decides holds if the word alone points there too (among its first few).
      const oneWord = this.soleWord(recognition.analyzed.words) !== undefined
        && this.isShort(recognition);
      if (oneWord) {
        const again = read(joined);
        const decided = this.decide(again);
        // Or if alone it was answered only for being far ahead, not sure: "已经两天了" after 实名认证审核要多久 is that
        // review's time, not the appeal's that alone it is nearest to.
        const unsure = decision.score < this.settings.answerThreshold;
        if (decided.kind === 'intent' && decided.intent !== decision.intent && (unsure || this.leansTo(recognition, decided.intent))) {
          return readAgain(recognition, again, decided);
        }
      }
      if (!recognition.ruledOut.has(decision.intent)) return alone;
      choices = this.candidatesOf(recognition);
      readings = [joined];
    } else if (previousQuestion && this.onlySaysWhoTheUserIs(recognition)) {
      // "法人" after "您是想问…": who the user is, for the question asked just before.
      const before = this.decide(this.recognizeText(previousQuestion));
      if (before.kind === 'control') return alone;
      choices = before.kind === 'intent' ? [{ intent: before.intent, score: before.score, raw: before.score }] : before.candidates;
      readings = [joined];
      answersWhatOneAsks = true;
      answeredBefore = before.kind === 'intent';
    } else if (decision.candidates.length > 0 && !outOfScope) {
      choices = decision.candidates;
      // The part after the contrast word is read for a near-tie, and for a message too unclear to answer
      // whose first question is well ahead ("实名都通过了，可是进高企认定还是进不去"). Below the answer
      // threshold, a near-tie read from its contrast word answered wrongly (two of eleven in held-out).
      const [first, runnerUp] = recognition.ranking;
      const clearLead = !runnerUp || first.raw - runnerUp.raw >= this.settings.ambiguityMargin;
      readings = [decision.kind === 'ambiguous' || clearLead ? this.afterContrast(text) : undefined,
        ...(decision.kind === 'ambiguous' ? LAST_CLAUSE_READINGS.map((n) => this.lastClauses(text, n)) : []),
        joined, this.withSubjectBefore(recognition, previousQuestion, choices)];
    } else if (previousQuestion && joined && decision.kind === 'none' && !outOfScope && this.isShort(recognition)
      && !YES_NO_QUESTION.test(recognition.analyzed.normalized)) {
      // Too little to point anywhere alone, nothing like a question the FAQ does not answer, and short:
      // "老是错" after "验证码" goes on about the question before. Read with it, what that decides holds if
      // the message alone leans that way too (among its first few, sharing a word): "好的" or "今天几号"
      // after a question are not about it.
      const again = read(joined);
      const decided = this.decide(again);
      const leans = decided.kind === 'intent' && this.leansTo(recognition, decided.intent);
      return leans && !changesAnswer(decided) ? readAgain(recognition, again, decided) : alone;
    } else {
      return alone;
    }
    const allowed = new Set(choices.map((c) => c.intent));
    // A bare topic word after a question ("怎么改" after "密码过期了") may also go on about that question.
    if (recognition.onlyNamesATopic && previousQuestion) {
      const before = this.decide(this.recognizeText(previousQuestion));
      if (before.kind === 'intent' && this.offerable(before.intent)) allowed.add(before.intent);
    }
    for (const reading of readings) {
      if (reading === undefined) continue;
      const again = read(reading);
      const decided = this.decide(again);
      if (decided.kind !== 'intent' || !allowed.has(decided.intent) || (reading === joined && changesAnswer(decided))) continue;
      // A part that only says who the user is, and when, chooses nothing: the last clause of "火炬统计调查，
      // 登录后是自然人" alone is an account turned into a natural person's.
      if (reading !== joined && this.onlySaysWhoTheUserIs(again, true)) continue;
      return readAgain(recognition, again, decided, reading !== joined);
    }
    const asking = answersWhatOneAsks && joined
      ? choices.filter((c) => this.intent(c.intent).ask.some((slot) => recognition.slots[slot] !== undefined)) : [];
    const answered = answeredBefore && choices.length === 1 && this.offerable(choices[0].intent) ? choices : [];
    const chosen = asking.length === 1 ? asking[0] : answered[0];
    if (chosen && joined) {
      return readAgain(recognition, read(joined), { kind: 'intent', intent: chosen.intent, score: chosen.score });
    }
    return alone;
  }

  /**
   * A short message read with the question before it: a reply to "您是想问" ("注册时"), when that chooses
   * one of the questions offered; a message that only says when ("实名的时候", vocabulary.circumstances),
   * whatever that reading decides.
   */
  private readAsFollowUp(recognition: FaqRecognition, readJoined: () => FaqRecognition, offered: readonly string[]): ReadInContext | undefined {
    if (!this.mayGoOn(recognition) || !this.isShort(recognition)) return undefined;
    const typed = compact(recognition.analyzed.normalized);
    const onlyWhen = this.circumstance?.test(typed) ?? false;
    if (offered.length === 0 && !onlyWhen) return undefined;
    const again = readJoined();
    const decided = this.decide(again);
    const chosen = decided.kind === 'intent' && offered.includes(decided.intent);
    if (!chosen && !onlyWhen) return undefined;
    return readAgain(recognition, again, decided);
  }

  /** The question of the FAQ a message was answered with alone, if it was (what a follow-up may refer to). */
  private answeredWith(question: string): { kind: 'intent'; intent: string; score: number } | undefined {
    const decided = this.decide(this.recognizeText(question));
    return decided.kind === 'intent' && this.offerable(decided.intent) ? { kind: 'intent', intent: decided.intent, score: decided.score } : undefined;
  }

  /**
   * A short message that says the problem persists (vocabulary.unsolved) and otherwise only what the answer to
   * the question before says (its words): the user did what it says. "进过一次了还是不行" after 法人授权时提示没有
   * 权限 gets whoever can help further (the unsolved intent), as a bare "还是不行" does; "换了几次图片还是不行"
   * after 验证码错误 gets that answer again, whose browser step is left while no browser is named.
   * (A bare "还是不行" is decided alone: saysOnlyUnsolved.)
   */
  private persistsAfterAnswer(recognition: FaqRecognition, previous: string): Decision | undefined {
    if (!this.unsolvedIntent || !this.mayGoOn(recognition) || !this.isShort(recognition)) return undefined;
    const persists = recognition.unsolved;
    if (persists.length === 0) return undefined;
    const answered = this.answeredWith(previous);
    if (!answered) return undefined;
    // Words of one character (进, 过) are verbs and particles of the story, not what it names.
    const rest = recognition.analyzed.words.filter((w) => w.length > 1 && !persists.some((p) => p.includes(w)));
    const said = this.answerSaying(answered.intent, rest.filter((w) => this.index.tellingWords([w]) > 0));
    if (said === undefined) return undefined;
    // A bare "还是不行" gives up on the answer as a whole; a step of it named done (图片) leaves the browser's.
    const browserLeft = rest.some((w) => said.includes(w)) && this.advisingBrowser.has(answered.intent)
      && !this.mentionsABrowser(recognition);
    return browserLeft ? answered : { kind: 'intent', intent: this.unsolvedIntent, score: 1 };
  }

  /**
   * "要是超过时间还没消息呢" after an answer that gives only a time to wait (申诉找回要多久: 1-2个工作日): the wait is over
   * and what the answer said would come has not (vocabulary.overdue); whoever can help further, not that answer again.
   * So after an answer of steps, one of which is to wait, when the problem is said to persist too ("等了好久了还是没有"
   * after 没有下载按钮); a wait alone there ("都等了一个星期了") leaves the other steps: that answer again. Unless the
   * message alone is another question of the FAQ: "实名审核都超过两天了" after the appeal's time is the review's.
   * Days counted are reckoned against the answer's (bot/nlp/dayCounts.ts): "已经三个工作日了" after 1-2个工作日 is past
   * it; "已经三天了" is not (a weekend may be among them), nor "等了三天了" after 约须五个工作日, and they get that
   * answer, with its time, again. After an answer that counts no days (耐心等待), days counted are a wait said.
   */
  private overdueAfterAnswer(recognition: FaqRecognition, decision: Decision, previous: string, readJoined: () => FaqRecognition): ReadInContext | undefined {
    if (!this.unsolvedIntent) return undefined;
    const said = this.overdueWords(compact(recognition.analyzed.canonical));
    const waited = said ? undefined : daysWaited(recognition.analyzed.normalized);
    if (!said && waited === undefined) return undefined;
    const answered = this.answeredWith(previous);
    if (!answered || !this.givesWait.has(answered.intent)) return undefined;
    const days = this.waitDays.get(answered.intent);
    const past = said || days === undefined || (waited !== undefined && waitedBeyond(waited, days));
    // Another question only if it names more than the wait: alone, "好久了都" is nearest to 好久没登录忘了密码.
    const namesMore = this.index.tellingWords(recognition.analyzed.words.filter((w) => !this.waitingWords.has(w))) > 0;
    if (namesMore && decision.kind === 'intent' && this.offerable(decision.intent) && decision.intent !== answered.intent) return undefined;
    if (past && (this.givesOnlyWait.has(answered.intent) || recognition.unsolved.length > 0)) {
      return { recognition, decision: { kind: 'intent', intent: this.unsolvedIntent, score: 1 } };
    }
    // A wait not yet over, or a wait alone after an answer of steps ("都等了一个星期了" after 备份号不匹配): its time or
    // its other steps remain, that answer again, and the conversation goes on from the question read with the message.
    return readAgain(recognition, readJoined(), answered);
  }

  /**
   * "他实名了" after 授权时搜不到自然人, whose answer's first reason is 实名认证: a short statement (no question
   * word), every word of which the answer just given says, tells what of that answer holds already.
   * The same answer, whose other steps remain, not the question its words alone are nearest to (怎么实名).
   */
  private toldOfAnswer(recognition: FaqRecognition, previous: string): Decision | undefined {
    if (!this.mayGoOn(recognition) || !this.isShort(recognition)) return undefined;
    if (ASKING.test(recognition.analyzed.normalized)) return undefined;
    const answered = this.answeredWith(previous);
    if (!answered) return undefined;
    const words = recognition.analyzed.words.filter((w) => w.length > 1);
    return words.length > 0 && this.answerSaying(answered.intent, words) !== undefined ? answered : undefined;
  }

  /**
   * "要发到哪个邮箱" after 单位名称变更项目丢失: a short question about a detail the answer just given gives
   * (vocabulary.details), which alone is no question of the FAQ, asks that answer again. Alone it is the help
   * desk's contacts. Not a question of the FAQ of its own: "审核要多久" after 实名认证怎么做 is the review time.
   */
  private askedOfAnswer(recognition: FaqRecognition, decision: Decision, previous: string, readJoined: () => FaqRecognition): ReadInContext | undefined {
    if (!this.mayGoOn(recognition) || !this.isShort(recognition)) return undefined;
    if (decision.kind === 'intent' && this.offerable(decision.intent)) return undefined;
    const answered = this.answeredWith(previous);
    if (!answered) return undefined;
    const named = this.systemsNamed(this.recognizeText(previous).analyzed.words);
    if ([...this.systemsNamed(recognition.analyzed.words)].some((i) => !named.has(i))) return undefined;
    const given = this.detailsGiven.get(answered.intent);
    const key = compact(recognition.analyzed.canonical);
    const asksDetail = given !== undefined && this.detailGroups.some((forms, i) => given.has(i) && forms.some((w) => key.includes(w)));
    // Or it names only what the answer names ("在哪检索信息" after 注册最后一步乱码: 去注册界面检索信息是否存在; "单位名称是
    // 一样的" after 备份号不匹配), and alone points to no other question ("一直在审核中" after "实名" is the review time).
    // Not a yes or no the answer does not give ("能批量改吗" after 如何修改授权).
    const mentioned = recognition.analyzed.words.filter((w) => w.length > 1 && !this.vagueWords.has(w) && this.index.tellingWords([w]) > 0);
    const pointsElsewhere = decision.kind !== 'none' || decision.candidates.some((c) => c.intent !== answered.intent);
    const asksYesOrNo = YES_NO_QUESTION.test(recognition.analyzed.normalized);
    if (!asksDetail && (pointsElsewhere || asksYesOrNo || mentioned.length === 0 || this.answerSaying(answered.intent, mentioned) === undefined)) return undefined;
    // Read with the question before, another question of the FAQ: "要几天" after "实名认证" is the review time,
    // which realname.how's note gives too, but which is a question of its own.
    const again = readJoined();
    const joined = this.decide(again);
    if (joined.kind === 'intent' && this.offerable(joined.intent) && joined.intent !== answered.intent) return undefined;
    return readAgain(recognition, again, answered);
  }

  /**
   * A message after a bare topic word ("人遗", "高企": its questions were offered, not all of them) is
   * asked about that topic: "怎么授权给员工" after "人遗" is how to authorise for 人遗. Read with it, what
   * it confidently decides holds, whether or not it was among the questions offered. So after a bare
   * system name that had a question of its own answered ("因公出国": which account): "提示没有权限" then
   * is that system's, not the platform's.
   */
  private readOnTopic(recognition: FaqRecognition, alone: Decision, previous: string, readJoined: () => FaqRecognition): ReadInContext | undefined {
    if (!this.mayGoOn(recognition)) return undefined;
    const top = recognition.ranking[0];
    if (!top || recognition.noneScore >= top.score) return undefined;
    // A topic is one word: a longer message before is no bare topic (and is not recognised again).
    if (compact(normalizeText(previous)).length > MAX_TOPIC_CHARS) return undefined;
    const before = this.pipeline.analyze(previous);
    if (!this.namesOnlyATopic(before) && !this.namesOnlyASystem(before)) return undefined;
    const again = readJoined();
    const decided = this.decide(again);
    // A message answered alone holds unless it points to that question too: "谢谢" or "怎么授权" after "怎么实名认证"
    // (a topic word with a question of its own) are no 实名认证 question; "法人还是自然人" after "因公出国" is.
    if (decided.kind !== 'intent' || (alone.kind === 'intent' && !this.leansTo(recognition, decided.intent))) return undefined;
    return readAgain(recognition, again, decided);
  }

  /**
   * "那提示没权限呢" after "出国培训用哪个账号": alone, the platform's own question (法人授权时没有权限); read with
   * the question before, the same question of the system the conversation is about. Taken when that
   * system's question is ruled out alone only for what the question before supplies (joined, it is not),
   * the message names no system of its own, and alone it points to that question too.
   */
  private systemTwin(recognition: FaqRecognition, previousQuestion: string | undefined, readJoined: () => FaqRecognition): ReadInContext | undefined {
    if (!previousQuestion || !this.mayGoOn(recognition) || this.systemsNamed(recognition.analyzed.words).size > 0) return undefined;
    const top = recognition.ranking[0];
    if (!top || recognition.noneScore >= top.score) return undefined;
    const before = this.recognizeText(previousQuestion).analyzed.words;
    if (this.systemsNamed(before).size === 0) return undefined;
    // Read with the system alone where the whole question before would outweigh it: "老账号还能登录吗" after "外专
    // 系统实名提示证件已被使用" is the 外专 old account's, if the message asks and alone points there among its first
    // few. A statement ("管理员重新授权了" after 人遗授权已过期) tells what was done, and is read below.
    if (ASKING.test(recognition.analyzed.normalized)) {
      const inSystem = this.recognizeText(`${this.systemNames(before)}${recognition.analyzed.canonical}`);
      const there = this.decide(inSystem);
      if (there.kind === 'intent' && this.offerable(there.intent) && top.intent !== there.intent && this.leansTo(recognition, there.intent)) {
        return readAgain(recognition, inSystem, there);
      }
    }
    const again = readJoined();
    const decided = this.decide(again);
    if (decided.kind !== 'intent' || !recognition.ruledOut.has(decided.intent) || again.ruledOut.has(decided.intent)) return undefined;
    // The same question in the system named before: the message alone need only make it a candidate ("那实名的时候说身份证
    // 已存在呢" after an 外专 question is nearer to the platform's three 已存在 questions than to the 外专 one).
    const candidate = recognition.ranking.find((r) => r.intent === decided.intent && r.raw > 0 && r.score >= this.settings.suggestThreshold);
    return this.leansTo(recognition, decided.intent) || candidate ? readAgain(recognition, again, decided) : undefined;
  }

  /** Whether a message names a browser the answer to an intent advises ("换了谷歌" after 验证码错误: 谷歌浏览器). */
  private namesAdvisedBrowser(r: FaqRecognition, intent: string): boolean {
    const texts = this.answerTexts.get(intent) ?? [];
    return r.analyzed.words.some((w) => this.browserForms.has(w) && texts.some((said) => said.includes(w)));
  }

  /**
   * The text of the one answer of an intent that says every one of these words, if any. Words said only across two
   * of its answers are not what an answer says: after 忘记密码 (登录名重置密码 or 申诉找回), "验证码一直错" has
   * 验证码 from the appeal's note and 错误 from 登录名或密码错误, and is the 验证码 question.
   */
  private answerSaying(intent: string, words: readonly string[]): string | undefined {
    return (this.answerTexts.get(intent) ?? []).find((said) => words.every((w) => said.includes(w)));
  }

  /** The system words among these words, each once, run together: what a reading "in that system" starts with. */
  private systemNames(words: readonly string[]): string {
    return [...new Set(words.filter((w) => this.systemWords.has(w)))].join('');
  }

  /** The systems (vocabulary.systems, by group) these words name. */
  private systemsNamed(words: readonly string[]): Set<number> {
    return new Set(words.flatMap((w) => this.systemOf.get(w) ?? []));
  }

  /** Whether a message alone points to an intent too: among its first few (maxCandidates), sharing a word with it. */
  private leansTo(recognition: FaqRecognition, intent: string): boolean {
    return recognition.ranking.slice(0, this.settings.maxCandidates).some((r) => r.intent === intent)
      && this.index.sharesWord(intent, recognition.analyzed.words);
  }

  /** A message of one word that the examples of topicWordIntents intents or more share ("人遗", "密码"). */
  private namesOnlyATopic(analyzed: AnalyzedText): boolean {
    const word = this.soleWord(analyzed.words);
    return word !== undefined && this.index.labelsWithWord(word) >= this.settings.topicWordIntents;
  }

  /**
   * The one word a message says beside words most questions share ("怎么改": 修改; "人遗": 人类遗传资源) and
   * words no example has ("0x80070005 失败"), if it says one: a message of one word in effect.
   */
  private soleWord(words: readonly string[]): string | undefined {
    const distinct = [...new Set(words)];
    if (distinct.length === 1) return distinct[0];
    if (distinct.length > 3) return undefined;
    const telling = distinct.filter((w) => this.index.tellingWords([w]) === 1);
    return telling.length === 1 ? telling[0] : undefined;
  }

  /** A message that may go on from the question before: no clicked title, command, injection or other service's problem. */
  private mayGoOn(r: FaqRecognition): boolean {
    return !r.exact && !r.control && !r.injection && !r.elsewhere;
  }

  /** A message no longer than a follow-up (followUpMaxChars, as typed). */
  private isShort(r: FaqRecognition): boolean {
    return compact(r.analyzed.normalized).length <= this.settings.followUpMaxChars;
  }

  /** A short message that names a browser (vocabulary.browsers): "用的是IE", "换了谷歌也不行". */
  private namesABrowser(r: FaqRecognition): boolean {
    return this.mayGoOn(r) && this.isShort(r) && this.mentionsABrowser(r);
  }

  /** A browser named as typed, or once its typo is corrected ("换了流览器也没用"). */
  private mentionsABrowser(r: FaqRecognition): boolean {
    const words = this.browserWords;
    return words !== undefined && (words.test(r.analyzed.normalized) || words.test(r.analyzed.canonical));
  }

  /**
   * A short message whose only words are ones most questions share ("怎么弄", "那怎么办": 怎么), and
   * vocabulary.vague ("在哪个菜单").
   */
  private onlyAsksHow(r: FaqRecognition): boolean {
    const words = r.analyzed.words.filter((w) => !this.vagueWords.has(w));
    return this.mayGoOn(r) && this.isShort(r) && (words.length > 0 || r.onlyAsksWhereOrHow)
      && this.index.knownWords(words) === new Set(words).size && this.index.tellingWords(words) === 0;
  }

  /** Short, with a vocabulary.vague word, and nothing else but words most questions share ("在哪里操作"). */
  private asksOnlyWhereOrHow(analyzed: AnalyzedText): boolean {
    if (compact(analyzed.normalized).length > this.settings.followUpMaxChars) return false;
    const rest = analyzed.words.filter((w) => !this.vagueWords.has(w));
    return rest.length < analyzed.words.length && this.index.tellingWords(rest) === 0
      && this.index.knownWords(rest) === new Set(rest).size;
  }

  /** A message that is one of vocabulary.systems and nothing else ("因公出国", "外专系统"). */
  private namesOnlyASystem(analyzed: AnalyzedText): boolean {
    return new Set(analyzed.words).size === 1 && this.systemWords.has(analyzed.words[0]);
  }

  /** The intents a message points to: offerable, from suggestThreshold, at most maxCandidates. */
  private candidatesOf(r: FaqRecognition): ScoredIntent[] {
    return r.ranking.filter((c) => c.score >= this.settings.suggestThreshold && this.offerable(c.intent) && !this.contradicts(c.intent, r.slots))
      .slice(0, this.settings.maxCandidates);
  }


  /**
   * A story whose part after its last contrast word ("……提示登录名或密码错误，我用登录名重置，结果说没有
   * 预留手机号") is clearly about another question than the whole: which one the user means now is not
   * certain, so both are offered ("您是想问"), never the whole's answer alone. Only a question the whole
   * message points to as well (a candidate) is offered beside it; a part that leaves out what the answer
   * `requires` speaks of the same subject and does not count against it.
   */
  private checkAgainstContrast(text: string, whole: FaqRecognition, decision: Decision & { kind: 'intent' }): Decision {
    if (whole.exact) return decision;
    // Only a question the whole points to could be offered beside its answer, or answered instead of it (a
    // narrower one): without one, the tail need not be read (a long story's second recognition is most of what it costs).
    // Nor one whose notWhen the whole states ("我连登录名都不知道" is no 登录名不存在).
    const offerable = (r: ScoredIntent): boolean => r.intent !== decision.intent && r.score >= this.settings.suggestThreshold
      && this.offerable(r.intent) && !this.overlap(r.intent, decision.intent) && !this.contradicts(r.intent, whole.slots);
    const narrower = (r: ScoredIntent): boolean => r.score >= this.settings.suggestThreshold && this.narrows(r.intent, decision.intent);
    if (!whole.ranking.some((r) => offerable(r) || narrower(r))) return decision;
    const tail = this.afterContrast(text);
    if (tail === undefined) return decision;
    const tailRecognition = this.recognizeText(tail);
    // A part that leaves out what the whole's answer requires says it of the same subject: "以前外专系统的
    // 账号现在登不上，提示密码错误" is the 外专 account's wrong password, "验证码明明对的却说不对" the 验证码's.
    if (this.lacksWhatItRequires(tailRecognition, decision.intent)) return decision;
    const read = this.decide(tailRecognition);
    // What that part points to: its answer, or its best candidate; of those the whole does not rule out by what
    // it states ("我现在知道登录名，但是密码不知道…重置密码收不到验证码" points past 都忘记了 to 无预留手机号).
    const possible = (intent: string): boolean => !this.contradicts(intent, whole.slots);
    const pointsTo = read.kind === 'control' ? undefined : read.kind === 'intent' && possible(read.intent) ? read.intent
      : (read.kind === 'intent' ? this.candidatesOf(tailRecognition) : read.candidates).find((c) => possible(c.intent))?.intent;
    // That part names the very problem of which the whole is the general kind: "账号和密码都是对的，可是验证码每次
    // 都说不正确" is the 验证码 question, not 登录不上 (which would ask which problem it is).
    if (read.kind === 'intent' && read.intent !== decision.intent && this.narrows(read.intent, decision.intent)) return read;
    if (!pointsTo || pointsTo === decision.intent || this.overlap(pointsTo, decision.intent)) return decision;
    // A part torn between the other question and the whole's own ("……已被注册了，但是单位名称没被注册过")
    // does not speak against the whole.
    if (read.kind === 'ambiguous' && read.candidates.some((c) => c.intent === decision.intent)) return decision;
    const top = whole.ranking.find((r) => r.intent === decision.intent);
    const other = whole.ranking.find((r) => r.intent === pointsTo);
    if (!top || !other || !offerable(other)) return decision;
    return { kind: 'ambiguous', candidates: [top, other] };
  }

  /**
   * The message read with what the question before named and the message leaves out, of what its candidates
   * require: "如果是实名时显示已存在呢" after "注册显示证件号码已被注册" is read as 证件号码 + the message (the 证件号码's
   * 实名 question), where the whole question before would outweigh it with its 注册. Undefined if it names none.
   */
  private withSubjectBefore(r: FaqRecognition, previousQuestion: string | undefined, choices: readonly ScoredIntent[]): string | undefined {
    // A question only: a statement ("信用代码是对的", "是人遗系统") tells of the question before, read with it whole.
    if (!previousQuestion || !ASKING.test(r.analyzed.normalized)) return undefined;
    const before = this.recognizeText(previousQuestion).analyzed.words;
    const text = compact(r.analyzed.asserted);
    const carried = new Set<string>();
    for (const { intent } of choices) {
      for (const has of this.requiredWords.get(intent) ?? []) {
        if (!has(text)) for (const w of before) if (has(w)) carried.add(w);
      }
    }
    return carried.size > 0 ? `${[...carried].join('')}${r.analyzed.canonical}` : undefined;
  }

  /** Whether a (part of a) message names none of some group of words an intent `requires`. */
  private lacksWhatItRequires(r: FaqRecognition, intent: string): boolean {
    const text = compact(r.analyzed.asserted);
    return (this.requiredWords.get(intent) ?? []).some((has) => !has(text));
  }

  /** The last `count` clauses of a message that has more, as typed (normalised). */
  private lastClauses(text: string, count: number): string | undefined {
    const clauses = normalizeText(readablePart(text, this.settings.maxMessageChars)).split(' ');
    if (clauses.length < count + 1) return undefined;
    return clauses.slice(-count).join(' ');
  }

  /** The part of a message after its last contrast word, when there is enough of it to read. */
  private afterContrast(text: string): string | undefined {
    if (!this.contrast) return undefined;
    const normalized = normalizeText(readablePart(text, this.settings.maxMessageChars));
    let end = -1;
    for (const m of normalized.matchAll(this.contrast)) end = m.index + m[0].length;
    if (end < 0) return undefined;
    const tail = normalized.slice(end).trim();
    return compact(tail).length >= MIN_CONTRAST_TAIL_CHARS ? tail : undefined;
  }

  /**
   * Whether a message only says who the user is ("我是法人", "我用的是法人账号"; vocabulary.userStatements
   * beside the slot's words). `orWhen`: also when, after what (vocabulary.circumstances): "登录后是自然人".
   */
  private onlySaysWhoTheUserIs(r: FaqRecognition, orWhen = false): boolean {
    const userSlots = { slots: this.userSlots };
    const statement = (w: string): boolean => this.userStatementWords.has(w) || (orWhen && this.circumstanceWords.has(w));
    return this.userSlots.some((name) => r.slots[name] !== undefined)
      && this.slotExtractor.mayBeOnlySlotWords(r.analyzed.words.filter((w) => !statement(w)), userSlots)
      && this.slotExtractor.residualWordsCanonical(r.analyzed.canonical, userSlots).every(statement)
      && !this.slotExtractor.namesTwoValues(r.analyzed.canonical, userSlots);
  }

  /** Only questions the FAQ answers are offered as candidates, never 问候 or 致谢. */
  /** Whether a message names someone other than the user (vocabulary.others: "员工自己的密码怎么改"). */
  namesOthers(r: FaqRecognition): boolean {
    return r.analyzed.words.some((w) => this.otherWords.has(w));
  }

  /** Whether a message states all the slot values of an intent's `notWhen`. */
  private contradicts(intent: string, slots: SlotValues): boolean {
    return this.contradictingSlots.get(intent)?.every(([slot, value]) => slots[slot] === value) ?? false;
  }

  /** Of some slot values, those that say who the user is (slots marked aboutUser: userType, role). */
  aboutUser(slots: SlotValues): SlotValues {
    return Object.fromEntries(this.userSlots.flatMap((name) => slots[name] === undefined ? [] : [[name, slots[name]]]));
  }

  private offerable(intentId: string): boolean {
    return this.offerableIntents.has(intentId);
  }

  /** Whether every answer of `narrow` is one of `broad`'s, and `broad` has more: 验证码错误 narrows 登录不上. */
  private narrows(narrow: string, broad: string): boolean {
    const of = (id: string): readonly string[] => { const i = this.intentsById.get(id); return i ? answersOf(i) : []; };
    const wide = new Set(of(broad));
    const answers = of(narrow);
    return answers.length > 0 && answers.length < wide.size && answers.every((a) => wide.has(a));
  }

  /** Two intents that can lead to the same answer are not a real ambiguity. */
  private overlap(a: string, b: string): boolean {
    const ia = this.intentsById.get(a);
    const ib = this.intentsById.get(b);
    if (!ia || !ib) return false;
    const answers = new Set(answersOf(ia));
    return answersOf(ib).some((x) => answers.has(x));
  }

  slotDefinition(name: string): SlotDefinition {
    const slot = this.model.slots.get(name);
    if (!slot) throw new Error(`FaqRecognizer.slotDefinition(): no slot named '${name}'`);
    return slot;
  }

  /** A reply that only says yes (vocabulary.affirmations: "对", "是的"), its punctuation aside. */
  affirms(text: string): boolean {
    return this.affirmationWords.has(compact(normalizeText(readablePart(text, this.settings.maxMessageChars))));
  }

  /**
   * Is a reply to a clarifying question a new question, other than the one being clarified?
   * It must clear the higher rerouteThreshold: "不知道" is a reply, not a question about 登录名.
   */
  isNewQuestion(text: string, currentIntent: string): boolean {
    return this.newQuestionOf(text, currentIntent) !== undefined;
  }

  /** Like isNewQuestion, but a question that leads to one of the same answers is none ("登录名也忘了" after 忘记密码). */
  asksForAnotherAnswer(text: string, currentIntent: string): boolean {
    const other = this.newQuestionOf(text, currentIntent);
    return other !== undefined && !this.overlap(other, currentIntent);
  }

  /**
   * Is a reply that answers nothing asked, read after the question being clarified, another question of the FAQ?
   * One that asks something ("需要多长时间" after 申诉找回账号, asked 自然人还是法人: how long the appeal takes) need
   * only be answerable, as a new question; a statement ("不知道") must clear rerouteThreshold.
   */
  refinesIntoNewQuestion(question: string, reply: string, currentIntent: string): string | undefined {
    const { normalized, canonical } = this.recognizeText(reply).analyzed;
    const asks = ASKING.test(normalized) || ASKING.test(canonical);
    const refined = readTogether(question, reply);
    return this.newQuestionOf(refined, currentIntent, asks) !== undefined ? refined : undefined;
  }

  private newQuestionOf(text: string, currentIntent: string, asks = false): string | undefined {
    // A reply that takes back what was said ("说错了，是密码过期了") says a new question is coming: what follows
    // need only be answerable.
    const corrected = this.afterCorrection(text);
    const decision = this.decide(this.recognizeText(corrected ?? text));
    const threshold = corrected !== undefined || asks ? this.settings.answerThreshold : this.settings.rerouteThreshold;
    return decision.kind === 'intent' && decision.intent !== currentIntent && decision.score >= threshold
      && (corrected === undefined || this.offerable(decision.intent)) ? decision.intent : undefined;
  }

  /**
   * What follows a first clause that only takes back what was said before (vocabulary.corrections: "不对，是自然人"),
   * or undefined. A correction is a short clause: a longer first clause is not canonicalised again to find out; an
   * interjection before it ("哦不对", "啊不是") says nothing, its words are what is compared.
   */
  private afterCorrection(text: string): string | undefined {
    const clauses = normalizeText(text).split(' ');
    if (clauses.length < 2 || clauses[0].length > this.longestCorrection + 2) return undefined;
    const first = clauses[0];
    const takesBack = this.correctionWords.has(compact(this.pipeline.canonicalize(first)))
      || this.correctionWords.has(this.pipeline.analyze(first).words.join(''));
    return takesBack ? clauses.slice(1).join(' ') : undefined;
  }

  /** Whether `text` rules an intent out (its requires, avoids, notWhen) that `before` did not. */
  rulesOut(text: string, before: string, intentId: string): boolean {
    return this.recognizeText(text).ruledOut.has(intentId) && !this.recognizeText(before).ruledOut.has(intentId);
  }

  /**
   * Does a reply, read after the question it answers, still ask that question? "密码也忘了" after
   * "忘记登录名了" adds to it (登录名和密码都忘了); alone it would be another question.
   */
  addsTo(question: string, reply: string, intentId: string): boolean {
    // "谢谢" or "转人工" while a question is asked: said to the bot, not about the question.
    const own = this.decide(this.recognizeText(reply));
    if (own.kind === 'intent' && !this.offerable(own.intent)) return false;
    const decision = this.decide(this.recognizeText(readTogether(question, reply)));
    return decision.kind === 'intent' && decision.intent === intentId;
  }

  intent(id: string): IntentDefinition {
    const intent = this.intentsById.get(id);
    if (!intent) throw new Error(`FaqRecognizer.intent(): no intent with the id '${id}'`);
    return intent;
  }

  private toResult(r: FaqRecognition): FaqRecognizerResult {
    const intents: Record<string, { score: number }> = {};
    for (const { intent, score } of r.ranking) intents[intent] = { score };
    const top = r.ranking[0]?.score ?? 0;
    intents[NONE_INTENT] = { score: r.exact ? 0 : Math.max(r.noneScore, 1 - top) };
    return {
      text: r.text,
      alteredText: r.analyzed.canonical,
      intents,
      entities: { slots: r.slots, ...(r.control ? { control: r.control } : {}) },
      faq: r,
    };
  }
}
