// Web Chat's side of the bot, without a browser: the page and its scripts, the token endpoint, and
// the local Direct Line driven by the same client Web Chat bundles (botframework-directlinejs),
// over the WebSocket stream and by polling. The browser test (webChatBrowser.test.ts) adds Chromium.
import * as http from 'http';
import { AddressInfo } from 'net';
import * as os from 'os';
import * as fs from 'fs';
import * as path from 'path';
import { WebSocket as NodeWebSocket } from 'ws';
import { startBot, RunningBot } from '../../bot/index';

// What a browser has and Node 20 lacks; directlinejs looks for them globally.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const XHR2 = require('xhr2') as unknown;
Object.assign(globalThis, { XMLHttpRequest: XHR2, WebSocket: NodeWebSocket });
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs') as typeof import('botframework-directlinejs');

interface Grant { token: string; conversationId: string; userId: string; local: boolean; expires_in: number }
interface SeenActivity { type: string; id?: string; text?: string; from: { id: string; role?: string }; channelData?: { kbId?: string }; suggestedActions?: { actions: { title: string }[] } }

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-dl-'));
let bot: RunningBot;
let base: string;

beforeAll(async () => {
  bot = await startBot({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: dataDir });
  base = `http://127.0.0.1:${bot.port}`;
});
afterAll(async () => { await bot.stop(); });

async function grant(at = base): Promise<Grant> {
  const res = await fetch(`${at}/api/directline/token`, { method: 'POST' });
  expect(res.status).toBe(200);
  return await res.json() as Grant;
}

/** A Web Chat-like client: the activities it has seen, and a way to wait for one. */
function connect(g: Grant, webSocket: boolean): { dl: InstanceType<typeof DirectLine>; seen: SeenActivity[]; until: (p: (a: SeenActivity) => boolean) => Promise<SeenActivity> } {
  const dl = new DirectLine({ token: g.token, domain: `${base}/v3/directline`, webSocket, pollingInterval: 200 });
  const seen: SeenActivity[] = [];
  const waiters: { p: (a: SeenActivity) => boolean; resolve: (a: SeenActivity) => void }[] = [];
  dl.activity$.subscribe({
    next: (a) => {
      const activity = a as unknown as SeenActivity;
      seen.push(activity);
      for (const w of [...waiters]) if (w.p(activity)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(activity); }
    },
    // Ending the conversation (dl.end()) ends the stream with an error; nothing to report.
    error: () => undefined,
  });
  const until = (p: (a: SeenActivity) => boolean): Promise<SeenActivity> => {
    const already = seen.find(p);
    if (already) return Promise.resolve(already);
    return new Promise((resolve, reject) => {
      waiters.push({ p, resolve });
      setTimeout(() => reject(new Error(`not seen; saw: ${seen.map((s) => s.text ?? s.type).join(' | ')}`)), 10_000).unref();
    });
  };
  return { dl, seen, until };
}

function post(dl: InstanceType<typeof DirectLine>, userId: string, text: string, channelData?: object): Promise<string> {
  return new Promise((resolve, reject) => {
    dl.postActivity({ type: 'message', text, from: { id: userId }, ...(channelData ? { channelData } : {}) } as never)
      .subscribe({ next: resolve, error: reject });
  });
}

const fromBot = (a: SeenActivity): boolean => a.from.role === 'bot' || a.from.id === 'most-faq-bot';

