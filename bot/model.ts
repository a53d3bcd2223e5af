// The shapes of what intents/ and knowledge/ declare, once loaded and checked.
// Data says what; these types are the contract between the YAML and the code.

export interface KnowledgeEntry {
  id: string;
  /** Where the fact comes from in the FAQ ("一 1.1"); absent for conversation entries. */
  source?: string;
  category: string;
  title: string;
  answer: string;
  steps: string[];
  note?: string;
  /** The FAQ's "use the latest Google Chrome" advice, kept apart so it goes only to those not on it. */
  browserAdvice?: BrowserAdvice;
  related: string[];
  file: string;
}

export interface BrowserAdvice {
  /** The advice; when place is 'answer', the entry's answer is the advice. */
  text: string;
  /** before/after the steps, or 'answer' when the advice is the whole answer. */
  place: 'before' | 'after' | 'answer';
  /** Said instead when the user is known to be on the recommended browser ({browser} is filled in). */
  otherwise?: string;
}

/** Which browser the FAQ recommends, and from which major version a browser counts as current. */
export interface BrowserPolicy {
  recommended: string;
  currentFrom: number;
  /** Names users know, by the name the user-agent parser gives. */
  names: Record<string, string>;
}

export type SlotValues = Record<string, string>;

export interface SlotChoice {
  value: string;
  title: string;
  /** Fill the slot wherever they appear in a message. */
  words: string[];
  /** Fill the slot only as the reply to this slot's own question. */
  replies: string[];
}

export interface SlotDefinition {
  name: string;
  /** The slot says who the user is (法人, 自然人), not what went wrong. */
  aboutUser: boolean;
  question: string;
  choices: SlotChoice[];
  /**
   * Words after which a value is what the system shows ("登录后提示是个人用户"): such a value decides
   * between two the message states, as what the account shows outweighs what the user logged in with.
   */
  shownAfter: string[];
  /**
   * Endings of words that name the account itself (个人账号, 单位用户): where no shown value decides between
   * two values a message states, these do, as the account outweighs whom the user works for
   * ("我是公司员工，用自己的个人账号登录").
   */
  accountEndings: string[];
  /**
   * Words that name what the slot is about (登录名): where neither a shown value nor the account decides
   * between two values, a word naming it does, over one that names nothing ("登录名我知道……密码谁也不知道":
   * 谁也不知道 is of the password).
   */
  subjects: string[];
  /**
   * Another slot whose value this one takes when a message states that one and says nothing of
   * what the system shows (no shownAfter word): "火炬中心别的业务个人怎么办" logs in as a natural person.
   */
  impliedBy?: string;
}

export interface AnswerRule {
  when: SlotValues;
  answer: string;
}

export interface IntentDefinition {
  id: string;
  /** How the intent is offered as a choice ("您是想问：…"); a single answer's title by default. */
  title: string;
  /** Slots to clarify, in the order they are asked. */
  ask: string[];
  /** Tried in order; the first rule whose conditions all hold is the answer. */
  answers: AnswerRule[];
  /** Slot values the intent states by itself. */
  implies: SlotValues;
  /**
   * Words a message names when it means this intent and not its generic twin (人类遗传资源 for
   * hgr.grant against auth.grant), in groups: a message needs one word of each group ("人遗" and
   * "授权" for hgr.grant). For each group it names none of, the intent's score is scaled down.
   */
  requires: string[][];
  /**
   * Words without which a message is not this question at all, whatever else it shares with the examples
   * ("要用哪个账号办理" is not 因公出国培训's which account): a group of `requires` that scales three times when missed.
   * Empty: none.
   */
  topic: string[];
  /** Words that mean a different question (高企认定的条件 is not how to get into the system): scaled down. */
  avoids: string[];
  /**
   * Slot values that mean a different question, scaled down the same way: "账号密码忘了，登录名还记得"
   * has the words of 登录名和密码都忘了 but states nameRemembered: yes. Empty: none.
   */
  notWhen: SlotValues;
  /** A message that only says the problem persists (vocabulary.unsolved: "还是不行") gets this intent's answer. */
  takesUnsolved: boolean;
  /** A message that only says the problem is solved (vocabulary.solved, nothing asked after it: "可以登录了，谢谢") gets this intent's answer. */
  takesSolved: boolean;
  examples: string[];
  file: string;
}

export type ControlKind = 'cancel' | 'restart' | 'help' | 'back';
export const CONTROL_KINDS: readonly ControlKind[] = ['cancel', 'restart', 'help', 'back'];

