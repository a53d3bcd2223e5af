import { SimilarityIndex } from '../../bot/similarityIndex';

const docs = [
  { label: 'change-password', words: ['修改', '密码'], sounds: [] },
  { label: 'captcha', words: ['验证码', '错误'], sounds: [] },
  { label: 'outside', words: ['社保', '缴纳'], sounds: [] },
];
const options = { wordWeight: 1, queryCoverageWeight: 0.6 };

describe('SimilarityIndex', () => {
  test('a shared word scores its label; a label sharing nothing scores 0', () => {
    const index = new SimilarityIndex(docs, options);
    const scores = index.scoreLabels(['修改', '密码'], []);
    expect(scores[index.labelNames.indexOf('change-password')]).toBeCloseTo(1);
    expect(scores[index.labelNames.indexOf('captcha')]).toBe(0);
  });

  test('a word no example has lowers the score; a domain word no example has lowers it less', () => {
    const plain = new SimilarityIndex(docs, options);
    const withDomain = new SimilarityIndex(docs, options, { words: ['在线办事'], sounds: [] });
    const at = plain.labelNames.indexOf('change-password');
    const alone = plain.scoreLabels(['修改', '密码'], [])[at];
    const unknown = plain.scoreLabels(['在线办事', '修改', '密码'], [])[at];
    const domain = withDomain.scoreLabels(['在线办事', '修改', '密码'], [])[at];
    expect(unknown).toBeLessThan(domain);
    expect(domain).toBeLessThan(alone);
    // Only the domain's words: another unknown word still weighs the most.
    expect(withDomain.scoreLabels(['护照', '修改', '密码'], [])[at]).toBeCloseTo(unknown);
  });
});
