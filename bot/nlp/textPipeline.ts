// The Chinese language pipeline, in the order it runs:
// normalise → correct homophone typos → rewrite synonyms → segment → features (words, pinyin bigrams).
import { Vocabulary } from '../model';
import { HomophoneCorrector } from './homophoneCorrector';
import { escapeRegExp, isHan, normalizeText, wordAlternation } from './normalizer';
import { bigramsOf, pinyinBigrams } from './pinyinFeatures';
import { hanSyllables } from './sounds';
import { rememberRecent } from './recentResults';
import { Segmenter } from './segmenter';
import { SynonymRewriter } from './synonymRewriter';

export interface AnalyzedText {
  /** After width, case, script and punctuation normalisation. */
  normalized: string;
  /** After synonyms were rewritten to their canonical words. */
  canonical: string;
  /** Content words of the canonical text. */
  words: string[];
  /** Pinyin bigrams of the content words. */
  sounds: string[];
  /** The same, per clause (what punctuation or a space separated), for scoring a long message's parts. */
  clauses: { words: string[]; sounds: string[] }[];
  /** The canonical text without its denied clauses: what the message asserts. */
  asserted: string;
}

// Who may open a denying clause before its denial word, up to four of them: "我不是法人", "这个不是人遗的问题",
// "我从来没重置过", "可是我以前从来没注册过".
const DENIAL_SUBJECTS = ['我', '我们', '这', '这个', '那', '那个', '它', '并', '也', '都', '从来', '从', '以前', '之前', '真的', '确实', '根本', '可是', '但是', '但', '不过'];

// Who opens a denial inside an unpunctuated piece ("平台实名时提示证件号已存在我没用过外专系统"): the speaker or a
// contrast. Inside a piece a bare 这/也/都 before 不是 is rarely a clause of its own ("两个都不是"), and 从来 or 以前
// may follow the subject the clause began with ("我们医院从来没用过人遗系统").
const MID_DENIAL_OPENERS = ['我', '我们', '可是', '但是', '不过', '其实'];

// A denial inside a piece runs to its end: one that asks something there is the question too ("……我不是法人代表
// 能当主代办人吗"), and is not broken off.
const ASKS = /[吗么呢]|怎|如何|什么|哪|能否|是否|可以|可不可以|能不能/u;

// After a "not X" denial, the 是 that says what it is instead ("不是人遗系统是政务服务平台"), unless it is part of
// another word (还是, 就是, 是不是, 是否 …).
const INSTEAD = /(?<![不还就也都要但可只于总老凡而])(而是|是)(?!否|不是)/gu;

/** Denials of the "not X" kind, after which a 是 says what it is instead. */
const NOT_X = ['不是', '并不是', '并非', '不属于'];

/**
 * A "not X" inside a piece, not part of another word (是不是, 还不是, 如果不是 …): "重置密码的时候不是说登录名不存在是一直
 * 转圈" denies what it names as much as one opening the piece, when a 是 then says what it is instead.
 */
const MID_NOT_X = /(?<![是还可要若果就也都只])(?:并不是|不是)/gu;

/** A character that denies what follows it: between the parts of an implied phrase, the phrase is not said. */
const NOT = /[没不未无]/u;

/** Characters at most between the parts of a vocabulary.implied phrase ("单位名称字换了": 字). */
const IMPLIED_GAP = 2;

/** A Latin letter: an English word the rewriter may have written in Chinese. */
const LATIN = /[a-z]/u;

/** Characters up to which a piece without punctuation is one clause (withClauseBreaks). */
const UNBROKEN_CHARS = 24;

export class TextPipeline {
  readonly corrector: HomophoneCorrector;
  readonly rewriter: SynonymRewriter;
  readonly segmenter: Segmenter;
  /**
   * A clause that opens with a denial (vocabulary.denials: "不是人遗系统，是政务服务平台…", "我没用过外专系统")
   * says what the question is not: its words are left out of the features, as long as the message
   * says something else too.
   */
  private readonly denial: RegExp | undefined;

  /** A denial opened by the speaker or a contrast inside a piece (MID_DENIAL_OPENERS): where a clause begins. */
  private readonly midDenial: RegExp | undefined;

  /** A piece's opening "not X" denial (NOT_X, after DENIAL_SUBJECTS). */
  private readonly notX: RegExp;

  /** vocabulary.contrasts and clauseOpeners (two characters or more), canonical: where a long unpunctuated piece is broken. */
  private readonly clauseBreaks: RegExp | undefined;

  /** vocabulary.implied, as patterns over canonical text. */
  private readonly implied: { word: string; phrase: RegExp }[];

  /** vocabulary.systems, canonical and without spaces (the recognizer reads them too). */
  readonly systemWords: ReadonlySet<string>;
  /** vocabulary.platform, likewise: named beside a system, the platform says nothing more. */
  private readonly platformWords: Set<string>;

