// Stage 1b: fix pinyin-input typos of the domain's words (蜜码 → 密码, 验正码 → 验证码,
// 申述 → 申诉): a run of characters that sounds exactly like a known word but is written
// differently is rewritten to that word. A run that is a real word of its own (国企, not
// 过期), or whose first character ends a real or domain word (老师名下, 外专以前), is left alone: jieba's dictionary decides
// what a real word is.
import * as nodejieba from 'nodejieba';
import { loadJieba } from './jiebaDictionary';
import { isHan } from './normalizer';
import { syllablesOf } from './sounds';

const MAX_WORD = 8;

/** Characters that put what comes before them somewhere (平台里, 系统内): after a noun, they begin no typo. */
const LOCATIVE = /[里内]/u;

// A two-character word half of which is a particle (谢了, 忘了) rests on one content character, and a
// single character has many homophones: "上面写了很多账号" is no 谢了. Such words are not looked for.
const PARTICLE = /[了啦吗呢吧啊的]/;

/**
 * Characters that stand alone in a sentence as often as in a word (时, 里, 的, 是, 人, 我 …): a run that opens with one
 * may be that character and a real word after it ("注册时名称" is 时 + 名称, not 实名).
 */
const FUNCTION_CHAR = /[人我你他她它时里内上下前后中的地得是在了说和与就也都还又把被给对向从到为以而或及其之这那有没不很再才已会能要可将让]/u;

/**
 * A syllable as a pinyin typist may mistype it: the front and back nasals of -in/-ing and
 * -en/-eng merged (实民 for 实名, 身分 for 身份), as many speakers do not tell them apart.
 */
function loose(syllable: string): string {
  return syllable.replace(/([ie])ng$/, '$1n');
}

/** Per character: its loose syllable (a character that is not Chinese stands for itself). */
const looseCache = new Map<string, string>();

function looseSyllablesOf(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    let l = looseCache.get(ch);
    if (l === undefined) {
      l = loose(syllablesOf(ch)[0]);
      looseCache.set(ch, l);
    }
    out.push(l);
  }
  return out;
}

export class HomophoneCorrector {
  /** "mi ma" → 密码; a sound shared by two known words is ambiguous and not used. */
  private readonly bySound = new Map<string, string | null>();
  /** "mi" → [{密码, [mi, ma]}, …], longest first: where to look from a character. */
  private readonly byFirstSyllable = new Map<string, { word: string; syllables: string[] }[]>();
  private readonly known = new Set<string>();
  private readonly minLength: number;

  /**
   * `sameAs`: a word's canonical form (登陆名 → 登录名). Two known words with one sound are no ambiguity
   * when they are the same word: the typo is written as their canonical form.
   */
  constructor(words: readonly string[], minLength = 2, sameAs: (word: string) => string = (w) => w) {
    loadJieba();
    this.minLength = minLength;
    for (const word of words) {
      if (word.length < minLength || word.length > MAX_WORD || ![...word].every(isHan)) continue;
      if (word.length === 2 && PARTICLE.test(word)) continue;
      this.known.add(word);
      const sound = looseSyllablesOf(word).join(' ');
      const existing = this.bySound.get(sound);
      const written = sameAs(word);
      this.bySound.set(sound, existing === undefined || existing === written ? written : null);
    }
    for (const [sound, word] of this.bySound) {
      if (word === null) continue;
      const syllables = sound.split(' ');
      const list = this.byFirstSyllable.get(syllables[0]) ?? [];
      list.push({ word, syllables });
      this.byFirstSyllable.set(syllables[0], list.sort((a, b) => b.syllables.length - a.syllables.length));
    }
  }

  correct(text: string): string {
    if (this.byFirstSyllable.size === 0) return text;
    const chars = [...text];
    const sounds = looseSyllablesOf(text);
    // Most messages have no typo: the text is rebuilt only around what is replaced.
    const out: string[] = [];
    let kept = 0;
    let i = 0;
    while (i < chars.length) {
      const word = this.typoAt(chars, sounds, i);
      if (word === undefined) {
        i++;
        continue;
      }
      out.push(chars.slice(kept, i).join(''), word.word);
      i += word.length;
      kept = i;
    }
    if (out.length === 0) return text;
    out.push(chars.slice(kept).join(''));
    return out.join('');
  }

