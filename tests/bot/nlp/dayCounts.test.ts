import { daysWaited, longestWait, numberOf, waitedBeyond } from '../../../bot/nlp/dayCounts';

describe('dayCounts', () => {
  it.each([
    ['5', 5], ['两', 2], ['三', 3], ['十', 10], ['十二', 12], ['二十', 20], ['二十五', 25],
    ['两三', undefined], ['十十', undefined], ['三百', undefined],
  ])('reads %s as %s', (written, n) => {
    expect(numberOf(written)).toBe(n);
  });

  it.each([
    ['平台会在1-2个工作日左右将账号密码发至接收验证码的手机号上', 2],
    ['需要技术人员手动输入到系统中，请耐心等待，约须五个工作日一周', 5],
    ['合成需要时间，需要耐心等待', undefined],
  ])('finds the longest wait an answer gives: %s', (text, days) => {
    expect(longestWait(text)).toBe(days);
  });

  it.each([
    ['已经三个工作日了还没收到', { count: 3, working: true }],
    ['等了5天', { count: 5, working: false }],
    ['都十天了', { count: 10, working: false }],
    ['三天前提交的', undefined],
    ['要三个工作日吗', undefined],
    ['等了两三天了', undefined],
  ])('reads the days a message says have passed: %s', (text, waited) => {
    expect(daysWaited(text)).toEqual(waited);
  });

  it('allows a weekend among days counted, not among working days', () => {
    expect(waitedBeyond({ count: 3, working: true }, 2)).toBe(true);
    expect(waitedBeyond({ count: 3, working: false }, 2)).toBe(false);
    expect(waitedBeyond({ count: 5, working: false }, 2)).toBe(true);
    expect(waitedBeyond({ count: 2, working: true }, 2)).toBe(false);
  });
});