  constructor(vocabulary: Vocabulary) {
    // Terms that are stopwords too are kept whole only to hide a part of them (一个人: no 个人 in it).
    const stop = new Set(vocabulary.stopwords);
    this.rewriter = new SynonymRewriter(vocabulary.synonyms, vocabulary.terms, vocabulary.terms.filter((t) => stop.has(t)));
    // Typos are corrected towards every domain word, the variants of a synonym group included; a sound
    // two variants share (登录名, 登陆名) is written as their group's first word.
    const groupOf = new Map<string, string>();
    for (const group of vocabulary.synonyms) for (const w of group) groupOf.set(normalizeText(w), normalizeText(group[0]));
    // Not towards a stopword kept whole (一个人): "以个人身份" is no typo of it. Nor towards a word written as a
    // stopword (好的 → 明白了, 无数次 → 多次): "身份证号的时候" is no 好的, and a stopword says nothing anyway.
    const stopwords = new Set(vocabulary.stopwords.map(normalizeText));
    const targets = [...vocabulary.terms, ...vocabulary.synonyms.flat()].map(normalizeText)
      .filter((w) => !stopwords.has(w) && !stopwords.has(groupOf.get(w) ?? w));
    this.corrector = new HomophoneCorrector(targets, 2, (w) => groupOf.get(w) ?? w);
    this.segmenter = new Segmenter(this.rewriter.canonicalWords(), vocabulary.stopwords);
    // Parts are written as the rewriter writes them (公司名 → 单位名称), a few characters apart, no space between.
    this.implied = Object.entries(vocabulary.implied).flatMap(([word, phrases]) => phrases.map((p) => ({
      word: this.rewriter.rewrite(normalizeText(word)),
      phrase: new RegExp(p.split('…').map((part) => escapeRegExp(this.rewriter.rewrite(normalizeText(part)))).join(`[^ ]{0,${IMPLIED_GAP}}`), 'gu'),
    })));
    const openers = [...vocabulary.contrasts, ...vocabulary.clauseOpeners].map((w) => this.canonicalize(w)).filter((w) => w.length >= 2);
    this.clauseBreaks = openers.length > 0 ? new RegExp(wordAlternation(openers), 'gu') : undefined;
    // Compared with canonical clauses, so canonical too (没用过 is written 没有用过 there).
    const denials = [...this.canonicalWords(vocabulary.denials)];
    this.denial = denials.length > 0
      ? new RegExp(`^(?:${wordAlternation(DENIAL_SUBJECTS)}){0,4}(?:${wordAlternation(denials)})`, 'u')
      : undefined;
    this.midDenial = denials.length > 0
      ? new RegExp(`(?:${wordAlternation(MID_DENIAL_OPENERS)})(?:${wordAlternation(DENIAL_SUBJECTS)}){0,3}(?:${wordAlternation(denials)})`, 'gu')
      : undefined;
    this.notX = new RegExp(`^(?:${wordAlternation(DENIAL_SUBJECTS)}){0,4}(?:${wordAlternation(NOT_X)})`, 'u');
    this.systemWords = this.canonicalWords(vocabulary.systems.flat());
    this.platformWords = this.canonicalWords(vocabulary.platform);
  }

  /** Vocabulary words as the pipeline writes them: canonical, without spaces, each once. */
  private canonicalWords(words: readonly string[]): Set<string> {
    return new Set(words.map((w) => this.canonicalize(w).replace(/ /g, '')).filter((w) => w !== ''));
  }

  /**
   * A denial typed without punctuation is a clause all the same: broken before one the speaker opens inside a piece
   * ("……提示证件号已存在我没用过外专系统"), and after a "not X" at a piece's start, before the 是 that says what
   * it is instead ("不是人遗系统是政务服务平台怎么给员工授权"). Then the denied part is left out as a punctuated one is.
   */
  private withDenialBreaks(canonical: string): string {
    const mid = this.midDenial;
    if (!mid) return canonical;
    const notXBroken = canonical.replace(MID_NOT_X, (m: string, at: number, whole: string) =>
      (at === 0 || whole[at - 1] === ' ' || this.insteadAt(whole.slice(at)) === undefined ? m : ` ${m}`));
    return notXBroken.split(' ').map((piece) => {
      const broken = piece.replace(mid, (m: string, at: number, whole: string) =>
        (at === 0 || ASKS.test(whole.slice(at)) ? m : ` ${m}`));
      return broken.split(' ').map((part) => {
        const at = this.insteadAt(part);
        return at === undefined ? part : `${part.slice(0, at)} ${part.slice(at)}`;
      }).join(' ');
    }).join(' ');
  }

