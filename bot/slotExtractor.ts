// Finds the slot values a message states ("我是法人" → userType: legal).
//
// Words are matched in the canonical text, longest first and without overlap, against three
// kinds of phrase: slot words, the domain's own terms, and negations. A slot word inside a
// longer term does not count (企业 in 高新技术企业认定), nor one right after a negation
// (不是法人). Two different values for one slot cancel out: better to ask than to guess.
import { SlotDefinition, SlotValues, Vocabulary } from './model';
import { escapeRegExp } from './nlp/normalizer';
import { TextPipeline } from './nlp/textPipeline';

interface Phrase {
  text: string;
  kind: 'reply' | 'word' | 'negation' | 'term';
  slot?: string;
  value?: string;
}

interface Match {
  start: number;
  end: number;
  phrase: Phrase;
}

const PRIORITY: Record<Phrase['kind'], number> = { reply: 0, word: 1, negation: 2, term: 3 };

/** What may stand between a shownAfter word and the value it shows: "提示的是个人用户", "变成了自然人", "提示我是自然人", "提示这是自然人账号", "显示我们是自然人". */
const SHOWN_FILLER = /^[的是为了成我们这该此 ]{0,4}$/u;

/** What may stand between a shownAfter word and what it shows: "提示：“登录名或密码错误”". */
const SHOWN_LEAD = /^[的是为了成说我们这该此 :：“”"']*/u;

/** What a cache holds for a set of slots, built the first time that set is asked for. */
function onceFor<T>(cache: Map<string, T>, slots: readonly string[], build: () => T): T {
  const key = slots.join('\u0000');
  let value = cache.get(key);
  if (value === undefined) {
    value = build();
    cache.set(key, value);
  }
  return value;
}

/** A message this short (characters) may be answered with a one-character reply (是, 对, 不). */
const SHORT_REPLY_CHARS = 3;

export interface SlotExtractionOptions {
  /** Only these slots are looked for. */
  slots: readonly string[];
  /** The slot whose question this message answers: its reply words count too. */
  asked?: string;
}

export class SlotExtractor {
  private readonly phrases: Phrase[] = [];
  /** Per slot, its words and replies. */
  private readonly slotPhrases = new Map<string, Phrase[]>();
  /** Terms and negations: they compete with every slot's words. */
  private readonly neutralPhrases: Phrase[];
  private readonly slotWordPatterns = new Map<string, RegExp>();
  private readonly slotTexts = new Map<string, string[]>();
  private readonly slotParts = new Map<string, Set<string>>();
  private readonly firstCharIndex = new WeakMap<readonly Phrase[], Map<string, Phrase[]>>();
  /** Per slot with shownAfter: those words, canonical (a space where words are apart: "shows as"). */
  private readonly shownWords = new Map<string, string[]>();
  /** Per slot and the slot it is implied by: the words of every other slot (built once a pair). */
  private readonly otherSlotWords = new Map<string, Phrase[]>();
  /** Per slot with accountEndings: those endings, canonical. */
  private readonly accountEndings = new Map<string, string[]>();
  /** Per slot with subjects: those words, canonical. */
  private readonly subjects = new Map<string, string[]>();
  /** Per slot with impliedBy: the slot whose value it takes when the message states no value of its own. */
  private readonly impliedBy = new Map<string, string>();

  constructor(slots: ReadonlyMap<string, SlotDefinition>, vocabulary: Vocabulary, private readonly pipeline: TextPipeline) {
    const add = (text: string, phrase: Omit<Phrase, 'text'>): void => {
      const canonical = pipeline.canonicalize(text);
      if (canonical) this.phrases.push({ text: canonical, ...phrase });
    };
    for (const slot of slots.values()) {
      for (const choice of slot.choices) {
        for (const w of choice.words) add(w, { kind: 'word', slot: slot.name, value: choice.value });
        for (const w of choice.replies) add(w, { kind: 'reply', slot: slot.name, value: choice.value });
      }
    }
    for (const w of vocabulary.negations) add(w, { kind: 'negation' });
    for (const w of [...vocabulary.terms, ...pipeline.rewriter.canonicalWords()]) add(w, { kind: 'term' });
    for (const p of this.phrases) {
      if (p.slot !== undefined) this.slotPhrases.set(p.slot, [...(this.slotPhrases.get(p.slot) ?? []), p]);
    }
    this.neutralPhrases = this.phrases.filter((p) => p.slot === undefined);
    for (const slot of slots.values()) {
      const words = slot.shownAfter.map((w) => pipeline.canonicalize(w)).filter((w) => w !== '');
      if (words.length > 0) this.shownWords.set(slot.name, words);
      if (slot.impliedBy !== undefined) this.impliedBy.set(slot.name, slot.impliedBy);
      const endings = slot.accountEndings.map((w) => pipeline.canonicalize(w)).filter((w) => w !== '');
      if (endings.length > 0) this.accountEndings.set(slot.name, endings);
      const subjects = slot.subjects.map((w) => pipeline.canonicalize(w)).filter((w) => w !== '');
      if (subjects.length > 0) this.subjects.set(slot.name, subjects);
    }
  }

  /** Slot values stated by a text (raw user text; it is canonicalised here). */
  extract(text: string, options: SlotExtractionOptions): SlotValues {
    return this.extractCanonical(this.pipeline.canonicalize(text), options);
  }

  /** What a message says besides slot words: its content words once every slot phrase is removed. */
  residualWords(text: string, options: SlotExtractionOptions): string[] {
    return this.residualWordsCanonical(this.pipeline.canonicalize(text), options);
  }

  /**
   * Whether these words could all be parts of slot phrases: each a phrase or one of the words it is
   * segmented into, so 他 is no part of 法人其他信息 (a cheap test before residualWordsCanonical, which
   * segments the text again).
   */
  mayBeOnlySlotWords(words: readonly string[], options: SlotExtractionOptions): boolean {
    const parts = this.slotWordParts(options.slots);
    return words.every((w) => parts.has(w));
  }

  residualWordsCanonical(canonical: string, options: SlotExtractionOptions): string[] {
    const rest = canonical.replace(this.slotWordsPattern(options.slots), ' ');
    return this.pipeline.segmenter.contentWords(rest.replace(/\s+/g, ' ').trim());
  }

  /** Every word of these slots and every negation, whole and segmented (built once a slot set). */
  private slotWordParts(slots: readonly string[]): Set<string> {
    return onceFor(this.slotParts, slots, () => {
      const texts = this.slotWordTexts(slots);
      return new Set([...texts, ...texts.flatMap((t) => this.pipeline.segmenter.contentWords(t))]);
    });
  }

  /** Every word of these slots and every negation, longest first (built once a slot set). */
  private slotWordTexts(slots: readonly string[]): string[] {
    return onceFor(this.slotTexts, slots, () => this.phrases
      .filter((p) => p.kind === 'negation' || (p.slot !== undefined && slots.includes(p.slot)))
      .map((p) => p.text)
      .sort((a, b) => b.length - a.length));
  }

  /** slotWordTexts as one pattern (built once a slot set). */
  private slotWordsPattern(slots: readonly string[]): RegExp {
    return onceFor(this.slotWordPatterns, slots, () => {
      const texts = this.slotWordTexts(slots);
      // A pattern that never matches when there is nothing to remove.
      return new RegExp(texts.length > 0 ? texts.map(escapeRegExp).join('|') : '(?!)', 'gu');
    });
  }

  extractCanonical(canonical: string, options: SlotExtractionOptions): SlotValues {
    const out: SlotValues = {};
    const neutral = this.matches(canonical, this.neutralPhrases);
    /** Slots whose value the system was said to show, in the slot's own words. */
    const shownOwn = new Set<string>();
    for (const slot of options.slots) {
      const { value, shown } = this.stated(canonical, slot, options, neutral);
      if (shown) shownOwn.add(slot);
      if (value !== undefined) out[slot] = value;
    }
    // A slot implied by one not looked for still takes its value: "机构" or "本人" answers the role asked.
    const implying: SlotValues = {};
    for (const slot of options.slots) {
      const from = this.impliedBy.get(slot);
      if (from === undefined || options.slots.includes(from) || out[slot] !== undefined) continue;
      // Asked this slot, the other's replies answer it too ("自己的": one's own account, a person's).
      const { value } = this.stated(canonical, from, { slots: [from], ...(options.asked === slot ? { asked: from } : {}) }, neutral);
      if (value !== undefined) implying[from] = value;
    }
    for (const slot of options.slots) {
      const from = this.impliedBy.get(slot);
      if (from === undefined || shownOwn.has(slot)) continue;
      const fromValue = out[from] ?? implying[from];
      // What the system showed, in the other slot's words: "登录以后显示我是个人" shows the role, and outweighs
      // the account the user named ("公司账号登上去居然是个人的") when it stands right after, in the same clause
      // and not inside a longer term (not 个人 in "法人登录后进系统，提示个人信息没有实名认证"). Else who the user
      // is says what the account is, unless the message tells what the system shows.
      const shown = this.valueShownAfter(canonical, slot, from, out[slot] !== undefined);
      if (out[slot] !== undefined && shown === undefined) continue;
      if (shown !== undefined) out[slot] = shown;
      else if (fromValue !== undefined && !this.tellsWhatWasShown(canonical, slot, from)) out[slot] = fromValue;
    }
    return out;
  }

  /** The one value a message states for a slot, if it states one, and whether the system was said to show one. */
  private stated(canonical: string, slot: string, options: SlotExtractionOptions, neutral: readonly Match[]): { value?: string; shown: boolean } {
    const said = this.said(canonical, slot, options, neutral);
    const values = new Set(said.map((m) => m.phrase.value));
    const shown = new Set(said.filter((m) => this.isShown(canonical, slot, m)).map((m) => m.phrase.value));
    // Two different values cancel out: better to ask than to guess. Unless the system showed one of them:
    // "用公司账号登录，提示是个人用户" is an account shown as a natural person's.
    let decided = values.size > 1 ? shown : values;
    // Else the account named decides: "我是公司员工，用自己的个人账号登录" is a natural person's account.
    if (decided.size !== 1 && values.size > 1) decided = new Set(said.filter((m) => this.namesAccount(slot, m)).map((m) => m.phrase.value));
    // Else a word naming what the slot is about: "登录名我知道……密码谁也不知道" remembers the login name.
    if (decided.size !== 1 && values.size > 1) {
      const subjects = this.subjects.get(slot) ?? [];
      decided = new Set(said.filter((m) => subjects.some((w) => m.phrase.text.includes(w))).map((m) => m.phrase.value));
    }
    const [value] = decided.size === 1 ? [...decided] : [];
    return { ...(value !== undefined ? { value } : {}), shown: shown.size > 0 };
  }

  /**
   * Whether a message names two values of one of these slots: "企业账号为什么变成了自然人账号" tells
   * of a change, which is a problem of its own, not only who the user is.
   */
  namesTwoValues(canonical: string, options: SlotExtractionOptions): boolean {
    const neutral = this.matches(canonical, this.neutralPhrases);
    return options.slots.some((slot) => new Set(this.said(canonical, slot, options, neutral).map((m) => m.phrase.value)).size > 1);
  }

  /** A slot's phrases the message states: not negated, not inside a longer term; its words over bare replies. */
  private said(canonical: string, slot: string, options: SlotExtractionOptions, neutral: readonly Match[]): Match[] {
    const short = canonical.replace(/ /g, '').length <= SHORT_REPLY_CHARS;
    // Each slot competes only with terms and negations: 是法人 (a role) does not hide 法人 (a user type).
    const own = this.matches(canonical, this.slotPhrases.get(slot) ?? []).filter((m) => m.phrase.kind === 'word'
      // 是 / 对 / 不 answer a question only when they are the whole answer, not inside 我是法人.
      || (slot === options.asked && (m.phrase.text.length > 1 || short)));
    const taken = this.longestFirst([...own, ...neutral]);
    const negationEnds = new Set(taken.filter((t) => t.phrase.kind === 'negation').map((t) => t.end));
    // 不是法人 / 不是 法人: a negation right before, or one space before.
    const negated = (m: Match): boolean =>
      negationEnds.has(m.start) || (canonical[m.start - 1] === ' ' && negationEnds.has(m.start - 1));
    const stated = taken.filter((m) => m.phrase.slot !== undefined && !negated(m));
    // Words say more than bare replies: where both are found, the words decide.
    const hasWords = stated.some((m) => m.phrase.kind === 'word');
    return stated.filter((m) => !hasWords || m.phrase.kind === 'word');
  }

  /**
   * Whether a message tells what the system showed for this slot: one of its shownAfter words, unless
   * what follows is another slot's word ("用公司的信用代码登录，提示登录名或密码错误" shows a wrong password,
   * not the account's role).
   */
  private tellsWhatWasShown(canonical: string, slot: string, from: string): boolean {
    const key = `${slot}\u0000${from}`;
    let others = this.otherSlotWords.get(key);
    if (!others) {
      others = [...this.slotPhrases].filter(([name]) => name !== slot && name !== from)
        .flatMap(([, phrases]) => phrases.filter((p) => p.kind === 'word'));
      this.otherSlotWords.set(key, others);
    }
    return this.textsShown(canonical, slot).some((after) => !others.some((p) => after.startsWith(p.text)));
  }

  /** The value of slot `from` a shownAfter word of `slot` is followed by ("提示我是个人": natural), if one is. */
  private valueShownAfter(canonical: string, slot: string, from: string, closeOnly = false): string | undefined {
    const phrases = (this.slotPhrases.get(from) ?? []).filter((p) => p.kind === 'word');
    for (const after of this.textsShown(canonical, slot, closeOnly)) {
      const found = phrases.filter((p) => after.startsWith(p.text)).sort((a, b) => b.text.length - a.text.length)[0];
      if (found?.value === undefined) continue;
      const terms = this.byFirstChar(this.neutralPhrases).get(after[0]) ?? [];
      if (terms.some((p) => p.text.length > found.text.length && after.startsWith(p.text))) continue;
      return found.value;
    }
    return undefined;
  }

  /**
   * What follows each of a slot's shownAfter words in a text (its lead, "：“" or 我是, left out), in order of
   * the words; with sameClause, none whose lead crosses into the next clause.
   */
  private textsShown(canonical: string, slot: string, sameClause = false): string[] {
    return (this.shownWords.get(slot) ?? []).flatMap((w) => {
      const texts: string[] = [];
      for (let at = canonical.indexOf(w); at >= 0; at = canonical.indexOf(w, at + 1)) {
        const rest = canonical.slice(at + w.length);
        const lead = SHOWN_LEAD.exec(rest)?.[0] ?? '';
        if (!sameClause || !lead.includes(' ')) texts.push(rest.slice(lead.length));
      }
      return texts;
    });
  }

  /** Whether a match names the account itself (its word ends with one of the slot's accountEndings). */
  private namesAccount(slot: string, m: Match): boolean {
    return (this.accountEndings.get(slot) ?? []).some((e) => m.phrase.text.endsWith(e));
  }

  /** Whether a slot's shownAfter word stands right before a match (a filler like 的是 between), or begins it. */
  private isShown(canonical: string, slot: string, m: Match): boolean {
    const before = canonical.slice(Math.max(0, m.start - 12), m.start);
    return (this.shownWords.get(slot) ?? []).some((w) => {
      // The word may say it itself: 变成个人 in "登录企业账号后变成个人账号了".
      if (m.phrase.text.startsWith(w)) return true;
      const at = before.lastIndexOf(w);
      return at >= 0 && SHOWN_FILLER.test(before.slice(at + w.length));
    });
  }

    private matches(canonical: string, phrases: readonly Phrase[]): Match[] {
    const found: Match[] = [];
    const byFirst = this.byFirstChar(phrases);
    for (let at = 0; at < canonical.length; at++) {
      const starting = byFirst.get(canonical[at]);
      if (!starting) continue;
      for (const phrase of starting) {
        if (canonical.startsWith(phrase.text, at)) found.push({ start: at, end: at + phrase.text.length, phrase });
      }
    }
    return found;
  }

  /** Phrases by their first character (built once a phrase list): a message is read once, not once a phrase. */
  private byFirstChar(phrases: readonly Phrase[]): Map<string, Phrase[]> {
    let index = this.firstCharIndex.get(phrases);
    if (!index) {
      index = new Map();
      for (const p of phrases) index.set(p.text[0], [...(index.get(p.text[0]) ?? []), p]);
      this.firstCharIndex.set(phrases, index);
    }
    return index;
  }

  /** The longest matches first, none overlapping another. */
  private longestFirst(matches: Match[]): Match[] {
    matches.sort((a, b) =>
      (b.end - b.start) - (a.end - a.start) || PRIORITY[a.phrase.kind] - PRIORITY[b.phrase.kind] || a.start - b.start);
    const taken: Match[] = [];
    for (const m of matches) {
      if (!taken.some((t) => m.start < t.end && t.start < m.end)) taken.push(m);
    }
    return taken;
  }

}
