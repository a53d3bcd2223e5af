// Lexical similarity between a message and every example of every intent.
//
// Each feature (a word, or a pinyin bigram) weighs its inverse document frequency over the
// intents, so 怎么 counts little and 备份号 a lot. A feature of the message that no example
// has weighs the most of all: a question about 社保 is mostly unexplained, which is what keeps
// out-of-scope questions from borrowing a score from the one in-domain word they contain.
//
// similarity = coverage of the message ^ a × coverage of the example ^ (1 − a)
// for words and for sounds separately, mixed by wordWeight; an intent scores its best example.

export interface IndexedDocument {
  label: string;
  words: readonly string[];
  sounds: readonly string[];
}

export interface SimilarityOptions {
  wordWeight: number;
  queryCoverageWeight: number;
}

interface FeatureSpace {
  idf: Map<string, number>;
  /** feature → how many labels' documents have it */
  labelCount: Map<string, number>;
  unseenWeight: number;
  /** Features of the domain's own vocabulary: unseen in the examples, they still weigh like the commonest one. */
  domain: ReadonlySet<string>;
  domainWeight: number;
  /** feature → indexes of the documents that have it */
  postings: Map<string, number[]>;
  /** per document: its distinct features and their summed weight */
  docFeatures: Set<string>[];
  docTotal: number[];
  /** Per document, docTotal^−(1 − a); 0 for a document without features. */
  docFactor: Float64Array;
  /** Per document, the shared weight of the message being scored (zero between messages). */
  scratch: Float64Array;
}

function buildSpace(docs: readonly IndexedDocument[], pick: (d: IndexedDocument) => readonly string[], a: number, domain: ReadonlySet<string>): FeatureSpace {
  const labels = new Set(docs.map((d) => d.label));
  const labelsOf = new Map<string, Set<string>>();
  const postings = new Map<string, number[]>();
  const docFeatures = docs.map((d, i) => {
    const set = new Set(pick(d));
    for (const f of set) {
      if (!labelsOf.has(f)) labelsOf.set(f, new Set());
      labelsOf.get(f)?.add(d.label);
      const list = postings.get(f) ?? [];
      list.push(i);
      postings.set(f, list);
    }
    return set;
  });
  const n = labels.size;
  const idf = new Map<string, number>();
  for (const [f, ls] of labelsOf) idf.set(f, Math.log(1 + n / ls.size));
  const docTotal = docFeatures.map((set) => [...set].reduce((sum, f) => sum + (idf.get(f) ?? 0), 0));
  // An unseen feature weighs like one that only half an intent had: more than any known one.
  const docFactor = Float64Array.from(docTotal, (t) => (t > 0 ? Math.pow(t, -(1 - a)) : 0));
  const labelCount = new Map([...labelsOf].map(([f, ls]) => [f, ls.size]));
  return { idf, labelCount, unseenWeight: Math.log(1 + n / 0.5), domain, domainWeight: Math.log(2), postings, docFeatures, docTotal, docFactor, scratch: new Float64Array(docs.length) };
}

export class SimilarityIndex {
  private readonly words: FeatureSpace;
  private readonly sounds: FeatureSpace;
  private readonly labels: string[];
  private readonly docLabel: Int32Array;
  /** Scratch arrays, reused by every message (the bot is single-threaded; nothing awaits inside). */
  private readonly labelBest: Float64Array;
  private readonly combined: Float64Array;

