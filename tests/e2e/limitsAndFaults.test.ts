// Limits (per-conversation and per-client rates, request ids) and faults (a channel that answers
// 500 or hangs, storage that is down): each turn fails cleanly, in time, and nothing else suffers.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startBot, RunningBot } from '../../bot/index';
import { Azurite, connectionString } from '../helpers/azurite';
import { ChannelClient } from '../helpers/channelClient';
import { freePort } from '../helpers/ports';
import { RecordingChannel } from '../helpers/recordingChannel';
import { projectModel } from '../helpers/projectModel';

const messages = projectModel().messages.text;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-faults-'));
const running: RunningBot[] = [];
const channels: RecordingChannel[] = [];

async function bot(env: Record<string, string> = {}): Promise<string> {
  const b = await startBot({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: dataDir, ...env });
  running.push(b);
  return `http://127.0.0.1:${b.port}`;
}

async function channelClient(base: string): Promise<ChannelClient> {
  const channel = new RecordingChannel();
  channels.push(channel);
  return new ChannelClient(channel, await channel.start(), base);
}

afterAll(async () => {
  for (const b of running) await b.stop();
  for (const c of channels) await c.stop();
});

const texts = (r: { replies: { activity: { text?: string } }[] }): string => r.replies.map((x) => x.activity.text ?? '').join('\n');

describe('limits', () => {
  test('a conversation over its rate gets one polite reply, then silence; another conversation is unaffected', async () => {
    const client = await channelClient(await bot({ RATE_LIMIT_CONVERSATION: '6' })); // burst 2
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await client.say('fast-1', '你好'));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(texts(results[0])).not.toContain(messages.rateLimited);
    expect(texts(results[2])).toBe(messages.rateLimited);
    expect(results[3].replies).toEqual([]);
    expect(texts(await client.say('calm-1', '你好'))).not.toContain(messages.rateLimited);
  });

  test('a client address over its rate gets 429 with Retry-After', async () => {
    const client = await channelClient(await bot({ RATE_LIMIT_CLIENT: '60' })); // burst 10
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 15; i++) {
      const res = await client.post(client.activity(`client-${i}`, { type: 'typing' }));
      await res.arrayBuffer();
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
    expect(statuses).toContain(429);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  });

  test('every response names its request id (the one given, or a new one)', async () => {
    const client = await channelClient(await bot());
    const given = await client.post(client.activity('rid-1', { type: 'typing' }));
    expect(given.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const res = await fetch(`${client.base}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'trace-42' },
      body: JSON.stringify(client.activity('rid-2', { type: 'typing' })),
    });
    expect(res.headers.get('x-request-id')).toBe('trace-42');
  });
});

describe('faults', () => {
  test('the channel answers 500: the turn fails cleanly, the server stays up, other conversations are answered', async () => {
    const base = await bot();
    const broken = await channelClient(base);
    broken.channel.failWith = 500;
    const failed = await broken.say('broken-1', '忘记密码了');
    expect(failed.status).toBe(500);
    const healthy = await channelClient(base);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(texts(await healthy.say('healthy-1', '忘记密码了'))).toContain('您还记得登录名吗');
  });

  test('the channel hangs: the request is still answered well within the 15 s a channel waits', async () => {
    const base = await bot();
    const hanging = await channelClient(base);
    hanging.channel.hang = true;
    const started = Date.now();
    const [stuck, other] = await Promise.all([
      hanging.say('hang-1', '忘记密码了'),
      (async () => (await channelClient(base)).say('meanwhile-1', '忘记密码了'))(),
    ]);
    const took = Date.now() - started;
    expect(stuck.status).toBe(500);
    expect(took).toBeLessThan(12_000);
    expect(texts(other)).toContain('您还记得登录名吗');
  }, 20_000);

  test('storage is down: turns fail quickly and the user is told; when it is back, the bot answers again', async () => {
    const port = await freePort();
    const base = await bot({ STORAGE: 'blob', BLOB_CONNECTION_STRING: connectionString(port), BLOB_CONTAINER: 'down' });
    const client = await channelClient(base);
    const started = Date.now();
    const down = await client.say('down-1', '忘记密码了');
    expect(down.status).toBe(200);
    expect(texts(down)).toBe(messages.error);
    expect(Date.now() - started).toBeLessThan(12_000);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    const azurite = await new Azurite().start(port);
    try {
      expect(texts(await client.say('down-2', '忘记密码了'))).toContain('您还记得登录名吗');
    } finally {
      await azurite.stop();
    }
  }, 30_000);
});
