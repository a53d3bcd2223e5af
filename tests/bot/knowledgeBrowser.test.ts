// 目录 and 搜索: commands only when meant as commands; every FAQ answer reachable from the catalogue.
import { KnowledgeBrowser } from '../../bot/knowledgeBrowser';
import { projectModel } from '../helpers/projectModel';

const model = projectModel();
const browser = new KnowledgeBrowser(model);

describe('KnowledgeBrowser', () => {
  test.each([
    ['目录', { kind: 'catalogue' }],
    ['  目錄 ', { kind: 'catalogue' }],
    ['目录 人类遗传资源系统', { kind: 'catalogue', category: '人类遗传资源系统' }],
    ['搜索 实名认证', { kind: 'search', keyword: '实名认证' }],
    ['搜索：验证码', { kind: 'search', keyword: '验证码' }],
    ['search captcha', { kind: 'search', keyword: 'captcha' }],
    ['搜索', { kind: 'search', keyword: '' }],
  ])('%s is a command', (text, command) => {
    expect(browser.parse(text)).toEqual(command);
  });

  test.each(['搜索不到我的项目', '查找登录名怎么找', '目录里有没有高企认定', '忘记密码', ''])('%s is not a command', (text) => {
    expect(browser.parse(text)).toBeUndefined();
  });

  test('a clicked answer opens it; an unknown id does not', () => {
    expect(browser.commandOf({ value: { kbId: 'reset.failed', text: '重置密码失败' } })).toEqual({ kind: 'open', kbId: 'reset.failed' });
    expect(browser.commandOf({ value: { kbId: 'no.such' }, text: '你好' })).toBeUndefined();
  });

  test('the catalogue holds every FAQ answer once, in the FAQ\'s order', () => {
    const listed = browser.categories.flatMap((c) => c.entries.map((e) => e.id));
    const faq = [...model.knowledge.values()].filter((e) => e.source).map((e) => e.id);
    expect(listed.sort()).toEqual(faq.sort());
    const platform = browser.category('政务服务平台')?.entries.map((e) => e.source) ?? [];
    expect(platform.indexOf('一 1.2')).toBeLessThan(platform.indexOf('一 10.1'));
  });

  test('search finds by every word, titles first; traditional characters too', () => {
    const found = browser.search('驗證碼', 5);
    expect(found[0].id).toBe('login.captcha-error');
    expect(browser.search('下载 按钮', 5).map((e) => e.id)).toContain('hgr.no-download-button');
    expect(browser.search('量子纠缠', 5)).toEqual([]);
  });
});