export interface Vocabulary {
  terms: string[];
  /** Each group: canonical word first. */
  synonyms: string[][];
  stopwords: string[];
  negations: string[];
  /** Words that report a problem solved ("可以登录了，谢谢"): such a message asks no FAQ question. */
  solved: string[];
  /** Words that say the problem persists ("还是不行", "试了也没用"): alone, the message asks for more help than the FAQ's answer gave. */
  unsolved: string[];
  /** Words that open a clause saying what the question is not ("不是人遗系统，是…", "我没用过外专系统"). */
  denials: string[];
  /** Forms of a question about what something is or whether it is advisable (是什么意思, 安全吗): the FAQ says what to do about a problem. */
  /** Groups of words for details an answer gives (邮箱, 盖章, 多久): a short question after an answer asking one it gives. */
  details: string[][];
  /** Words by which an answer gives a time to wait (工作日, 耐心等待): after it, `overdue` may follow. */
  waits: string[];
  /** Words that say the wait is over and nothing came ("超过时间还没消息"): after an answer that gives a time, more help is needed. */
  overdue: string[];
  /** Words that say a browser named is the one in use already (用的就是, 已经是): with the advised one, the advice is followed. */
  inUse: string[];
  /** Words of where and how that name no problem (操作, 菜单): with question words only, a message asks nothing alone. */
  vague: string[];
  /** Words naming someone other than the user (员工, 他): who the conversation said the user is does not hold for them. */
  others: string[];
  /** Words asking for a person (人工客服): every FAQ answer scales down once, as for generalQuestions. */
  personRequests: string[];
  /** Clauses that open a reply and only take back what was said ("不对", "说错了"): the rest of the reply is read. */
  corrections: string[];
  generalQuestions: string[];
  /** Forms of a comparison ("主代办人和法定代表人有什么区别", "…是一回事吗"): the FAQ defines neither thing; no answer, no candidates. */
  comparisons: string[];
  /** Words of an attempt to instruct the bot ("忽略之前的指令"): such a message gets no answer, no candidates. */
  injections: string[];
  /** Words after which a story states its problem ("实名已经通过了，但是服务事项是空的"). */
  contrasts: string[];
  /** Words that introduce what the system said ("提示登录名不存在"): in a story, the clause with one states the problem. */
  reports: string[];
  /** Words of a failure the user saw (搜索不到): like `reports`, in a story the clause with one states the problem. */
  symptoms: string[];
  /**
   * The platform's systems, each a group of its names ([人类遗传资源, 申报系统, 遗传办]): named anywhere in a
   * story, the subject of each clause, unless the story names several systems (a list, not a subject).
   */
  systems: string[][];
  /** What happened to the user that a story says once (变更: the unit was renamed): like `systems`, read with each of its clauses. */
  background: string[];
  /** Endings of a message that only says when ("实名的时候", "注册时"): with a previous question, it is read with it. */
  circumstances: string[];
  /** Words that, beside the words of a slot about the user, still only say who the user is ("我是用法人账号登录的"). */
  userStatements: string[];
  /**
   * A word that phrases imply without writing it, by word: "公司名字改过了" says 变更, though the rewriter keeps
   * 单位名称 whole and so never sees 名字改过. Each phrase is canonical parts joined by "…", at most
   * IMPLIED_GAP characters apart; the word is written after the phrase.
   */
  implied: Record<string, string[]>;
  /** Names of browsers and their modes (IE, 360浏览器, 极速模式): a short message naming one after advice to change browser answers that advice. */
  browsers: string[];
  /** Names of other services ("社保", "个税", "学信网"): a message about one of them, naming neither this platform nor its systems, is not answered. */
  elsewhere: string[];
  /** Names of this platform itself (政务服务平台, 科技部): with `systems`, what keeps a message in scope though it names another service. */
  platform: string[];
  /**
   * Greetings and thanks that, beside a question, say nothing of it (你好, 谢谢, 打扰一下), with every word of their
   * synonym groups: "备份号。谢谢！" is read as 备份号.
   */
  courtesies: string[];
  /** Words that open a clause (请问, 然后): with `contrasts`, where a long story typed without punctuation is broken into clauses. */
  clauseOpeners: string[];
  /** Replies that say yes ("对", "是的"): after "您是想问" with one question offered, they choose it. */
  affirmations: string[];
}

export const COMMAND_KINDS = ['catalogue', 'search'] as const;
export type CommandKind = (typeof COMMAND_KINDS)[number];