  /**
   * Where, in a part opening with "not X", the 是 that says what it is instead begins; undefined when there is none,
   * or when what it is instead says nothing (two characters at least after the 是).
   */
  private insteadAt(part: string): number | undefined {
    const opening = this.notX.exec(part);
    if (!opening) return undefined;
    INSTEAD.lastIndex = opening[0].length + 1;
    const instead = INSTEAD.exec(part);
    return instead !== null && part.length - (instead.index + instead[0].length) >= 2 ? instead.index : undefined;
  }

  /**
   * A story typed without punctuation ("……重置了密码但是还是提示密码错误请问怎么办") is one long piece: broken
   * before its contrast words and clause openers (vocabulary.contrasts and clauseOpeners, of two characters or
   * more), where a punctuated story has its clauses. A piece of up to UNBROKEN_CHARS characters is left whole.
   */
  private withClauseBreaks(canonical: string): string {
    const breaks = this.clauseBreaks;
    if (!breaks || canonical.length <= UNBROKEN_CHARS) return canonical;
    return canonical.split(' ').map((piece) => piece.length <= UNBROKEN_CHARS ? piece
      : piece.replace(breaks, (m: string, at: number) => (at === 0 ? m : ` ${m}`))).join(' ');
  }

  /** normalise + rewrite (+ the words phrases imply): the form in which words are compared as text. */
  readonly canonicalize = rememberRecent((text: string): string => this.imply(this.rewritten(this.corrector.correct(normalizeText(text)))));

  /**
   * Synonyms rewritten. An English word written in Chinese may complete a Chinese phrase with what is around it
   * ("开permission" is 开权限, a way of saying 授权): where a Latin word was there, the text is rewritten once more.
   */
  private rewritten(text: string): string {
    const once = this.rewriter.rewrite(text);
    return LATIN.test(text) && once !== text ? this.rewriter.rewrite(once) : once;
  }

  /** vocabulary.implied: after a phrase that implies a word without writing it, that word ("单位名称字换变更了"). */
  private imply(canonical: string): string {
    let out = canonical;
    // Not where the word is written already, in the phrase or just after it ("单位名称变更": 变 is a part),
    // nor where the phrase is denied ("单位名称没变过", "单位名称不变").
    for (const { word, phrase } of this.implied) {
      out = out.replace(phrase, (m: string, at: number, text: string) =>
        (NOT.test(m) || text.slice(at, at + m.length + word.length).includes(word) ? m : m + word));
    }
    return out;
  }

  analyze(text: string): AnalyzedText {
    const normalized = normalizeText(text);
    const canonical = this.withDenialBreaks(this.withClauseBreaks(this.canonicalize(text)));
    // cutChunks gives one chunk per non-empty space-separated piece, in order.
    const pieces = canonical.split(' ').filter((p) => p !== '');
    const denying = pieces.map((p) => this.denial?.test(p) ?? false);
    // Alone, a denial is all the message says ("不是法人"): then it is kept.
    const denied = denying.every(Boolean) ? denying.map(() => false) : denying;
    const chunks = this.segmenter.cutChunks(canonical).filter((_c, i) => !denied[i]);
    // In a Chinese message, a space between Latin and Chinese ("404 页面没了", "captcha 一直错误") is typography,
    // not a clause boundary: a piece without Chinese joins the next one (the previous one, when last).
    const hasHan = (chunk: string[]): boolean => chunk.some((w) => [...w].some(isHan));
    const chinese = [...normalized].some(isHan);
    const joined: string[][] = [];
    let pending: string[] = [];
    for (const chunk of chunks) {
      if (chinese && !hasHan(chunk)) { pending.push(...chunk); continue; }
      joined.push([...pending, ...chunk]);
      pending = [];
    }
    if (pending.length > 0) {
      if (joined.length > 0) joined[joined.length - 1].push(...pending);
      else joined.push(pending);
    }
    const syllables: string[] = [];
    // The platform named beside one of its systems ("科技部政务平台人遗系统怎么报备") says nothing the system does not:
    // its words would only pull towards the platform's own login questions.
    const namesSystem = joined.some((chunk) => chunk.some((w) => this.systemWords.has(w)));
    const clauses = joined.flatMap((chunk) => {
      const words = chunk.filter((w) => !this.segmenter.isStopword(w) && !(namesSystem && this.platformWords.has(w)));
      if (words.length === 0) return [];
      const own = hanSyllables(words);
      syllables.push(...own);
      return [{ words, sounds: bigramsOf(own) }];
    });
    // A message of nothing but stopwords (你好, 在吗) is matched on all its words.
    const content = clauses.flatMap((c) => c.words);
    const words = content.length > 0 ? content : chunks.flat();
    const sounds = content.length > 0 ? bigramsOf(syllables) : pinyinBigrams(words);
    const asserted = pieces.filter((_p, i) => !denied[i]).join(' ');
    return { normalized, canonical, words, sounds, clauses, asserted };
  }
}
