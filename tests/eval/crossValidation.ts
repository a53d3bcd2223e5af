// k-fold cross-validation over the intents' own examples (and the out-of-scope examples):
// each fold trains the recognizer without a fifth of them and asks it about that fifth.
// Prints per-intent precision/recall/F1, the most confused pairs, and how answering,
// wrong answers and refusals change with the answer threshold: the figures that choose it.
import { FaqRecognizer, NONE_INTENT } from '../../bot/faqRecognizer';
import { FaqModel } from '../../bot/model';

export interface Prediction {
  truth: string;
  /** The predicted intent leads to none of the answers the true one leads to. */
  wrong: boolean;
  /** The intent at the top leads to none of the true one's answers (whatever the thresholds). */
  topWrong: boolean;
  text: string;
  /** What the bot would do: answer an intent, or not answer (none, ambiguous). */
  predicted: string;
  topIntent: string;
  topScore: number;
  /** The top score before calibration, which calibration is fitted on. */
  topRaw: number;
  noneScore: number;
}

/** A deterministic shuffle, so that folds are the same on every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function split<T>(items: readonly T[], folds: number, fold: number, seed: number): { train: T[]; test: T[] } {
  const order = shuffled(items, seed);
  return { train: order.filter((_x, i) => i % folds !== fold), test: order.filter((_x, i) => i % folds === fold) };
}

/** A wrong answer gives an answer the truth cannot lead to (forgot-password vs forgot-all share theirs). */
export function wrongAnswer(model: FaqModel, truth: string, predicted: string): boolean {
  if (predicted === NONE_INTENT || predicted === truth) return false;
  const answers = (id: string): string[] => model.intents.find((i) => i.id === id)?.answers.map((a) => a.answer) ?? [];
  const truthAnswers = new Set(answers(truth));
  return !answers(predicted).some((a) => truthAnswers.has(a));
}

export function crossValidate(model: FaqModel, folds: number): Prediction[] {
  const predictions: Prediction[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const tests: { truth: string; text: string }[] = [];
    const intents = model.intents.map((intent, n) => {
      const { train, test } = split(intent.examples, folds, fold, 17 + n);
      tests.push(...test.map((text) => ({ truth: intent.id, text })));
      return { ...intent, examples: train.length > 0 ? train : intent.examples.slice(0, 1) };
    });
    const oos = split(model.outOfScope, folds, fold, 7);
    tests.push(...oos.test.map((text) => ({ truth: NONE_INTENT, text })));
    const recognizer = new FaqRecognizer({ ...model, intents, outOfScope: oos.train });
    for (const t of tests) {
      const r = recognizer.recognizeText(t.text);
      const decision = recognizer.decide(r);
      const predicted = decision.kind === 'intent' ? decision.intent : NONE_INTENT;
      const top = r.ranking[0]?.intent ?? NONE_INTENT;
      predictions.push({
        ...t,
        predicted,
        wrong: t.truth === NONE_INTENT ? predicted !== NONE_INTENT : wrongAnswer(model, t.truth, predicted),
        topWrong: t.truth === NONE_INTENT || wrongAnswer(model, t.truth, top),
        topIntent: r.ranking[0]?.intent ?? NONE_INTENT,
        topScore: r.ranking[0]?.score ?? 0,
        topRaw: r.ranking[0]?.raw ?? 0,
        noneScore: r.noneScore,
      });
    }
  }
  return predictions;
}

/**
 * Platt scaling: the logistic curve p = 1 / (1 + e^-(slope·score + intercept)) that best predicts,
 * from the raw top score, whether the top intent's answer is right (maximum likelihood, Newton's method).
 */
