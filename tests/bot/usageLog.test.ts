import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { hotAnswers, JsonlUsageLog, readUsageFile, welcomeQuestions, UsageEvent } from '../../bot/usageLog';
import { maskPersonalData } from '../../bot/privacy';
import { buildReport, groupQuestions } from '../../scripts/report';
import { FaqRecognizer } from '../../bot/faqRecognizer';
import { projectModel } from '../helpers/projectModel';

describe('maskPersonalData', () => {
  test.each([
    ['an ID-card number', '身份证110101199003071234', '身份证110***********1234'],
    ['an ID-card number ending in X', '证件号11010119900307123X', '证件号110***********123X'],
    ['a mobile number', '手机13812345678', '手机138****5678'],
    ['a mobile number with +86', '+8613812345678', '+86138****5678'],
    ['an e-mail address', '邮箱zhang.san@example.com', '邮箱z***@example.com'],
    ['a unified social credit code', '信用代码91350100M000100Y43', '信用代码91**************43'],
    ['whatever follows 密码', '我的密码是Abc!23，登录不了', '我的密码是***，登录不了'],
    ['a published landline stays', '电话010-88225151', '电话010-88225151'],
  ])('%s', (_name, input, expected) => {
    expect(maskPersonalData(input)).toBe(expected);
  });
});

describe('JsonlUsageLog', () => {
  test('appends masked JSON lines, survives a restart, and skips a torn last line', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-usage-'));
    const log = new JsonlUsageLog(dir, (e) => { throw e; }, () => new Date('2026-11-20T10:00:00Z'));
    log.record({ type: 'unanswered', reason: 'none', text: '电话13812345678', score: 0.1, candidates: [], conversationId: 'c1', channel: 'test' });
    log.record({ type: 'answer', kbId: 'login.captcha-error', intent: 'login.captcha-error', score: 0.9, text: 'q', lowConfidence: false, conversationId: 'c1', channel: 'test' });
    await log.flush();
    fs.appendFileSync(log.file, '{"type":"answer","kb');
    const text = fs.readFileSync(log.file, 'utf8');
    expect(text).not.toContain('13812345678');
    expect(text).not.toContain('"c1"');
    const again = new JsonlUsageLog(dir, (e) => { throw e; });
    expect(again.events().map((e) => e.type)).toEqual(['unanswered', 'answer']);
    expect(readUsageFile(path.join(dir, 'missing.jsonl'))).toEqual([]);
  });
});

function answer(kbId: string, time: string, lowConfidence = false): UsageEvent {
  return { type: 'answer', kbId, intent: kbId, score: 0.9, text: 'q', lowConfidence, time, conversation: 'h', channel: 't' };
}

describe('热点问题', () => {
  const now = new Date('2026-11-26T00:00:00Z');
  const events = [
    answer('a', '2026-11-25T00:00:00Z'), answer('b', '2026-11-24T00:00:00Z'), answer('b', '2026-11-23T00:00:00Z'),
    answer('c', '2026-09-01T00:00:00Z'), answer('c', '2026-09-02T00:00:00Z'), answer('c', '2026-09-03T00:00:00Z'),
    answer('d', '2026-11-25T00:00:00Z', true),
  ];
  test('counts recent, confident answers, most first', () => {
    expect(hotAnswers(events, now, 30, 5)).toEqual(['b', 'a']);
  });
  test('the welcome falls back to the configured list when history is short', () => {
    expect(welcomeQuestions(events, ['x', 'a', 'y', 'z'], now, 30, 4)).toEqual(['b', 'a', 'x', 'y']);
    expect(welcomeQuestions([], ['x', 'y'], now, 30, 4)).toEqual(['x', 'y']);
  });
});

describe('npm run report', () => {
  const model = projectModel();
  const recognizer = new FaqRecognizer(model);
  const features = (t: string): Set<string> => {
    const a = recognizer.pipeline.analyze(t);
    return new Set([...a.words, ...a.sounds]);
  };

  test('groups similar questions, most frequent first', () => {
    const groups = groupQuestions(['社保卡怎么补办', '社保卡丢了怎么补办', '今天天气怎么样', '社保卡补办流程'], features);
    expect(groups.map((g) => g.texts.length)).toEqual([3, 1]);
    expect(groups[0].texts[0]).toBe('社保卡怎么补办');
  });

  test('shows groups with their closest intent, satisfaction per answer, comments and hot questions', () => {
    const t = '2026-11-25T00:00:00Z';
    const base = { time: t, conversation: 'h', channel: 't' };
    const events: UsageEvent[] = [
      { ...base, type: 'unanswered', reason: 'none', text: '验证码收不到短信', score: 0.4, candidates: [] },
      { ...base, type: 'unanswered', reason: 'none', text: '短信验证码收不到', score: 0.4, candidates: [] },
      answer('login.captcha-error', t),
      { ...base, type: 'rating', kbId: 'login.captcha-error', rating: '满意', value: 4 },
      { ...base, type: 'rating', kbId: 'login.captcha-error', rating: '不满意', value: 2 },
      { ...base, type: 'comment', kbId: 'login.captcha-error', comment: '没说收不到短信怎么办' },
    ];
    const titles = new Map([...model.knowledge.values()].map((e) => [e.id, e.title]));
    const report = buildReport(events, recognizer, titles, new Date('2026-11-26T00:00:00Z'), 30).join('\n');
    expect(report).toMatch(/ {3}2 · 验证码收不到短信 · login\.captcha-error \(0\.\d\d\)/);
    expect(report).toMatch(/login\.captcha-error +2 ratings +50% satisfied +1 差评/);
    expect(report).toContain('login.captcha-error: 没说收不到短信怎么办');
    expect(report).toMatch(/1\. login\.captcha-error/);
  });
});

describe('the welcome offers the 热点问题 through the real bot', () => {
  test('after answers are logged, the welcome leads with the most asked', async () => {
    const { MemoryStorage, TestAdapter } = await import('botbuilder');
    const { buildBot } = await import('../../bot/index');
    const { createLogger } = await import('../../bot/logger');
    const { MemoryUsageLog } = await import('../../bot/usageLog');
    const model = projectModel();
    const usage = new MemoryUsageLog();
    for (let i = 0; i < 3; i++) {
      usage.record({ type: 'answer', kbId: 'hgr.backup-number-mismatch', intent: 'hgr.backup-number-mismatch', score: 0.95, text: '备份号', lowConfidence: false, conversationId: `c${i}`, channel: 't' });
    }
    const { bot } = buildBot(model, new MemoryStorage(), createLogger('silent'), usage);
    const adapter = new TestAdapter(async (context) => bot.run(context));
    await adapter.processActivity({ type: 'conversationUpdate', membersAdded: [{ id: 'user', name: 'user' }], recipient: { id: 'bot', name: 'bot' } });
    const welcome = adapter.activeQueue.shift();
    const offered = welcome?.suggestedActions?.actions.map((a) => a.value);
    expect(offered?.[0]).toBe(model.knowledge.get('hgr.backup-number-mismatch')?.title);
    expect(offered).toHaveLength(model.messages.hotQuestions.count);
  });
});
