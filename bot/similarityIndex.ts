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
  unseenWeight: number;
  /** feature → indexes of the documents that have it */
  postings: Map<string, number[]>;
  /** per document: its distinct features and their summed weight */
  docFeatures: Set<string>[];
  docTotal: number[];
  /** Per document, the shared weight of the message being scored (zero between messages). */
  scratch: Float64Array;
}

function buildSpace(docs: readonly IndexedDocument[], pick: (d: IndexedDocument) => readonly string[]): FeatureSpace {
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
  return { idf, unseenWeight: Math.log(1 + n / 0.5), postings, docFeatures, docTotal, scratch: new Float64Array(docs.length) };
}

export class SimilarityIndex {
  private readonly words: FeatureSpace;
  private readonly sounds: FeatureSpace;
  private readonly labels: string[];

  constructor(private readonly docs: readonly IndexedDocument[], private readonly options: SimilarityOptions) {
    if (docs.length === 0) throw new Error('SimilarityIndex: no documents to index');
    this.words = buildSpace(docs, (d) => d.words);
    this.sounds = buildSpace(docs, (d) => d.sounds);
    this.labels = [...new Set(docs.map((d) => d.label))];
  }

  /** How many of these words some example has. */
  knownWords(words: readonly string[]): number {
    return new Set(words.filter((w) => this.words.idf.has(w))).size;
  }

  /** Best-example similarity (0..1) for every label; labels with no shared feature score 0. */
  score(words: readonly string[], sounds: readonly string[]): Map<string, number> {
    const w = this.similarities(this.words, words);
    const s = this.similarities(this.sounds, sounds);
    const hasSounds = sounds.length > 0;
    const hasWords = words.length > 0;
    // Latin-only text has no sounds; a text of only unknown single characters may have no words.
    const ww = hasWords && hasSounds ? this.options.wordWeight : hasWords ? 1 : 0;
    const result = new Map<string, number>(this.labels.map((l) => [l, 0]));
    const touched = new Set<number>([...w.keys(), ...s.keys()]);
    for (const i of touched) {
      const value = ww * (w.get(i) ?? 0) + (1 - ww) * (s.get(i) ?? 0);
      const label = this.docs[i].label;
      if (value > (result.get(label) ?? 0)) result.set(label, value);
    }
    return result;
  }

  private similarities(space: FeatureSpace, query: readonly string[]): Map<number, number> {
    const out = new Map<number, number>();
    const distinct = new Set(query);
    if (distinct.size === 0) return out;
    let queryTotal = 0;
    const shared = space.scratch;
    const touched: number[] = [];
    for (const f of distinct) {
      const weight = space.idf.get(f) ?? space.unseenWeight;
      queryTotal += weight;
      for (const doc of space.postings.get(f) ?? []) {
        if (shared[doc] === 0) touched.push(doc);
        shared[doc] += weight;
      }
    }
    const a = this.options.queryCoverageWeight;
    for (const doc of touched) {
      const inter = shared[doc];
      shared[doc] = 0; // leave the scratch array clean for the next message
      const p = inter / queryTotal;
      const r = space.docTotal[doc] > 0 ? inter / space.docTotal[doc] : 0;
      out.set(doc, Math.pow(p, a) * Math.pow(r, 1 - a));
    }
    return out;
  }
}
