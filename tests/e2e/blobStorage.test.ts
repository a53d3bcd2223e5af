// State in Azure Blob Storage (Azurite, started here): several bot instances serve one conversation,
// a restart mid-clarification resumes where the user was, and concurrent turns never lose state.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { startBot, RunningBot } from '../../bot/index';
import { Azurite } from '../helpers/azurite';
import { ChannelClient } from '../helpers/channelClient';
import { RecordingChannel } from '../helpers/recordingChannel';

const azurite = new Azurite();
const channel = new RecordingChannel();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-blob-'));
let client: ChannelClient;
const running: RunningBot[] = [];

async function instance(container = 'state'): Promise<string> {
  const bot = await startBot({
    PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: dataDir,
    STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: container,
  });
  running.push(bot);
  return `http://127.0.0.1:${bot.port}`;
}

beforeAll(async () => {
  await azurite.start();
  client = new ChannelClient(channel, await channel.start(), '');
}, 60_000);

afterAll(async () => {
  for (const bot of running) await bot.stop();
  await channel.stop();
  await azurite.stop();
});

const texts = (r: { replies: { activity: { text?: string } }[] }): string => r.replies.map((x) => x.activity.text ?? '').join('\n');
const kbIds = (r: { replies: { activity: { channelData?: { kbId?: string } } }[] }): (string | undefined)[] => r.replies.map((x) => x.activity.channelData?.kbId);

describe('STORAGE=blob', () => {
  test('/healthz says where state lives', async () => {
    const base = await instance();
    expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({ storage: 'blob' });
  });

  test('a conversation started on one instance continues on another (behind a load balancer)', async () => {
    const a = await instance();
    const b = await instance();
    const first = await client.say('lb-1', '忘记密码了', a);
    expect(texts(first)).toContain('您还记得登录名吗');
    const second = await client.say('lb-1', '记得登录名，只是忘了密码', b);
    expect(kbIds(second)).toContain('login.wrong-password');
  });

  test('an instance restarted mid-clarification resumes where the user was', async () => {
    const base = await instance('restart');
    expect(texts(await client.say('restart-1', '忘记密码了', base))).toContain('您还记得登录名吗');
    const bot = running.pop();
    await bot?.stop();
    const again = await instance('restart');
    const answer = await client.say('restart-1', '登录名也忘了', again);
    // The bot remembers the question: the reply is read as its answer, and the next question follows.
    expect(texts(answer)).toMatch(/自然人|法人/);
    expect(kbIds(answer).filter(Boolean)).toEqual([]);
  });

  test('concurrent turns of one conversation: all answered, state intact', async () => {
    const base = await instance();
    const results = await Promise.all(['你好', '谢谢', '你好', '谢谢', '你好'].map((t) => client.say('burst-1', t, base)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    // One instance takes a conversation's turns one at a time: no eTag conflict at all.
    expect(results.map(texts).join()).not.toContain('几乎同时到达');
    expect(texts(await client.say('burst-1', '忘记密码了', base))).toContain('您还记得登录名吗');
    expect(kbIds(await client.say('burst-1', '记得登录名，只是忘了密码', base))).toContain('login.wrong-password');
  });

  test('concurrent turns on two instances: none lost silently (a conflict is reported, the state kept)', async () => {
    const a = await instance('race');
    const b = await instance('race');
    await client.say('race-1', '你好', a);
    const results = await Promise.all([client.say('race-1', '忘记密码了', a), client.say('race-1', '忘记密码了', b)]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    const all = results.map(texts).join('\n');
    // Either both were written in turn, or the later one was refused by its eTag and the user told.
    expect(all).toMatch(/您还记得登录名吗|几乎同时到达/);
    // The conversation goes on from the state that was written; nothing was cleared.
    const next = await client.say('race-1', '记得登录名，只是忘了密码', a);
    expect(next.status).toBe(200);
    expect(kbIds(next)).toContain('login.wrong-password');
  });

  test('personal data a user types is masked in the state stored for the conversation', async () => {
    const base = await instance('privacy');
    const id = '110101199003074258';
    const phone = '13912345678';
    // Mid-clarification: the question waits in the dialog state and as the last question.
    expect(texts(await client.say('privacy-1', `身份证号${id}，手机${phone}，忘记密码了`, base))).toContain('您还记得登录名吗');
    const stored = await new BlobsStorage(azurite.connectionString, 'privacy').read(['emulator/conversations/privacy-1']);
    const state = JSON.stringify(stored);
    expect(state).toContain('忘记密码了');
    expect(state).not.toContain(id);
    expect(state).not.toContain(phone);
  });

  test('a write with a stale eTag is refused by the storage, not applied', async () => {
    const storage = new BlobsStorage(azurite.connectionString, 'etags');
    await storage.write({ item: { n: 1 } });
    const read = (await storage.read(['item'])).item as { n: number; eTag: string };
    await storage.write({ item: { ...read, n: 2 } });
    await expect(storage.write({ item: { ...read, n: 3 } })).rejects.toThrow(/eTag conflict/);
    expect(((await storage.read(['item'])).item as { n: number }).n).toBe(2);
  });
});
