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
  /** The canonical text without its denied clauses: what the message asserts. */
  asserted: string;
}

// "不是人遗系统，是政务服务平台…", "我不是法人，是个人": a clause that opens by denying, with more
// after it, says what the question is not. Its words are left out of the features.
const DENIAL = /^(?:我|我们|这|这个|那|那个|它|并)?(?:不是|并不是|并非|不属于)/;

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
    // cutChunks gives one chunk per non-empty space-separated piece, in order.
    const pieces = canonical.split(' ').filter((p) => p !== '');
    const denied = pieces.map((p, i) => i < pieces.length - 1 && DENIAL.test(p));
    const chunks = this.segmenter.cutChunks(canonical).filter((_c, i) => !denied[i]);
    const clauses = chunks.map((chunk) => {
      const words = chunk.filter((w) => !this.segmenter.isStopword(w));
      return { words, sounds: pinyinBigrams(words) };
    }).filter((c) => c.words.length > 0);
    // A message of nothing but stopwords (你好, 在吗) is matched on all its words.
    const content = clauses.flatMap((c) => c.words);
    const words = content.length > 0 ? content : chunks.flat();
    const asserted = pieces.filter((_p, i) => !denied[i]).join(' ');
    return { normalized, canonical, words, sounds: pinyinBigrams(words), clauses, asserted };
  }
}
