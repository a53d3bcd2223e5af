// Stage 2: rewrite every synonym, abbreviation and common typo to its group's canonical word
// (人遗 → 人类遗传资源, 登陆 → 登录), longest match first so 申诉找回 is not cut into 申诉.
import { normalizeText } from './normalizer';
import { WordFinder } from './wordFinder';

export class SynonymRewriter {
  private readonly canonical = new Map<string, string>();
  private readonly finder: WordFinder | undefined;

  /**
   * groups: canonical word first; protected: words that must stay whole (they map to themselves);
   * hiding: protected words kept whole only to hide a part of them (一个人), which give way to a
   * word that overlaps them (WordFinder).
   */
  constructor(groups: readonly string[][], protectedWords: readonly string[] = [], hiding: readonly string[] = []) {
    for (const word of protectedWords) {
      const w = normalizeText(word);
      if (w) this.canonical.set(w, w);
    }
    for (const group of groups) {
      const head = normalizeText(group[0]);
      for (const word of group) {
        const w = normalizeText(word);
        if (w) this.canonical.set(w, head);
      }
    }
    const words = [...this.canonical.keys()];
    this.finder = words.length ? new WordFinder(words, new Set(hiding.map(normalizeText))) : undefined;
  }

  /** Input must already be normalised. */
  rewrite(normalized: string): string {
    if (!this.finder) return normalized;
    return this.finder.replace(normalized, (m) => this.canonical.get(m) ?? m);
  }

  /** Every canonical word, for the segmenter's dictionary. */
  canonicalWords(): string[] {
    return [...new Set(this.canonical.values())];
  }
}
