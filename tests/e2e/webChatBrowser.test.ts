// The web page in a real browser: Chromium opens GET /, Web Chat connects through the local Direct
// Line, the user asks, clicks a clarifying choice, and sees the answer and its 好差评 buttons.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { startBot, RunningBot } from '../../bot/index';
import { chromiumAvailable, launchChromium, screenshotDir } from '../helpers/browser';

const available = chromiumAvailable();
const maybe = available ? describe : describe.skip;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-webchat-'));

maybe('Web Chat in Chromium', () => {
  let bot: RunningBot;
  let browser: Browser;
  let page: Page;
  const offOrigin: string[] = [];

  beforeAll(async () => {
    bot = await startBot({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: scratch });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 900, height: 860 }, locale: 'zh-CN' });
    const own = [`http://127.0.0.1:${bot.port}/`, `ws://127.0.0.1:${bot.port}/`, `blob:http://127.0.0.1:${bot.port}/`, 'data:'];
    page.on('request', (r) => { if (!own.some((o) => r.url().startsWith(o))) offOrigin.push(r.url()); });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
  });

  test('asks, clarifies by a click, answers with the rating buttons; no request leaves the page\'s origin', async () => {
    await page.goto(`http://127.0.0.1:${bot.port}/`);
    expect(await page.title()).toContain('智能客服');
    await page.getByText('欢迎使用科学技术部政务服务平台智能客服').first().waitFor({ timeout: 20_000 });

    const box = page.locator('[data-id="webchat-sendbox-input"]');
    await box.fill('忘记密码了');
    await box.press('Enter');
    await page.getByText('您还记得登录名吗').first().waitFor({ timeout: 10_000 });

    // The clarifying choices are suggested actions under the question.
    await page.locator('.webchat__suggested-actions__button', { hasText: '记得登录名' }).click();
    await page.getByText('登录提示“登录名或密码错误”时').first().waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: '非常满意' }).first().waitFor();
    // Chromium is the latest Chrome: the page told the bot, so no advice to switch to Chrome.
    expect(await page.getByText('建议使用谷歌浏览器重置密码').count()).toBe(0);

    await page.screenshot({ path: path.join(screenshotDir(scratch), 'webchat.png') });

    await page.getByRole('button', { name: '满意', exact: true }).first().click();
    await page.getByText('感谢您的评价').first().waitFor({ timeout: 10_000 });
    expect(offOrigin).toEqual([]);
  }, 60_000);
});