export const MESSAGE_KEYS = [
  'welcome', 'help', 'cancelled', 'restarted', 'nothingToCancel', 'nothingToGoBack',
  'relatedIntro', 'clarifyRetry', 'clarifyGiveUp', 'didYouMean', 'noneOfThese', 'fallback',
  'fallbackWithCandidates', 'fallbackHandoff', 'userNoted', 'tooLong', 'notText', 'empty', 'error', 'sourcePrefix',
  'ratingPrompt', 'ratingThanks', 'ratingAskWhy', 'ratingCommentThanks', 'ratingAlreadyDone', 'ratingNothingToRate', 'ratingSkip',
  'stateConflict', 'rateLimited',
  'browserNotice', 'adviceFollowed', 'staffWhy', 'staffIntent', 'staffConfidence', 'staffRunnerUps', 'choicesIntro',
  'catalogueIntro', 'catalogueCategory', 'searchResults', 'searchNone', 'searchUsage',
] as const;
export type MessageKey = (typeof MESSAGE_KEYS)[number];

export interface Rating {
  label: string;
  /** 5 = 非常满意 … 1 = 非常不满意 */
  value: number;
}

export interface Messages {
  text: Record<MessageKey, string>;
  popularQuestions: string[];
  hotQuestions: { days: number; count: number };
  ratings: Rating[];
  browser: BrowserPolicy;
}

export interface RecognizerSettings {
  /** At or above: answer (or clarify) without asking which question was meant. */
  answerThreshold: number;
  /** At or above (and below answerThreshold): offered as a candidate. */
  suggestThreshold: number;
  /** At or above (and below answerThreshold): answered when it leads the runner-up by leadMargin (raw) or more. */
  leadThreshold: number;
  leadMargin: number;
  /**
   * A message at least this long (characters, spaces left out) leads from longLeadThreshold instead,
   * unless its leader is ruled out: a story's many words dilute its similarity to every question alike.
   */
  longMessageChars: number;
  longLeadThreshold: number;
  /**
   * A leader the message rules out twice over (an `avoids` word named) leads only while the message is less like
   * the out-of-scope examples than this (noneScore): near them, it is a question the FAQ does not answer in its words.
   */
  avoidedLeadMaxNone: number;
  /** A reply to a clarifying question is taken as a new question only at or above this. */
  rerouteThreshold: number;
  /** Top two intents closer than this (raw similarity), leading to different answers: ask which. */
  ambiguityMargin: number;
  /** How many candidates a fallback or "did you mean" offers at most. */
  maxCandidates: number;
  /** Weight of word features against pinyin-bigram features in the similarity (0..1). */
  wordWeight: number;
  /** Exponent on query coverage in the similarity; 1 − it goes to example coverage. */
  queryCoverageWeight: number;
  /** Share of the score that the natural Bayes classifier may move (0..1). */
  classifierWeight: number;
  /** Answers scored below this are logged as low-confidence, for editors to review. */
  lowConfidenceBelow: number;
  /** What a score is multiplied by for each reason the message rules the intent out (requires, avoids, notWhen, solved). */
  requireMissFactor: number;
  /** A long message's best clause counts this much of its own score (0..1); see focusOnClauses. */
  clauseWeight: number;
  /**
   * Platt scaling fitted on cross-validation (npm run eval -- --folds 5): the reported score is
   * 1 / (1 + e^-(slope·raw + intercept)), an estimate of the chance the answer is right.
   * Absent: scores are the raw similarities.
   */
  calibration?: { slope: number; intercept: number };
  /** Characters of a message read at most; the rest is ignored. */
  maxMessageChars: number;
  /** A message of one word that the examples of at least this many intents share names a topic (人遗, 密码), not a problem: candidates, no answer. */
  topicWordIntents: number;
  /** ... unless the top intent leads the next by at least this much (raw similarity). */
  topicMargin: number;
  /**
   * A reply right after "您是想问" of at most this many characters ("实名的时候", "注册时") says which of the
   * offered questions is meant: read with the question before it, it chooses among them.
   */
  followUpMaxChars: number;
}

export interface FaqModel {
  knowledge: Map<string, KnowledgeEntry>;
  intents: IntentDefinition[];
  /** Questions the FAQ does not answer: what "none" looks like. */
  outOfScope: string[];
  slots: Map<string, SlotDefinition>;
  vocabulary: Vocabulary;
  controls: Record<ControlKind, string[]>;
  /** Staff commands: 目录 (browse by category) and 搜索 (search by keyword). */
  commands: Record<CommandKind, string[]>;
  messages: Messages;
  recognizer: RecognizerSettings;
}