  /**
   * `domain`: the words (and their sounds) of the domain's vocabulary. One no example has (在线办事,
   * 谷歌浏览器) is not evidence of another subject, as an unknown word is: it weighs like the commonest.
   */
  constructor(private readonly docs: readonly IndexedDocument[], private readonly options: SimilarityOptions,
    domain: { words: readonly string[]; sounds: readonly string[] } = { words: [], sounds: [] }) {
    if (docs.length === 0) throw new Error('SimilarityIndex: no documents to index');
    this.words = buildSpace(docs, (d) => d.words, options.queryCoverageWeight, new Set(domain.words));
    this.sounds = buildSpace(docs, (d) => d.sounds, options.queryCoverageWeight, new Set(domain.sounds));
    this.labels = [...new Set(docs.map((d) => d.label))];
    const labelIndex = new Map(this.labels.map((l, i) => [l, i]));
    this.docLabel = Int32Array.from(docs, (d) => labelIndex.get(d.label) ?? 0);
    this.labelBest = new Float64Array(this.labels.length);
    this.combined = new Float64Array(docs.length);
  }

  /** How many labels' examples have this word. */
  labelsWithWord(word: string): number {
    return this.words.labelCount.get(word) ?? 0;
  }

  /** How many of these words some example has. */
  knownWords(words: readonly string[]): number {
    return new Set(words.filter((w) => this.words.idf.has(w))).size;
  }

  /** How many of these words some example has, and at most half of the labels: 怎么 (most questions have it) says little. */
  tellingWords(words: readonly string[]): number {
    const most = this.labels.length / 2;
    return new Set(words.filter((w) => this.words.idf.has(w) && (this.words.labelCount.get(w) ?? 0) <= most)).size;
  }

  /** Whether some example of this label has one of these words (a likeness of sound alone is no shared word). */
  sharesWord(label: string, words: readonly string[]): boolean {
    return words.some((w) => this.words.postings.get(w)?.some((doc) => this.labels[this.docLabel[doc]] === label) ?? false);
  }

  /** The labels, in the order of scoreLabels()' array. */
  get labelNames(): readonly string[] {
    return this.labels;
  }

  /**
   * Best-example similarity (0..1) for every label, in labelNames order; labels with no shared
   * feature score 0. The index's own scratch array, valid until the next call (the recognizer
   * reads it at once; nothing awaits between).
   */
  scoreLabels(words: readonly string[], sounds: readonly string[]): Float64Array {
    const hasSounds = sounds.length > 0;
    const hasWords = words.length > 0;
    // Latin-only text has no sounds; a text of only unknown single characters may have no words.
    const ww = hasWords && hasSounds ? this.options.wordWeight : hasWords ? 1 : 0;
    const combined = this.combined;
    const touched: number[] = [];
    this.accumulate(this.words, words, ww, combined, touched);
    this.accumulate(this.sounds, sounds, 1 - ww, combined, touched);
    const best = this.labelBest;
    best.fill(0);
    for (const doc of touched) {
      const label = this.docLabel[doc];
      if (combined[doc] > best[label]) best[label] = combined[doc];
      combined[doc] = 0; // clean for the next message
    }
    return best;
  }

  /** Adds weight × similarity of every document that shares a feature with the query to `into`. */
  private accumulate(space: FeatureSpace, query: readonly string[], weight: number, into: Float64Array, touched: number[]): void {
    if (weight === 0 || query.length === 0) return;
    const shared = space.scratch;
    const mine: number[] = [];
    let queryTotal = 0;
    for (const f of new Set(query)) {
      const w = space.idf.get(f) ?? (space.domain.has(f) ? space.domainWeight : space.unseenWeight);
      queryTotal += w;
      const postings = space.postings.get(f);
      if (!postings) continue;
      for (const doc of postings) {
        if (shared[doc] === 0) mine.push(doc);
        shared[doc] += w;
      }
    }
    // coverage of the message ^ a × coverage of the example ^ (1 − a)
    //   = (inter / Q)^a × (inter / D)^(1 − a) = inter × Q^−a × D^−(1 − a):
    // one product per document, its D^−(1 − a) computed once when the index was built.
    const queryFactor = weight * Math.pow(queryTotal, -this.options.queryCoverageWeight);
    for (const doc of mine) {
      const inter = shared[doc];
      shared[doc] = 0;
      if (into[doc] === 0) touched.push(doc);
      into[doc] += inter * queryFactor * space.docFactor[doc];
    }
  }
}

