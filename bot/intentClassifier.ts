// natural's naive Bayes classifier over the recognizer's features (words and pinyin bigrams).
//
// natural trains the model (its counts per class and feature). Two things are done differently
// for speed, with the same mathematics: natural builds every observation as a dense 0/1 vector
// by scanning its whole vocabulary with indexOf (seconds to train, near a millisecond to
// classify), and its classifier takes a log and an exp per feature per class. Here vectors are
// built through an index, and a classification adds precomputed logs over the features the
// message has: log P(c) + Σ_f log((count(c,f) or smoothing) / total(c)), exactly natural's
// probabilityOfClass, kept in log space so long messages cannot underflow to 0.
import { BayesClassifier } from 'natural/lib/natural/classifiers';

export class IntentClassifier {
  private readonly labels: string[];
  /** Per label: log prior + log(smoothing / total), the part every feature starts from. */
  private readonly base: Float64Array;
  private readonly prior: Float64Array;
  private readonly absent: Float64Array;
  /** feature → the labels that have it and, for each, log(count) − log(smoothing); flat typed arrays. */
  private readonly present = new Map<string, { labels: Int32Array; deltas: Float64Array }>();

  constructor(documents: readonly { label: string; features: readonly string[] }[]) {
    const bayes = new BayesClassifier();
    for (const d of documents) {
      if (d.features.length > 0) bayes.addDocument([...d.features], d.label);
    }
    // natural numbers features in the order of its `features` object; keep that numbering.
    const names = Object.keys(bayes.features);
    const index = new Map(names.map((f, i) => [f, i]));
    bayes.textToFeatures = (observation: string | string[]): number[] => {
      const dense = new Array<number>(names.length).fill(0);
      for (const f of observation) {
        const i = index.get(f);
        if (i !== undefined) dense[i] = 1;
      }
      return dense;
    };
    bayes.train();

    const model = bayes.classifier;
    this.labels = Object.keys(model.classFeatures);
    this.prior = Float64Array.from(this.labels, (l) => Math.log(model.classTotals[l] / model.totalExamples));
    this.absent = Float64Array.from(this.labels, (l) => Math.log(model.smoothing / model.classTotals[l]));
    this.base = Float64Array.from(this.labels, (_l, i) => this.prior[i]);
    const lists = new Map<string, [number, number][]>();
    this.labels.forEach((label, li) => {
      for (const [featureIndex, count] of Object.entries(model.classFeatures[label])) {
        const name = names[Number(featureIndex)];
        const list = lists.get(name) ?? [];
        list.push([li, Math.log(count) - Math.log(model.smoothing)]);
        lists.set(name, list);
      }
    });
    for (const [name, list] of lists) {
      this.present.set(name, { labels: Int32Array.from(list, ([li]) => li), deltas: Float64Array.from(list, ([, d]) => d) });
    }
  }

  /** The labels, in the order of relativeProbabilities()' array. */
  get labelNames(): readonly string[] {
    return this.labels;
  }

  /**
   * Each label's probability relative to the most probable one (best = 1), in labelNames order;
   * undefined when the message has no feature the examples have.
   */
  relativeProbabilities(features: readonly string[]): Float64Array | undefined {
    const seen = new Set<string>();
    for (const f of features) if (this.present.has(f)) seen.add(f);
    if (seen.size === 0) return undefined;
    const logp = new Float64Array(this.labels.length);
    for (let i = 0; i < logp.length; i++) logp[i] = this.base[i] + seen.size * this.absent[i];
    for (const f of seen) {
      const entry = this.present.get(f);
      if (!entry) continue;
      const { labels, deltas } = entry;
      for (let k = 0; k < labels.length; k++) logp[labels[k]] += deltas[k];
    }
    let max = -Infinity;
    for (const v of logp) if (v > max) max = v;
    for (let i = 0; i < logp.length; i++) logp[i] = Math.exp(logp[i] - max);
    return logp;
  }
}