  /** The known word a typo starting at `i` stands for, and the typo's length in characters. */
  private typoAt(chars: readonly string[], sounds: readonly string[], i: number): { word: string; length: number } | undefined {
    // Candidates start with this character's sound, longest first.
    for (const { word, syllables } of this.byFirstSyllable.get(sounds[i]) ?? []) {
      const len = syllables.length;
      if (i + len > chars.length) continue;
      let same = true;
      for (let k = 1; k < len && same; k++) same = sounds[i + k] === syllables[k];
      if (!same) continue;
      const window = chars.slice(i, i + len);
      if (!window.every(isHan)) continue; // a Latin letter can sound like a syllable ("a")
      const original = window.join('');
      if (original === word || this.known.has(original)) return undefined; // written as a domain word already
      if (this.isRealWord(original)) continue;
      // "老师名下" is 老师 + 名下, not 老 + 实名: a run whose first character makes a word with the
      // one before it is no typo. (At the run's end a word of the language is weighed below: "服务事像是空白"
      // is 事项 + 是.)
      if (i > 0 && isHan(chars[i - 1]) && this.isWord(chars[i - 1] + chars[i])) continue;
      // Nor one that opens with a place word after a noun: "平台里只显示" is 平台 + 里 + 只, not 离职.
      if (i > 0 && isHan(chars[i - 1]) && LOCATIVE.test(chars[i])) continue;
      // Nor one whose first character ends a domain word written as such: "主代办人一栏" is no 人遗.
      if (this.closesKnownWord(chars, i)) continue;
      // "先实名认证" is 先 + 实名认证, not 显示 + 名认证: a run whose last character opens a domain word is no typo.
      if (this.opensKnownWord(chars, i + len - 1)) continue;
      // One of two characters whose last opens a word of the language ("系统里之前": 之前; "注册时名称": 名称) is
      // a typo only when the word it stands for completes a domain word with the text before it. A longer run
      // that sounds like a domain word ("服务事像是": 服务事项) is one anyway.
      // Only a run that opens with a function character can be read so ("时", "里"): "实明显示" is 实名 + 显示, whatever
      // 明显 is.
      if (len < 3 && FUNCTION_CHAR.test(chars[i]) && this.opensRealWord(chars, i + len - 1) && !this.completesKnownWord(chars, i, word)) continue;
      return { word, length: len };
    }
    return undefined;
  }

  /** Whether a domain word, written as such, starts at character `at`. */
  private opensKnownWord(chars: readonly string[], at: number): boolean {
    for (let end = at + 2; end <= Math.min(chars.length, at + MAX_WORD); end++) {
      if (this.known.has(chars.slice(at, end).join(''))) return true;
    }
    return false;
  }

  /** Whether a domain word, written as such, ends at character `at` (inclusive). */
  private closesKnownWord(chars: readonly string[], at: number): boolean {
    for (let start = Math.max(0, at - MAX_WORD + 1); start <= at - 1; start++) {
      if (this.known.has(chars.slice(start, at + 1).join(''))) return true;
    }
    return false;
  }

  /** Whether a word of the language (two to four characters, all Chinese) starts at character `at`. */
  private opensRealWord(chars: readonly string[], at: number): boolean {
    for (let end = at + 2; end <= Math.min(chars.length, at + 4); end++) {
      const piece = chars.slice(at, end);
      if (piece.every(isHan) && this.isRealWord(piece.join(''))) return true;
    }
    return false;
  }

  /** Whether `word`, put at `at`, ends a longer domain word begun by the text before it (服务 + 事项). */
  private completesKnownWord(chars: readonly string[], at: number, word: string): boolean {
    for (let start = Math.max(0, at - MAX_WORD); start < at; start++) {
      if (this.known.has(chars.slice(start, at).join('') + word)) return true;
    }
    return false;
  }

  /** A domain word ("外专", which jieba's own dictionary cuts in two) or a word of the language. */
  private isWord(text: string): boolean {
    return this.known.has(text) || this.isRealWord(text);
  }

  private isRealWord(text: string): boolean {
    const cut = nodejieba.cut(text);
    return cut.length === 1;
  }
}
