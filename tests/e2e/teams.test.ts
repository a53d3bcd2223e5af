// Teams-shaped activities posted to /api/messages, as Microsoft Teams (and the Agents Playground)
// sends them: installationUpdate, conversationUpdate, personal and channel messages with an
// @mention, Adaptive Card submits (value without text). Replies are read from a local channel.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startBot, RunningBot } from '../../bot/index';
import { RecordingChannel } from '../helpers/recordingChannel';

interface CardAction { type: string; title: string; data?: Record<string, unknown> }
interface CardElement { type: string; text?: string; actions?: CardAction[]; items?: CardElement[]; facts?: { title: string; value: string }[] }
interface Reply {
  type: string;
  text?: string;
  summary?: string;
  channelData?: { kbId?: string; intent?: string; score?: number; alternatives?: { intent: string; title: string; score: number }[] };
  suggestedActions?: { actions: { title: string; value: string }[] };
  attachments?: { contentType: string; content: { type: string; version: string; body: CardElement[] } }[];
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-teams-'));
const channel = new RecordingChannel();
let bot: RunningBot;
let serviceUrl: string;
let seq = 0;

beforeAll(async () => {
  serviceUrl = await channel.start();
  bot = await startBot({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: dataDir });
});
afterAll(async () => {
  await bot.stop();
  await channel.stop();
});

const BOT = { id: '28:most-faq-bot', name: '智能客服' };

function teamsActivity(conversation: { id: string; conversationType: string; isGroup?: boolean }, fields: Record<string, unknown>): Record<string, unknown> {
  return {
    channelId: 'msteams', id: `1700000000${++seq}`, timestamp: new Date().toISOString(), serviceUrl,
    from: { id: '29:staff-1', name: '客服小王', aadObjectId: '00000000-0000-0000-0000-000000000001' },
    recipient: BOT,
    conversation: { tenantId: 'tenant-1', ...conversation },
    channelData: { tenant: { id: 'tenant-1' }, ...(conversation.conversationType === 'channel' ? { team: { id: '19:team' }, channel: { id: '19:channel' } } : {}) },
    entities: [{ type: 'clientInfo', locale: 'zh-CN', country: 'CN', platform: 'Web', timezone: 'Asia/Shanghai' }],
    locale: 'zh-CN',
    ...fields,
  };
}

const personal = (): { id: string; conversationType: string } => ({ id: `a:personal-${++seq}`, conversationType: 'personal' });
const teamChannel = (): { id: string; conversationType: string; isGroup: boolean } => ({ id: `19:channel@thread.tacv2;messageid=${++seq}`, conversationType: 'channel', isGroup: true });

async function send(activity: Record<string, unknown>): Promise<Reply[]> {
  const res = await fetch(`http://127.0.0.1:${bot.port}/api/messages`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity),
  });
  expect(res.status).toBeLessThan(300);
  return channel.take((activity.conversation as { id: string }).id).map((r) => r.activity as unknown as Reply);
}

const say = (conversation: { id: string; conversationType: string }, text: string): Promise<Reply[]> =>
  send(teamsActivity(conversation, { type: 'message', text }));
const click = (conversation: { id: string; conversationType: string }, value: Record<string, unknown>): Promise<Reply[]> =>
  send(teamsActivity(conversation, { type: 'message', value }));
const mention = (conversation: { id: string; conversationType: string; isGroup?: boolean }, text: string): Promise<Reply[]> =>
  send(teamsActivity(conversation, {
    type: 'message', text: `<at>${BOT.name}</at> ${text}`,
    entities: [{ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT }],
  }));

function card(reply: Reply): { body: CardElement[]; text: string; buttons: CardAction[] } {
  const attachment = reply.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  if (!attachment) throw new Error(`no Adaptive Card in ${JSON.stringify(reply)}`);
  const flat = (els: CardElement[]): CardElement[] => els.flatMap((e) => [e, ...flat(e.items ?? [])]);
  const all = flat(attachment.content.body);
  return {
    body: attachment.content.body,
    text: all.map((e) => [e.text ?? '', ...(e.facts ?? []).map((f) => `${f.title} ${f.value}`)].join('\n')).join('\n'),
    buttons: all.flatMap((e) => e.actions ?? []),
  };
}

