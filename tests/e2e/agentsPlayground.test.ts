// Teams, proven with Microsoft's own local Teams client: the Microsoft 365 Agents Playground sends
// real Teams-shaped activities (installationUpdate, conversationUpdate, tenant, clientInfo,
// mention entities) to the bot, and headless Chromium drives its UI as a help-desk agent would:
// a personal chat (suggested actions, an answer card) and a team channel (@mention, card buttons).
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { startBot, RunningBot } from '../../bot/index';
import { chromiumAvailable, launchChromium, screenshotDir } from '../helpers/browser';
import { ROOT } from '../helpers/projectModel';
import { freePort } from '../helpers/ports';

const available = chromiumAvailable();
const maybe = available ? describe : describe.skip;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-playground-'));
const BIN = path.join(ROOT, 'node_modules', '.bin', 'agentsplayground');

/** Starts the Playground against the bot and waits until its UI answers. */
async function startPlayground(botPort: number, port: number): Promise<ChildProcess> {
  const child = spawn(BIN, ['-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '-p', String(port), '--disable-telemetry'], {
    // It writes devTools/ into its working folder: keep that out of the project.
    cwd: scratch, env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => { output += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { output += d.toString(); });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`agentsplayground exited: ${output}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch { /* not yet listening */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`agentsplayground did not start: ${output}`);
}

maybe('Teams through the Microsoft 365 Agents Playground', () => {
  let bot: RunningBot;
  let playground: ChildProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    bot = await startBot({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: scratch });
    const port = await freePort();
    playground = await startPlayground(bot.port, port);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`http://127.0.0.1:${port}/`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (playground?.pid) {
      try { process.kill(-playground.pid, 'SIGTERM'); } catch { /* already gone */ }
    }
    await bot?.stop();
  });

  const messageBox = (): ReturnType<Page['locator']> => page.locator('[data-lexical-editor="true"][role="textbox"]').first();

  test('personal chat: the welcome on install, a question, a suggested action, the answer card for staff', async () => {
    await page.getByText('欢迎使用科学技术部政务服务平台智能客服').first().waitFor({ timeout: 30_000 });
    await messageBox().click();
    await page.keyboard.type('忘记密码');
    await page.keyboard.press('Enter');
    const choice = page.locator('button', { hasText: '记得登录名，只是忘了密码' }).first();
    await choice.waitFor({ timeout: 30_000 });
    await choice.click();
    await page.getByText('来源：一、1.2').first().waitFor({ timeout: 30_000 });
    await page.getByText('识别依据（仅工作人员可见）').first().waitFor();
    await page.locator('button', { hasText: '非常满意' }).first().waitFor();
    await page.screenshot({ path: path.join(screenshotDir(scratch), 'teams-personal.png') });
  }, 90_000);

  test('team channel: the bot hears an @mention, asks with card buttons, and a click on one answers', async () => {
    await page.getByText('General').first().click();
    // The channel's compose box (with its Post button) replaces the chat's.
    const post = page.getByRole('button', { name: 'Post' });
    await post.waitFor({ timeout: 15_000 });
    await messageBox().click();
    await page.keyboard.type('@Test');
    // The mention picker: choosing the bot inserts a real mention (an entity), not just text.
    await page.getByRole('menuitem', { name: 'Test Bot' }).first().click({ timeout: 15_000 });
    await page.keyboard.type(' 忘记密码');
    await post.click();
    await page.getByText('忘记密码').first().waitFor({ timeout: 15_000 });
    // The question and its choices arrive together as one card (no suggested actions in a channel).
    const choice = page.locator('button', { hasText: '记得登录名，只是忘了密码' }).last();
    await choice.waitFor({ timeout: 30_000 });
    await choice.click();
    await page.getByText('来源：一、1.2').last().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(screenshotDir(scratch), 'teams-channel.png') });
  }, 90_000);
});
