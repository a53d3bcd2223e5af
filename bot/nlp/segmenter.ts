// Stage 3: cut Chinese into words, keeping the domain's terms whole, and drop words that carry
// no meaning for choosing an answer.
//
// Terms are cut out first, longest first (jieba's own weights split 法人 into 法/人 before a
// verb, whatever its user dictionary says); the Chinese between them goes to nodejieba; a run
// of Latin letters or digits is one word (jieba would cut "chrome" into letters).
import * as nodejieba from 'nodejieba';
import { loadJieba } from './jiebaDictionary';
import { isHan, normalizeText } from './normalizer';
import { rememberRecent } from './recentResults';
import { WordFinder } from './wordFinder';

const LATIN_OR_DIGITS = /^[\p{Script=Latin}\p{N}]+$/u;

export class Segmenter {
  private readonly stopwords: Set<string>;
  private readonly terms: WordFinder | undefined;

  constructor(terms: readonly string[], stopwords: readonly string[]) {
    loadJieba();
    const words = [...new Set(terms.map((t) => normalizeText(t)).filter((t) => t.length > 1 && !t.includes(' ')))];
    this.stopwords = new Set(stopwords.map(normalizeText));
    // A term that is a stopword is kept whole only to hide a part of it (一个人): it gives way (WordFinder).
    this.terms = words.length ? new WordFinder(words, new Set(words.filter((w) => this.stopwords.has(w)))) : undefined;
    // jieba also learns the terms, for the rare text where they meet another word across a cut: those it
    // does not keep whole already. A word it knows, inserted again, takes a user word's low weight, and
    // jieba then cuts it ("可以" became 可 + 以, and the typo corrector took 以注册 for 已注册).
    for (const w of words) if (nodejieba.cut(w).length > 1) nodejieba.insertWord(w);
  }

  /** All words of a normalised text, in order. */
  cut(text: string): string[] {
    return this.cutChunks(text).flat();
  }

  /** The words of each space-separated chunk (where punctuation was: roughly, each clause). */
  cutChunks(text: string): string[][] {
    const chunks: string[][] = [];
    for (const chunk of text.split(' ')) {
      if (!chunk) continue;
      const out: string[] = [];
      const pieces = this.terms ? this.terms.split(chunk) : [chunk];
      pieces.forEach((piece, i) => {
        if (!piece) return;
        // The terms are at the odd positions.
        if (i % 2 === 1) out.push(piece);
        else out.push(...this.cutFree(piece));
      });
      chunks.push(out);
    }
    return chunks;
  }

  isStopword(word: string): boolean {
    return this.stopwords.has(word);
  }

  /** The words that matter for matching. */
  contentWords(text: string): string[] {
    return this.cut(text).filter((t) => !this.stopwords.has(t));
  }

  private cutFree(piece: string): string[] {
    // Keep Latin/digit runs whole; hand Chinese runs to jieba.
    const runs = piece.match(/[\p{Script=Latin}\p{N}]+|[^\p{Script=Latin}\p{N}]+/gu) ?? [];
    return runs.flatMap((run) => LATIN_OR_DIGITS.test(run) ? [run] : [...run].some(isHan) ? this.cutChinese(run) : [run]);
  }

  /**
   * jieba's words of a Chinese run. A turn reads a story's clauses more than once (alone, after its
   * contrast word, with the question before): the recent runs are cut once. Callers copy, never mutate.
   */
  private readonly cutChinese = rememberRecent((run: string): string[] => nodejieba.cut(run).filter((w) => w.trim() !== ''), 64);
}
