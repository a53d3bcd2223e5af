// The browser, read from the user agent Web Chat sends, decides who gets the FAQ's
// "请更换谷歌浏览器最新版" advice: those not on the latest Chrome, and those we know nothing about.
import { browserOf, clientInfoOf } from '../../bot/clientInfo';
import { ReplyFactory } from '../../bot/replyFactory';
import { projectModel } from '../helpers/projectModel';

const UA = {
  chrome156: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
  chrome109: 'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36',
  headless: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/155.0.0.0 Safari/537.36 Edg/155.0.3400.1',
  firefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0',
  safari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  ie11: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
  se360: 'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/108.0.5359.125 Safari/537.36 QIHU 360SE',
  qq: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/94.0.4606.71 Safari/537.36 Core/1.94.236.400 QQBrowser/12.4.5619.400',
  sogou: 'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/86.0.4240.198 Safari/537.36 SE 2.X MetaSr 1.0',
};

describe('browserOf', () => {
  test.each([
    ['chrome156', 'Chrome', 156], ['chrome109', 'Chrome', 109], ['headless', 'Chrome', 156], ['edge', 'Edge', 155],
    ['firefox', 'Firefox', 140], ['safari', 'Safari', 18], ['ie11', 'IE', 11], ['se360', '360', 0], ['qq', 'QQ', 12], ['sogou', 'Sogou', 2],
  ] as const)('%s is %s %d', (key, name, major) => {
    expect(browserOf(UA[key])).toEqual({ name, major });
  });

  test('nothing known, nothing claimed', () => {
    expect(browserOf('curl/8.0')).toBeUndefined();
    expect(clientInfoOf({ channelData: { clientInfo: { userAgent: 42 } } })).toEqual({});
    expect(clientInfoOf({ channelData: 'odd' })).toEqual({});
    expect(clientInfoOf({})).toEqual({});
  });
});

describe('the browser advice in answers', () => {
  const replies = new ReplyFactory(projectModel());
  const text = (id: string, ua?: string): string =>
    replies.answer(id, { intent: id, score: 1 }, ua ? clientInfoOf({ channelData: { clientInfo: { userAgent: ua } } }) : {}).text ?? '';

  test('an unknown browser gets the FAQ\'s advice as it is', () => {
    expect(text('portal.services-blank')).toContain('请更换谷歌浏览器最新版即可');
    expect(text('login.captcha-error')).toContain('请尝试使用谷歌浏览器进行登录');
  });

  test('another browser, or an old Chrome, gets the advice naming what they use', () => {
    expect(text('portal.services-blank', UA.firefox)).toContain('您当前使用的是火狐浏览器 140。登录之后服务事项显示空白，请更换谷歌浏览器最新版即可');
    expect(text('reset.failed', UA.se360)).toContain('您当前使用的是360 浏览器。');
    expect(text('login.captcha-error', UA.chrome109)).toContain('您当前使用的是谷歌浏览器 109。若仍提示验证码错误，请尝试使用谷歌浏览器进行登录');
  });

  test('the latest Chrome gets no advice to switch to it', () => {
    for (const id of ['login.wrong-password', 'login.captcha-error', 'login.password-expired', 'reset.still-wrong', 'register.garbled']) {
      const answer = text(id, UA.chrome156);
      expect(answer).not.toMatch(/(更换|使用)谷歌浏览器/);
      expect(answer).toContain(replies.entry(id).steps[0]);
    }
    const blank = text('portal.services-blank', UA.chrome156);
    expect(blank).not.toContain('请更换谷歌浏览器');
    expect(blank).toContain('您当前使用的已经是谷歌浏览器 156');
    expect(blank).toContain('人工');
  });

  test('the advice keeps its place: before the steps where the FAQ puts it first', () => {
    const answer = text('reset.still-wrong');
    expect(answer.indexOf('首先更换谷歌浏览器进行重置')).toBeLessThan(answer.indexOf('1. 建议先按照密码格式要求'));
    const captcha = text('login.captcha-error');
    expect(captcha.indexOf('2. 也可以点击验证码图片')).toBeLessThan(captcha.indexOf('若仍提示验证码错误'));
  });
});
