// End to end, as the Bot Framework Emulator talks to the bot: activities posted to
// /api/messages with the serviceUrl of a local channel that records the bot's replies.
// Asserts the channel contract (../shared/spec/channel-contract.md).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startBot, RunningBot } from '../../bot/index';
import { readUsageFile } from '../../bot/usageLog';
import { ChannelClient } from '../helpers/channelClient';
import { RecordingChannel } from '../helpers/recordingChannel';
import { projectModel } from '../helpers/projectModel';

const model = projectModel();
let bot: RunningBot;
let base: string;
const channel = new RecordingChannel();
let serviceUrl: string;
let seq = 0;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-e2e-'));

beforeAll(async () => {
  serviceUrl = await channel.start();
  bot = await startBot({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: dataDir });
  base = `http://127.0.0.1:${bot.port}`;
  client = new ChannelClient(channel, serviceUrl, base);
});

afterAll(async () => {
  await bot.stop();
  await channel.stop();
});

// The Emulator's way of talking, shared with the other end-to-end tests (tests/helpers/channelClient.ts).
let client: ChannelClient;
const activity = (conversation: string, fields: Record<string, unknown>): Record<string, unknown> => client.activity(conversation, fields);
const post = (body: unknown, contentType = 'application/json'): Promise<Response> => client.post(body, contentType);

async function say(conversation: string, text: string): Promise<RecordingChannel['replies']> {
  const { status, replies } = await client.say(conversation, text);
  expect(status).toBe(200);
  return replies.filter((r) => r.activity.type === 'message');
}

describe('the bot over HTTP, as the Emulator uses it', () => {
  test('GET /healthz answers 200 once loaded', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', answers: model.knowledge.size });
  });

  test('welcome on conversationUpdate, once for the user and not for the bot', async () => {
    const conv = 'conv-welcome';
    let res = await post(activity(conv, { type: 'conversationUpdate', membersAdded: [{ id: 'bot-1' }] }));
    expect(res.status).toBe(200);
    expect(channel.take(conv)).toHaveLength(0);
    res = await post(activity(conv, { type: 'conversationUpdate', membersAdded: [{ id: 'user-1' }] }));
    expect(res.status).toBe(200);
    const [welcome, ...more] = channel.take(conv);
    expect(more).toHaveLength(0);
    expect(welcome.activity.text).toContain(model.messages.text.welcome.slice(0, 12));
    expect(welcome.activity.channelData?.kbId).toBeUndefined();
    expect(welcome.activity.suggestedActions?.actions.map((a) => a.type)).toEqual(model.messages.popularQuestions.map(() => 'imBack'));
  });

  test('a clarifying question with imBack choices, then the answer with kbId, intent and score', async () => {
    const conv = 'conv-clarify';
    const [q] = await say(conv, '登录之后在哪修改密码');
    expect(q.path).toMatch(/^\/v3\/conversations\/conv-clarify\/activities\/act-\d+$/);
    expect(q.activity.channelData?.kbId).toBeUndefined();
    expect(q.activity.suggestedActions?.actions).toEqual(
      model.slots.get('userType')?.choices.map((c) => ({ type: 'imBack', title: c.title, value: c.title })));
    const [a] = await say(conv, q.activity.suggestedActions?.actions[1].value ?? '');
    expect(a.activity.channelData).toMatchObject({ kbId: 'portal.change-password.legal', intent: 'portal.change-password' });
    expect(a.activity.channelData?.score).toBeGreaterThan(0);
    expect(a.activity.channelData?.score).toBeLessThanOrEqual(1);
    expect(a.activity.text).toContain('主代办人信息');
  });

  test('conversations keep their own state', async () => {
    const [q1] = await say('conv-a', '忘记密码');
    const [q2] = await say('conv-b', '登录之后在哪修改密码');
    expect(q1.activity.text).toContain(model.slots.get('nameRemembered')?.question);
    expect(q2.activity.text).toContain(model.slots.get('userType')?.question);
    const [a2] = await say('conv-b', '自然人');
    expect(a2.activity.channelData?.kbId).toBe('portal.change-password.natural');
    const [a1] = await say('conv-a', '记得登录名');
    expect(a1.activity.channelData?.kbId).toBe('login.wrong-password');
  });

  test('chit-chat and hand-off replies carry kbId too', async () => {
    const [hello] = await say('conv-chat', '你好');
    expect(hello.activity.channelData?.kbId).toBe('chitchat.greeting');
    const [human] = await say('conv-chat', '转人工');
    expect(human.activity.channelData?.kbId).toBe('handoff.human');
    expect(human.activity.text).toContain('fuwu@most.cn');
  });

  test('a fallback carries no kbId and says how to reach a person', async () => {
    const [r] = await say('conv-fallback', '这周末去哪里玩比较好');
    expect(r.activity.channelData?.kbId).toBeUndefined();
    expect(r.activity.text).toContain(model.messages.text.fallbackHandoff);
  });

  test('expectReplies delivers the replies in the response body', async () => {
    const res = await post(activity('conv-expect', { type: 'message', text: '备份号不匹配', deliveryMode: 'expectReplies' }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: { channelData?: { kbId?: string } }[] };
    expect(body.activities[0].channelData?.kbId).toBe('hgr.backup-number-mismatch');
  });
});

