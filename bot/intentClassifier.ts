// natural's naive Bayes classifier over the recognizer's features (words and pinyin bigrams).
//
// natural turns every observation into a dense 0/1 vector by scanning its whole vocabulary
// with indexOf, which made training take seconds and a classification near a millisecond.
// The model is the same here; only the vectors are built through an index: dense for training
// (what natural's trainer expects), sparse for classifying (which natural's Bayes model accepts).
import { BayesClassifier } from 'natural/lib/natural/classifiers';

export class IntentClassifier {
  private readonly bayes = new BayesClassifier();
  private featureIndex = new Map<string, number>();

  constructor(documents: readonly { label: string; features: readonly string[] }[]) {
    for (const d of documents) {
      if (d.features.length > 0) this.bayes.addDocument([...d.features], d.label);
    }
    // natural numbers features in the order of its `features` object; keep that numbering.
    this.featureIndex = new Map(Object.keys(this.bayes.features).map((f, i) => [f, i]));
    const size = this.featureIndex.size;
    this.bayes.textToFeatures = (observation: string | string[]): number[] => {
      const dense = new Array<number>(size).fill(0);
      for (const f of observation) {
        const i = this.featureIndex.get(f);
        if (i !== undefined) dense[i] = 1;
      }
      return dense;
    };
    this.bayes.train();
  }

  /** Each label's probability relative to the most probable one (best = 1); empty if no known feature. */
  relativeProbabilities(features: readonly string[]): Map<string, number> {
    const sparse: Record<string, number> = {};
    let n = 0;
    for (const f of new Set(features)) {
      const i = this.featureIndex.get(f);
      if (i !== undefined) sparse[String(n++)] = i;
    }
    const out = new Map<string, number>();
    if (n === 0) return out;
    const classes = this.bayes.classifier.getClassifications(sparse);
    const max = classes.length > 0 ? classes[0].value : 0;
    for (const c of classes) out.set(c.label, max > 0 ? c.value / max : 0);
    return out;
  }
}