describe('the web page', () => {
  test('GET / is the Web Chat page, with its scripts served from the project, not a CDN', async () => {
    const page = await (await fetch(`${base}/`)).text();
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('src="/webchat/webchat.js"');
    expect(page).not.toMatch(/src="https?:\/\//);
    const bundle = await fetch(`${base}/webchat/webchat.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toContain('javascript');
    expect((await bundle.arrayBuffer()).byteLength).toBeGreaterThan(1_000_000);
    const embed = await (await fetch(`${base}/webchat/embed.js`)).text();
    expect(embed).toContain("locale: 'zh-CN'");
  });

  test('a page on another origin may ask for a token (CORS preflight)', async () => {
    const res = await fetch(`${base}/api/directline/token`, {
      method: 'OPTIONS', headers: { origin: 'https://fuwu.most.gov.cn', 'access-control-request-method': 'POST' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('the local Direct Line, through the directlinejs client Web Chat uses', () => {
  test.each([['WebSocket stream', true], ['polling', false]])('%s: welcome, a clarifying question, the answer with its kbId', async (_name, webSocket) => {
    const g = await grant();
    expect(g.local).toBe(true);
    const { dl, until } = connect(g, webSocket);
    try {
      const welcome = await until((a) => fromBot(a) && (a.text ?? '').includes('欢迎'));
      expect(welcome.suggestedActions?.actions.length).toBeGreaterThan(0);

      const id = await post(dl, g.userId, '忘记密码');
      expect(id).toContain(g.conversationId);
      // The user's own message comes back in the stream: Web Chat marks it sent by that.
      await until((a) => a.id === id && a.from.id === g.userId);
      const question = await until((a) => fromBot(a) && (a.text ?? '').includes('登录名'));
      expect(question.channelData?.kbId).toBeUndefined();

      await post(dl, g.userId, question.suggestedActions?.actions[0].title ?? '');
      const answer = await until((a) => fromBot(a) && a.channelData?.kbId !== undefined);
      expect(answer.text).toContain('登录');
      expect(dl.connectionStatus$.getValue()).toBe(ConnectionStatus.Online);
    } finally {
      dl.end();
    }
  });

  test('the page\'s user agent reaches the bot: advice to switch to Chrome only for those not on it', async () => {
    const g = await grant();
    const { dl, until } = connect(g, true);
    try {
      await until((a) => fromBot(a) && (a.text ?? '').includes('欢迎'));
      const firefox = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0';
      await post(dl, g.userId, '登录以后服务事项一片空白', { clientInfo: { userAgent: firefox } });
      const onFirefox = await until((a) => a.channelData?.kbId === 'portal.services-blank');
      expect(onFirefox.text).toContain('您当前使用的是火狐浏览器 140。登录之后服务事项显示空白，请更换谷歌浏览器最新版即可');
      const chrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
      const id = await post(dl, g.userId, '登录以后服务事项一片空白', { clientInfo: { userAgent: chrome } });
      const onChrome = await until((a) => a.channelData?.kbId === 'portal.services-blank' && a.id !== onFirefox.id && (a.id ?? '') > id);
      expect(onChrome.text).not.toContain('请更换谷歌浏览器');
      expect(onChrome.text).toContain('您当前使用的已经是谷歌浏览器 156');
    } finally {
      dl.end();
    }
  });

  test('a user cannot speak as someone else: the token decides who sends', async () => {
    const g = await grant();
    const { dl, until } = connect(g, false);
    try {
      const id = await post(dl, 'someone-else', '你好');
      const mine = await until((a) => a.id === id);
      expect(mine.from.id).toBe(g.userId);
    } finally {
      dl.end();
    }
  });

  test('requests without a valid token are refused; a token opens only its own conversation', async () => {
    const a = await grant();
    const b = await grant();
    const none = await fetch(`${base}/v3/directline/conversations`, { method: 'POST' });
    expect(none.status).toBe(403);
    const wrong = await fetch(`${base}/v3/directline/conversations/${a.conversationId}/activities`, { headers: { authorization: `Bearer ${b.token}` } });
    expect(wrong.status).toBe(403);
    const garbage = await fetch(`${base}/v3/directline/conversations/${a.conversationId}/activities`, {
      method: 'POST', headers: { authorization: `Bearer ${a.token}`, 'content-type': 'application/json' }, body: '"not an activity"',
    });
    expect(garbage.status).toBe(400);
  });

  test('a refreshed token is new and works; the stream refuses a bad token', async () => {
    const g = await grant();
    const refreshed = await fetch(`${base}/v3/directline/tokens/refresh`, { method: 'POST', headers: { authorization: `Bearer ${g.token}` } });
    expect(refreshed.status).toBe(200);
    const next = await refreshed.json() as Grant;
    expect(next.token).not.toBe(g.token);
    expect(next.conversationId).toBe(g.conversationId);
    const start = await fetch(`${base}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${next.token}` } });
    expect(start.status).toBe(201);
    const old = await fetch(`${base}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${g.token}` } });
    expect(old.status).toBe(403);

    const refused = await new Promise<number>((resolve) => {
      const ws = new NodeWebSocket(`ws://127.0.0.1:${bot.port}/v3/directline/conversations/${g.conversationId}/stream?t=bad`);
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => { ws.close(); resolve(101); });
      ws.on('error', () => resolve(-1));
    });
    expect(refused).toBe(403);
  });

  test('the connector routes are the bot\'s: an unknown conversation is 404', async () => {
    const res = await fetch(`${base}/v3/directline/connector/v3/conversations/nope/activities`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 'x' }),
    });
    expect(res.status).toBe(404);
  });
});

describe('tokens', () => {
  test('expire: after DIRECT_LINE_TOKEN_TTL seconds Direct Line answers 403 TokenExpired', async () => {
    const short = await startBot({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: dataDir, DIRECT_LINE_TOKEN_TTL: '1' });
    try {
      const g = await grant(`http://127.0.0.1:${short.port}`);
      expect(g.expires_in).toBe(1);
      await new Promise((r) => setTimeout(r, 1100));
      const res = await fetch(`http://127.0.0.1:${short.port}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${g.token}` } });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('TokenExpired');
    } finally {
      await short.stop();
    }
  });

  test('with DIRECT_LINE_SECRET the token comes from Azure Direct Line; the secret never reaches the page', async () => {
    const secret = 'test-secret-never-in-a-browser';
    const seen: { auth?: string; body: string }[] = [];
    const azure = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => { body += c.toString(); });
      req.on('end', () => {
        seen.push({ auth: req.headers.authorization, body });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ conversationId: 'azure-conv', token: 'azure-token', expires_in: 3600 }));
      });
    });
    await new Promise<void>((r) => azure.listen(0, '127.0.0.1', r));
    const endpoint = `http://127.0.0.1:${(azure.address() as AddressInfo).port}`;
    const withSecret = await startBot({
      PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: dataDir, DIRECT_LINE_SECRET: secret, DIRECT_LINE_ENDPOINT: endpoint,
    });
    try {
      const at = `http://127.0.0.1:${withSecret.port}`;
      const res = await fetch(`${at}/api/directline/token`, { method: 'POST' });
      const text = await res.text();
      expect(res.status).toBe(200);
      expect(JSON.parse(text)).toMatchObject({ token: 'azure-token', conversationId: 'azure-conv', local: false });
      expect(text).not.toContain(secret);
      expect(seen).toHaveLength(1);
      expect(seen[0].auth).toBe(`Bearer ${secret}`);
      expect(JSON.parse(seen[0].body).user.id).toMatch(/^dl_/);
      for (const p of ['/', '/webchat/embed.js']) expect(await (await fetch(`${at}${p}`)).text()).not.toContain(secret);
      // No local Direct Line when Azure's is configured.
      expect((await fetch(`${at}/v3/directline/conversations`, { method: 'POST', headers: { authorization: 'Bearer azure-token' } })).status).toBe(404);
    } finally {
      await withSecret.stop();
      azure.close();
    }
  });
});
