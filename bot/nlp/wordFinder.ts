// Finding a list of known words in a text, for the stages that rewrite (synonyms) or keep (terms) them.
//
// A regular expression's alternation takes the leftmost word, longest first among those starting there.
// Some words are known only to hide a misleading part (一个人 is kept whole so that its 个人 is no
// 自然人, then dropped): such a word yields to one that starts inside it and reaches beyond its end,
// "一个人遗项目" is 一个 + 人遗. Between words that mean something the leftmost stays: "人遗系统提示" is
// 人遗系统 + 提示, not 人遗 + 系统提示.
import { wordAlternation } from './normalizer';

/** An offset inside a yielding word where one of `longer` (words that begin with its rest) may start. */
interface Overlap {
  at: number;
  longer: string[];
}

export interface FoundWord {
  start: number;
  word: string;
}

export class WordFinder {
  private readonly anywhere: RegExp;

  /** words: normalised and non-empty; yielding: those of them that give way to an overlapping word. */
  constructor(words: readonly string[], yielding: ReadonlySet<string> = new Set()) {
    const alternation = wordAlternation(words);
    this.anywhere = new RegExp(alternation, 'gu');
    // Per yielding word, the offsets inside it where another word could start and reach beyond it (its
    // rest is the beginning of a longer word): only there is a message looked at again.
    for (const word of yielding) {
      const offsets: Overlap[] = [];
      for (let at = 1; at < word.length; at++) {
        const rest = word.slice(at);
        const longer = words.filter((w) => w.length > rest.length && w.startsWith(rest));
        if (longer.length > 0) offsets.push({ at, longer });
      }
      if (offsets.length > 0) this.overlapOffsets.set(word, offsets);
    }
    // Most texts have none of those words: they are rewritten and cut by the regular expression alone, in
    // one native pass (a loop of exec with a second, sticky expression had cost 0.3 s at start-up).
    this.mayOverlap = this.overlapOffsets.size > 0 ? new RegExp(wordAlternation([...this.overlapOffsets.keys()]), 'u') : undefined;
    this.around = new RegExp(`(${alternation})`, 'u');
  }

  private readonly overlapOffsets = new Map<string, Overlap[]>();
  private readonly mayOverlap: RegExp | undefined;
  /** The alternation as a capture group, for split(). */
  private readonly around: RegExp;

  private simple(text: string): boolean {
    return this.mayOverlap === undefined || !this.mayOverlap.test(text);
  }

  /** The words of a text, in order, none overlapping. */
  find(text: string): FoundWord[] {
    const found: FoundWord[] = [];
    const anywhere = this.anywhere;
    anywhere.lastIndex = 0;
    for (let m = anywhere.exec(text); m !== null; m = anywhere.exec(text)) {
      const start = m.index;
      const offsets = this.overlapOffsets.get(m[0]);
      const later = offsets ? this.overtakenAt(text, start, offsets) : -1;
      if (later >= 0) {
        anywhere.lastIndex = later;
        continue;
      }
      found.push({ start, word: m[0] });
    }
    return found;
  }

  /** Where a word starting inside the yielding word at `start`, at one of its offsets, reaches beyond it, if one does (−1). */
  private overtakenAt(text: string, start: number, offsets: readonly Overlap[]): number {
    for (const { at, longer } of offsets) {
      if (longer.some((w) => text.startsWith(w, start + at))) return start + at;
    }
    return -1;
  }

  /** The text with each word replaced (as String.replace would, with the overlaps resolved). */
  replace(text: string, by: (word: string) => string): string {
    if (this.simple(text)) return text.replace(this.anywhere, by);
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
    if (this.simple(text)) return text.split(this.around);
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