describe('Teams, personal chat', () => {
  test('installationUpdate and conversationUpdate are taken; the welcome keeps suggested actions', async () => {
    const conversation = personal();
    expect(await send(teamsActivity(conversation, { type: 'installationUpdate', action: 'add' }))).toEqual([]);
    const [welcome] = await send(teamsActivity(conversation, { type: 'conversationUpdate', membersAdded: [BOT, { id: '29:staff-1' }] }));
    expect(welcome.text).toContain('欢迎');
    expect(welcome.suggestedActions?.actions.length).toBeGreaterThan(0);
  });

  test('an answer is an Adaptive Card: title, steps, source, why it was chosen, runner-ups, related and 好差评 buttons', async () => {
    const conversation = personal();
    const [question] = await say(conversation, '忘记密码');
    expect(question.suggestedActions?.actions.map((a) => a.title)).toContain('记得登录名，只是忘了密码');
    const [answer] = await say(conversation, '记得登录名，只是忘了密码');
    expect(answer.channelData?.kbId).toBe('login.wrong-password');
    expect(answer.text).toBeUndefined();
    expect(answer.summary).toContain('登录提示登录名或密码错误');
    expect(answer.suggestedActions).toBeUndefined();
    const { text, buttons } = card(answer);
    expect(text).toContain('登录提示登录名或密码错误');
    expect(text).toContain('1. 点击“忘记密码”。');
    expect(text).toContain('来源：一、1.2');
    expect(text).toContain('识别依据');
    expect(text).toMatch(/置信度 [01]\.\d\d/);
    // Runner-ups lead elsewhere: none of them is this same answer again.
    expect(answer.channelData?.alternatives?.length).toBeGreaterThanOrEqual(2);
    expect(answer.channelData?.alternatives?.map((a) => a.title)).not.toContain('登录提示登录名或密码错误（记得登录名，忘记密码）');
    expect(text).toContain(answer.channelData?.alternatives?.[0].title);
    expect(buttons.map((b) => b.title)).toEqual(expect.arrayContaining(['重置密码失败', '非常满意', '非常不满意']));
    expect(buttons.find((b) => b.title === '重置密码失败')?.data).toEqual({ kbId: 'reset.failed', text: '重置密码失败' });
  });

  test('card button clicks (Action.Submit values) work: a related answer, a rating', async () => {
    const conversation = personal();
    await say(conversation, '实名认证失败怎么办');
    const [related] = await click(conversation, { kbId: 'reset.failed', text: '重置密码失败' });
    expect(related.channelData?.kbId).toBe('reset.failed');
    const [thanks] = await click(conversation, { rating: 4, kbId: 'reset.failed' });
    expect(thanks.text).toContain('感谢您的评价');
  });
});

describe('Teams, channel (the bot hears only messages that @mention it)', () => {
  test('the @mention is stripped; clarifying choices come as card buttons; a click answers', async () => {
    const conversation = teamChannel();
    const [question] = await mention(conversation, '忘记密码');
    expect(card(question).text).toContain('您还记得登录名吗？');
    expect(question.summary).toBe('您还记得登录名吗？');
    expect(question.suggestedActions).toBeUndefined();
    const choice = card(question).buttons.find((b) => b.title === '记得登录名，只是忘了密码');
    expect(choice?.data).toEqual({ text: '记得登录名，只是忘了密码' });
    const [answer] = await click(conversation, choice?.data ?? {});
    expect(answer.channelData?.kbId).toBe('login.wrong-password');
  });

  test('a group chat gets card buttons too', async () => {
    const [question] = await mention({ id: `19:group-${++seq}@thread.v2`, conversationType: 'groupChat', isGroup: true }, '忘记密码');
    expect(question.suggestedActions).toBeUndefined();
    expect(card(question).buttons.map((b) => b.title)).toContain('登录名也忘了');
  });

  test('a message that is only the @mention gets the polite prompt, not an error', async () => {
    const [reply] = await mention(teamChannel(), '');
    expect(reply.text).toContain('请用文字描述');
  });
});

describe('staff commands: any answer in two clicks', () => {
  test('目录 → a category → an answer', async () => {
    const conversation = teamChannel();
    const [catalogue] = await mention(conversation, '目录');
    const categories = card(catalogue).buttons;
    expect(categories.length).toBeGreaterThanOrEqual(5);
    const hgr = categories.find((b) => b.title.startsWith('人类遗传资源系统'));
    const [list] = await click(conversation, hgr?.data ?? {});
    const entries = card(list).buttons;
    const noDownload = entries.find((b) => b.title.includes('下载'));
    expect(noDownload?.data?.kbId).toBeDefined();
    const [answer] = await click(conversation, noDownload?.data ?? {});
    expect(answer.channelData?.kbId).toBe(noDownload?.data?.kbId);
    expect(card(answer).text).toContain('来源：二、');
  });

  test('搜索 + keyword lists the answers that contain it; nothing found says so', async () => {
    const conversation = personal();
    const [found] = await say(conversation, '搜索 实名认证');
    expect(card(found).text).toContain('实名认证');
    expect(card(found).buttons.length).toBeGreaterThan(1);
    for (const b of card(found).buttons) expect(typeof b.data?.kbId).toBe('string');
    const [none] = await say(conversation, '搜索 量子纠缠');
    expect(none.text).toContain('没有找到与“量子纠缠”相关的解答');
    const [usage] = await say(conversation, '搜索');
    expect(usage.text).toContain('例如');
  });
});