export function fitPlatt(points: readonly { score: number; right: boolean }[]): { slope: number; intercept: number } {
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 100; iter++) {
    let ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
    for (const { score, right } of points) {
      const p = 1 / (1 + Math.exp(-(a * score + b)));
      const d = p - (right ? 1 : 0);
      const w = Math.max(p * (1 - p), 1e-9);
      ga += d * score; gb += d;
      haa += w * score * score; hab += w * score; hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da; b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { slope: a, intercept: b };
}

const pct = (n: number, d: number): string => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

export function reportCrossValidation(predictions: Prediction[], folds: number, print: (line: string) => void): void {
  const labels = [...new Set(predictions.map((p) => p.truth))].sort();
  print(`Cross-validation, ${folds} folds over ${predictions.length} examples (intent level):`);
  print(`  ${'intent'.padEnd(34)} ${'n'.padStart(4)} ${'prec'.padStart(6)} ${'recall'.padStart(6)} ${'F1'.padStart(6)}`);
  const rows = labels.map((label) => {
    const tp = predictions.filter((p) => p.truth === label && p.predicted === label).length;
    const fp = predictions.filter((p) => p.truth !== label && p.predicted === label).length;
    const n = predictions.filter((p) => p.truth === label).length;
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = n === 0 ? 1 : tp / n;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, n, precision, recall, f1 };
  }).sort((a, b) => a.f1 - b.f1);
  for (const r of rows) {
    print(`  ${r.label.padEnd(34)} ${String(r.n).padStart(4)} ${(100 * r.precision).toFixed(0).padStart(5)}% ${(100 * r.recall).toFixed(0).padStart(5)}% ${(100 * r.f1).toFixed(0).padStart(5)}%`);
  }

  const confused = new Map<string, number>();
  for (const p of predictions) {
    if (p.predicted !== p.truth && p.predicted !== NONE_INTENT) {
      const key = `${p.truth} → ${p.predicted}`;
      confused.set(key, (confused.get(key) ?? 0) + 1);
    }
  }
  print('Most confused (truth → answered as):');
  for (const [pair, n] of [...confused].sort((a, b) => b[1] - a[1]).slice(0, 10)) print(`  ${String(n).padStart(3)}  ${pair}`);
  if (confused.size === 0) print('  none');

  // The threshold table: at each threshold, what share would be answered right, wrong, or not at all.
  print('Answer threshold (top score as configured; the none-score rule applies, the ambiguity margin does not; wrong = an answer the truth cannot lead to):');
  print(`  ${'t'.padStart(5)} ${'right'.padStart(7)} ${'wrong'.padStart(7)} ${'no answer'.padStart(10)} ${'oos refused'.padStart(12)}`);
  const inScope = predictions.filter((p) => p.truth !== NONE_INTENT);
  const oos = predictions.filter((p) => p.truth === NONE_INTENT);
  for (const t of [0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.82, 0.85, 0.88, 0.9, 0.92, 0.95]) {
    const answered = (p: Prediction): boolean => p.topScore >= t && p.noneScore < p.topScore;
    const right = inScope.filter((p) => answered(p) && !p.topWrong).length;
    const wrong = predictions.filter((p) => answered(p) && p.topWrong).length;
    const none = inScope.filter((p) => !answered(p)).length;
    const refused = oos.filter((p) => !answered(p)).length;
    print(`  ${t.toFixed(2).padStart(5)} ${pct(right, inScope.length).padStart(7)} ${pct(wrong, predictions.length).padStart(7)} ${pct(none, inScope.length).padStart(10)} ${pct(refused, oos.length).padStart(12)}`);
  }

  // Reliability: how often the top intent is right, by score band. A calibrated score says the same.
  print('Reliability (top score band → share of in-scope examples whose top intent gives a right answer; calibrated, the two agree):');
  const inScopeOnly = predictions.filter((p) => p.truth !== NONE_INTENT);
  for (let lo = 0; lo < 1; lo += 0.1) {
    const band = inScopeOnly.filter((p) => p.topScore >= lo && p.topScore < lo + 0.1 + (lo >= 0.89 ? 0.001 : 0));
    if (band.length > 0) print(`  ${lo.toFixed(1)}–${(lo + 0.1).toFixed(1)}  ${String(band.length).padStart(4)}  ${pct(band.filter((p) => !p.topWrong).length, band.length)}`);
  }
  // Fitted on the raw scores, so refitting does not depend on the calibration in force.
  const inScopePoints = predictions.filter((p) => p.truth !== NONE_INTENT && p.topRaw > 0).map((p) => ({ score: p.topRaw, right: !p.topWrong }));
  const { slope, intercept } = fitPlatt(inScopePoints);
  print(`Platt calibration of the top score (in-scope examples): slope ${slope.toFixed(3)}, intercept ${intercept.toFixed(3)}`);
  const cal = (x: number): number => 1 / (1 + Math.exp(-(slope * x + intercept)));
  print(`  raw → calibrated: ${[0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.8, 0.9, 1].map((x) => `${x.toFixed(2)}→${cal(x).toFixed(3)}`).join('  ')}`);
  const correct = predictions.filter((p) => p.predicted === p.truth).length;
  const wrong = predictions.filter((p) => p.wrong).length;
  print(`cross-validation: ${pct(correct, predictions.length).trim()} right intent, ${pct(wrong, predictions.length).trim()} wrong answers (an answer the true intent cannot lead to), ${folds} folds, ${predictions.length} examples`);
}
