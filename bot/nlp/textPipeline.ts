// The Chinese language pipeline, in the order it runs:
// normalise → correct homophone typos → rewrite synonyms → segment → features (words, pinyin bigrams).
import { Vocabulary } from '../model';
import { HomophoneCorrector } from './homophoneCorrector';
import { normalizeText } from './normalizer';
import { pinyinBigrams } from './pinyinFeatures';
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
}

export class TextPipeline {
  readonly corrector: HomophoneCorrector;
  readonly rewriter: SynonymRewriter;
  readonly segmenter: Segmenter;

  constructor(vocabulary: Vocabulary) {
    this.rewriter = new SynonymRewriter(vocabulary.synonyms, vocabulary.terms);
    // Typos are corrected towards every domain word, the variants of a synonym group included.
    this.corrector = new HomophoneCorrector([...vocabulary.terms, ...vocabulary.synonyms.flat()].map(normalizeText));
    this.segmenter = new Segmenter(this.rewriter.canonicalWords(), vocabulary.stopwords);
  }

  /** normalise + rewrite: the form in which words are compared as text. */
  readonly canonicalize = rememberRecent((text: string): string => this.rewriter.rewrite(this.corrector.correct(normalizeText(text))));

  analyze(text: string): AnalyzedText {
    const normalized = normalizeText(text);
    const canonical = this.canonicalize(text);
    const chunks = this.segmenter.cutChunks(canonical);
    const clauses = chunks.map((chunk) => {
      const words = chunk.filter((w) => !this.segmenter.isStopword(w));
      return { words, sounds: pinyinBigrams(words) };
    }).filter((c) => c.words.length > 0);
    // A message of nothing but stopwords (你好, 在吗) is matched on all its words.
    const content = clauses.flatMap((c) => c.words);
    const words = content.length > 0 ? content : chunks.flat();
    return { normalized, canonical, words, sounds: pinyinBigrams(words), clauses };
  }
}
