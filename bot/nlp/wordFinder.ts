// Finding a list of known words in a text, for the stages that rewrite (synonyms) or keep (terms) them.
//
// A regular expression's alternation takes the leftmost word, longest first among those starting there.
// Some words are known only to hide a misleading part (一个人 is kept whole so that its 个人 is no
// 自然人, then dropped): such a word yields to one that starts inside it and reaches beyond its end,
// "一个人遗项目" is 一个 + 人遗. Between words that mean something the leftmost stays: "人遗系统提示" is
// 人遗系统 + 提示, not 人遗 + 系统提示.
import { wordAlternation } from './normalizer';

export interface FoundWord {
  start: number;
  word: string;
}

export class WordFinder {
  private readonly anywhere: RegExp;
  private readonly here: RegExp;

  /** words: normalised and non-empty; yielding: those of them that give way to an overlapping word. */
  constructor(words: readonly string[], private readonly yielding: ReadonlySet<string> = new Set()) {
    const alternation = wordAlternation(words);
    this.anywhere = new RegExp(alternation, 'gu');
    this.here = new RegExp(alternation, 'uy');
  }

  /** The words of a text, in order, none overlapping. */
  find(text: string): FoundWord[] {
    const found: FoundWord[] = [];
    const anywhere = this.anywhere;
    anywhere.lastIndex = 0;
    for (let m = anywhere.exec(text); m !== null; m = anywhere.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const later = this.yielding.has(m[0]) ? this.overtakenAt(text, start, end) : -1;
      if (later >= 0) {
        anywhere.lastIndex = later;
        continue;
      }
      found.push({ start, word: m[0] });
    }
    return found;
  }

  /** Where a word starting inside [start, end) reaches beyond end, if one does (−1). */
  private overtakenAt(text: string, start: number, end: number): number {
    const here = this.here;
    for (let at = start + 1; at < end; at++) {
      here.lastIndex = at;
      const m = here.exec(text);
      if (m !== null && at + m[0].length > end) return at;
    }
    return -1;
  }

  /** The text with each word replaced (as String.replace would, with the overlaps resolved). */
  replace(text: string, by: (word: string) => string): string {
    let out = '';
    let from = 0;
    for (const { start, word } of this.find(text)) {
      out += text.slice(from, start) + by(word);
      from = start + word.length;
    }
    return from === 0 ? text : out + text.slice(from);
  }

  /** The text cut around its words: free text at even positions, words at odd ones (as split with a capture group). */
  split(text: string): string[] {
    const parts: string[] = [];
    let from = 0;
    for (const { start, word } of this.find(text)) {
      parts.push(text.slice(from, start), word);
      from = start + word.length;
    }
    parts.push(text.slice(from));
    return parts;
  }
}
