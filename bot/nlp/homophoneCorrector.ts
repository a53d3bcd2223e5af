// Stage 1b: fix pinyin-input typos of the domain's words (蜜码 → 密码, 验正码 → 验证码,
// 申述 → 申诉): a run of characters that sounds exactly like a known word but is written
// differently is rewritten to that word. A run that is a real word of its own (国企, not
// 过期) is left alone: jieba's dictionary decides what a real word is.
import * as nodejieba from 'nodejieba';
import { pinyin } from 'pinyin-pro';
import { isHan } from './normalizer';

const MAX_WORD = 8;

export class HomophoneCorrector {
  /** "mi ma" → 密码; a sound shared by two known words is ambiguous and not used. */
  private readonly bySound = new Map<string, string | null>();
  private readonly known = new Set<string>();
  private readonly minLength: number;

  constructor(words: readonly string[], minLength = 2) {
    this.minLength = minLength;
    for (const word of words) {
      if (word.length < minLength || word.length > MAX_WORD || ![...word].every(isHan)) continue;
      this.known.add(word);
      const sound = pinyin(word, { toneType: 'none', type: 'array' }).join(' ');
      const existing = this.bySound.get(sound);
      this.bySound.set(sound, existing === undefined || existing === word ? word : null);
    }
  }

  correct(text: string): string {
    if (this.bySound.size === 0 || ![...text].some(isHan)) return text;
    const chars = [...text];
    const sounds = pinyin(text, { toneType: 'none', type: 'array' });
    // pinyin-pro gives one syllable per character; anything else means we cannot align.
    if (sounds.length !== chars.length) return text;
    const out: string[] = [];
    let i = 0;
    while (i < chars.length) {
      let replaced = false;
      for (let len = Math.min(MAX_WORD, chars.length - i); len >= this.minLength; len--) {
        const window = chars.slice(i, i + len);
        if (!window.every(isHan)) continue;
        const original = window.join('');
        if (this.known.has(original)) break; // already a domain word, as typed
        const target = this.bySound.get(sounds.slice(i, i + len).join(' '));
        if (!target || this.isRealWord(original)) continue;
        out.push(target);
        i += len;
        replaced = true;
        break;
      }
      if (!replaced) out.push(chars[i++]);
    }
    return out.join('');
  }

  private isRealWord(text: string): boolean {
    const cut = nodejieba.cut(text);
    return cut.length === 1;
  }
}