async function waitForLog(predicate: (text: string) => boolean): Promise<string> {
  const file = path.join(dataDir, 'usage.jsonl');
  for (let i = 0; i < 50; i++) {
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (predicate(text)) return text;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the usage log never showed what was expected:\n${fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '(no file)'}`);
}

describe('learning from use: ratings, comments and unanswered questions reach the log, masked', () => {
  const personal = ['13812345678', '110101199003071234', 'zhang.san@example.com', '91350100M000100Y43', 'Secret123'];

  test('an answer offers 好差评; a 差评 asks why; the comment is logged with personal data masked', async () => {
    const conv = 'conv-rating';
    const [answer] = await say(conv, '备份号对不上');
    const card = (answer.activity as { attachments?: { contentType: string; content: { buttons: { type: string; title: string; value: { rating: number; kbId: string } }[] } }[] }).attachments?.[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.hero');
    expect(card?.content.buttons.map((b) => b.title)).toEqual(model.messages.ratings.map((r) => r.label));
    expect(card?.content.buttons.every((b) => b.type === 'messageBack' && b.value.kbId === 'hgr.backup-number-mismatch')).toBe(true);

    const bad = card?.content.buttons.find((b) => b.value.rating === 1);
    let res = await post(activity(conv, { type: 'message', text: bad?.title, value: bad?.value }));
    expect(res.status).toBe(200);
    const [askWhy] = channel.take(conv);
    expect(askWhy.activity.text).toBe(model.messages.text.ratingAskWhy);

    const comment = `没解决。我的手机${personal[0]}，身份证${personal[1]}，邮箱${personal[2]}，信用代码${personal[3]}，密码是${personal[4]}`;
    const [thanks] = await say(conv, comment);
    expect(thanks.activity.text).toBe(model.messages.text.ratingCommentThanks);

    res = await post(activity(conv, { type: 'message', text: '满意', value: { rating: 4, kbId: 'hgr.backup-number-mismatch' } }));
    expect(res.status).toBe(200);
    expect(channel.take(conv)[0].activity.text).toBe(model.messages.text.ratingAlreadyDone);

    const log = await waitForLog((t) => t.includes('"type":"comment"'));
    const events = readUsageFile(path.join(dataDir, 'usage.jsonl'));
    expect(events.filter((e) => e.type === 'rating')).toEqual([expect.objectContaining({ kbId: 'hgr.backup-number-mismatch', rating: '非常不满意', value: 1 })]);
    expect(events.some((e) => e.type === 'answer' && e.kbId === 'hgr.backup-number-mismatch')).toBe(true);
    for (const p of personal) expect({ p, inLog: log.includes(p) }).toEqual({ p, inLog: false });
    expect(log).not.toContain(conv); // conversation ids are hashed
  });

  test('a question the bot cannot answer is logged, masked, for the report', async () => {
    await say('conv-unanswered', `我的社保卡丢了怎么补办，电话${personal[0]}`);
    const log = await waitForLog((t) => t.includes('社保卡'));
    const line = log.split('\n').find((l) => l.includes('社保卡')) ?? '';
    expect(JSON.parse(line)).toMatchObject({ type: 'unanswered', reason: 'none' });
    expect(line).not.toContain(personal[0]);
  });
});

describe('bad input gets a clear reply and nothing breaks', () => {
  test.each([
    ['malformed JSON', '{"type": "message", "text": ', 'application/json', 400],
    ['a JSON array', '[1,2,3]', 'application/json', 400],
    ['JSON without a type', '{"text":"hi"}', 'application/json', 400],
    ['an empty body', '', 'application/json', 400],
  ])('%s → %i', async (_name, body, contentType, status) => {
    const res = await post(body, contentType);
    expect(res.status).toBe(status);
  });

  test.each([
    ['typing', { type: 'typing' }],
    ['event', { type: 'event', name: 'webchat/join' }],
    ['messageReaction', { type: 'messageReaction', reactionsAdded: [{ type: 'like' }] }],
    ['endOfConversation', { type: 'endOfConversation' }],
    ['installationUpdate', { type: 'installationUpdate', action: 'add' }],
  ])('non-message activity %s: 200 and no reply', async (name, fields) => {
    const conv = `conv-${name}`;
    const res = await post(activity(conv, fields));
    expect(res.status).toBeLessThan(300);
    expect(channel.take(conv)).toHaveLength(0);
  });

  test.each([
    ['empty text', '', model.messages.text.empty],
    ['whitespace', '   \n\t ', model.messages.text.empty],
    ['emoji only', '🤔🤔🤔', model.messages.text.fallback],
    ['markup', '<script>alert("x")</script>', model.messages.text.fallback],
    ['binary-looking text', '\u0000\u0001\u0002\ufffd\ud800', model.messages.text.fallback],
  ])('%s: a polite reply without kbId', async (_name, text, expected) => {
    const conv = `conv-bad-${++seq}`;
    const [r] = await say(conv, text);
    expect(r.activity.text).toContain(expected);
    expect(r.activity.channelData?.kbId).toBeUndefined();
  });

  test('an attachment without text is told that only text is understood', async () => {
    const conv = 'conv-attachment';
    const res = await post(activity(conv, { type: 'message', attachments: [{ contentType: 'image/png', contentUrl: 'http://x/y.png' }] }));
    expect(res.status).toBe(200);
    expect(channel.take(conv)[0].activity.text).toContain(model.messages.text.notText);
  });

  test('a 100 KB message is answered politely without being read in full', async () => {
    const conv = 'conv-huge';
    const replies = await say(conv, `验证码错误${'啊'.repeat(100 * 1024 / 3)}`);
    expect(replies[0].activity.text).toContain(model.messages.text.tooLong);
  });

  test('a story longer than the limit is read by its beginning and its end: a problem told last is answered', async () => {
    const background = '之前负责平台的同事去年底退休了，交接的时候留了一个本子，上面写了很多系统的账号。';
    const story = `老师您好，${background.repeat(Math.ceil(model.recognizer.maxMessageChars / background.length))}现在用单位账号登录进去以后，点服务事项，页面一片空白，请问怎么办？`;
    expect(story.length).toBeGreaterThan(model.recognizer.maxMessageChars);
    const replies = await say('conv-long-story', story);
    expect(replies[0].activity.text).toContain(model.messages.text.tooLong);
    expect(replies.map((r) => r.activity.channelData?.kbId)).toContain('portal.services-blank');
  });

  test('after all of that, the next normal question is still answered', async () => {
    const [r] = await say('conv-after', '验证码一直提示错误');
    expect(r.activity.channelData?.kbId).toBe('login.captcha-error');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
